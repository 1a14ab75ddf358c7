// 08: Thái Nguyên, UBND tỉnh (after the reorganisation), 05/02/2026 — digitising land records. Mixed: prose I-II,
// III one table whose header is TWO ROWS: "Thời gian" spans two columns split into "Bắt đầu | Hoàn thành" (gridSpan),
// the other header cells merged down (vMerge); a "(*)" in row 7's Hoàn thành cell points to a note under the
// table; IV prose with two dated unit duties. plan.pdf: WeasyPrint from HTML.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "08-thai-nguyen-2026-two-row-header-time-split-start-finish-star-note-then-prose-duties";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NM = "Sở Nông nghiệp và Môi trường";
const TC = "Sở Tài chính";
const XA = "UBND các xã, phường";
const SN = "Các sở, ngành liên quan";
const r = (u) => (u === XA ? "UBND cấp xã" : u);
// rows: [text, lead[], co[], start, finish, due | null]
const ROWS = [
  ["Ban hành kế hoạch chi tiết, thành lập tổ công tác liên ngành", [NM], ["Sở Nội vụ"], "02/2026", "25/02/2026",
    "2026-02-25"],
  ["Rà soát, thống kê hồ sơ địa chính hiện có, phân loại theo tình trạng", [XA], [NM], "01/3/2026", "30/4/2026",
    "2026-04-30"],
  ["Thẩm định dự toán kinh phí số hóa hồ sơ địa chính", [TC], [NM], "01/3/2026", "20/3/2026", "2026-03-20"],
  ["Lựa chọn đơn vị tư vấn thực hiện quét, số hóa hồ sơ", [NM], [TC], "Tháng 4/2026", "Tháng 5/2026", "2026-05-31"],
  ["Quét, số hóa, tạo lập cơ sở dữ liệu hồ sơ địa chính", [NM], [XA], "Tháng 6/2026", "Quý III/2026", "2026-09-30"],
  ["Kết nối, chia sẻ dữ liệu đất đai với Cơ sở dữ liệu quốc gia về dân cư", ["Công an tỉnh"],
    [NM, "Sở Khoa học và Công nghệ"], "01/10/2026", "15/11/2026", "2026-11-15"],
  ["Kết nối dữ liệu đất đai với hệ thống quản lý thuế", [NM], ["Thuế tỉnh"], "01/10/2026", "(*)", "2026-11-30"],
  ["Vận hành, cập nhật biến động đất đai vào cơ sở dữ liệu", [NM], [XA], "Từ tháng 12/2026", "Thường xuyên", null],
  ["Tổng kết, đánh giá kết quả thực hiện Kế hoạch", [NM], [SN], "12/2026", "31/12/2026", "2026-12-31"],
];
const tasks = ROWS.filter((x) => x[5]).map(([text, lead, co, , , due]) =>
  task(String(ROWS.findIndex((y) => y[0] === text) + 1), text, due, lead.map(r), co.map(r)));
tasks.push(task("IV.1", "Báo cáo UBND tỉnh kết quả thực hiện 6 tháng đầu năm 2026", "2026-06-14", [NM]));
tasks.push(task("IV.3", "Cử công chức địa chính tham gia tổ công tác, gửi danh sách", "2026-02-27", [r(XA)]));

