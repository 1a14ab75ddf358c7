// 04: Thái Nguyên before the reorganisation (04/3/2024) — UBND tỉnh's plan, drafted by Sở Tài chính, for settling
// (quyết toán) the 2023 local budget and the off-budget state funds the province manages. II is a table whose
// doers are named by their HEADS' titles ("Giám đốc Kho bạc Nhà nước tỉnh", "Cục trưởng Cục Thuế tỉnh", "Chủ tịch
// UBND các huyện, thành phố") with a "Nơi nhận báo cáo, hồ sơ" column of recipients; III gives ONE small table
// per fund (1. … 4., each with its acronym defined in the heading) whose STT restarts at 1. plan.pdf: LibreOffice
// then Ghostscript pdfwrite.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "04-thai-nguyen-2024-budget-settlement-heads-titles-recipient-column-table-per-fund";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const DT = "Các đơn vị dự toán cấp tỉnh";
const HUYEN = "@districts";
const KB = "Kho bạc Nhà nước tỉnh";
const THUE = "Cục Thuế tỉnh";
const TC = "Sở Tài chính";
const PTD = "Quỹ PTĐ";
const TNMT = "Sở Tài nguyên và Môi trường";
const RUNG = "Quỹ BV&PTR";
// The funds the answer names: the full names the plan's short forms ("sau đây gọi là Quỹ PTĐ") stand for.
const PTD_FULL = "Quỹ Phát triển đất tỉnh Thái Nguyên";
const RUNG_FULL = "Quỹ Bảo vệ và Phát triển rừng tỉnh";
const HR = "UBND các huyện có rừng được chi trả dịch vụ môi trường rừng";
const NN = "Sở Nông nghiệp và Phát triển nông thôn";
const TL = "Chi cục Thủy lợi";
const HND = "Hội Nông dân tỉnh";

