// 01: Lai Châu, a ward after the reorganisation (26/12/2025) — UBND phường Tân Phong's plan for the 2026 election
// (Quốc hội khóa XVI, HĐND nhiệm kỳ 2026-2031). Portrait body: aims, the election day and seat numbers, then one
// paragraph per body (mostly ongoing duties, two dated works). After the signature a Word section break (next page)
// opens a LANDSCAPE section: the appendix "Lịch thời gian" table STT | Nội dung | Thời gian | Căn cứ (the article of
// the election law) | Chủ trì | Phối hợp, with a done row, an undated row and the election day as a spanning row
// without STT. plan.pdf: the LibreOffice PDF distilled again by Ghostscript (pdfwrite).
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "01-lai-chau-2025-ward-election-calendar-law-article-column-landscape-section";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const VP = "Văn phòng HĐND và UBND phường";
const UBBC = "Ủy ban bầu cử phường";
const MT = "Ban Thường trực Ủy ban MTTQ Việt Nam phường";
const TBC = "Tổ bầu cử";
const BBC = "Ban bầu cử đại biểu HĐND phường";
const VX = "Phòng Văn hóa - Xã hội";
const KT = "Phòng Kinh tế, Hạ tầng và Đô thị";
const CA = "Công an phường";
const TDP = "Tổ trưởng tổ dân phố";
const TB = "Trưởng bản";

const R = { kind: "roman", inst: "R" };
const sec = (num, text) => ({ t: "p", num, text, bold: true, indent: false, list: R });
const n3 = (num, text) => ({ t: "p", num, text, list: { kind: "decimal", inst: "III" } });
const dash = (inst) => (text) => ({ t: "p", num: "-", text, list: { kind: "dash", inst } });
const d1 = dash("I");
const d2 = dash("II");
const plain = (text, extra = {}) => ({ t: "p", text, ...extra });

