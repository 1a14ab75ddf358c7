// 03: Thái Nguyên (after the reorganisation), Kế hoạch 86/KH-UBND ngày 09/3/2026 of UBND tỉnh, xác định Chỉ số cải
// cách hành chính năm 2026 of the sở, ban, ngành and the xã, phường. Habit: A "CƠ QUAN THƯỜNG TRỰC" NAMED ONCE that
// leads every item unless the item says otherwise: part II opens "Sở Nội vụ là cơ quan thường trực, chủ trì thực
// hiện các nhiệm vụ dưới đây, trừ nhiệm vụ có ghi cơ quan chủ trì khác"; most items then name only "phối hợp: …" and
// their time, a few open with "(Cơ quan chủ trì: X)", one names the groups that do the work themselves.
import { P, buildDoc, dirOf, head, lister, sign, task } from "./common.mjs";

const ID = "03-thai-nguyen-2026-co-quan-thuong-truc-named-once-leads-every-item-unless-item-names-own-chu-tri";
const DIR = dirOf(ID, import.meta.url);
const SNV = "Sở Nội vụ", STP = "Sở Tư pháp", VP = "Văn phòng UBND tỉnh", KHCN = "Sở Khoa học và Công nghệ";
const STC = "Sở Tài chính", TT = "Thanh tra tỉnh", BAO = "Báo và Phát thanh, Truyền hình Thái Nguyên";
const DEP = "@departments", XA = "UBND các xã, phường";

