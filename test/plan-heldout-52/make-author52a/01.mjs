// 01: Thái Nguyên (after the reorganisation), Kế hoạch 86/KH-UBND ngày 16/3/2026 of UBND tỉnh, nâng cao Chỉ số cải
// cách hành chính (PAR INDEX) năm 2026. Habit: DATES OF CITED DOCUMENTS IN THE SAME SENTENCE AS THE DEADLINE ("theo
// Công văn số 412/BNV-CCHC ngày 20/02/2026 của Bộ Nội vụ, hoàn thành trước ngày 31/3/2026"), before or after it, once
// a cited deadline of a higher body beside the plan's own ("… thời hạn Bộ Nội vụ yêu cầu tại Công văn … là ngày …"),
// once a deadline that replaces the one of an earlier dispatch, as provincial plans cite their grounds item by item.
import { H, P, buildDoc, dirOf, head, lister, sign, task } from "./common.mjs";

const ID = "01-thai-nguyen-2026-par-plan-cited-document-numbers-and-dates-beside-deadlines-same-sentence";
const DIR = dirOf(ID, import.meta.url);
const SNV = "Sở Nội vụ", VP = "Văn phòng UBND tỉnh", KHCN = "Sở Khoa học và Công nghệ", STP = "Sở Tư pháp";
const STC = "Sở Tài chính", CA = "Công an tỉnh", NNMT = "Sở Nông nghiệp và Môi trường", XA = "UBND các xã, phường";
const DEP = "@departments";
const item = lister("decimal", "ii");

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 86/KH-UBND", "Thái Nguyên, ngày 16 tháng 3 năm 2026", "KẾ HOẠCH",
    "Nâng cao Chỉ số cải cách hành chính (PAR INDEX) của tỉnh Thái Nguyên năm 2026"),
  P("Căn cứ Quyết định số 2568/QĐ-UBND ngày 30/12/2025 của UBND tỉnh ban hành Kế hoạch cải cách hành chính tỉnh Thái " +
    "Nguyên năm 2026; Công văn số 412/BNV-CCHC ngày 20/02/2026 của Bộ Nội vụ về việc triển khai xác định Chỉ số cải " +
    "cách hành chính năm 2025 của các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương;"),
  P("Trên cơ sở kết quả Chỉ số cải cách hành chính năm 2024 của tỉnh (xếp thứ 21/63 tỉnh, thành phố), Ủy ban nhân dân " +
    "tỉnh ban hành Kế hoạch nâng cao Chỉ số cải cách hành chính năm 2026 như sau:"),
  H("I.", "MỤC ĐÍCH, YÊU CẦU"),
  P("1. Khắc phục những tồn tại, hạn chế trong các lĩnh vực, tiêu chí, tiêu chí thành phần bị trừ điểm; phấn đấu " +
    "Chỉ số cải cách hành chính năm 2026 của tỉnh thuộc nhóm 15 tỉnh, thành phố dẫn đầu cả nước."),
  P("2. Xác định rõ nhiệm vụ, thời hạn hoàn thành và trách nhiệm của từng cơ quan, đơn vị; gắn kết quả thực hiện với " +
    "đánh giá, xếp loại người đứng đầu."),
  H("II.", "NHIỆM VỤ, GIẢI PHÁP"),
  item("1.", "Sở Nội vụ chủ trì hướng dẫn các cơ quan, đơn vị tự đánh giá, chấm điểm các tiêu chí, tiêu chí thành phần " +
    "Chỉ số cải cách hành chính năm 2025 theo Công văn số 412/BNV-CCHC ngày 20/02/2026 của Bộ Nội vụ; hoàn thành " +
    "trước ngày 31/3/2026."),
  item("2.", "Các sở, ban, ngành tỉnh và UBND các xã, phường tự đánh giá, chấm điểm, gửi báo cáo kèm tài liệu kiểm chứng " +
    "về Sở Nội vụ chậm nhất ngày 10/4/2026 (thời hạn này thay thế thời hạn tại Công văn số 215/SNV-CCHC ngày " +
    "02/3/2026 của Sở Nội vụ)."),
  item("3.", "Văn phòng UBND tỉnh chủ trì, phối hợp với Sở Khoa học và Công nghệ rà soát, tham mưu công bố danh mục " +
    "thủ tục hành chính được chuẩn hóa trên Cơ sở dữ liệu quốc gia về thủ tục hành chính theo Quyết định số " +
    "1085/QĐ-TTg ngày 15/9/2022 của Thủ tướng Chính phủ, trình Chủ tịch UBND tỉnh trước ngày 15/5/2026."),
  item("4.", "Thực hiện Thông báo số 37/TB-UBND ngày 25/02/2026 của UBND tỉnh, Sở Tài chính tham mưu phân bổ kinh phí " +
    "bảo đảm cho công tác cải cách hành chính năm 2026 của các cơ quan, đơn vị, chậm nhất ngày 30/4/2026."),
  item("5.", "Sở Tư pháp triển khai Kế hoạch số 45/KH-UBND ngày 12/01/2026 của UBND tỉnh về theo dõi tình hình thi " +
    "hành pháp luật năm 2026 trong lĩnh vực xử lý vi phạm hành chính; báo cáo kết quả về UBND tỉnh trong tháng " +
    "6/2026."),
  item("6.", "Sở Nông nghiệp và Môi trường hoàn thiện quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực đất đai " +
    "sau khi sắp xếp đơn vị hành chính, trình UBND tỉnh phê duyệt trước ngày 01/6/2026, bảo đảm thống nhất với Quyết " +
    "định số 1180/QĐ-BNNMT ngày 28/7/2025 của Bộ Nông nghiệp và Môi trường."),
  item("7.", "Công an tỉnh chủ trì, phối hợp với Sở Tư pháp và UBND các xã, phường làm sạch dữ liệu hộ tịch, cư trú " +
    "phục vụ giải quyết thủ tục hành chính liên thông theo chỉ đạo tại Công văn số 5120/UBND-NC ngày 10/12/2025 của " +
    "UBND tỉnh; hoàn thành trước ngày 15/7/2026."),
  item("8.", "Sở Khoa học và Công nghệ nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, kết nối, chia " +
    "sẻ dữ liệu với Cổng Dịch vụ công quốc gia, hoàn thành trước 30/9/2026 theo lộ trình tại Quyết định số " +
    "2568/QĐ-UBND ngày 30/12/2025 của UBND tỉnh."),
  item("9.", "UBND các xã, phường tổ chức đối thoại giữa người đứng đầu chính quyền với Nhân dân về công tác cải cách " +
    "hành chính theo Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ, hoàn thành trong tháng 8/2026."),
  item("10.", "Báo và Phát thanh, Truyền hình Thái Nguyên thường xuyên mở chuyên mục tuyên truyền về cải cách hành " +
    "chính, phản ánh kịp thời kết quả thực hiện Kế hoạch này."),
  item("11.", "Sở Nội vụ tổ chức sơ kết, đánh giá kết quả khắc phục các tiêu chí bị trừ điểm của năm 2025, hoàn thành " +
    "trong quý III/2026, theo đúng lộ trình tại Kế hoạch số 178/KH-UBND ngày 20/8/2025 của UBND tỉnh."),
  item("12.", "Các sở, ban, ngành tỉnh rà soát, đề xuất phương án đơn giản hóa thủ tục hành chính thuộc phạm vi quản " +
    "lý, gửi Văn phòng UBND tỉnh trước ngày 20/6/2026 để tổng hợp, báo cáo Thủ tướng Chính phủ theo yêu cầu tại " +
    "Nghị quyết số 66/NQ-CP ngày 26/3/2025 của Chính phủ."),
  item("13.", "Sở Nội vụ tổng hợp kết quả thực hiện Kế hoạch, báo cáo UBND tỉnh trước ngày 25/11/2026 (thời hạn Bộ " +
    "Nội vụ yêu cầu tại Công văn số 6120/BNV-CCHC ngày 28/10/2025 là ngày 05/12/2026)."),
  H("III.", "TỔ CHỨC THỰC HIỆN"),
  P("1. Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các xã, phường căn cứ nhiệm vụ được giao tại Kế hoạch " +
    "này, chủ động triển khai thực hiện; định kỳ hằng quý báo cáo kết quả cùng báo cáo cải cách hành chính."),
  P("2. Sở Nội vụ theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; kịp thời báo cáo UBND tỉnh những khó khăn, " +
    "vướng mắc vượt thẩm quyền./."),
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "Chủ tịch, các PCT UBND tỉnh", "Như mục III",
    "Cổng TTĐT tỉnh"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Thanh Bình"),
];