// [STT, content, time, basis, lead cell, coord cell, lead[], coord[], due | null]
const ROWS = [
  ["1", "Thành lập Ủy ban bầu cử phường", "Đã thực hiện (Quyết định số 198/QĐ-UBND ngày 05/12/2025)",
    "Khoản 2 Điều 22", "UBND phường", "Thường trực HĐND phường; Ủy ban MTTQ Việt Nam phường", null],
  ["2", "Thành lập các Ban bầu cử đại biểu HĐND phường (06 đơn vị bầu cử)", "Chậm nhất ngày 04/01/2026 (70 ngày " +
    "trước ngày bầu cử)", "Khoản 1 Điều 25", UBBC, `${VP}; ${MT}`, [UBBC], [VP, MT], "2026-01-04"],
  ["3", "Tiếp nhận hồ sơ của người ứng cử đại biểu HĐND phường", "Từ ngày 27/12/2025 đến 17 giờ 00 ngày 01/02/2026",
    "Điều 36", UBBC, VP, [UBBC], [VP], "2026-02-01"],
  ["4", "Lập danh sách cử tri theo từng khu vực bỏ phiếu", "Xong trước ngày 25/01/2026", "Điều 29, Điều 30", VP,
    `${CA}; ${TDP}, ${TB}`, [VP], [CA, TDP, TB], "2026-01-24"],
  ["5", "Niêm yết danh sách cử tri tại trụ sở UBND phường và các khu vực bỏ phiếu", "Chậm nhất ngày 03/02/2026 " +
    "(40 ngày trước ngày bầu cử)", "Điều 32", VP, `${TDP}, ${TB}`, [VP], [TDP, TB], "2026-02-03"],
  ["6", "Tham mưu quyết định thành lập các Tổ bầu cử (15 khu vực bỏ phiếu)", "Trước ngày 07/02/2026",
    "Khoản 1 Điều 25", VP, "Ủy ban MTTQ Việt Nam phường", [VP], ["Ủy ban MTTQ Việt Nam phường"], "2026-02-06"],
  ["7", "Tổ chức hội nghị hiệp thương lần thứ ba, lập danh sách chính thức những người ứng cử đại biểu HĐND phường",
    "Chậm nhất ngày 08/02/2026 (35 ngày trước ngày bầu cử)", "Điều 61", MT, `${UBBC}; Thường trực HĐND phường`,
    [MT], [UBBC, "Thường trực HĐND phường"], "2026-02-08"],
  ["8", "Niêm yết danh sách người ứng cử tại các khu vực bỏ phiếu", "Chậm nhất ngày 23/02/2026 (20 ngày trước " +
    "ngày bầu cử)", "Điều 57", TBC, `${TDP}, ${TB}`, [TBC], [TDP, TB], "2026-02-23"],
  ["9", "Tổ chức hội nghị tiếp xúc cử tri cho người ứng cử vận động bầu cử", "Từ ngày 24/02/2026 đến ngày " +
    "13/3/2026", "Điều 64 - Điều 66", MT, UBBC, [MT], [UBBC], "2026-03-13"],
  ["10", "Tiếp nhận, bàn giao tài liệu, phiếu bầu, hòm phiếu cho các Tổ bầu cử", "Chậm nhất ngày 05/3/2026", "",
    UBBC, BBC, [UBBC], [BBC], "2026-03-05"],
  ["11", "Chuẩn bị, trang trí phòng bỏ phiếu; kiểm tra điện, âm thanh, phương án phòng cháy tại các khu vực bỏ phiếu",
    "Hoàn thành trước ngày 12/3/2026", "", TBC, `${KT}; ${CA}`, [TBC], [KT, CA], "2026-03-11"],
  { day: "NGÀY BẦU CỬ: CHỦ NHẬT, NGÀY 15/3/2026 (bỏ phiếu từ 07 giờ 00 đến 19 giờ 00)" },
  ["12", "Kiểm phiếu, lập biên bản kết quả kiểm phiếu gửi Ban bầu cử", "Ngay sau khi kết thúc cuộc bỏ phiếu",
    "Điều 73, Điều 77", TBC, "", [TBC], [], null],
  ["13", "Lập biên bản xác định kết quả bầu cử ở đơn vị bầu cử, gửi Ủy ban bầu cử phường", "Chậm nhất ngày " +
    "18/3/2026", "Điều 82", BBC, "", [BBC], [], "2026-03-18"],
  ["14", "Lập biên bản tổng kết cuộc bầu cử; công bố kết quả bầu cử và danh sách người trúng cử đại biểu HĐND phường",
    "Chậm nhất ngày 25/3/2026 (10 ngày sau ngày bầu cử)", "Điều 86, Điều 87", UBBC, VP, [UBBC], [VP],
    "2026-03-25"],
  ["15", "Tổng kết công tác bầu cử trên địa bàn phường, báo cáo Ủy ban bầu cử tỉnh, UBND tỉnh", "Trước ngày " +
    "15/4/2026", "", VP, UBBC, [VP], [UBBC], "2026-04-14"],
];
const W = [720, 4180, 2900, 1500, 2500, 2770];
const rows = [["STT", "Nội dung công việc", "Thời gian thực hiện", "Căn cứ (Luật Bầu cử)", "Cơ quan chủ trì",
  "Cơ quan phối hợp"]];
