// 07: Bắc Kạn 2024, a plan amending an earlier one: only the changed rows, marked "(sửa đổi)", "(bổ sung)", "Bãi bỏ".
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const id = "07-bac-kan-2024-amending-plan-changed-rows-only";
const SNV = "Sở Nội vụ";
const STP = "Sở Tư pháp";
const VP = "Văn phòng UBND tỉnh";
const TTTT = "Sở Thông tin và Truyền thông";
const p = (text, extra = {}) =>
  ({ t: "p", text, ...(extra.num ? { list: { kind: "decimal", inst: "tc" } } : {}), ...extra });
const grp = (text) => [{ text, span: 7, bold: true }];

const rows = [
  ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian theo KH 120",
    "Thời gian hoàn thành", "Ghi chú"],
  grp("I. CẢI CÁCH THỂ CHẾ"),
  ["2", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành", STP,
    "Các sở, ban, ngành", "Tháng 6/2024", "Tháng 9/2024 (sửa đổi)", "Điều chỉnh thời gian"],
  ["4", "Xây dựng Quy chế phối hợp trong công tác kiểm tra, xử lý văn bản quy phạm pháp luật", STP, VP,
    "Quý II/2024", "Trước ngày 15/10/2024 (sửa đổi)", "Điều chỉnh thời gian"],
  ["6", "Tham mưu ban hành Quyết định phân cấp thẩm quyền quản lý trong lĩnh vực nội vụ", SNV, STP, "",
    "Tháng 11/2024", "Bổ sung"],
  grp("II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH"),
  ["1", "Công bố danh mục thủ tục hành chính thực hiện trên môi trường điện tử", VP, "Các sở, ban, ngành",
    "Tháng 4/2024", "Chậm nhất ngày 31/8/2024 (sửa đổi)", "Điều chỉnh thời gian"],
  ["3", "Rà soát, đơn giản hóa thủ tục hành chính nội bộ giữa các cơ quan hành chính nhà nước", VP, "",
    "Quý III/2024", "", "Bãi bỏ (đã thực hiện theo Quyết định số 1020/QĐ-UBND)"],
  ["5", "Triển khai thanh toán trực tuyến phí, lệ phí trong giải quyết thủ tục hành chính", "Sở Tài chính",
    "Kho bạc Nhà nước tỉnh, Văn phòng UBND tỉnh", "", "Trước ngày 01/12/2024", "Bổ sung"],
  grp("III. CẢI CÁCH TỔ CHỨC BỘ MÁY"),
  ["2", "Xây dựng Đề án sắp xếp đơn vị hành chính cấp xã giai đoạn 2023-2025", SNV, "UBND các huyện, thành phố",
    "Tháng 7/2024", "Tháng 10/2024 (sửa đổi)", "Điều chỉnh thời gian"],
  ["3", "Rà soát, điều chỉnh vị trí việc làm trong các đơn vị sự nghiệp công lập", "Sở Nội vụ (sửa đổi)",
    "Sở Tài chính", "Quý III/2024", "Quý III/2024", "Điều chỉnh cơ quan chủ trì (KH 120 giao Sở Tài chính)"],
  grp("IV. CẢI CÁCH TÀI CHÍNH CÔNG"),
  ["1", "Đánh giá tình hình thực hiện cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập", "Sở Tài chính",
    "Các sở, ban, ngành", "Tháng 6/2024", "Tháng 11/2024 (sửa đổi)", "Điều chỉnh thời gian"],
  grp("V. XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ"),
  ["2", "Vận hành, khai thác Hệ thống thông tin báo cáo của tỉnh kết nối Hệ thống thông tin báo cáo Chính phủ",
    TTTT, VP, "Tháng 9/2024", "Trước ngày 20/12/2024 (sửa đổi)", "Điều chỉnh thời gian"],
  ["4", "Triển khai nền tảng số dùng chung cấp xã", TTTT, "UBND các huyện, thành phố", "", "Năm 2024",
    "Bổ sung"],
  grp("VI. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"),
  ["1", "Xây dựng báo cáo kết quả cải cách hành chính năm 2024 của tỉnh", SNV, "Các sở, ban, ngành",
    "Trước ngày 25/11/2024", "Trước ngày 10/12/2024 (sửa đổi)", "Điều chỉnh thời gian"],
];

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 512/KH-UBND", "Bắc Kạn, ngày 05 tháng 8 năm 2024", "KẾ HOẠCH",
    "Điều chỉnh, bổ sung Kế hoạch số 120/KH-UBND ngày 28/02/2024 của UBND tỉnh về cải cách hành chính năm 2024"),
  p("Căn cứ kết quả sơ kết 6 tháng đầu năm 2024 và đề nghị của Sở Nội vụ tại Tờ trình số 86/TTr-SNV ngày " +
    "24/7/2024, UBND tỉnh điều chỉnh, bổ sung Kế hoạch số 120/KH-UBND ngày 28/02/2024 như sau:"),
  p("I. NỘI DUNG ĐIỀU CHỈNH, BỔ SUNG", { bold: true }),
  p("Điều chỉnh, bổ sung, bãi bỏ một số nhiệm vụ tại Phụ lục Kế hoạch số 120/KH-UBND (số thứ tự giữ theo Phụ lục " +
    "Kế hoạch số 120/KH-UBND; chỉ nêu các nhiệm vụ có thay đổi):"),
  { t: "table", header: 1, widths: [500, 3600, 1500, 1700, 1300, 1500, 1800], rows },
  p("Các nội dung khác giữ nguyên theo Kế hoạch số 120/KH-UBND ngày 28/02/2024 của UBND tỉnh."),
  p("II. TỔ CHỨC THỰC HIỆN", { bold: true }),
  p("Các cơ quan, đơn vị được giao nhiệm vụ tại Kế hoạch này khẩn trương triển khai, bảo đảm tiến độ.", { num: "1." }),
  p("Các sở, ban, ngành, UBND các huyện, thành phố báo cáo kết quả thực hiện các nhiệm vụ được điều chỉnh, bổ sung " +
    "gửi Sở Nội vụ trước ngày 25/11/2024 để tổng hợp.", { num: "2." }),
  p("Sở Nội vụ theo dõi, đôn đốc việc thực hiện Kế hoạch này.", { num: "3." }),
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "Các sở, ban, ngành", "UBND các huyện, thành phố"],
    "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đỗ Thị Minh Hoa"),
];