const W = [560, 2900, 1500, 1700, 1100, 1100];
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 36/KH-UBND", "Thái Nguyên, ngày 05 tháng 02 năm 2026",
    "KẾ HOẠCH", "Số hóa hồ sơ địa chính, xây dựng cơ sở dữ liệu đất đai tỉnh Thái Nguyên năm 2026"),
  { t: "p", text: "I. MỤC ĐÍCH, YÊU CẦU", bold: true },
  { t: "p", text: "Hoàn thành số hóa toàn bộ hồ sơ địa chính đang lưu trữ tại các xã, phường; dữ liệu đất đai " +
    "được kết nối, chia sẻ với các cơ sở dữ liệu quốc gia, phục vụ giải quyết thủ tục hành chính trực tuyến." },
  { t: "p", text: "II. PHẠM VI THỰC HIỆN", bold: true },
  { t: "p", text: "Hồ sơ địa chính của 92 xã, phường trên địa bàn tỉnh, bao gồm hồ sơ lưu trữ của các huyện, " +
    "thành phố trước khi sắp xếp đơn vị hành chính." },
  { t: "p", text: "III. NỘI DUNG, TIẾN ĐỘ THỰC HIỆN", bold: true },
  { t: "table", widths: W, header: 2, rows: [
    [{ text: "STT", vm: "restart", rows: 2 }, { text: "Nội dung công việc", vm: "restart", rows: 2 },
      { text: "Đơn vị chủ trì", vm: "restart", rows: 2 }, { text: "Đơn vị phối hợp", vm: "restart", rows: 2 },
      { text: "Thời gian", span: 2 }],
    [{ text: "", vm: "continue" }, { text: "", vm: "continue" }, { text: "", vm: "continue" },
      { text: "", vm: "continue" }, "Bắt đầu", "Hoàn thành"],
    ...ROWS.map(([text, lead, co, s, f], i) => [{ text: String(i + 1), align: "center" }, text, lead.join(", "),
      co.join(", "), { text: s, align: "center" }, { text: f, align: "center" }]),
  ] },
  { t: "p", text: "(*) Hoàn thành đồng thời với nội dung số 6, chậm nhất ngày 30/11/2026.", italic: true,
    indent: false },
  { t: "p", text: "IV. TỔ CHỨC THỰC HIỆN", bold: true },
  { t: "p", text: "1. Sở Nông nghiệp và Môi trường là cơ quan thường trực, theo dõi, đôn đốc các đơn vị triển " +
    "khai; báo cáo UBND tỉnh kết quả thực hiện 6 tháng đầu năm 2026 trước ngày 15/6/2026." },
  { t: "p", text: "2. Văn phòng UBND tỉnh theo dõi, tổng hợp tiến độ, đưa nội dung vào chương trình công tác của " +
    "UBND tỉnh." },
  { t: "p", text: "3. UBND các xã, phường cử công chức địa chính tham gia tổ công tác, gửi danh sách về Sở Nông " +
    "nghiệp và Môi trường trước ngày 28/02/2026." },
  ...sign(["Bộ Nông nghiệp và Môi trường (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "Chủ tịch, các PCT UBND tỉnh",
    "Các sở, ban, ngành tỉnh", "UBND các xã, phường"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
  "Nguyễn Thanh Bình"),
];

const css = "@page{size:A4;margin:2cm 1.5cm 2cm 2.5cm}table.bd th{border:1px solid #000;font-size:11.5pt}" +
  "table.bd td:first-child{text-align:center}table.nb td:first-child{text-align:left;font-size:11pt}" +
  "table.bd tr{break-inside:avoid}";
await build(DIR, {
  blocks, printer: "weasyprint", css,
  expected: {
    id: ID,
    style: "Kế hoạch 36/KH-UBND of UBND tỉnh Thái Nguyên (after the reorganisation), 05/02/2026, digitising " +
      "land records. Mixed: I-II prose (no tasks); III one table STT | Nội dung công việc | Đơn vị chủ trì | " +
      "Đơn vị phối hợp | Thời gian whose header is TWO ROWS: 'Thời gian' spans two columns, split below into " +
      "'Bắt đầu | Hoàn thành'; the other header cells are merged down (vMerge / rowspan). due = the Hoàn thành " +
      "cell (Bắt đầu is a start, no task); ref = the table's own STT ('1'-'9', the plan's one task table). Row 7's " +
      "Hoàn thành '(*)' points to the note under the table 'chậm nhất ngày 30/11/2026' -> 30/11. IV prose, " +
      "numbered 1.-3.: the unit opening each paragraph leads; ref IV.<n>. Dates: bare '25/02/2026' -> 25/2; " +
      "'30/4/2026' -> 30/4 (holiday 30/4-1/5, weekend -> 4/5); '20/3/2026' -> 20/3; 'Tháng 5/2026' -> 31/5 (Sun " +
      "-> 1/6); 'Quý III/2026' -> 30/9; '15/11/2026' (Sun -> 16/11); '31/12/2026'; IV.1 'trước ngày " +
      "15/6/2026' -> 14/6 (Sun -> 15/6); IV.3 'trước ngày 28/02/2026' -> 27/2. Left out: row 8 'Thường " +
      "xuyên', IV.2 undated. 'báo cáo UBND tỉnh', 'gửi … về Sở NN&MT': recipients. 'UBND các xã, phường' = " +
      "'UBND cấp xã' (unresolved); 'Các sở, ngành liên quan' vague, kept as written (unresolved).",
    province: "Thái Nguyên",
    plan: { number: "36/KH-UBND", date: "2026-02-05" },
    tasks,
    unresolved: ["UBND cấp xã", SN],
    successors: [],
  },
});