const tableTasks = [];
for (const r of ROWS) {
  if (r.day) { rows.push([{ text: r.day, span: 6, bold: true, align: "center" }]); continue; }
  const [stt, what, time, basis, leadCell, coordCell, lead, coord, due] = r;
  rows.push([{ text: stt, align: "center", list: { kind: "cell", inst: "stt" } }, what, time,
    { text: basis, align: "center" }, leadCell, coordCell]);
  if (due) tableTasks.push(task(stt, what, due, lead, coord));
}

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nPHƯỜNG TÂN PHONG", "Số: 215/KH-UBND", "Tân Phong, ngày 26 tháng 12 năm 2025",
    "KẾ HOẠCH", "Triển khai công tác bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp " +
    "nhiệm kỳ 2026 - 2031 trên địa bàn phường Tân Phong"),
  plain("Thực hiện Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân năm 2015 (sửa đổi, bổ sung năm 2025); " +
    "Kế hoạch số 5120/KH-UBND ngày 02/12/2025 của UBND tỉnh Lai Châu về tổ chức bầu cử đại biểu Quốc hội khóa XVI " +
    "và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031, UBND phường Tân Phong ban hành Kế hoạch triển khai như sau:"),
  sec("I.", "MỤC ĐÍCH, YÊU CẦU"),
  d1("Tổ chức cuộc bầu cử dân chủ, đúng pháp luật, an toàn, tiết kiệm; bảo đảm để cử tri thực hiện đầy đủ quyền " +
    "bầu cử; phấn đấu tỷ lệ cử tri đi bầu đạt trên 99%."),
  d1("Các công việc được thực hiện đúng trình tự, mốc thời gian luật định; phân công rõ cơ quan chủ trì, phối hợp."),
  sec("II.", "NGÀY BẦU CỬ, SỐ ĐẠI BIỂU VÀ LỊCH THỜI GIAN"),
  d2("Ngày bầu cử: Chủ nhật, ngày 15 tháng 3 năm 2026."),
  d2("Số đại biểu HĐND phường được bầu: 30 đại biểu, ở 06 đơn vị bầu cử; toàn phường có 15 khu vực bỏ phiếu."),
  d2("Các công việc và mốc thời gian cụ thể theo Phụ lục kèm theo Kế hoạch này. Ủy ban bầu cử phường đã được " +
    "thành lập ngày 05/12/2025 và đã họp phân công nhiệm vụ các thành viên ngày 10/12/2025."),
  sec("III.", "TỔ CHỨC THỰC HIỆN"),
  n3("1.", "Văn phòng HĐND và UBND phường là cơ quan thường trực giúp việc Ủy ban bầu cử phường; tham mưu thực hiện " +
    "các nội dung tại Phụ lục được giao; tổng hợp tình hình, báo cáo Ủy ban bầu cử phường vào thứ Sáu hằng tuần."),
  n3("2.", "Phòng Văn hóa - Xã hội chủ trì tuyên truyền về cuộc bầu cử trên hệ thống loa truyền thanh phường; lắp " +
    "đặt pano, áp phích, băng rôn tại các tuyến phố chính, hoàn thành trước ngày 10/02/2026."),
  n3("3.", "Công an phường xây dựng phương án bảo đảm an ninh, trật tự cuộc bầu cử, trình Ủy ban bầu cử phường " +
    "trước ngày 01/3/2026; bố trí lực lượng bảo vệ các khu vực bỏ phiếu trong ngày bầu cử."),
  n3("4.", "Phòng Kinh tế, Hạ tầng và Đô thị bảo đảm điện, vệ sinh môi trường, giao thông tại các khu vực bỏ phiếu " +
    "trong thời gian bầu cử."),
  n3("5.", "Đề nghị Ủy ban MTTQ Việt Nam phường chủ trì công tác hiệp thương, giới thiệu người ứng cử và giám sát " +
    "cuộc bầu cử theo quy định."),
  n3("6.", "Tổ trưởng các tổ dân phố, Trưởng các bản phối hợp rà soát cử tri, vận động Nhân dân đi bầu cử đầy đủ, " +
    "đúng thời gian."),
  plain("Trên đây là Kế hoạch triển khai công tác bầu cử trên địa bàn phường Tân Phong. Yêu cầu các cơ quan, đơn vị " +
    "nghiêm túc thực hiện./."),
  ...sign(["Ủy ban bầu cử tỉnh (b/c)", "Thường trực Đảng ủy phường (b/c)", "Thường trực HĐND phường",
    "Chủ tịch, các PCT UBND phường", "Ủy ban MTTQ Việt Nam phường", "Các phòng, đơn vị thuộc phường",
    "Các tổ dân phố, bản"], "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Lò Văn Thanh"),
  { t: "sect", landscape: false, type: "nextPage" },
  { t: "p", text: "PHỤ LỤC", bold: true, align: "center", indent: false },
  { t: "p", text: "LỊCH THỜI GIAN CÁC CÔNG VIỆC BẦU CỬ TRÊN ĐỊA BÀN PHƯỜNG TÂN PHONG", bold: true, align: "center",
    indent: false },
  { t: "p", text: "(Kèm theo Kế hoạch số 215/KH-UBND ngày 26/12/2025 của UBND phường Tân Phong)", italic: true,
    align: "center", indent: false },
  { t: "table", widths: W, header: 1, rows },
];

