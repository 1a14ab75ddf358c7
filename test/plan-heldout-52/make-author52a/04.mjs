// 04: Thái Nguyên (before the reorganisation), Kế hoạch 18/KH-UBND ngày 15/01/2025 of UBND tỉnh, chế độ báo cáo
// và theo dõi, đánh giá công tác cải cách hành chính năm 2025. Habit: A REPORTING PERIOD IN THE SAME SENTENCE AS THE
// SENDING DEADLINE: "số liệu tính từ ngày 15/12/2024 đến ngày 14/3/2025, gửi Sở Nội vụ trước ngày 18/3/2025", "kỳ
// số liệu từ … đến …", "chốt số liệu đến hết ngày …", "tính đến hết ngày 31/12/2024", as report-calendar plans type
// them; the period's end is never the deadline.
import { H, P, buildDoc, dirOf, head, lister, sign, task } from "./common.mjs";

const ID = "04-thai-nguyen-2025-report-calendar-plan-so-lieu-tu-ngay-den-ngay-data-periods-beside-send-deadlines";
const DIR = dirOf(ID, import.meta.url);
const SNV = "Sở Nội vụ", VP = "Văn phòng UBND tỉnh", TTTT = "Sở Thông tin và Truyền thông";
const KHDT = "Sở Kế hoạch và Đầu tư", TK = "Cục Thống kê tỉnh", TT = "Thanh tra tỉnh";
const DEP = "@departments", DIS = "@districts";
const item = lister("decimal", "ii");

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 18/KH-UBND", "Thái Nguyên, ngày 15 tháng 01 năm 2025", "KẾ HOẠCH",
    "Thực hiện chế độ báo cáo và theo dõi, đánh giá công tác cải cách hành chính năm 2025"),
  H("I.", "MỤC ĐÍCH, YÊU CẦU"),
  P("Bảo đảm thông tin, số liệu về cải cách hành chính được tổng hợp đầy đủ, chính xác, đúng kỳ báo cáo theo Thông " +
    "tư số 01/2020/TT-BNV; làm cơ sở để UBND tỉnh đánh giá, xếp loại và báo cáo Bộ Nội vụ. Thời gian chốt số liệu " +
    "của từng kỳ báo cáo nêu tại mục II; các cơ quan gửi báo cáo đúng thời hạn, không gửi trước khi chốt số liệu."),
  H("II.", "NHIỆM VỤ CỤ THỂ"),
  item("1.", "Sở Nội vụ hoàn thành tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024 của tỉnh (số liệu, tài " +
    "liệu kiểm chứng tính đến hết ngày 31/12/2024), trình UBND tỉnh trước ngày 25/02/2025."),
  item("2.", "Cục Thống kê tỉnh cung cấp số liệu kinh tế - xã hội chính thức năm 2024 (kỳ số liệu từ ngày 01/01/2024 " +
    "đến ngày 31/12/2024) phục vụ đánh giá các tiêu chí cải cách hành chính cho Sở Kế hoạch và Đầu tư, Sở Nội vụ " +
    "trước ngày 10/02/2025."),
  item("3.", "Các sở, ban, ngành tỉnh, UBND các huyện, thành phố xây dựng báo cáo cải cách hành chính quý I/2025, số " +
    "liệu tính từ ngày 15/12/2024 đến ngày 14/3/2025, gửi Sở Nội vụ trước ngày 18/3/2025."),
  item("4.", "Sở Nội vụ tổng hợp báo cáo cải cách hành chính quý I/2025 của tỉnh, trình UBND tỉnh trước ngày " +
    "22/3/2025."),
  item("5.", "Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Cục Thống kê tỉnh phân tích, đánh giá kết quả Chỉ số năng " +
    "lực cạnh tranh cấp tỉnh (PCI) năm 2024 trên cơ sở số liệu giai đoạn 2021 - 2024, đề xuất giải pháp cải thiện; " +
    "hoàn thành trong tháng 4/2025."),
  item("6.", "Sở Thông tin và Truyền thông báo cáo kết quả cung cấp, sử dụng dịch vụ công trực tuyến của tỉnh (kỳ số " +
    "liệu từ ngày 01/01/2025 đến ngày 31/5/2025), gửi UBND tỉnh chậm nhất ngày 06/6/2025."),
  item("7.", "Các sở, ban, ngành tỉnh, UBND các huyện, thành phố xây dựng báo cáo cải cách hành chính 6 tháng đầu năm " +
    "2025 (số liệu tính từ ngày 15/12/2024 đến ngày 14/6/2025), gửi Sở Nội vụ trước ngày 17/6/2025."),
  item("8.", "Thanh tra tỉnh báo cáo kết quả thanh tra công vụ, thanh tra trách nhiệm thực hiện quy định về cải cách " +
    "hành chính, số liệu từ ngày 16/12/2024 đến ngày 15/6/2025; gửi Sở Nội vụ trước ngày 20/6/2025."),
  item("9.", "Văn phòng UBND tỉnh thống kê hồ sơ giải quyết thủ tục hành chính quá hạn của các cơ quan, đơn vị, chốt " +
    "số liệu đến hết ngày 30/6/2025, báo cáo Chủ tịch UBND tỉnh chậm nhất ngày 05/7/2025."),
  item("10.", "Sở Thông tin và Truyền thông thường xuyên cập nhật số liệu trên Hệ thống thông tin báo cáo của tỉnh, " +
    "bảo đảm kết nối với Hệ thống thông tin báo cáo Chính phủ."),
  item("11.", "Sở Nội vụ tổng hợp báo cáo cải cách hành chính quý III/2025 của tỉnh (số liệu từ ngày 15/12/2024 đến " +
    "ngày 14/9/2025), trình UBND tỉnh chậm nhất ngày 20/9/2025."),
  item("12.", "Văn phòng UBND tỉnh xây dựng báo cáo công tác kiểm soát thủ tục hành chính năm 2025, kỳ số liệu từ ngày " +
    "15/12/2024 đến ngày 14/12/2025, gửi Văn phòng Chính phủ trước ngày 20/12/2025."),
  H("III.", "TỔ CHỨC THỰC HIỆN"),
  P("Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các huyện, thành phố chịu trách nhiệm về tính chính xác của " +
    "số liệu báo cáo. Báo cáo gửi bằng văn bản điện tử qua Hệ thống quản lý văn bản và điều hành, đồng thời cập " +
    "nhật trên Hệ thống thông tin báo cáo của tỉnh. Sở Nội vụ theo dõi, đôn đốc, kịp thời báo cáo UBND tỉnh các cơ " +
    "quan, đơn vị chậm gửi báo cáo./."),
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "Chủ tịch, các PCT UBND tỉnh", "Các sở, ban, ngành tỉnh",
    "UBND các huyện, thành phố", "Lãnh đạo VP"], "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đặng Xuân Trường"),
];