const tasks = [
  task("II.1", "Hướng dẫn các cơ quan, đơn vị tự đánh giá, chấm điểm các tiêu chí, tiêu chí thành phần Chỉ số cải cách " +
    "hành chính năm 2025", "2026-03-30", [SNV]),
  task("II.2", "Tự đánh giá, chấm điểm, gửi báo cáo kèm tài liệu kiểm chứng về Sở Nội vụ", "2026-04-10", [DEP, XA]),
  task("II.3", "Rà soát, tham mưu công bố danh mục thủ tục hành chính được chuẩn hóa trên Cơ sở dữ liệu quốc gia về " +
    "thủ tục hành chính", "2026-05-14", [VP], [KHCN]),
  task("II.4", "Tham mưu phân bổ kinh phí bảo đảm cho công tác cải cách hành chính năm 2026 của các cơ quan, đơn vị",
    "2026-04-30", [STC]),
  task("II.5", "Triển khai Kế hoạch số 45/KH-UBND ngày 12/01/2026 của UBND tỉnh về theo dõi tình hình thi hành pháp " +
    "luật năm 2026", "2026-06-30", [STP]),
  task("II.6", "Hoàn thiện quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực đất đai sau khi sắp xếp đơn vị " +
    "hành chính", "2026-05-31", [NNMT]),
  task("II.7", "Làm sạch dữ liệu hộ tịch, cư trú phục vụ giải quyết thủ tục hành chính liên thông", "2026-07-14", [CA],
    [STP, XA]),
  task("II.8", "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, kết nối, chia sẻ dữ liệu với Cổng " +
    "Dịch vụ công quốc gia", "2026-09-29", [KHCN]),
  task("II.9", "Tổ chức đối thoại giữa người đứng đầu chính quyền với Nhân dân về công tác cải cách hành chính",
    "2026-08-31", [XA]),
  task("II.11", "Tổ chức sơ kết, đánh giá kết quả khắc phục các tiêu chí bị trừ điểm của năm 2025", "2026-09-30", [SNV]),
  task("II.12", "Rà soát, đề xuất phương án đơn giản hóa thủ tục hành chính thuộc phạm vi quản lý", "2026-06-19", [DEP]),
  task("II.13", "Tổng hợp kết quả thực hiện Kế hoạch, báo cáo UBND tỉnh", "2026-11-24", [SNV]),
];