const R = lister("roman", "parts", { bold: true, indent: false });
const n1 = lister("decimal", "md");
const n = lister("decimal", "nv");
const n3 = lister("decimal", "tc");

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 86/KH-UBND", "Thái Nguyên, ngày 09 tháng 3 năm 2026",
    "KẾ HOẠCH", "Xác định Chỉ số cải cách hành chính năm 2026 của các sở, ban, ngành tỉnh và UBND các xã, phường"),
  P("Căn cứ Quyết định số 876/QĐ-BNV ngày 10/11/2023 của Bộ trưởng Bộ Nội vụ phê duyệt Đề án \"Xác định Chỉ số cải " +
    "cách hành chính của các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương\"; Kế " +
    "hoạch cải cách hành chính nhà nước tỉnh Thái Nguyên năm 2026, UBND tỉnh ban hành Kế hoạch xác định Chỉ số cải " +
    "cách hành chính (Chỉ số CCHC) năm 2026 như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  n1("1.", "Theo dõi, đánh giá thực chất, khách quan kết quả thực hiện nhiệm vụ CCHC năm 2026 của các sở, ban, ngành " +
    "tỉnh và UBND các xã, phường sau sắp xếp, vận hành chính quyền địa phương 02 cấp."),
  n1("2.", "Việc tự đánh giá, chấm điểm phải có tài liệu kiểm chứng; kết quả Chỉ số CCHC là căn cứ đánh giá, xếp loại " +
    "người đứng đầu cơ quan, đơn vị năm 2026."),
  R("II.", "NHIỆM VỤ VÀ THỜI GIAN THỰC HIỆN"),
  P("Sở Nội vụ là cơ quan thường trực, chủ trì thực hiện các nhiệm vụ dưới đây, trừ nhiệm vụ có ghi cơ quan chủ trì " +
    "khác; các cơ quan, đơn vị có tên tại từng nhiệm vụ phối hợp theo chức năng, nhiệm vụ được giao."),
  n("1.", "Tham mưu UBND tỉnh ban hành Bộ tiêu chí xác định Chỉ số CCHC năm 2026 của các sở, ban, ngành tỉnh và UBND " +
    "các xã, phường. Phối hợp: Sở Tư pháp, Văn phòng UBND tỉnh. Thời gian: trước ngày 31/3/2026."),
  n("2.", "Tổ chức Hội nghị công bố Chỉ số CCHC năm 2025 và triển khai nhiệm vụ CCHC năm 2026. Phối hợp: Văn phòng " +
    "UBND tỉnh. Thời gian: trong tháng 4/2026."),
  n("3.", "Tổ chức cuộc thi tìm hiểu trực tuyến về cải cách hành chính năm 2026. Phối hợp: Báo và Phát thanh, Truyền " +
    "hình Thái Nguyên. Thời gian: quý III/2026."),
  n("4.", "(Cơ quan chủ trì: Thanh tra tỉnh) Lồng ghép kiểm tra việc thực hiện quy định về tiếp công dân, giải quyết " +
    "khiếu nại, tố cáo trong các cuộc kiểm tra công tác CCHC. Phối hợp: Sở Nội vụ. Thời gian: thực hiện thường " +
    "xuyên trong năm."),
  n("5.", "Kiểm tra công tác CCHC năm 2026 tại 08 sở, ban, ngành và 20 xã, phường. Phối hợp: Thanh tra tỉnh, Văn " +
    "phòng UBND tỉnh. Thời gian: hoàn thành trước ngày 30/10/2026."),
  n("6.", "Hướng dẫn các cơ quan, đơn vị tự đánh giá, chấm điểm Chỉ số CCHC năm 2026 trên Phần mềm chấm điểm. Thời " +
    "gian: chậm nhất ngày 16/10/2026."),
  n("7.", "Tự đánh giá, chấm điểm Chỉ số CCHC năm 2026, gửi báo cáo kèm tài liệu kiểm chứng về Sở Nội vụ qua Phần " +
    "mềm. Cơ quan thực hiện: các sở, ban, ngành tỉnh; UBND các xã, phường. Thời gian: trước ngày 15/11/2026."),
  n("8.", "(Cơ quan chủ trì: Sở Khoa học và Công nghệ) Cung cấp số liệu về dịch vụ công trực tuyến, chuyển đổi số của " +
    "các cơ quan, đơn vị phục vụ thẩm định điểm. Phối hợp: Văn phòng UBND tỉnh. Thời gian: trước ngày 30/11/2026."),
  n("9.", "(Cơ quan chủ trì: Văn phòng UBND tỉnh) Tổng hợp tỷ lệ hồ sơ giải quyết thủ tục hành chính đúng hạn, trực " +
    "tuyến của từng cơ quan, đơn vị trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, gửi Sở Nội vụ. Thời " +
    "gian: trước ngày 10/12/2026."),
  n("10.", "Thẩm định kết quả tự đánh giá, chấm điểm của các cơ quan, đơn vị. Phối hợp: Sở Tư pháp, Sở Tài chính, Sở " +
    "Khoa học và Công nghệ, Thanh tra tỉnh (thành viên Tổ thẩm định). Thời gian: tháng 12/2026."),
  n("11.", "Phối hợp với đơn vị được Bộ Nội vụ lựa chọn tổ chức điều tra xã hội học xác định Chỉ số CCHC năm 2026 của " +
    "tỉnh. Thời gian: theo hướng dẫn của Bộ Nội vụ."),
  n("12.", "Tổng hợp kết quả, trình UBND tỉnh phê duyệt, công bố Chỉ số CCHC năm 2026 của các sở, ban, ngành tỉnh và " +
    "UBND các xã, phường. Thời gian: quý I/2027."),
  R("III.", "TỔ CHỨC THỰC HIỆN"),
  n3("1.", "Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các xã, phường phân công lãnh đạo, công chức theo dõi, " +
    "tự đánh giá, chấm điểm; chịu trách nhiệm về tính chính xác của tài liệu kiểm chứng."),
  n3("2.", "Sở Tài chính bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách của Sở Nội vụ năm 2026."),
  n3("3.", "Sở Nội vụ theo dõi, hướng dẫn, đôn đốc việc thực hiện Kế hoạch, báo cáo UBND tỉnh theo quy định./."),
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh", "Các sở, ban, ngành tỉnh",
    "UBND các xã, phường"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Thanh Bình"),
];