const tasks = [
  task("II.1", "Hoàn thành tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024 của tỉnh", "2025-02-24", [SNV]),
  task("II.2", "Cung cấp số liệu kinh tế - xã hội chính thức năm 2024", "2025-02-09", [TK]),
  task("II.3", "Xây dựng báo cáo cải cách hành chính quý I/2025", "2025-03-17", [DEP, DIS]),
  task("II.4", "Tổng hợp báo cáo cải cách hành chính quý I/2025 của tỉnh, trình UBND tỉnh", "2025-03-21", [SNV]),
  task("II.5", "Phân tích, đánh giá kết quả Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2024", "2025-04-30", [KHDT],
    [TK]),
  task("II.6", "Báo cáo kết quả cung cấp, sử dụng dịch vụ công trực tuyến của tỉnh", "2025-06-06", [TTTT]),
  task("II.7", "Xây dựng báo cáo cải cách hành chính 6 tháng đầu năm 2025", "2025-06-16", [DEP, DIS]),
  task("II.8", "Báo cáo kết quả thanh tra công vụ, thanh tra trách nhiệm thực hiện quy định về cải cách hành chính",
    "2025-06-19", [TT]),
  task("II.9", "Thống kê hồ sơ giải quyết thủ tục hành chính quá hạn của các cơ quan, đơn vị", "2025-07-05", [VP]),
  task("II.11", "Tổng hợp báo cáo cải cách hành chính quý III/2025 của tỉnh", "2025-09-20", [SNV]),
  task("II.12", "Xây dựng báo cáo công tác kiểm soát thủ tục hành chính năm 2025", "2025-12-19", [VP]),
];

const WORK = "Items II.1-II.12 are tasks (ref 'II.n'). Each names a DATA PERIOD ('số liệu tính từ … đến …', 'kỳ số " +
  "liệu từ … đến …', 'chốt số liệu đến hết ngày …', 'tính đến hết ngày …') and a SENDING deadline; the task is due " +
  "at the sending deadline, never at the period's end. II.1 'trình UBND tỉnh trước ngày 25/02/2025' 24/2 (Mon); " +
  "'tính đến hết ngày 31/12/2024' is the cut-off. II.2 Cục Thống kê tỉnh, 'trước ngày 10/02/2025' 09/2 (Sun) -> " +
  "10/2; Sở KH&ĐT and Sở Nội vụ receive the data (not coordinators). II.3 @departments and @districts, 'gửi Sở Nội " +
  "vụ trước ngày 18/3/2025' 17/3 (Mon), not 14/3. II.4 'trước ngày 22/3/2025' 21/3 (Fri). II.5 Sở KH&ĐT leads, Cục " +
  "Thống kê coordinates, 'trong tháng 4/2025' 30/4 (Reunification) -> 01-02/5 off -> weekend -> 05/5; '2021 - 2024' " +
  "is the data's span. II.6 'chậm nhất ngày 06/6/2025' 06/6 (Fri), not 31/5. II.7 'trước ngày 17/6/2025' 16/6 " +
  "(Mon). II.8 Thanh tra tỉnh 'trước ngày 20/6/2025' 19/6 (Thu), not 15/6. II.9 'chốt số liệu đến hết ngày " +
  "30/6/2025', 'báo cáo Chủ tịch UBND tỉnh chậm nhất ngày 05/7/2025' 05/7 (Sat) -> 07/7. II.10 standing: no task. " +
  "II.11 'chậm nhất ngày 20/9/2025' 20/9 (Sat) -> 22/9. II.12 'gửi Văn phòng Chính phủ trước ngày 20/12/2025' " +
  "19/12 (Fri; the Government Office receives), not 14/12. A 2025 plan of January names districts and old " +
  "departments as they stood; tasks due after 1 July keep them.";

await buildDoc(DIR, {
  typed: blocks,
  printer: "chromium",
  expected: {
    id: ID,
    style: "Kế hoạch 18/KH-UBND of UBND tỉnh Thái Nguyên (before the reorganisation), 15/01/2025, chế độ báo cáo " +
      "CCHC. HABIT: A REPORT'S DATA PERIOD ('số liệu tính từ ngày … đến ngày …') IN THE SAME SENTENCE AS ITS " +
      "SENDING DEADLINE. " + WORK + " PDF: Chromium.",
    province: "Thái Nguyên",
    plan: { number: "18/KH-UBND", date: "2025-01-15" },
    tasks,
    unresolved: [],
    successors: [],
  },
});
