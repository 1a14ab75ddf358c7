// 05: Lai Châu 2026, after the reorganisation (communes and wards, no districts) — a plan of the UBND tỉnh
// implementing a Resolution of the HĐND tỉnh. Part II repeats the Resolution's targets (dated, no tasks); part III
// groups the work under one bold line per target and numbers the tasks 1-12 straight through the groups, each saying
// who does what but not by when; part IV "LỘ TRÌNH THỰC HIỆN" is a table whose rows are deadlines and whose cells list
// the task numbers of part III due then ("1, 4"), recurring ones in a "Thường xuyên / hằng năm" row. plan.pdf:
// LibreOffice.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "05-lai-chau-2026-hdnd-resolution-roadmap-rows-list-task-numbers";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ";
const TC = "Sở Tài chính";
const KC = "Sở Khoa học và Công nghệ";
const TR = "Trường Chính trị tỉnh";
const XA = "UBND cấp xã";
const p = (text, o = {}) => ({ t: "p", text, ...o });
const R = (num, text) => ({ t: "p", num, text, bold: true, indent: false, list: { kind: "roman", inst: "R" } });
const d = (inst) => (num, text) => ({ t: "p", num, text, list: { kind: "decimal", inst } });
const d1 = d("I");
const d3 = d("III");
const d5 = d("V");
const dash = (text) => ({ t: "p", num: "-", text, list: { kind: "dash", inst: "II" } });
const group = (text) => p(text, { bold: true, italic: true });