const tasks = [
  task("II.1", "Tham mưu UBND tỉnh ban hành Bộ tiêu chí xác định Chỉ số CCHC năm 2026", "2026-03-30", [SNV], [STP, VP]),
  task("II.2", "Tổ chức Hội nghị công bố Chỉ số CCHC năm 2025 và triển khai nhiệm vụ CCHC năm 2026", "2026-04-30",
    [SNV], [VP]),
  task("II.3", "Tổ chức cuộc thi tìm hiểu trực tuyến về cải cách hành chính năm 2026", "2026-09-30", [SNV], [BAO]),
  task("II.5", "Kiểm tra công tác CCHC năm 2026 tại 08 sở, ban, ngành và 20 xã, phường", "2026-10-29", [SNV],
    [TT, VP]),
  task("II.6", "Hướng dẫn các cơ quan, đơn vị tự đánh giá, chấm điểm Chỉ số CCHC năm 2026", "2026-10-16", [SNV]),
  task("II.7", "Tự đánh giá, chấm điểm Chỉ số CCHC năm 2026, gửi báo cáo kèm tài liệu kiểm chứng về Sở Nội vụ",
    "2026-11-14", [DEP, XA]),
  task("II.8", "Cung cấp số liệu về dịch vụ công trực tuyến, chuyển đổi số của các cơ quan, đơn vị", "2026-11-29",
    [KHCN], [VP]),
  task("II.9", "Tổng hợp tỷ lệ hồ sơ giải quyết thủ tục hành chính đúng hạn, trực tuyến của từng cơ quan, đơn vị",
    "2026-12-09", [VP]),
  task("II.10", "Thẩm định kết quả tự đánh giá, chấm điểm của các cơ quan, đơn vị", "2026-12-31", [SNV],
    [STP, STC, KHCN, TT]),
  task("II.12", "Tổng hợp kết quả, trình UBND tỉnh phê duyệt, công bố Chỉ số CCHC năm 2026", "2027-03-31", [SNV]),
];

const WORK = "Part II's opening sentence names Sở Nội vụ the cơ quan thường trực leading every item 'trừ nhiệm vụ có " +
  "ghi cơ quan chủ trì khác': an item naming only 'Phối hợp: …' is led by Sở Nội vụ, its 'Phối hợp' units " +
  "coordinate; an item opening '(Cơ quan chủ trì: X)' is led by X; II.7's 'Cơ quan thực hiện: các sở, ban, ngành " +
  "tỉnh; UBND các xã, phường' names who does it (@departments and the communes group, no commune imported: UBND cấp " +
  "xã), and Sở Nội vụ only receives ('gửi … về Sở Nội vụ'). II.1 'trước ngày 31/3/2026' 30/3. II.2 'trong tháng " +
  "4/2026' 30/4 (day off, 01/5 off, weekend) -> 04/5. II.3 'quý III/2026' 30/9. II.4 Thanh tra tỉnh, 'thường " +
  "xuyên': no task. II.5 'trước ngày 30/10/2026' 29/10. II.6 'chậm nhất ngày 16/10/2026' 16/10. II.7 'trước ngày " +
  "15/11/2026' 14/11 (Sat) -> 16/11. II.8 'trước ngày 30/11/2026' 29/11 (Sun) -> 30/11. II.9 'gửi Sở Nội vụ trước " +
  "ngày 10/12/2026' 09/12 (Sở Nội vụ receives). II.10 'tháng 12/2026' 31/12; the Tổ thẩm định's members " +
  "coordinate. II.11 'theo hướng dẫn của Bộ Nội vụ': undated, no task. II.12 'quý I/2027' 31/3/2027 (Wed). Part " +
  "III sets no date.";

await buildDoc(DIR, {
  typed: blocks,
  printer: "chromium",
  expected: {
    id: ID,
    style: "Kế hoạch 86/KH-UBND of UBND tỉnh Thái Nguyên (after the reorganisation), 09/3/2026, xác định Chỉ số CCHC " +
      "năm 2026. HABIT: A 'CƠ QUAN THƯỜNG TRỰC' NAMED ONCE (Sở Nội vụ) LEADS EVERY ITEM UNLESS THE ITEM NAMES ITS " +
      "OWN 'Cơ quan chủ trì'. " + WORK + " PDF: Chromium.",
    province: "Thái Nguyên",
    plan: { number: "86/KH-UBND", date: "2026-03-09" },
    tasks,
    unresolved: [XA],
    successors: [],
  },
});
