// 04: Lai Châu (after the reorganisation), Chương trình 09/CTr-UBND ngày 12/01/2026, công tác năm 2026 của UBND tỉnh.
// Habit: a WORK PROGRAMME BY QUARTER AND MONTHLY MEETING: "Phần thứ nhất" (targets, no task), "Phần thứ hai" with
// Roman quarters "I. QUÝ I" … "IV. QUÝ IV", under them the month's regular meeting as a numbered heading running on
// 1-12 ("3. Phiên họp thường kỳ tháng 3"), the items to be submitted there lettered a), b) with only their units and
// the level they go to in a closing bracket ("(Sở X chủ trì, phối hợp với Y; cấp trình: UBND tỉnh, HĐND tỉnh)"): the
// month of the heading is the deadline, the year only in the title; a month with no meeting (Tết); one item with its
// own earlier day; "Phần thứ ba" with one dated duty.
import { P, buildDoc, dirOf, lister, sign, task } from "./common.mjs";

const ID = "04-lai-chau-2026-chuong-trinh-cong-tac-quarters-monthly-meeting-headings-items-cap-trinh-bracket-year-in-title";
const DIR = dirOf(ID, import.meta.url);
const STC = "Sở Tài chính", SNV = "Sở Nội vụ", NNMT = "Sở Nông nghiệp và Môi trường", GD = "Sở Giáo dục và Đào tạo";
const YT = "Sở Y tế", XD = "Sở Xây dựng", VH = "Sở Văn hóa, Thể thao và Du lịch", DTTG = "Sở Dân tộc và Tôn giáo";
const CT = "Sở Công Thương", VP = "Văn phòng UBND tỉnh", TTr = "Thanh tra tỉnh", DEP = "@departments";

const Q = lister("roman", "q", { bold: true, indent: false });
const M = lister("decimal", "m", { bold: true, italic: true });
const items = {};
const it = (m) => (items[m] ??= lister("letter", `l${m}`));
const C = (text) => P(text, { bold: true, align: "center", indent: false, tight: true });

