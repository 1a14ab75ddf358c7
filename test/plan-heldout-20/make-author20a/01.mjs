// 01: Lai Châu, a ward after the reorganisation (plan of 18/12/2025 for 2026) — the CCHC plan of UBND phường Đoàn
// Kết, whose task table numbers its rows in two levels: a group row "1" (an area of reform) and its rows "1.1",
// "1.2" … (in plan-auto.docx one Word multilevel list, "%1" / "%1.%2", in the STT cells). Some group rows fill
// their own lead and time cells; a row whose lead or time cell is empty takes the group's. Units are the ward's
// own offices (no directory knows them). plan.pdf: LibreOffice.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "01-lai-chau-2025-ward-two-level-stt-group-lead-and-time";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const VP = "Văn phòng HĐND và UBND phường";
const KT = "Phòng Kinh tế, Hạ tầng và Đô thị";
const VX = "Phòng Văn hóa - Xã hội";
const TT = "Trung tâm Phục vụ hành chính công phường";
const CA = "Công an phường";
const DT = "Đoàn Thanh niên phường";
const TDP = "các tổ dân phố";
// group: [title, lead cell, time cell, lead[] given to its rows, due given to its rows]
// row:   [content, lead cell, coord cell, time cell, lead[], coord[], due | null, inherited]
const ROWS = [
  { g: ["Cải cách thể chế", VP, "Quý I/2026"] },
  ["Rà soát các văn bản quy phạm pháp luật do HĐND, UBND các xã, phường trước sắp xếp ban hành còn hiệu lực trên " +
    "địa bàn phường; đề xuất bãi bỏ, thay thế", "", CA, "", [VP], [CA], "2026-03-31", true],
  ["Ban hành Kế hoạch tự kiểm tra, rà soát văn bản quy phạm pháp luật năm 2026", "", "", "Tháng 02/2026", [VP], [],
    "2026-02-28", false],
  ["Phổ biến văn bản pháp luật mới cho cán bộ tổ dân phố, người dân", VX, VP, "Thường xuyên", [VX], [VP], null],
  { g: ["Cải cách thủ tục hành chính", TT, ""] },
  ["Niêm yết, công khai đầy đủ thủ tục hành chính thuộc thẩm quyền giải quyết của cấp xã tại Trung tâm và trên " +
    "Cổng Dịch vụ công quốc gia", "", VP, "Trước 31/01/2026", [TT], [VP], "2026-01-30", false],
  ["Rà soát, đề xuất phương án đơn giản hóa thủ tục hành chính lĩnh vực đất đai, xây dựng", KT, TT, "Quý II/2026",
    [KT], [TT], "2026-06-30", false],
  ["Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực của các đơn vị hành chính trước sắp xếp", "",
    VP, "Tháng 9/2026", [TT], [VP], "2026-09-30", false],
  ["Tiếp nhận, giải quyết hồ sơ đúng hạn; xin lỗi người dân, tổ chức khi giải quyết hồ sơ quá hạn", "", "",
    "Thường xuyên", [TT], [], null],
  { g: ["Cải cách tổ chức bộ máy hành chính", VP, "6 tháng đầu năm 2026"] },
  ["Sửa đổi, bổ sung Quy chế làm việc của UBND phường nhiệm kỳ 2021 - 2026 cho phù hợp với tổ chức bộ máy mới", "",
    "", "", [VP], [], "2026-06-30", true],
  ["Xây dựng Đề án vị trí việc làm của các cơ quan chuyên môn thuộc UBND phường", "",
    "Các phòng chuyên môn thuộc UBND phường", "", [VP], ["Các phòng chuyên môn thuộc UBND phường"], "2026-06-30",
    true],
  { g: ["Cải cách chế độ công vụ", VP, ""] },
  ["Đánh giá, xếp loại chất lượng cán bộ, công chức phường năm 2026", "", "Các phòng chuyên môn thuộc UBND phường",
    "Tháng 12/2026", [VP], ["Các phòng chuyên môn thuộc UBND phường"], "2026-12-31", false],
  ["Cử công chức tham gia các lớp bồi dưỡng kiến thức quản lý nhà nước", "", "", "Theo kế hoạch của UBND tỉnh",
    [VP], [], null],
  { g: ["Cải cách tài chính công", "", ""] },
  ["Xây dựng Quy chế chi tiêu nội bộ năm 2026 của UBND phường", KT, VP, "Trước 15/3/2026", [KT], [VP],
    "2026-03-14", false],
  ["Kiểm kê, lập danh mục tài sản công tiếp nhận từ các đơn vị hành chính trước sắp xếp", KT, VP, "Quý I/2026",
    [KT], [VP], "2026-03-31", false],
  { g: ["Xây dựng, phát triển chính quyền số", "", ""] },
  ["Cấp chứng thư số, bảo đảm 100% cán bộ, công chức xử lý văn bản, ký số trên môi trường điện tử", VP, CA,
    "Trước 30/4/2026", [VP], [CA], "2026-04-29", false],
  ["Hướng dẫn người dân kích hoạt tài khoản định danh điện tử mức 2, nộp hồ sơ trực tuyến tại các tổ dân phố", CA,
    `${DT}; ${TDP}`, "Tháng 10/2026", [CA], [DT, TDP], "2026-10-31", false],
  ["Cập nhật dữ liệu trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh", TT, "", "Hằng tháng", [TT], [],
    null],
  { g: ["Công tác chỉ đạo, tuyên truyền, kiểm tra", "", ""] },
  ["Tuyên truyền cải cách hành chính trên hệ thống loa truyền thanh phường", VX, "", "Hằng quý", [VX], [], null],
  ["Khảo sát ý kiến người dân về mức độ hài lòng đối với sự phục vụ của cơ quan hành chính cấp phường năm 2026",
    VP, TT, "Quý III/2026", [VP], [TT], "2026-09-30", false],
];
const W = [700, 3550, 1700, 1650, 1750];
const rows = [["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]];
const tasks = [];
let g = 0;
let s = 0;
for (const r of ROWS) {
  if (r.g) {
    g += 1;
    s = 0;
    rows.push([{ text: String(g), bold: true, align: "center", list: { kind: "tcell", inst: "stt" } },
      { text: r.g[0].toUpperCase(), bold: true }, { text: r.g[1], bold: true }, "",
      { text: r.g[2], bold: true, align: "center" }]);
    continue;
  }
  const [content, leadCell, coordCell, time, lead, coord, due, inh] = r;
  s += 1;
  const ref = `${g}.${s}`;
  rows.push([{ text: ref, align: "center", list: { kind: "tcell", inst: "stt", ilvl: 1 } }, content, leadCell,
    coordCell, { text: time, align: "center" }]);
  if (due) tasks.push(task(ref, content, due, lead, coord, inh));
}
const R = { kind: "roman", inst: "R" };
const sec = (num, text) => ({ t: "p", num, text, bold: true, indent: false, list: R });
const i3 = (num, text) => ({ t: "p", num, text, list: { kind: "decimal", inst: "III" } });
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nPHƯỜNG ĐOÀN KẾT", "Số: 142/KH-UBND", "Đoàn Kết, ngày 18 tháng 12 năm 2025",
    "KẾ HOẠCH", "Cải cách hành chính năm 2026 của phường Đoàn Kết"),
  { t: "p", text: "Thực hiện Kế hoạch số 5120/KH-UBND ngày 05/12/2025 của UBND tỉnh Lai Châu về cải cách hành chính " +
    "năm 2026; căn cứ tình hình thực tế sau khi sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai " +
    "cấp, UBND phường Đoàn Kết ban hành Kế hoạch cải cách hành chính năm 2026 như sau:" },
  sec("I.", "MỤC ĐÍCH, YÊU CẦU"),
  { t: "p", text: "Xây dựng nền hành chính phường phục vụ Nhân dân; giải quyết thủ tục hành chính không phụ thuộc " +
    "địa giới hành chính; phấn đấu Chỉ số cải cách hành chính của phường năm 2026 thuộc nhóm khá của tỉnh. Năm " +
    "2025, phường đã hoàn thành việc bố trí trụ sở, kiện toàn Trung tâm Phục vụ hành chính công phường và đưa " +
    "vào vận hành từ ngày 01/7/2025." },
  sec("II.", "NHIỆM VỤ CỤ THỂ"),
  { t: "p", text: "Các nhiệm vụ giao cho từng cơ quan, đơn vị theo bảng dưới đây. Dòng nhiệm vụ để trống ô \"Đơn vị " +
    "chủ trì\" hoặc ô \"Thời gian hoàn thành\" thì thực hiện theo ô tương ứng của dòng nhóm nhiệm vụ (dòng in đậm)." },
  { t: "table", widths: W, header: 1, rows },
  sec("III.", "TỔ CHỨC THỰC HIỆN"),
  i3("1.", "Văn phòng HĐND và UBND phường là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp báo cáo cải " +
    "cách hành chính năm 2026 của phường, gửi UBND tỉnh (qua Sở Nội vụ) trước ngày 05/12/2026."),
  i3("2.", "Các phòng chuyên môn, đơn vị thuộc UBND phường báo cáo kết quả thực hiện định kỳ hằng quý (trước ngày 10 " +
    "của tháng cuối quý) về Văn phòng HĐND và UBND phường để tổng hợp."),
  i3("3.", "Kinh phí thực hiện Kế hoạch bố trí trong dự toán ngân sách phường năm 2026. Trong quá trình thực hiện, " +
    "nếu có vướng mắc, các đơn vị phản ánh về Văn phòng HĐND và UBND phường để tổng hợp, báo cáo Chủ tịch UBND " +
    "phường xem xét, quyết định."),
  ...sign(["UBND tỉnh (b/c)", "Sở Nội vụ (b/c)", "TT Đảng ủy, TT HĐND phường", "Chủ tịch, các PCT UBND phường",
    "Các phòng chuyên môn, đơn vị thuộc phường", "Các tổ dân phố"],
  "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Lò Văn Thắng"),
];
tasks.push(task("III.1", "Tổng hợp báo cáo cải cách hành chính năm 2026 của phường", "2026-12-04", [VP], []));

