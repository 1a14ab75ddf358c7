// 04: Thái Nguyên 2026, a commune after the reorganisation — a Phương án (PA, not a Kế hoạch) of UBND xã Phủ Thông
// on the offices and public assets left over after three old units were merged: legal grounds and the present
// state in prose (results already done), a table of the buildings and plots (area in m², what is to be done with
// each, lead, coordinator, time; a two-row header whose 'Đơn vị thực hiện' spans Chủ trì | Phối hợp; the lead
// cell merged down over three rows with vMerge), then the work of the commune's own offices in numbered and
// lettered paragraphs.
// plan.pdf: the LibreOffice PDF distilled again by Ghostscript (pdfwrite).
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "04-thai-nguyen-2026-commune-phuong-an-surplus-offices-area-column";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const VP = "Văn phòng HĐND và UBND xã";
const KT = "Phòng Kinh tế";
const VX = "Phòng Văn hóa - Xã hội";
const TT = "Trung tâm Phục vụ hành chính công xã";
const CA = "Công an xã";
const MN = "Trường Mầm non Lục Bình";
// [asset, area, plan, lead cell, coord cell, time, lead[], coord[], due | null]
const ROWS = [
  ["Trụ sở HĐND - UBND thị trấn Phủ Thông (cũ)", "1.250", "Giữ lại làm trụ sở làm việc của Đảng ủy, HĐND, UBND " +
    "xã Phủ Thông", VP, "", "Đang sử dụng từ 01/7/2025", [VP], [], null],
  ["Trụ sở UBND xã Vi Hương (cũ)", "860", "Sử dụng làm điểm tiếp nhận và trả kết quả của Trung tâm Phục vụ hành " +
    "chính công xã; sửa chữa, cải tạo nhà làm việc", KT, TT, "Quý II/2026", [KT], [TT], "2026-06-30"],
  ["Trụ sở UBND xã Lục Bình (cũ)", "1.020", "Chuyển giao cho Trường Mầm non Lục Bình làm điểm trường", VX,
    `${VP}; ${MN}`, "Tháng 5/2026", [VX], [VP, MN], "2026-05-31"],
  ["Hội trường thôn Nà Pài (thuộc xã Vi Hương cũ)", "300", "Bàn giao cho thôn Nà Pài quản lý, sử dụng làm nhà văn " +
    "hóa thôn", VX, "", "Đã bàn giao ngày 22/12/2025", [VX], [], null],
  ["Trạm Y tế xã Lục Bình (cũ)", "540", "Giữ nguyên hiện trạng, tiếp tục sử dụng làm điểm trạm y tế", "Trạm Y tế xã",
    "", "", ["Trạm Y tế xã"], [], null],
  ["Khu đất trụ sở Công an xã Vi Hương (cũ)", "400", "Lập hồ sơ đề nghị UBND tỉnh thu hồi, giao Trung tâm Phát triển " +
    "quỹ đất quản lý, tổ chức đấu giá", { text: KT, vm: "restart" }, CA, "Trước 30/4/2026", [KT], [CA], "2026-04-29"],
  ["Kho lưu trữ thị trấn Phủ Thông (cũ)", "120", "Thanh lý tài sản trên đất", { text: KT, vm: "continue" }, "",
    "Sau khi có quyết định của cấp có thẩm quyền", [KT], [], null],
  ["Xe ô tô, máy móc, trang thiết bị dôi dư của các xã, thị trấn cũ", "-", "Lập danh mục tài sản dôi dư, báo cáo Sở " +
    "Tài chính để điều chuyển theo quy định", { text: KT, vm: "continue" }, VP, "Trước 15/4/2026", [KT], [VP],
    "2026-04-14"],
];
const W = [700, 1700, 800, 2500, 1200, 1250, 1200];
const top = (text) => ({ text, vm: "restart", rows: 2 });
const rows = [
  [top("STT"), top("Cơ sở nhà, đất, tài sản"), top("Diện tích (m²)"), top("Phương án bố trí, xử lý"),
    { text: "Đơn vị thực hiện", span: 2 }, top("Thời gian hoàn thành")],
  [...[0, 1, 2, 3].map(() => ({ text: "", vm: "continue" })), "Chủ trì", "Phối hợp", { text: "", vm: "continue" }],
];
const tasks = [];
let n = 0;
for (const r of ROWS) {
  const [asset, area, plan, leadCell, coordCell, time, lead, coord, due] = r;
  n += 1;
  rows.push([{ text: String(n), align: "center", list: { kind: "cell", inst: "stt" } }, asset,
    { text: area, align: "center" }, plan, leadCell, coordCell, { text: time, align: "center" }]);
  if (due) tasks.push(task(String(n), plan, due, lead, coord));
}
const R = { kind: "roman", inst: "R" };
const sec = (num, text) => ({ t: "p", num, text, bold: true, indent: false, list: R });
const n4 = (num, text, bold = false) => ({ t: "p", num, text, bold, list: { kind: "decimal", inst: "IV" } });
const la = (num, text) => ({ t: "p", num, text, list: { kind: "letter", inst: "IV1" } });
const lb = (num, text) => ({ t: "p", num, text, list: { kind: "letter", inst: "IV2" } });
const plain = (text, extra = {}) => ({ t: "p", text, ...extra });
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nXÃ PHỦ THÔNG", "Số: 12/PA-UBND", "Phủ Thông, ngày 09 tháng 3 năm 2026",
    "PHƯƠNG ÁN", "Bố trí, xử lý trụ sở làm việc và tài sản công dôi dư\nsau sắp xếp đơn vị hành chính cấp xã"),
  sec("I.", "CĂN CỨ XÂY DỰNG PHƯƠNG ÁN"),
  plain("Nghị quyết số 1683/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị " +
    "hành chính cấp xã của tỉnh Thái Nguyên năm 2025; Công văn số 2150/UBND-KT ngày 12/01/2026 của UBND tỉnh về " +
    "việc xử lý trụ sở, tài sản công dôi dư sau sắp xếp."),
  sec("II.", "HIỆN TRẠNG"),
  plain("Xã Phủ Thông được thành lập trên cơ sở thị trấn Phủ Thông, xã Vi Hương và xã Lục Bình. Tổng số cơ sở nhà, " +
    "đất do xã quản lý là 07 cơ sở, diện tích đất 4.490 m². Ngày 15/8/2025, UBND xã đã bàn giao 01 xe ô tô cho Sở " +
    "Tài chính theo Quyết định điều chuyển của UBND tỉnh; ngày 22/12/2025 đã bàn giao Hội trường thôn Nà Pài."),
  { ...sec("III.", "PHƯƠNG ÁN BỐ TRÍ, XỬ LÝ CỤ THỂ"), pageBreak: true },
  { t: "table", widths: W, header: 2, rows },
  sec("IV.", "TỔ CHỨC THỰC HIỆN"),
  n4("1.", "Phòng Kinh tế:", true),
  la("a)", "Chủ trì, phối hợp với Văn phòng HĐND và UBND xã cập nhật thông tin nhà, đất của xã vào Cơ sở dữ liệu " +
    "quốc gia về tài sản công trước ngày 31/3/2026."),
  la("b)", "Lập dự toán sửa chữa, cải tạo trụ sở UBND xã Vi Hương (cũ), trình Chủ tịch UBND xã phê duyệt trước " +
    "ngày 20/4/2026."),
  la("c)", "Phối hợp với Công an xã kiểm kê hiện trạng các cơ sở nhà, đất không còn sử dụng trước ngày 25/3/2026."),
  la("d)", "Tổng hợp kết quả thực hiện Phương án, báo cáo UBND tỉnh (qua Sở Tài chính) chậm nhất ngày 15/10/2026."),
  n4("2.", "Văn phòng HĐND và UBND xã:", true),
  lb("a)", "Bố trí phòng làm việc cho các phòng chuyên môn, Trung tâm Phục vụ hành chính công xã tại trụ sở chính; " +
    "hoàn thành trong tháng 3/2026."),
  lb("b)", "Chuyển hồ sơ, tài liệu lưu trữ của thị trấn Phủ Thông, xã Vi Hương, xã Lục Bình về Kho lưu trữ của xã; " +
    "xong ngày 29/5/2026."),
  lb("c)", "Thường xuyên kiểm tra, bảo quản tài sản tại các trụ sở chưa xử lý."),
  n4("3.", "Công an xã bảo đảm an ninh, trật tự, phòng cháy, chữa cháy tại các cơ sở nhà, đất chưa sử dụng.", false),
  n4("4.", "Trưởng các thôn, tổ dân phố tuyên truyền để Nhân dân biết, đồng thuận với Phương án.", false),
  plain("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, UBND xã báo cáo, đề nghị UBND tỉnh, Sở Tài chính " +
    "xem xét, hướng dẫn."),
  ...sign(["UBND tỉnh (b/c)", "Sở Tài chính (b/c)", "TT Đảng ủy, TT HĐND xã", "CT, các PCT UBND xã",
    "Các phòng chuyên môn, Công an xã", "Trường Mầm non Lục Bình", "Các thôn, tổ dân phố"],
  "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Hoàng Văn Quyết"),
];
tasks.push(
  task("IV.1.a", "Cập nhật thông tin nhà, đất của xã vào Cơ sở dữ liệu quốc gia về tài sản công", "2026-03-30", [KT],
    [VP]),
  task("IV.1.b", "Lập dự toán sửa chữa, cải tạo trụ sở UBND xã Vi Hương (cũ), trình Chủ tịch UBND xã phê duyệt",
    "2026-04-19", [KT]),
  task("IV.1.c", "Kiểm kê hiện trạng các cơ sở nhà, đất không còn sử dụng", "2026-03-24", [KT], [CA]),
  task("IV.1.d", "Tổng hợp kết quả thực hiện Phương án, báo cáo UBND tỉnh (qua Sở Tài chính)", "2026-10-15", [KT]),
  task("IV.2.a", "Bố trí phòng làm việc cho các phòng chuyên môn, Trung tâm Phục vụ hành chính công xã tại trụ sở " +
    "chính", "2026-03-31", [VP]),
  task("IV.2.b", "Chuyển hồ sơ, tài liệu lưu trữ của thị trấn Phủ Thông, xã Vi Hương, xã Lục Bình về Kho lưu trữ " +
    "của xã", "2026-05-29", [VP]),
);