const blocks = [
  { t: "table", borders: false, widths: [3800, 5600], rows: [
    [{ text: "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", bold: true, align: "center" },
      { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold: true, align: "center" }],
    [{ text: "Số: 09/CTr-UBND", align: "center" }, { text: "Lai Châu, ngày 12 tháng 01 năm 2026", italic: true,
      align: "center" }],
  ] },
  C("CHƯƠNG TRÌNH"),
  P("Công tác năm 2026 của Ủy ban nhân dân tỉnh", { bold: true, align: "center", indent: false }),
  P("Căn cứ Quy chế làm việc của UBND tỉnh; căn cứ Nghị quyết của HĐND tỉnh về kế hoạch phát triển kinh tế - xã hội " +
    "năm 2026, Ủy ban nhân dân tỉnh ban hành Chương trình công tác năm 2026 như sau:"),
  C("Phần thứ nhất"),
  P("MỤC TIÊU, NHIỆM VỤ TRỌNG TÂM", { bold: true, align: "center", indent: false }),
  P("1. Tập trung chỉ đạo, điều hành thực hiện thắng lợi các mục tiêu phát triển kinh tế - xã hội năm 2026: tốc độ " +
    "tăng trưởng GRDP đạt trên 8%; thu ngân sách trên địa bàn đạt 3.200 tỷ đồng; tỷ lệ hộ nghèo giảm 3,5%."),
  P("2. Vận hành thông suốt mô hình chính quyền địa phương 02 cấp; đến ngày 31/12/2026, 100% thủ tục hành chính đủ " +
    "điều kiện được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình."),
  C("Phần thứ hai"),
  P("CÁC NỘI DUNG TRÌNH PHIÊN HỌP THƯỜNG KỲ CỦA ỦY BAN NHÂN DÂN TỈNH", { bold: true, align: "center",
    indent: false }),
  Q("I.", "QUÝ I"),
  M("1.", "Phiên họp thường kỳ tháng 01"),
  it(1)("a)", "Kế hoạch thực hiện Nghị quyết của HĐND tỉnh về kế hoạch phát triển kinh tế - xã hội năm 2026 (Sở Tài " +
    "chính chủ trì; cấp trình: UBND tỉnh)."),
  M("2.", "Tháng 02"),
  P("Không tổ chức phiên họp thường kỳ (nghỉ Tết Nguyên đán Bính Ngọ); các nội dung phát sinh trình tại phiên họp " +
    "tháng 3."),
  M("3.", "Phiên họp thường kỳ tháng 3"),
  it(3)("a)", "Quyết định ban hành Bảng giá đất điều chỉnh áp dụng từ năm 2026 (Sở Nông nghiệp và Môi trường chủ trì, " +
    "phối hợp với Sở Tài chính; cấp trình: UBND tỉnh)."),
  it(3)("b)", "Đề án sắp xếp, tổ chức lại các đơn vị sự nghiệp công lập thuộc UBND tỉnh (Sở Nội vụ chủ trì; cấp " +
    "trình: UBND tỉnh, Ban Thường vụ Tỉnh ủy)."),
  Q("II.", "QUÝ II"),
  M("4.", "Phiên họp thường kỳ tháng 4"),
  it(4)("a)", "Kế hoạch tuyển sinh vào lớp 10 năm học 2026 - 2027 (Sở Giáo dục và Đào tạo; cấp trình: UBND tỉnh)."),
  M("5.", "Phiên họp thường kỳ tháng 5"),
  it(5)("a)", "Dự thảo Nghị quyết quy định chính sách hỗ trợ nhân viên y tế thôn, bản trên địa bàn tỉnh (Sở Y tế chủ " +
    "trì, phối hợp với Sở Tài chính; cấp trình: UBND tỉnh, HĐND tỉnh tại kỳ họp giữa năm 2026)."),
  M("6.", "Phiên họp thường kỳ tháng 6"),
  it(6)("a)", "Báo cáo sơ kết 01 năm vận hành chính quyền địa phương 02 cấp (Sở Nội vụ chủ trì; cấp trình: UBND tỉnh, " +
    "Ban Thường vụ Tỉnh ủy)."),
  it(6)("b)", "Đề án phát triển nhà ở xã hội tỉnh Lai Châu giai đoạn 2026 - 2030 (Sở Xây dựng chủ trì; cấp trình: " +
    "UBND tỉnh; hồ sơ gửi Văn phòng UBND tỉnh trước ngày 20/6/2026)."),
  Q("III.", "QUÝ III"),
  M("7.", "Phiên họp thường kỳ tháng 7"),
  it(7)("a)", "Báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm, nhiệm vụ trọng tâm 6 " +
    "tháng cuối năm 2026 (Sở Tài chính chủ trì; cấp trình: UBND tỉnh)."),
  M("8.", "Phiên họp thường kỳ tháng 8"),
  it(8)("a)", "Đề án phát triển du lịch cộng đồng gắn với bảo tồn văn hóa các dân tộc giai đoạn 2026 - 2030 (Sở Văn " +
    "hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Dân tộc và Tôn giáo; cấp trình: UBND tỉnh)."),
  M("9.", "Phiên họp thường kỳ tháng 9"),
  it(9)("a)", "Quy chế phối hợp quản lý cụm công nghiệp trên địa bàn tỉnh (Sở Công Thương chủ trì, phối hợp với Sở Xây " +
    "dựng, Sở Nông nghiệp và Môi trường; cấp trình: UBND tỉnh)."),
  Q("IV.", "QUÝ IV"),
  M("10.", "Phiên họp thường kỳ tháng 10"),
  it(10)("a)", "Kế hoạch đầu tư công năm 2027 (Sở Tài chính; cấp trình: UBND tỉnh, HĐND tỉnh)."),
  M("11.", "Phiên họp thường kỳ tháng 11"),
  it(11)("a)", "Dự toán thu, chi ngân sách địa phương và phương án phân bổ ngân sách cấp tỉnh năm 2027 (Sở Tài chính " +
    "chủ trì; cấp trình: UBND tỉnh, HĐND tỉnh tại kỳ họp cuối năm)."),
  M("12.", "Phiên họp thường kỳ tháng 12"),
  it(12)("a)", "Chương trình công tác năm 2027 của UBND tỉnh (Văn phòng UBND tỉnh chủ trì, phối hợp với các sở, ban, " +
    "ngành; cấp trình: UBND tỉnh)."),
  it(12)("b)", "Báo cáo công tác thanh tra, tiếp công dân, giải quyết khiếu nại, tố cáo năm 2026 (Thanh tra tỉnh; cấp " +
    "trình: UBND tỉnh)."),
  C("Phần thứ ba"),
  P("TỔ CHỨC THỰC HIỆN", { bold: true, align: "center", indent: false }),
  P("1. Thủ trưởng các sở, ban, ngành được giao chủ trì chịu trách nhiệm về chất lượng, tiến độ các nội dung trình; " +
    "gửi hồ sơ về Văn phòng UBND tỉnh chậm nhất 07 ngày làm việc trước phiên họp. Nội dung không trình đúng thời " +
    "gian phải có văn bản báo cáo, nêu rõ lý do."),
  P("2. Văn phòng UBND tỉnh theo dõi, đôn đốc; tham mưu điều chỉnh, bổ sung Chương trình công tác 6 tháng cuối năm, " +
    "trình Chủ tịch UBND tỉnh trước ngày 10/7/2026."),
  P("3. Định kỳ hằng quý, các sở, ban, ngành báo cáo kết quả thực hiện Chương trình cùng báo cáo kinh tế - xã hội " +
    "của quý./."),
  ...sign(["Thường trực Tỉnh ủy (b/c)", "Thường trực HĐND tỉnh", "Chủ tịch, các PCT UBND tỉnh",
    "Các sở, ban, ngành tỉnh", "UBND các xã, phường"], "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Lê Văn Lương"),
];

