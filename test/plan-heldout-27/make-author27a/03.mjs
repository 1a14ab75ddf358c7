// 03: Lai Châu after the reorganisation (09/01/2026) — Sở Văn hóa, Thể thao và Du lịch's plan on heritage: II a
// numbered list whose items open with their time ("Tháng 02/2026: …", "Đầu tháng 3/2026: …", "Giữa tháng …",
// "Cuối quý III/2026: …"), III a relics table with a Thời gian column in the same words, IV prose.
// plan.pdf: WeasyPrint.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "03-lai-chau-2026-culture-dept-heritage-time-first-items-then-relics-table-month-parts";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const DS = "Phòng Quản lý di sản văn hóa";
const BT = "Bảo tàng tỉnh";
const XA = "UBND cấp xã";

const R = { kind: "roman", inst: "R" };
const sec = (num, text) => ({ t: "p", num, text, bold: true, indent: false, list: R });
const item = (inst, kind) => (num, text, extra = {}) => ({ t: "p", num, text, list: { kind, inst }, ...extra });
const d1 = item("I", "dash");
const n2 = item("II", "decimal");
const n4 = item("IV", "decimal");
const plain = (text, extra = {}) => ({ t: "p", text, ...extra });
const C = (text) => ({ text, align: "center" });

const T = {
  1: "Ban hành hướng dẫn kiểm kê và mẫu phiếu kiểm kê di sản văn hóa phi vật thể của các dân tộc Thái, Mông, " +
    "Dao, Hà Nhì, Lự",
  2: "Tập huấn nghiệp vụ kiểm kê di sản cho công chức văn hóa - xã hội các xã, phường",
  3: "Tổ chức kiểm kê di sản văn hóa phi vật thể trên địa bàn",
  4: "Tổng hợp, số hóa kết quả kiểm kê, cập nhật vào cơ sở dữ liệu di sản văn hóa của tỉnh",
  5: "Lập hồ sơ khoa học đề nghị đưa Lễ cúng bản của người Hà Nhì vào Danh mục di sản văn hóa phi vật thể quốc gia",
};
const ROWS = [
  ["Di tích lịch sử Bia Lê Lợi", "Lập hồ sơ đề xuất tu bổ, chống xuống cấp nhà bia", DS, "Sở Xây dựng",
    "Đầu tháng 5/2026"],
  ["Danh lam thắng cảnh Động Pu Sam Cáp", "Cắm mốc giới khu vực bảo vệ di tích", "UBND phường Tân Phong",
    `${DS}; Sở Nông nghiệp và Môi trường`, "Giữa tháng 6/2026"],
  ["Các di tích đã xếp hạng", "Kiểm tra hiện trạng, lập danh sách di tích xuống cấp", DS, "UBND các xã, phường",
    "Sau Tết Nguyên đán Bính Ngọ"],
  ["Di tích lịch sử Bia Lê Lợi", "Thi công tu bổ nhà bia, kè chống sạt lở", "Ban Quản lý dự án đầu tư xây dựng " +
    "các công trình dân dụng và công nghiệp tỉnh", DS, "Cuối quý III/2026"],
  ["Các di tích cấp quốc gia", "Lắp đặt biển chỉ dẫn, biển giới thiệu song ngữ Việt - Anh", BT,
    "UBND các xã, phường có di tích", "Trước ngày 15/8/2026"],
  ["Các di tích cấp tỉnh", "Tuyên truyền, giới thiệu giá trị di tích trên báo chí",
    "Báo và Phát thanh, Truyền hình Lai Châu", DS, "Thường xuyên"],
];

const blocks = [
  ...head("UBND TỈNH LAI CHÂU\nSỞ VĂN HÓA, THỂ THAO\nVÀ DU LỊCH", "Số: 42/KH-SVHTTDL",
    "Lai Châu, ngày 09 tháng 01 năm 2026", "KẾ HOẠCH",
    "Kiểm kê di sản văn hóa phi vật thể và tu bổ, tôn tạo di tích năm 2026"),
  plain("Căn cứ Luật Di sản văn hóa năm 2024; căn cứ Kế hoạch công tác năm 2026 của UBND tỉnh, Sở Văn hóa, Thể " +
    "thao và Du lịch ban hành Kế hoạch như sau:"),
  sec("I.", "MỤC ĐÍCH, YÊU CẦU"),
  d1("-", "Nhận diện, ghi chép đầy đủ di sản văn hóa phi vật thể của các dân tộc; ưu tiên di sản có nguy cơ mai " +
    "một."),
  d1("-", "Bảo vệ, phát huy giá trị di tích gắn với phát triển du lịch cộng đồng."),
  sec("II.", "KIỂM KÊ DI SẢN VĂN HÓA PHI VẬT THỂ"),
  n2("1.", `Tháng 02/2026: ${T[1]}. Giao ${DS}.`),
  n2("2.", `Đầu tháng 3/2026: ${T[2]}. ${DS} chủ trì, phối hợp với ${BT}.`),
  n2("3.", `Từ tháng 3 đến hết tháng 6/2026: UBND các xã, phường ${T[3][0].toLowerCase()}${T[3].slice(1)}, gửi ` +
    `phiếu kiểm kê về Sở (qua ${DS}).`),
  n2("4.", `Giữa tháng 7/2026: ${T[4]}. ${BT} chủ trì, phối hợp với Sở Khoa học và Công nghệ.`),
  n2("5.", `Cuối quý III/2026: ${T[5]}. ${DS} chủ trì, phối hợp với Sở Dân tộc và Tôn giáo, UBND các xã có ` +
    "người Hà Nhì sinh sống."),
  sec("III.", "TU BỔ, TÔN TẠO DI TÍCH"),
  { t: "table", widths: [600, 1800, 2300, 1800, 1700, 1900], header: 1, rows: [
    [C("STT"), C("Di tích"), C("Nội dung"), C("Đơn vị chủ trì"), C("Đơn vị phối hợp"), C("Thời gian")],
    ...ROWS.map((r, i) => [{ text: String(i + 1), align: "center", list: { kind: "cell", inst: "T" } }, ...r]),
  ] },
  sec("IV.", "TỔ CHỨC THỰC HIỆN"),
  n4("1.", "Đề nghị Sở Tài chính tham mưu UBND tỉnh bố trí kinh phí kiểm kê, tu bổ di tích năm 2026 trước ngày " +
    "31/3/2026."),
  n4("2.", "Các phòng, đơn vị thuộc Sở báo cáo kết quả thực hiện về Văn phòng Sở trước ngày 20 hằng tháng."),
  n4("3.", "Văn phòng Sở tổng hợp, báo cáo UBND tỉnh, Bộ Văn hóa, Thể thao và Du lịch kết quả thực hiện Kế hoạch " +
    "chậm nhất ngày 10/12/2026./."),
  ...sign(["Bộ VHTTDL (b/c)", "UBND tỉnh (b/c)", "Sở Tài chính", "Sở Dân tộc và Tôn giáo", "UBND các xã, phường",
    "Các phòng, đơn vị thuộc Sở"], "GIÁM ĐỐC", "Lò Thị Hoa"),
];

