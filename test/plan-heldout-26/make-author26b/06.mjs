// 06: Thái Nguyên, UBND tỉnh (after the reorganisation), 23/01/2026 — electronic health records and electronic
// medical records in 2026. II is one table STT | Nhiệm vụ | Sản phẩm | Đơn vị chủ trì – thời hạn | Đơn vị phối hợp:
// the lead and the deadline share ONE cell ("Sở Y tế – 10/02/2026", once over two lines). Two rows hold a table
// NESTED in their Nhiệm vụ cell: row 4 the Sở Y tế's own sub-tasks (a), b), c) | Thời hạn), row 7 sub-tasks by unit
// (7.1-7.3 | Đơn vị | Nội dung | Thời hạn). plan.pdf: WeasyPrint from HTML (nested <table> in the <td>).
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "06-thai-nguyen-2026-nested-subtask-tables-lead-dash-deadline-one-cell";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const YT = "Sở Y tế";
const KHCN = "Sở Khoa học và Công nghệ";
const TC = "Sở Tài chính";
const CA = "Công an tỉnh";
const BHXH = "Bảo hiểm xã hội tỉnh";
const BAO = "Báo và Phát thanh, Truyền hình Thái Nguyên";
const XA = "UBND các xã, phường";
const resolve = (u) => (u === XA ? "UBND cấp xã" : u);

const tasks = [];
const t = (ref, title, due, lead, co = []) => tasks.push(task(ref, title, due, lead.map(resolve), co.map(resolve)));

// Row 4: the Sở Y tế's own sub-tasks, nested.
const SUB4 = [
  ["a)", "Đánh giá mức độ ứng dụng công nghệ thông tin của các bệnh viện tuyến tỉnh theo tiêu chí của Bộ Y tế",
    "28/02/2026", "2026-02-28"],
  ["b)", "Triển khai bệnh án điện tử tại 100% bệnh viện tuyến tỉnh", "Trước 30/9/2026", "2026-09-29"],
  ["c)", "Triển khai bệnh án điện tử tại các Trung tâm Y tế khu vực", "Tháng 12/2026", "2026-12-31"],
  ["d)", "Duy trì, cập nhật dữ liệu khám bệnh, chữa bệnh lên Hệ thống thông tin giám định bảo hiểm y tế",
    "Hằng ngày", null],
];
for (const [l, text, , due] of SUB4) if (due) t("II.4." + l[0], text, due, [YT], [KHCN]);
// Row 7: sub-tasks by unit, nested.
const SUB7 = [
  ["7.1", BHXH, "Kết nối dữ liệu khám bệnh, chữa bệnh bảo hiểm y tế với hồ sơ sức khỏe điện tử trên VNeID",
    "30/4/2026", "2026-04-30", [YT]],
  ["7.2", CA, "Xác thực thông tin công dân khi đăng ký khám bệnh bằng căn cước công dân gắn chip, tài khoản " +
    "định danh điện tử", "Quý II/2026", "2026-06-30", [YT]],
  ["7.3", KHCN, "Bảo đảm hạ tầng kết nối Trục liên thông dữ liệu của tỉnh với các cơ sở khám bệnh, chữa bệnh",
    "15/5/2026", "2026-05-15", [YT]],
];
for (const [n, unit, text, , due, co] of SUB7) t("II." + n, text, due, [unit], co);

