// 05: Thái Nguyên, UBND tỉnh (before the reorganisation), 14/5/2024 — cashless payment of public fees. Section III
// is ONE table whose first column holds the task text with its typed number ("1. Rà soát …"), then one column PER
// UNIT in which the words "Chủ trì" / "Phối hợp" are written (or "-"), then "Thời hạn hoàn thành". Two rows have
// "(*)" / "(**)" in the time cell, their deadlines in notes under the table. plan.pdf: LibreOffice, then Ghostscript.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "05-thai-nguyen-2024-unit-per-column-cells-chu-tri-phoi-hop-words-star-notes-under-table";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const COLS = ["Sở TT&TT", "Sở Tài chính", "Sở Y tế", "Sở GD&ĐT", "UBND các huyện, thành phố"];
const UNIT = ["Sở Thông tin và Truyền thông", "Sở Tài chính", "Sở Y tế", "Sở Giáo dục và Đào tạo", "@districts"];
const C = "Chủ trì";
const P = "Phối hợp";
const N = "-";
// rows: [text, marks per unit column, time cell, due | null]
const ROWS = [
  ["Rà soát, công bố danh mục dịch vụ công trực tuyến được tích hợp chức năng thanh toán trực tuyến",
    [C, P, N, N, P], "Trước ngày 30/6/2024", "2024-06-29"],
  ["Triển khai thu học phí, các khoản thu dịch vụ giáo dục không dùng tiền mặt tại các cơ sở giáo dục công lập",
    [N, P, N, C, P], "Tháng 9/2024", "2024-09-30"],
  ["Triển khai thanh toán viện phí không dùng tiền mặt tại các bệnh viện tuyến tỉnh",
    [N, P, C, N, N], "Quý III/2024", "2024-09-30"],
  ["Hướng dẫn quy trình hạch toán, đối soát các khoản thu nộp qua kênh thanh toán trực tuyến",
    [N, C, N, N, N], "(*)", "2024-08-15"],
  ["Tuyên truyền, hướng dẫn người dân cài đặt, sử dụng ứng dụng thanh toán trên thiết bị di động",
    [C, N, P, P, P], "Thường xuyên", null],
  ["Bố trí điểm hỗ trợ thanh toán trực tuyến tại Bộ phận Một cửa cấp huyện",
    [P, N, N, N, C], "31/10/2024", "2024-10-31"],
  ["Ký kết thỏa thuận hợp tác với các ngân hàng thương mại trên địa bàn tỉnh",
    [N, C, N, N, N], "Đã hoàn thành", null],
  ["Kiểm tra việc triển khai thanh toán không dùng tiền mặt tại các đơn vị sự nghiệp công lập",
    [N, C, P, P, N], "(**)", "2024-12-31"],
  ["Nâng cấp phần mềm quản lý bệnh viện, kết nối với nền tảng thanh toán của các ngân hàng",
    [P, N, C, N, N], "Hoàn thành trong tháng 11/2024", "2024-11-30"],
  ["Tổng hợp số liệu giao dịch thanh toán trực tuyến trên Cổng Dịch vụ công của tỉnh, báo cáo UBND tỉnh",
    [C, P, P, P, P], "Trước ngày 15/12/2024", "2024-12-14"],
  ["Sơ kết 01 năm thực hiện Kế hoạch", [C, P, P, P, P], "Tháng 5/2025", "2025-05-31"],
];

const tasks = [];
ROWS.forEach(([text, marks, , due], i) => {
  if (!due) return;
  const lead = UNIT.filter((_, j) => marks[j] === C);
  const co = UNIT.filter((_, j) => marks[j] === P);
  tasks.push(task(String(i + 1), text, due, lead, co));
});