const tasks = [
  task("I.1.a", "Kế hoạch thực hiện Nghị quyết của HĐND tỉnh về kế hoạch phát triển kinh tế - xã hội năm 2026",
    "2026-01-31", [STC]),
  task("I.3.a", "Quyết định ban hành Bảng giá đất điều chỉnh áp dụng từ năm 2026", "2026-03-31", [NNMT], [STC]),
  task("I.3.b", "Đề án sắp xếp, tổ chức lại các đơn vị sự nghiệp công lập thuộc UBND tỉnh", "2026-03-31", [SNV]),
  task("II.4.a", "Kế hoạch tuyển sinh vào lớp 10 năm học 2026 - 2027", "2026-04-30", [GD]),
  task("II.5.a", "Dự thảo Nghị quyết quy định chính sách hỗ trợ nhân viên y tế thôn, bản trên địa bàn tỉnh",
    "2026-05-31", [YT], [STC]),
  task("II.6.a", "Báo cáo sơ kết 01 năm vận hành chính quyền địa phương 02 cấp", "2026-06-30", [SNV]),
  task("II.6.b", "Đề án phát triển nhà ở xã hội tỉnh Lai Châu giai đoạn 2026 - 2030", "2026-06-19", [XD]),
  task("III.7.a", "Báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm, nhiệm vụ trọng " +
    "tâm 6 tháng cuối năm 2026", "2026-07-31", [STC]),
  task("III.8.a", "Đề án phát triển du lịch cộng đồng gắn với bảo tồn văn hóa các dân tộc giai đoạn 2026 - 2030",
    "2026-08-31", [VH], [DTTG]),
  task("III.9.a", "Quy chế phối hợp quản lý cụm công nghiệp trên địa bàn tỉnh", "2026-09-30", [CT], [XD, NNMT]),
  task("IV.10.a", "Kế hoạch đầu tư công năm 2027", "2026-10-31", [STC]),
  task("IV.11.a", "Dự toán thu, chi ngân sách địa phương và phương án phân bổ ngân sách cấp tỉnh năm 2027",
    "2026-11-30", [STC]),
  task("IV.12.a", "Chương trình công tác năm 2027 của UBND tỉnh", "2026-12-31", [VP], [DEP]),
  task("IV.12.b", "Báo cáo công tác thanh tra, tiếp công dân, giải quyết khiếu nại, tố cáo năm 2026", "2026-12-31",
    [TTr]),
  task(null, "Tham mưu điều chỉnh, bổ sung Chương trình công tác 6 tháng cuối năm", "2026-07-09", [VP]),
];

const WORK = "Refs: quarter (Roman), the month heading's number (running on 1-12 across the quarters), the item's " +
  "letter: I.1.a … IV.12.b. Each lettered item is a document to submit at the month's regular meeting: due the last " +
  "day of the heading's month, in the programme's year 2026 (the title's; no item writes a year of its own). The " +
  "bracket's first unit leads ('X chủ trì', or one unit alone), 'phối hợp với Y' coordinates; 'cấp trình: UBND " +
  "tỉnh, Ban Thường vụ Tỉnh ủy, HĐND tỉnh …' names who RECEIVES the document, never a unit of the task. I.1.a " +
  "31/01 (Sat) -> 02/02. I.2 'Tháng 02': no meeting (Tết), no item. I.3.a, I.3.b 31/3. II.4.a 30/4 (a day off, " +
  "with 01/5 and the weekend) -> 04/5. II.5.a 31/5 (Sun) -> 01/6. II.6.a 30/6. II.6.b its own 'hồ sơ gửi Văn " +
  "phòng UBND tỉnh trước ngày 20/6/2026' overrides the month: 19/6 (Fri); the office receives. III.7.a 31/7. " +
  "III.8.a 31/8. III.9.a 30/9; two partners. IV.10.a 31/10 (Sat) -> 02/11. IV.11.a 30/11. IV.12.a 31/12, 'phối hợp " +
  "với các sở, ban, ngành' = @departments. IV.12.b 31/12. Phần thứ ba: 1 ('07 ngày làm việc trước phiên họp', a " +
  "meeting the programme never dates) and 3 (quarterly) are no task; 2 'trình Chủ tịch UBND tỉnh trước ngày " +
  "10/7/2026' 09/7, Văn phòng UBND tỉnh: ref null (Phần thứ ba's '2.' is numbered apart from the quarters, no " +
  "Roman part above it). Phần thứ nhất's targets ('đến ngày 31/12/2026, 100% …') are no tasks.";

await buildDoc(DIR, {
  typed: blocks,
  printer: "chromium",
  expected: {
    id: ID,
    style: "Chương trình 09/CTr-UBND of UBND tỉnh Lai Châu (after the reorganisation), 12/01/2026, công tác năm " +
      "2026. HABIT: A WORK PROGRAMME BY QUARTER AND MONTHLY MEETING, items lettered under 'Phiên họp thường kỳ " +
      "tháng N' headings with their units and submission level in a closing bracket, the year only in the title. " +
      WORK + " PDF: Chromium.",
    province: "Lai Châu",
    plan: { number: "09/CTr-UBND", date: "2026-01-12" },
    tasks,
    unresolved: [],
    successors: [],
  },
});