const ROADMAP = [
  ["STT", "Thời hạn hoàn thành", "Nhiệm vụ (số thứ tự tại Mục III)", "Ghi chú"],
  ["1", "Trước ngày 31/3/2026", "1, 4", ""],
  ["2", "Trong tháng 4/2026", "2", "Trình UBND tỉnh ban hành"],
  ["3", "Trước ngày 15/5/2026", "7", "Gửi hồ sơ về Sở Nội vụ"],
  ["4", "Quý II/2026", "6, 10", ""],
  ["5", "Chậm nhất ngày 15/8/2026", "9", "Cùng thời điểm xây dựng dự toán năm 2027"],
  ["6", "Quý III/2026", "8", ""],
  ["7", "Tháng 11/2027", "12", "Sơ kết 02 năm"],
  ["8", "Thường xuyên, hằng năm", "3, 5, 11", ""],
];

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 58/KH-UBND", "Lai Châu, ngày 09 tháng 3 năm 2026",
    "KẾ HOẠCH", "Thực hiện Nghị quyết số 27/NQ-HĐND ngày 11/12/2025 của HĐND tỉnh\nvề nâng cao " +
    "chất lượng đội ngũ cán bộ, công chức cấp xã giai đoạn 2026 - 2030"),
  p("Căn cứ Nghị quyết số 27/NQ-HĐND ngày 11/12/2025 của Hội đồng nhân dân tỉnh Lai Châu khóa XV, kỳ họp thứ " +
    "ba mươi hai về nâng cao chất lượng đội ngũ cán bộ, công chức cấp xã giai đoạn 2026 - 2030 (sau đây gọi là " +
    "Nghị quyết số 27/NQ-HĐND); Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  d1("1.", "Cụ thể hóa các chỉ tiêu, nhiệm vụ, giải pháp của Nghị quyết số 27/NQ-HĐND thành nhiệm vụ của từng cơ " +
    "quan, đơn vị; xác định rõ cơ quan chủ trì, phối hợp và lộ trình thực hiện."),
  d1("2.", "Các cơ quan, đơn vị chủ động triển khai, bảo đảm đúng tiến độ; kịp thời báo cáo, đề xuất UBND tỉnh " +
    "tháo gỡ khó khăn, vướng mắc."),
  R("II.", "CHỈ TIÊU CHỦ YẾU"),
  p("Theo Nghị quyết số 27/NQ-HĐND, đến năm 2030:"),
  dash("Chỉ tiêu 1: 100% cán bộ, công chức cấp xã đạt chuẩn về trình độ chuyên môn theo vị trí việc làm (năm 2026 " +
    "đạt ít nhất 85%, năm 2028 đạt ít nhất 95%);"),
  dash("Chỉ tiêu 2: Hằng năm, ít nhất 80% cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số và kỹ năng giải " +
    "quyết thủ tục hành chính trên môi trường điện tử;"),
  dash("Chỉ tiêu 3: 100% xã, phường có danh mục vị trí việc làm được phê duyệt trong năm 2026 và được rà soát, " +
    "điều chỉnh kịp thời khi có thay đổi."),
  R("III.", "NHIỆM VỤ, GIẢI PHÁP"),
  group("Nhóm nhiệm vụ thực hiện Chỉ tiêu 1"),
  d3("1.", "Sở Nội vụ chủ trì, phối hợp với UBND các xã, phường rà soát, đánh giá trình độ chuyên môn, nghiệp vụ " +
    "của đội ngũ cán bộ, công chức cấp xã so với yêu cầu của vị trí việc làm; xác định số người cần đào tạo, bồi " +
    "dưỡng."),
  d3("2.", "Sở Nội vụ xây dựng Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức cấp xã giai đoạn 2026 - 2030, trình " +
    "UBND tỉnh ban hành."),
  d3("3.", "UBND các xã, phường cử cán bộ, công chức tham gia các lớp đào tạo, bồi dưỡng theo kế hoạch; bố trí " +
    "công việc hợp lý để người được cử đi học hoàn thành chương trình."),
  group("Nhóm nhiệm vụ thực hiện Chỉ tiêu 2"),
  d3("4.", "Trường Chính trị tỉnh chủ trì, phối hợp với Sở Nội vụ, Sở Khoa học và Công nghệ xây dựng chương trình, " +
    "tài liệu bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã."),
  d3("5.", "Sở Khoa học và Công nghệ tổ chức các lớp bồi dưỡng kỹ năng số, an toàn thông tin cho công chức làm " +
    "việc tại Bộ phận Một cửa cấp xã."),
  d3("6.", "Sở Khoa học và Công nghệ xây dựng, đưa vào sử dụng nền tảng học tập trực tuyến dùng chung cho cán bộ, " +
    "công chức cấp xã; Sở Nội vụ phối hợp cập nhật nội dung bồi dưỡng."),
  group("Nhóm nhiệm vụ thực hiện Chỉ tiêu 3"),
  d3("7.", "UBND các xã, phường xây dựng đề án vị trí việc làm, khung năng lực của từng vị trí, gửi Sở Nội vụ " +
    "thẩm định."),
  d3("8.", "Sở Nội vụ thẩm định, trình Chủ tịch UBND tỉnh phê duyệt danh mục vị trí việc làm, bản mô tả công việc " +
    "và khung năng lực của các xã, phường."),
  group("Nhóm nhiệm vụ chung"),
  d3("9.", "Sở Tài chính chủ trì, phối hợp với Sở Nội vụ tham mưu bố trí kinh phí thực hiện Nghị quyết số " +
    "27/NQ-HĐND trong dự toán ngân sách năm 2027."),
  d3("10.", "Sở Nội vụ xây dựng bộ tiêu chí đánh giá chất lượng cán bộ, công chức cấp xã gắn với kết quả thực thi " +
    "công vụ, trình UBND tỉnh ban hành."),
  d3("11.", "Sở Nội vụ kiểm tra việc bố trí, sử dụng cán bộ, công chức tại các xã, phường; kịp thời chấn chỉnh " +
    "các trường hợp bố trí không đúng vị trí việc làm."),
  d3("12.", "Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan tham mưu UBND tỉnh sơ kết 02 năm thực hiện Nghị " +
    "quyết số 27/NQ-HĐND, báo cáo Thường trực HĐND tỉnh."),
  R("IV.", "LỘ TRÌNH THỰC HIỆN"),
  p("Thời hạn hoàn thành các nhiệm vụ tại Mục III Kế hoạch này như sau:"),
  { t: "table", widths: [700, 2700, 3000, 3000], header: 1, rows: ROADMAP },
  R("V.", "TỔ CHỨC THỰC HIỆN"),
  d5("1.", "Sở Nội vụ là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp kết quả, báo cáo " +
    "UBND tỉnh trước ngày 05/12 hằng năm để báo cáo HĐND tỉnh tại kỳ họp cuối năm."),
  d5("2.", "Sở Tài chính bảo đảm kinh phí thực hiện Kế hoạch theo phân cấp ngân sách hiện hành."),
  d5("3.", "Các sở, ban, ngành và UBND các xã, phường căn cứ nhiệm vụ được giao tại Mục III và thời hạn tại Mục IV " +
    "tổ chức thực hiện; báo cáo kết quả (lồng ghép trong báo cáo công tác cán bộ) gửi Sở Nội vụ trước ngày 25/11 " +
    "hằng năm."),
  p("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội vụ để tổng hợp, " +
    "báo cáo UBND tỉnh xem xét, quyết định./."),
  ...sign(["Thường trực Tỉnh ủy (b/c)", "Thường trực HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Các sở, ban, ngành tỉnh", "UBND các xã, phường", "Trường Chính trị tỉnh"],
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hà Trọng Hải"),
];