const D = "@departments";
const tasks = [
  task("I.2", rows[2][1], "2024-09-30", [STP], [D]),
  task("I.4", rows[3][1], "2024-10-14", [STP], [VP]),
  task("I.6", rows[4][1], "2024-11-30", [SNV], [STP]),
  task("II.1", rows[6][1], "2024-08-31", [VP], [D]),
  task("II.5", rows[8][1], "2024-11-30", ["Sở Tài chính"], ["Kho bạc Nhà nước tỉnh", VP]),
  task("III.2", rows[10][1], "2024-10-31", [SNV], ["@districts"]),
  task("III.3", rows[11][1], "2024-09-30", [SNV], ["Sở Tài chính"]),
  task("IV.1", rows[13][1], "2024-11-30", ["Sở Tài chính"], [D]),
  task("V.2", rows[15][1], "2024-12-19", [TTTT], [VP]),
  task("V.4", rows[16][1], "2024-12-31", [TTTT], ["@districts"]),
  task("VI.1", rows[18][1], "2024-12-09", [SNV], [D]),
  task("II.2", "Các sở, ban, ngành, UBND các huyện, thành phố báo cáo kết quả thực hiện các nhiệm vụ được điều " +
    "chỉnh, bổ sung", "2024-11-24", [D, "@districts"]),
];

await build(`${import.meta.dirname}/../${id}`, { blocks, printer: "chromium", landscape: true,
  css: "@page{size:A4 landscape;margin:1.5cm}", expected: {
  id,
  style: "Kế hoạch 512/KH-UBND Bắc Kạn 05/8/2024 amending Kế hoạch 120/KH-UBND of 28/02/2024; PDF: Chromium. Only " +
    "the changed rows of the old plan's Phụ lục are given, under its Roman groups, with the old numbers (ref " +
    "= group + old TT, so refs skip: 'I.2', 'I.4', 'I.6'). Columns: old time ('Thời gian theo KH 120') and " +
    "new time ('Thời gian hoàn thành', marked '(sửa đổi)' when changed). due = the new time only; the old " +
    "column is never a deadline. Rows 'Bổ sung' are new tasks (listed). Row II.3 'Bãi bỏ' is cancelled: not " +
    "listed (the date of QĐ 1020 in its note is no deadline). III.3 changes only its lead: listed with lead " +
    "Sở Nội vụ (the '(sửa đổi)' mark in the lead cell is not part of the name; the note's 'KH 120 giao Sở Tài " +
    "chính' is the old lead, not a coordinator), due Quý III -> 30/9. Section II.2 'gửi Sở Nội vụ trước ngày " +
    "25/11/2024' -> 24/11 (Sun) -> 25/11; Sở Nội vụ is the recipient. Day moves: README. Cited dates (Tờ " +
    "trình 24/7/2024, KH 120 28/02/2024) are no deadlines.",
  province: "Bắc Kạn",
  plan: { number: "512/KH-UBND", date: "2024-08-05" },
  tasks,
  unresolved: [],
  successors: [],
} });