const t = (n, due, lead, co = []) => task(`II.${n}`, T[n], due, lead, co);
const r = (n, due, lead, co = []) => task(`${n}`, `${ROWS[n - 1][1]}: ${ROWS[n - 1][0]}`, due, lead, co);
const QLDA = ROWS[3][2];
const tasks = [
  t(1, "2026-02-28", [DS]),
  t(2, "2026-03-10", [DS], [BT]),
  t(3, "2026-06-30", [XA]),
  t(4, "2026-07-15", [BT], ["Sở Khoa học và Công nghệ"]),
  t(5, "2026-09-30", [DS], ["Sở Dân tộc và Tôn giáo", "UBND các xã có người Hà Nhì sinh sống"]),
  r(1, "2026-05-10", [DS], ["Sở Xây dựng"]),
  r(2, "2026-06-15", ["UBND phường Tân Phong"], [DS, "Sở Nông nghiệp và Môi trường"]),
  r(4, "2026-09-30", [QLDA], [DS]),
  r(5, "2026-08-14", [BT], ["UBND các xã, phường có di tích"]),
  task("IV.1", "Tham mưu UBND tỉnh bố trí kinh phí kiểm kê, tu bổ di tích năm 2026", "2026-03-30", ["Sở Tài chính"]),
  task("IV.3", "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch", "2026-12-10", ["Văn phòng Sở"]),
];

await build(DIR, {
  blocks, printer: "weasyprint",
  expected: {
    id: ID,
    style: "Kế hoạch 42/KH-SVHTTDL of Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu, 09/01/2026 (after the " +
      "reorganisation: merged departments, UBND các xã, phường). Mixed: II a numbered list whose items OPEN with " +
      "their time and a colon ('Tháng 02/2026:', 'Đầu tháng 3/2026:' …), the unit after the work ('Giao X.', 'X chủ " +
      "trì, phối hợp với Y.'); III one relics table STT | Di tích | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | " +
      "Thời gian; IV numbered prose. ref = II.<n>, the table's own STT ('1' … '6': a plan's one " +
      "task table is cited by its own numbers, numbered prose in II and IV beside it or not, as set 24's 06 and " +
      "set 26's 04 are), IV.<n>. Title of a row = 'Nội dung: Di tích'. Times: 'Tháng " +
      "02/2026' -> 28/2 Sat -> 2/3; 'Đầu tháng M' = the 10th (as the corpus reads it, thượng tuần): 3/2026 -> " +
      "10/3, 5/2026 -> 10/5 Sun -> 11/5; 'Giữa tháng M' = the 15th: 7/2026 -> 15/7, 6/2026 -> 15/6; 'Cuối quý " +
      "III/2026' -> 30/9; 'Từ tháng 3 đến hết tháng 6/2026' -> 30/6; 'Trước ngày 15/8/2026' -> 14/8; 'trước ngày " +
      "31/3/2026' -> 30/3; 'chậm nhất ngày 10/12/2026' -> 10/12. Left out: row 3 'Sau Tết Nguyên đán Bính Ngọ' (a " +
      "start, no end), row 6 (thường xuyên), IV.2 (hằng tháng). 'UBND các xã, phường' = UBND cấp xã; 'UBND các xã " +
      "có người Hà Nhì sinh sống', 'UBND các xã, phường có di tích' are partial groups, UBND phường Tân Phong a " +
      "commune, the Sở's own offices, Bảo tàng tỉnh and the project board are no directory units: all unresolved. " +
      "'Đề nghị Sở Tài chính tham mưu' -> Sở Tài chính leads IV.1. 'gửi … về Sở (qua …)', 'báo cáo UBND tỉnh, Bộ " +
      "…' are recipients. PDF: WeasyPrint from HTML.",
    province: "Lai Châu",
    plan: { number: "42/KH-SVHTTDL", date: "2026-01-09" },
    tasks,
    unresolved: [DS, BT, XA, "UBND các xã có người Hà Nhì sinh sống", "UBND phường Tân Phong", QLDA,
      "UBND các xã, phường có di tích", "Văn phòng Sở"],
    successors: [],
  },
});