const tasks = [
  task("III.1", "Rà soát, đánh giá trình độ chuyên môn, nghiệp vụ của đội ngũ cán bộ, công chức cấp xã so với yêu " +
    "cầu của vị trí việc làm", "2026-03-30", [NV], [XA]),
  task("III.4", "Xây dựng chương trình, tài liệu bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã", "2026-03-30",
    [TR], [NV, KC]),
  task("III.2", "Xây dựng Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức cấp xã giai đoạn 2026 - 2030",
    "2026-04-30", [NV]),
  task("III.7", "Xây dựng đề án vị trí việc làm, khung năng lực của từng vị trí", "2026-05-14", [XA]),
  task("III.6", "Xây dựng, đưa vào sử dụng nền tảng học tập trực tuyến dùng chung cho cán bộ, công chức cấp xã",
    "2026-06-30", [KC], [NV]),
  task("III.10", "Xây dựng bộ tiêu chí đánh giá chất lượng cán bộ, công chức cấp xã gắn với kết quả thực thi công vụ",
    "2026-06-30", [NV]),
  task("III.9", "Tham mưu bố trí kinh phí thực hiện Nghị quyết số 27/NQ-HĐND trong dự toán ngân sách năm 2027",
    "2026-08-15", [TC], [NV]),
  task("III.8", "Thẩm định danh mục vị trí việc làm, bản mô tả công việc và khung năng lực của các xã, phường",
    "2026-09-30", [NV]),
  task("III.12", "Tham mưu UBND tỉnh sơ kết 02 năm thực hiện Nghị quyết số 27/NQ-HĐND", "2027-11-30", [NV]),
];

await build(DIR, {
  blocks, printer: "libreoffice",
  expected: {
    id: ID,
    style: "Kế hoạch 58/KH-UBND of UBND tỉnh Lai Châu, 09/3/2026 (after the reorganisation: communes and wards), " +
      "implementing Nghị quyết 27/NQ-HĐND of the HĐND tỉnh. Part II repeats the Resolution's three targets as " +
      "dashes with years (2026/2028/2030): targets, no tasks. Part III: one bold italic line per target ('Nhóm " +
      "nhiệm vụ thực hiện Chỉ tiêu n', no number) and tasks numbered 1.-12. straight through the groups, each " +
      "naming its units in prose ('X chủ trì, phối hợp với Y …'; '… ; Sở Nội vụ phối hợp …') and no date. Part " +
      "IV 'LỘ TRÌNH THỰC HIỆN' is a table STT | Thời hạn hoàn thành | Nhiệm vụ (số thứ tự tại Mục III) | Ghi chú " +
      "whose rows are deadlines and whose third cell lists the task numbers due then ('1, 4', '6, 10'). ref = " +
      "III.n (the task's number in part III, not the roadmap row's STT); title and units from part III; due from " +
      "the roadmap row that lists the number (its own row, so inherited false). 'Trước ngày 31/3/2026' -> 30/3; " +
      "'Trong tháng 4/2026' -> 30/4 (30/4, 1/5 off, weekend) -> 4/5; 'Trước ngày 15/5/2026' -> 14/5; 'Quý II' " +
      "30/6; 'Chậm nhất ngày 15/8/2026' Sat -> 17/8; 'Quý III' 30/9; 'Tháng 11/2027' 30/11/2027. Row 8 " +
      "'Thường xuyên, hằng năm' lists 3, 5, 11: left out. Part V (reports 'hằng năm', funding undated) no tasks. " +
      "'gửi Sở Nội vụ', 'trình UBND tỉnh / Chủ tịch UBND tỉnh', 'báo cáo Thường trực HĐND tỉnh' are recipients. " +
      "'UBND các xã, phường' -> UBND cấp xã. Unresolved: Trường Chính trị tỉnh. PDF: LibreOffice.",
    province: "Lai Châu",
    plan: { number: "58/KH-UBND", date: "2026-03-09" },
    tasks,
    unresolved: [TR, XA],
    successors: [],
  },
});