const tasks = [
  ...tableTasks.filter((t) => Number(t.ref) <= 11),
  task("III.2", "Lắp đặt pano, áp phích, băng rôn tuyên truyền về cuộc bầu cử tại các tuyến phố chính", "2026-02-09",
    [VX]),
  task("III.3", "Xây dựng phương án bảo đảm an ninh, trật tự cuộc bầu cử", "2026-02-28", [CA]),
  ...tableTasks.filter((t) => Number(t.ref) > 11),
];

await build(DIR, {
  blocks, printer: "ghostscript", landscape: true, lastType: "nextPage",
  expected: {
    id: ID,
    style: "Kế hoạch 215/KH-UBND of UBND phường Tân Phong (Lai Châu, after the reorganisation; 26/12/2025) for the " +
      "2026 election. Portrait body: I aims (turnout target), II election day 15/3/2026, seat numbers and 'Ủy ban " +
      "bầu cử phường đã được thành lập' (done), III one numbered paragraph per body, mostly ongoing (III.1 weekly " +
      "report, III.4 'trong thời gian bầu cử', III.5 a request to the Front, III.6 undated) with two dated works " +
      "(III.2 'trước ngày 10/02/2026' -> 9/2; III.3 'trước ngày 01/3/2026' -> 28/2 Sat -> 2/3). After the " +
      "signature a Word section break (next page) opens a LANDSCAPE section with the appendix table STT | Nội " +
      "dung | Thời gian thực hiện | Căn cứ (Luật Bầu cử) | Chủ trì | Phối hợp; ref = STT; the 'Căn cứ' column " +
      "(article numbers) is no ref nor date. Row 1 done ('Đã thực hiện (Quyết định … 05/12/2025)'), row 12 " +
      "'Ngay sau khi kết thúc cuộc bỏ phiếu' undated: out. The spanning row 'NGÀY BẦU CỬ: CHỦ NHẬT, NGÀY " +
      "15/3/2026' has no STT, no unit: no task. Times: 'Chậm nhất ngày X (n ngày trước ngày bầu cử)' = X (4/1 " +
      "Sun -> 5/1; 8/2 Sun -> 9/2); 'Từ … đến 17 giờ 00 ngày 01/02/2026' = the end day (Sun -> 2/2); 'Xong " +
      "trước ngày 25/01' -> 24/1 Sat -> 26/1; 'Trước ngày 07/02' -> 6/2; 'Hoàn thành trước ngày 12/3' -> 11/3; " +
      "'Trước ngày 15/4' -> 14/4. 'gửi Ban bầu cử / Ủy ban bầu cử phường', 'báo cáo Ủy ban bầu cử tỉnh, UBND " +
      "tỉnh', 'trình Ủy ban bầu cử phường' are recipients. Units are the ward's own, as written (unresolved); " +
      "'Tổ trưởng tổ dân phố, Trưởng bản' = two coordinators. PDF: LibreOffice, then Ghostscript pdfwrite.",
    province: "Lai Châu",
    plan: { number: "215/KH-UBND", date: "2025-12-26" },
    tasks,
    unresolved: [UBBC, VP, MT, TBC, BBC, VX, CA, KT, TDP, TB, "Thường trực HĐND phường", "Ủy ban MTTQ Việt Nam phường"],
    successors: [],
  },
});