const W = [3300, 880, 880, 880, 880, 1000, 1480];
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 87/KH-UBND", "Thái Nguyên, ngày 14 tháng 5 năm 2024",
    "KẾ HOẠCH", "Đẩy mạnh thanh toán không dùng tiền mặt đối với các khoản thu phí, lệ phí, học phí, viện phí\n" +
    "trên địa bàn tỉnh Thái Nguyên năm 2024"),
  { t: "p", text: "I. MỤC ĐÍCH, YÊU CẦU", bold: true },
  { t: "p", text: "1. Nâng tỷ lệ hồ sơ thủ tục hành chính có phát sinh phí, lệ phí được thanh toán trực tuyến; " +
    "giảm giao dịch tiền mặt tại các cơ quan, đơn vị sự nghiệp công lập." },
  { t: "p", text: "2. Phân công rõ đơn vị chủ trì, đơn vị phối hợp và thời hạn hoàn thành từng nhiệm vụ; các đơn vị " +
    "chủ động bố trí nguồn lực để triển khai." },
  { t: "p", text: "II. CHỈ TIÊU", bold: true },
  { t: "p", text: "Đến hết năm 2024, ít nhất 50% khoản thu học phí, 40% khoản thu viện phí tại các cơ sở công lập " +
    "được thực hiện qua kênh không dùng tiền mặt." },
  { t: "p", text: "III. NHIỆM VỤ CỤ THỂ VÀ PHÂN CÔNG THỰC HIỆN", bold: true },
  { t: "p", text: "(Ghi chú: tại các cột đơn vị, “Chủ trì” là đơn vị chủ trì thực hiện; “Phối hợp” là đơn vị " +
    "phối hợp; dấu “-” là đơn vị không tham gia nhiệm vụ)", italic: true },
  { t: "table", widths: W, header: 1, rows: [
    ["Nội dung nhiệm vụ", ...COLS, "Thời hạn hoàn thành"],
    ...ROWS.map(([text, marks, time], i) => [`${i + 1}. ${text}`,
      ...marks.map((m) => ({ text: m, align: "center" })), { text: time, align: "center" }]),
  ] },
  { t: "p", text: "(*) Nhiệm vụ số 4: Sở Tài chính ban hành văn bản hướng dẫn chậm nhất ngày 15/8/2024.",
    italic: true, indent: false },
  { t: "p", text: "(**) Nhiệm vụ số 8: tổ chức kiểm tra trong quý IV/2024, lồng ghép với kiểm tra tài chính " +
    "cuối năm.", italic: true, indent: false },
  { t: "p", text: "IV. TỔ CHỨC THỰC HIỆN", bold: true },
  { t: "p", text: "1. Thủ trưởng các sở, ngành, Chủ tịch UBND các huyện, thành phố căn cứ nhiệm vụ được phân công " +
    "tại Mục III, chủ động tổ chức thực hiện; định kỳ hằng quý báo cáo kết quả về Sở Thông tin và Truyền thông." },
  { t: "p", text: "2. Đề nghị Ngân hàng Nhà nước chi nhánh tỉnh Thái Nguyên chỉ đạo các ngân hàng thương mại phối " +
    "hợp triển khai, miễn, giảm phí giao dịch thanh toán các khoản thu công." },
  ...sign(["Văn phòng Chính phủ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "Chủ tịch, các PCT UBND tỉnh",
    "Các sở, ban, ngành tỉnh", "UBND các huyện, thành phố"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
  "Đặng Xuân Trường"),
];

await build(DIR, {
  blocks, printer: "ghostscript",
  expected: {
    id: ID,
    style: "Kế hoạch 87/KH-UBND of UBND tỉnh Thái Nguyên (before the reorganisation), 14/5/2024, cashless " +
      "payment of fees. Sections I-IV (typed Roman); III is the plan's one task table: first column 'Nội dung " +
      "nhiệm vụ' holds the task text with its own typed number '1. …' (no STT column), then ONE COLUMN PER UNIT " +
      "(Sở TT&TT | Sở Tài chính | Sở Y tế | Sở GD&ĐT | UBND các huyện, thành phố) whose cells say 'Chủ trì', " +
      "'Phối hợp' or '-', then 'Thời hạn hoàn thành'. ref = the row's number ('1'…'11', the one table's own " +
      "numbers). lead = the unit(s) whose cell says Chủ trì, coordinators those saying Phối hợp. Rows 4 and 8 " +
      "say '(*)' / '(**)' in the time cell: their deadlines are in the notes under the table (4: 'chậm nhất " +
      "ngày 15/8/2024' -> 15/8; 8: 'trong quý IV/2024' -> 31/12). Dates: 'Trước ngày 30/6/2024' -> 29/6 (Sat " +
      "-> 1/7); 'Tháng 9/2024' -> 30/9; 'Quý III/2024' -> 30/9; bare '31/10/2024' -> 31/10; 'Hoàn thành trong " +
      "tháng 11/2024' -> 30/11 (Sat -> 2/12); 'Trước ngày 15/12/2024' -> 14/12 (Sat -> 16/12); 'Tháng 5/2025' " +
      "-> 31/5 (Sat -> 2/6). Left out: row 5 'Thường xuyên', row 7 'Đã hoàn thành', IV.1's quarterly report. " +
      "'UBND các huyện, thành phố' = @districts. Row 10 'báo cáo UBND tỉnh': recipient. IV.2's Ngân hàng Nhà " +
      "nước is only asked ('Đề nghị'), undated: no task.",
    province: "Thái Nguyên",
    plan: { number: "87/KH-UBND", date: "2024-05-14" },
    tasks,
    unresolved: [],
    successors: [],
  },
});