const WORK = "Each numbered item of Part II is a task (ref 'II.n'); its sentence names a cited document with its own " +
  "date, which is never the deadline. II.1: 'trước ngày 31/3/2026' 30/3 (Mon). II.2: 'các sở, ban, ngành tỉnh và UBND các xã, phường' = @departments and the communes " +
  "group (none imported: UBND cấp xã), 'chậm nhất ngày 10/4/2026' 10/4 (Fri); 02/3 in the bracket dates the replaced " +
  "dispatch. II.3: 'trình Chủ tịch UBND tỉnh trước ngày 15/5/2026' 14/5 " +
  "(Thu). II.4: the Thông báo's 25/02/2026 opens the sentence; 'chậm nhất ngày " +
  "30/4/2026' 30/4 (Thu, Reunification) -> 01/5 off -> weekend -> 04/5. II.5: the cited plan 45/KH-UBND ngày 12/01 " +
  "is part of the work ('Triển khai Kế hoạch số 45…'); 'báo cáo … về UBND tỉnh trong tháng 6/2026' 30/6 (UBND " +
  "tỉnh receives). II.6: 'trước ngày 01/6/2026' 31/5 (Sun) -> 01/6, a decision cited after it. " +
  "II.7: Công an tỉnh leads, Sở Tư pháp and the communes coordinate, 'trước ngày " +
  "15/7/2026' 14/7 (Tue). II.8: 'hoàn thành trước 30/9/2026' 29/9 (Tue). II.9: 'trong tháng 8/2026' 31/8 (Mon). II.10: standing ('thường " +
  "xuyên'), no date: no task. II.11: 'trong quý III/2026' 30/9 (Wed). II.12: @departments, 'gửi Văn phòng UBND tỉnh trước ngày 20/6/2026' 19/6 (Fri; the office receives). II.13: 'báo cáo UBND tỉnh trước ngày 25/11/2026' 24/11 (Tue); the " +
  "bracket gives the MINISTRY's deadline to the province (05/12/2026), not the plan's deadline to Sở Nội vụ. " +
  "Part III: no task.";

await buildDoc(DIR, {
  typed: blocks,
  printer: "libreoffice",
  expected: {
    id: ID,
    style: "Kế hoạch 86/KH-UBND of UBND tỉnh Thái Nguyên (after the reorganisation), 16/3/2026, nâng cao Chỉ số CCHC " +
      "năm 2026, prose numbered items under Roman parts. HABIT: THE DATES OF CITED DOCUMENTS ('Công văn số … ngày " +
      "…', 'Quyết định số … ngày …') STAND IN THE SAME SENTENCE AS THE DEADLINE, before or after it, once a higher " +
      "body's deadline in a bracket. " + WORK + " PDF: LibreOffice.",
    province: "Thái Nguyên",
    plan: { number: "86/KH-UBND", date: "2026-03-16" },
    tasks,
    unresolved: [XA],
    successors: [],
  },
});