// rows: [stt, task text | cell, product, lead–deadline, coordinators, (ref, title, due, lead, co) | null]
const R = [
  ["1", "Ban hành kế hoạch chi tiết triển khai hồ sơ sức khỏe điện tử, bệnh án điện tử của ngành y tế", "Kế hoạch",
    "Sở Y tế – 10/02/2026", KHCN, ["2026-02-10", [YT], [KHCN]]],
  ["2", "Rà soát hạ tầng công nghệ thông tin, bảo đảm an toàn thông tin mạng tại các cơ sở y tế công lập",
    "Báo cáo rà soát", "Sở Khoa học và Công nghệ – Quý I/2026", YT, ["2026-03-31", [KHCN], [YT]]],
  ["3", "Cập nhật thông tin sức khỏe của người dân lên hồ sơ sức khỏe điện tử", "Tỷ lệ người dân có hồ sơ",
    "Sở Y tế – thường xuyên", `${CA}; ${XA}`, null],
  ["4", { text: "Triển khai bệnh án điện tử tại các cơ sở khám bệnh, chữa bệnh công lập, gồm:", table: {
    widths: [450, 2350, 1000], rows: SUB4.map(([l, text, time]) => [l, text, time]) } },
  "Bệnh án điện tử được công nhận", "Sở Y tế – theo thời hạn từng nội dung", KHCN, null],
  ["5", "Bố trí kinh phí triển khai bệnh án điện tử trong dự toán năm 2026 của các đơn vị sự nghiệp y tế",
    "Quyết định giao dự toán", "Sở Tài chính – trước 31/3/2026", YT, ["2026-03-30", [TC], [YT]]],
  ["6", "Giám định, thanh toán chi phí khám bệnh, chữa bệnh bảo hiểm y tế trên dữ liệu bệnh án điện tử",
    "Kết quả giám định", "Bảo hiểm xã hội tỉnh – hằng quý", YT, null],
  ["7", { text: "Kết nối, liên thông dữ liệu y tế:", table: {
    widths: [450, 1150, 1500, 700], rows: SUB7.map(([n, unit, text, time]) => [n, unit, text, time]) } },
  "Dữ liệu được liên thông", "Theo phân công tại bảng", YT, null],
  ["8", "Tuyên truyền lợi ích của hồ sơ sức khỏe điện tử, sổ sức khỏe điện tử trên ứng dụng VNeID", "Tin, bài, " +
    "phóng sự", `${BAO} – năm 2026`, YT, ["2026-12-31", [BAO], [YT]]],
  ["9", "Tập huấn sử dụng hồ sơ sức khỏe điện tử cho nhân viên trạm y tế xã, phường", "Lớp tập huấn",
    "Sở Y tế –\ntháng 6/2026", XA, ["2026-06-30", [YT], [XA]]],
  ["10", "Sơ kết 6 tháng triển khai, báo cáo UBND tỉnh", "Báo cáo sơ kết", "Sở Y tế – 10/7/2026", "Các cơ quan " +
    "liên quan", ["2026-07-10", [YT], ["Các cơ quan liên quan"]]],
  ["11", "Tổng kết năm 2026, đề xuất nhiệm vụ năm 2027, báo cáo UBND tỉnh", "Báo cáo tổng kết",
    "Sở Y tế – chậm nhất 15/12/2026", "Các cơ quan liên quan", ["2026-12-15", [YT], ["Các cơ quan liên quan"]]],
];
const rows = [["STT", "Nhiệm vụ", "Sản phẩm", "Đơn vị chủ trì – thời hạn", "Đơn vị phối hợp"]];
for (const [stt, text, prod, lt, co, tk] of R) {
  if (tk) t("II." + stt, text, ...tk);
  rows.push([{ text: stt, align: "center" }, text, prod, lt, co]);
}
const order = (x) => x.ref.split(".").map((p) => (/^\d+$/.test(p) ? p.padStart(3, "0") : p)).join(".");
tasks.sort((a, b) => (order(a) < order(b) ? -1 : 1));