await build(DIR, {
  blocks, printer: "ghostscript",
  expected: {
    id: ID,
    style: "Phương án 12/PA-UBND of UBND xã Phủ Thông (Thái Nguyên, after the reorganisation; 09/3/2026) on surplus " +
      "offices and assets: I legal grounds, II present state (done: car handed over 15/8/2025, hall 22/12/2025), " +
      "III a table with a two-row header (STT | Cơ sở nhà, đất, tài sản | Diện tích (m²) | Phương án bố trí, xử " +
      "lý | 'Đơn vị thực hiện' spanning Chủ trì | Phối hợp | Thời gian; gridSpan + vMerge), STT 1-8 continuous (ref = STT), the lead cell 'Phòng Kinh tế' " +
      "merged down (vMerge) over rows 6-8; IV the offices' work in numbered/lettered paragraphs (refs IV.1.a …). " +
      "A dated row is a task titled by its 'Phương án' cell (the asset cell names what it is about); the area " +
      "column is no date nor ref. Row 1 'Đang sử dụng từ 01/7/2025', row 4 'Đã bàn giao ngày 22/12/2025' (done), " +
      "row 5 (no time), row 7 'Sau khi có quyết định…' left out; row 8 takes its lead from the merged cell. Dates: " +
      "quý II -> 30/6; tháng 5 -> 31/5 Sun -> 1/6; 'Trước 30/4' -> 29/4; 'Trước 15/4' -> 14/4; IV.1.a 'trước " +
      "31/3' -> 30/3; IV.1.b 'trước 20/4' -> 19/4 Sun -> 20/4; IV.1.c 'Phòng Kinh tế … Phối hợp với Công an xã' " +
      "(no chủ trì) -> Phòng Kinh tế leads, 'trước 25/3' -> 24/3; IV.1.d 'chậm nhất 15/10' = 15/10 (UBND tỉnh, " +
      "Sở Tài chính recipients); IV.2.a 'trong tháng 3/2026' -> 31/3; IV.2.b 'xong ngày 29/5' = 29/5. IV.2.c " +
      "'Thường xuyên', IV.3, IV.4 undated. Units are the commune's own (unresolved, as written). PDF: LibreOffice " +
      "then Ghostscript pdfwrite.",
    province: "Thái Nguyên",
    plan: { number: "12/PA-UBND", date: "2026-03-09" },
    tasks,
    unresolved: [KT, VP, VX, TT, CA, MN],
    successors: [],
  },
});