const R = { kind: "roman", inst: "R" };
const sec = (num, text) => ({ t: "p", num, text, bold: true, indent: false, list: R });
const item = (inst, kind) => (num, text, extra = {}) => ({ t: "p", num, text, list: { kind, inst }, ...extra });
const d1 = item("I", "dash");
const f3 = (num, text) => item("III", "decimal")(num, text, { bold: true, italic: true });
const n4 = item("IV", "decimal");
const plain = (text, extra = {}) => ({ t: "p", text, ...extra });
const C = (text) => ({ text, align: "center" });
const fund = (rows) => ({ t: "table", widths: [700, 4500, 2300, 1900], header: 1, rows: [
  ["STT", "Công việc", "Đơn vị thực hiện", "Thời hạn"],
  ...rows.map((r, i) => [C(String(i + 1)), ...r]),
] });

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 38/KH-UBND", "Thái Nguyên, ngày 04 tháng 3 năm 2024",
    "KẾ HOẠCH", "Quyết toán ngân sách địa phương năm 2023 và quyết toán các quỹ tài chính nhà nước ngoài ngân sách " +
    "do tỉnh quản lý"),
  plain("Căn cứ Luật Ngân sách nhà nước năm 2015; Thông tư số 137/2017/TT-BTC ngày 25/12/2017 của Bộ Tài chính quy " +
    "định xét duyệt, thẩm định, thông báo và tổng hợp quyết toán năm; xét đề nghị của Giám đốc Sở Tài chính tại " +
    "Tờ trình số 61/TTr-STC ngày 26/02/2024, UBND tỉnh ban hành Kế hoạch như sau:"),
  sec("I.", "MỤC ĐÍCH, YÊU CẦU"),
  d1("-", "Lập, thẩm định, tổng hợp quyết toán ngân sách địa phương năm 2023 đúng mẫu biểu, đúng thời hạn quy định; " +
    "số liệu khớp đúng với Kho bạc Nhà nước."),
  d1("-", "Quyết toán, công khai báo cáo tài chính của các quỹ tài chính nhà nước ngoài ngân sách do tỉnh thành lập."),
  sec("II.", "QUYẾT TOÁN NGÂN SÁCH ĐỊA PHƯƠNG NĂM 2023"),
  { t: "table", widths: [700, 2950, 2150, 1800, 1800], header: 1, rows: [
    ["STT", "Nội dung công việc", "Trách nhiệm thực hiện", "Nơi nhận báo cáo, hồ sơ", "Thời hạn"],
    [C("1"), "Lập báo cáo quyết toán ngân sách năm 2023 của đơn vị và đơn vị trực thuộc",
      "Thủ trưởng các đơn vị dự toán cấp tỉnh", "Sở Tài chính", "Trước ngày 01/4/2024"],
    [C("2"), "Lập báo cáo quyết toán ngân sách huyện năm 2023 đã được HĐND cấp huyện phê chuẩn",
      "Chủ tịch UBND các huyện, thành phố", "Sở Tài chính", "Chậm nhất ngày 30/5/2024"],
    [C("3"), "Đối chiếu, xác nhận số liệu thu, chi ngân sách năm 2023 trên địa bàn tỉnh",
      "Giám đốc Kho bạc Nhà nước tỉnh", "Sở Tài chính", "Trong tháng 3/2024"],
    [C("4"), "Đối chiếu số thu nội địa năm 2023 theo từng sắc thuế, từng cấp ngân sách",
      "Cục trưởng Cục Thuế tỉnh", "Sở Tài chính, Kho bạc Nhà nước tỉnh", "Trước ngày 15/3/2024"],
    [C("5"), "Thẩm định quyết toán các đơn vị dự toán; tổng hợp, lập báo cáo quyết toán ngân sách địa phương năm " +
      "2023", "Giám đốc Sở Tài chính", "UBND tỉnh", "Tháng 7/2024"],
    [C("6"), "Trình HĐND tỉnh phê chuẩn quyết toán ngân sách địa phương năm 2023", "Giám đốc Sở Tài chính",
      "UBND tỉnh, HĐND tỉnh", "Theo chương trình kỳ họp của HĐND tỉnh"],
  ] },
  sec("III.", "QUYẾT TOÁN CÁC QUỸ TÀI CHÍNH NHÀ NƯỚC NGOÀI NGÂN SÁCH"),
  f3("1.", "Quỹ Phát triển đất tỉnh Thái Nguyên (sau đây gọi là Quỹ PTĐ)"),
  fund([
    ["Khóa sổ kế toán, lập báo cáo tài chính năm 2023", PTD, "Trước ngày 31/3/2024"],
    ["Kiểm toán báo cáo tài chính năm 2023 của Quỹ", PTD, "Quý II/2024"],
    ["Thẩm định, phê duyệt quyết toán năm 2023 của Quỹ PTĐ (phối hợp với Sở Tài nguyên và Môi trường)", TC,
      "Tháng 8/2024"],
  ]),
  f3("2.", "Quỹ Bảo vệ và Phát triển rừng tỉnh (sau đây gọi là Quỹ BV&PTR)"),
  fund([
    ["Lập báo cáo quyết toán thu, chi tiền dịch vụ môi trường rừng năm 2023", RUNG, "Trước ngày 31/3/2024"],
    ["Đối chiếu số tiền dịch vụ môi trường rừng đã chi trả cho chủ rừng, phối hợp với Quỹ BV&PTR", HR,
      "Tháng 4/2024"],
    ["Chủ trì, phối hợp với Sở Tài chính thẩm định, phê duyệt quyết toán của Quỹ BV&PTR", NN,
      "Trước ngày 30/6/2024"],
  ]),
  f3("3.", "Quỹ Phòng, chống thiên tai tỉnh"),
  fund([
    ["Tổng hợp số thu Quỹ năm 2023 của các huyện, thành phố", TL, "Đã hoàn thành (Báo cáo ngày 15/01/2024)"],
    ["Lập báo cáo quyết toán thu, chi Quỹ năm 2023, trình Sở Nông nghiệp và Phát triển nông thôn", TL, "15/4/2024"],
    ["Công khai báo cáo quyết toán Quỹ trên Cổng thông tin điện tử của Sở", TL,
      "Trong 30 ngày kể từ ngày được phê duyệt"],
  ]),
  f3("4.", "Quỹ Hỗ trợ nông dân tỉnh"),
  fund([
    ["Lập báo cáo tài chính, báo cáo quyết toán năm 2023 của Quỹ", HND, "Quý I/2024"],
    ["Kiểm tra, thông báo kết quả thẩm định quyết toán Quỹ Hỗ trợ nông dân tỉnh", TC, "Quý II/2024"],
  ]),
  sec("IV.", "TỔ CHỨC THỰC HIỆN"),
  n4("1.", "Giám đốc Sở Tài chính hướng dẫn, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch; định kỳ hằng quý báo " +
    "cáo UBND tỉnh tiến độ quyết toán."),
  n4("2.", "Thủ trưởng các sở, ban, ngành, Giám đốc các quỹ tài chính nhà nước ngoài ngân sách, Chủ tịch UBND các " +
    "huyện, thành phố chịu trách nhiệm trước UBND tỉnh về tính chính xác, trung thực của số liệu quyết toán./."),
  ...sign(["Bộ Tài chính (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Các sở, ban, ngành tỉnh", "Các quỹ tài chính ngoài ngân sách của tỉnh", "UBND các huyện, thành phố",
    "Kho bạc Nhà nước tỉnh, Cục Thuế tỉnh"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đặng Xuân Trường"),
];

const tasks = [
  task("II.1", "Lập báo cáo quyết toán ngân sách năm 2023 của đơn vị và đơn vị trực thuộc", "2024-03-31", [DT]),
  task("II.2", "Lập báo cáo quyết toán ngân sách huyện năm 2023 đã được HĐND cấp huyện phê chuẩn", "2024-05-30",
    [HUYEN]),
  task("II.3", "Đối chiếu, xác nhận số liệu thu, chi ngân sách năm 2023 trên địa bàn tỉnh", "2024-03-31", [KB]),
  task("II.4", "Đối chiếu số thu nội địa năm 2023 theo từng sắc thuế, từng cấp ngân sách", "2024-03-14", [THUE]),
  task("II.5", "Thẩm định quyết toán các đơn vị dự toán; tổng hợp, lập báo cáo quyết toán ngân sách địa phương năm " +
    "2023", "2024-07-31", [TC]),
  task("III.1.1", "Khóa sổ kế toán, lập báo cáo tài chính năm 2023 (Quỹ Phát triển đất)", "2024-03-30", [PTD_FULL]),
  task("III.1.2", "Kiểm toán báo cáo tài chính năm 2023 của Quỹ Phát triển đất", "2024-06-30", [PTD_FULL]),
  task("III.1.3", "Thẩm định, phê duyệt quyết toán năm 2023 của Quỹ PTĐ", "2024-08-31", [TC], [TNMT]),
  task("III.2.1", "Lập báo cáo quyết toán thu, chi tiền dịch vụ môi trường rừng năm 2023", "2024-03-30", [RUNG_FULL]),
  task("III.2.2", "Đối chiếu số tiền dịch vụ môi trường rừng đã chi trả cho chủ rừng", "2024-04-30", [HR],
    [RUNG_FULL]),
  task("III.2.3", "Thẩm định, phê duyệt quyết toán của Quỹ BV&PTR", "2024-06-29", [NN], [TC]),
  task("III.3.2", "Lập báo cáo quyết toán thu, chi Quỹ Phòng, chống thiên tai năm 2023", "2024-04-15", [TL]),
  task("III.4.1", "Lập báo cáo tài chính, báo cáo quyết toán năm 2023 của Quỹ Hỗ trợ nông dân", "2024-03-31", [HND]),
  task("III.4.2", "Kiểm tra, thông báo kết quả thẩm định quyết toán Quỹ Hỗ trợ nông dân tỉnh", "2024-06-30", [TC]),
];

await build(DIR, {
  blocks, printer: "ghostscript",
  expected: {
    id: ID,
    style: "Kế hoạch 38/KH-UBND of UBND tỉnh Thái Nguyên, 04/3/2024 (before the reorganisation: districts), " +
      "settling the 2023 local budget and the off-budget state funds. II: one table STT | Nội dung công việc | " +
      "Trách nhiệm thực hiện | Nơi nhận báo cáo, hồ sơ | Thời hạn; the doers are named by their heads' titles " +
      "('Thủ trưởng các đơn vị dự toán cấp tỉnh', 'Chủ tịch UBND các huyện, thành phố', 'Giám đốc Kho bạc Nhà " +
      "nước tỉnh', 'Cục trưởng Cục Thuế tỉnh', 'Giám đốc Sở Tài chính'), read as their bodies; the 'Nơi nhận' " +
      "column names recipients, never units. III: a bold italic heading per fund (1.-4., Word list), the acronym " +
      "defined in the heading ('Quỹ PTĐ', 'Quỹ BV&PTR') and used in the rows, each followed by its own small " +
      "table STT | Công việc | Đơn vị thực hiện | Thời hạn whose STT restarts at 1. The short forms the plan " +
      "defines ('sau đây gọi là Quỹ PTĐ', 'sau đây gọi là Quỹ BV&PTR') are read as the full names they stand " +
      "for ('Quỹ Phát triển đất tỉnh Thái Nguyên', 'Quỹ Bảo vệ và Phát triển rừng tỉnh'), as the plan writes " +
      "them, in lead, coordinators and unresolved. Reading: ref = II.<STT> and " +
      "III.<fund>.<STT>; '(phối hợp với Y)' / 'phối hợp với Y' / 'Chủ trì, phối hợp với Y' in a row's text give " +
      "Y as coordinator. 'Chủ tịch UBND các huyện, thành phố' = @districts; 'UBND các huyện có rừng được chi trả " +
      "…' is only some districts, kept as written. Left out: II.6 (kỳ họp schedule, no date), III.3.1 done, " +
      "III.3.3 counted from an undated approval, IV hằng quý. Dates: 'Trước ngày 01/4' -> 31/3 Sun -> 1/4; " +
      "'Chậm nhất ngày 30/5' -> 30/5; 'Trong tháng 3/2024' -> 31/3 -> 1/4; 'Trước ngày 15/3' -> 14/3; 'Tháng " +
      "7/2024' -> 31/7; 'Trước ngày 31/3' -> 30/3 Sat -> 1/4; 'Quý II' -> 30/6 Sun -> 1/7; 'Tháng 8/2024' -> 31/8 " +
      "Sat (2/9, 3/9 holidays) -> 4/9; 'Tháng 4/2024' -> 30/4 (holiday; 1/5 too) -> 2/5; 'Trước ngày 30/6' -> " +
      "29/6 Sat -> 1/7; bare '15/4/2024' -> 15/4; 'Quý I' -> 31/3 -> 1/4. PDF: LibreOffice, then Ghostscript.",
    province: "Thái Nguyên",
    plan: { number: "38/KH-UBND", date: "2024-03-04" },
    tasks,
    unresolved: [DT, PTD_FULL, RUNG_FULL, HR, TL],
    successors: [],
  },
});