const plain = (text) => ({ t: "p", text });
const dash = (text) => ({ t: "p", text: "- " + text });
const sec = (num, text) => ({ t: "p", num, text, bold: true, indent: false, list: { kind: "roman", inst: "R" } });

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 21/KH-UBND", "Thái Nguyên, ngày 23 tháng 01 năm 2026",
    "KẾ HOẠCH", "Triển khai hồ sơ sức khỏe điện tử và bệnh án điện tử trên địa bàn tỉnh Thái Nguyên năm 2026"),
  plain("Thực hiện Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng " +
    "dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia; Thông tư số 13/2025/TT-BYT " +
    "ngày 06/6/2025 của Bộ Y tế hướng dẫn triển khai hồ sơ bệnh án điện tử, Ủy ban nhân dân tỉnh ban hành Kế hoạch " +
    "như sau:"),
  sec("I.", "MỤC ĐÍCH, YÊU CẦU"),
  dash("Hình thành hồ sơ sức khỏe điện tử cho người dân trên địa bàn tỉnh, kết nối với ứng dụng VNeID; các cơ sở khám " +
    "bệnh, chữa bệnh công lập triển khai bệnh án điện tử, thay thế bệnh án giấy."),
  dash("Nhiệm vụ gắn với đơn vị chủ trì, sản phẩm và thời hạn hoàn thành; bảo đảm an toàn, bảo mật dữ liệu cá nhân."),
  sec("II.", "NHIỆM VỤ CỤ THỂ"),
  { t: "table", widths: [560, 3900, 1500, 1900, 1540], header: 1, rows },
  sec("III.", "TỔ CHỨC THỰC HIỆN"),
  plain("Sở Y tế là cơ quan thường trực, theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch; tổng hợp khó khăn, " +
    "vướng mắc báo cáo UBND tỉnh."),
  plain("Các cơ quan, đơn vị được giao nhiệm vụ gửi báo cáo kết quả thực hiện về Sở Y tế trước ngày 25 của tháng cuối " +
    "quý để tổng hợp./."),
  ...sign(["Bộ Y tế (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "CT, các PCT UBND tỉnh", "Các sở, ban, ngành",
    "Bảo hiểm xã hội tỉnh", "UBND các xã, phường"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Thanh Bình"),
];

const css = "@page{size:A4;margin:2cm 1.5cm 2cm 2.5cm}table.bd table.bd{margin:4pt 0 0;font-size:10.5pt}" +
  "table.bd table.bd td{font-size:10.5pt;padding:2pt}table.nb td:first-child{text-align:left;font-size:11pt}";
await build(DIR, {
  blocks, printer: "weasyprint", css,
  expected: {
    id: ID,
    style: "Kế hoạch 21/KH-UBND of UBND tỉnh Thái Nguyên (after the reorganisation), 23/01/2026, electronic health " +
      "and medical records. I dash aims, no tasks. II one table STT | Nhiệm vụ | Sản phẩm | Đơn vị chủ trì – thời " +
      "hạn | Đơn vị phối hợp: the lead and its deadline share ONE cell, split by an en dash ('Sở Y tế – 10/02/2026'; " +
      "row 9 over two lines). Rows 4 and 7 hold a table NESTED in the Nhiệm vụ cell (plan.txt: the nested rows " +
      "follow the outer row, each line opening with a tab): row 4 the Sở Y tế's own sub-tasks a)-d) with a " +
      "Thời hạn column (outer cell 'Sở Y tế – theo thời hạn từng nội dung', so lead Sở Y tế, coordinator the " +
      "row's Sở KH&CN), ref II.4.a; row 7 sub-tasks by unit 7.1-7.3 (Đơn vị | Nội dung | Thời hạn; outer cell " +
      "'Theo phân công tại bảng', coordinator the row's Sở Y tế), ref II.7.1. ref = II.<STT>. Out: row 3 " +
      "'thường xuyên', row 4.d 'Hằng ngày', row 6 'hằng quý', III's quarterly report (recurring). Rows 4 and 7 " +
      "themselves are no task (their dates are the sub-tasks'). 'UBND các xã, phường' = 'UBND cấp xã'; 'Các cơ " +
      "quan liên quan' kept as written; 'báo cáo UBND tỉnh' = recipient. Dates: bare dates as written (10/2, " +
      "28/2 Sat -> 2/3, 30/4 holiday -> 4/5, 15/5, 10/7); 'Quý I' -> 31/3; 'Quý II' -> 30/6; 'trước 30/9' -> " +
      "29/9; 'trước 31/3' -> 30/3; 'Tháng 12/2026' -> 31/12; 'năm 2026' -> 31/12; 'tháng 6/2026' -> 30/6; " +
      "'chậm nhất 15/12' -> 15/12.",
    province: "Thái Nguyên",
    plan: { number: "21/KH-UBND", date: "2026-01-23" },
    tasks,
    unresolved: ["UBND cấp xã", "Các cơ quan liên quan"],
    successors: [],
  },
});