await build(DIR, {
  blocks, printer: "libreoffice",
  expected: {
    id: ID,
    style: "Kế hoạch 142/KH-UBND of UBND phường Đoàn Kết (Lai Châu, after the reorganisation; 18/12/2025, tasks of " +
      "2026): body I-III with one task table STT | Nội dung | Chủ trì | Phối hợp | Thời gian hoàn thành numbered in " +
      "two levels: bold group rows 1-7 (areas, not tasks) and task rows 1.1 … 7.2 (ref = STT as written, e.g. " +
      "'2.3'); auto docx: one Word multilevel list %1 / %1.%2 in the STT cells. The body says an empty lead or time " +
      "cell takes the group row's: group 1 (lead VP HĐND-UBND phường, Quý I/2026 -> 31/3) gives 1.1 lead+time " +
      "(inherited) and 1.2 its lead (own time tháng 02 -> 28/2 Sat -> 2/3; inherited false); group 2 gives the " +
      "Trung tâm PVHCC phường as lead to 2.1, 2.3; group 3 (6 tháng đầu năm -> 30/6) gives 3.1, 3.2 lead+time " +
      "(inherited); group 4 gives 4.1 its lead. Left out: 1.3, 2.4 'Thường xuyên', 4.2 'Theo kế hoạch của UBND " +
      "tỉnh', 6.3 'Hằng tháng', 7.1 'Hằng quý', body III.2 (quarterly) and III.3, the 2025 results. 'Trước 31/01' " +
      "-> 30/1; 'Trước 15/3' -> 14/3 Sat -> 16/3; 'Trước 30/4' -> 29/4; tháng 10 -> 31/10 Sat -> 2/11. Body III.1 " +
      "'gửi UBND tỉnh (qua Sở Nội vụ) trước 05/12/2026' -> 4/12, recipients not units. All units are the ward's " +
      "own (unresolved, as written); 'các tổ dân phố' a coordinator as written. PDF: LibreOffice.",
    province: "Lai Châu",
    plan: { number: "142/KH-UBND", date: "2025-12-18" },
    tasks,
    unresolved: [VP, KT, VX, TT, CA, DT, TDP, "Các phòng chuyên môn thuộc UBND phường"],
    successors: [],
  },
});
