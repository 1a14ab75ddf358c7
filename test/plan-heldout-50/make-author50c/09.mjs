// 09: Thái Nguyên 2026 (after the reorganisation: merged departments, wards and communes, no districts). The Phụ
// lục of Kế hoạch 41/KH-UBND ngày 05/02/2026 (chuyển đổi số năm 2026) kept as the workbook the Sở Khoa học và Công
// nghệ sent with it: a KINH PHÍ BLOCK between the task and the units, under a HEADER OF THREE ROWS ("Dự kiến kinh phí
// (triệu đồng)" over "Tổng số" | "Trong đó" over "Ngân sách tỉnh" | "Nguồn khác"), then a column-number row (1)..(9);
// the deadline is the LAST column; the STT runs 1..13 under bold group rows I..V whose kinh phí cells are SUM
// formulas, a TỔNG CỘNG row at the foot. Thời gian hoàn thành holds real Excel dates in DIFFERENT NUMBER FORMATS
// (dd/mm/yyyy, d/m/yyyy, dd.mm.yyyy, dd/mm/yy, dd-mm-yyyy, "Ngày dd tháng mm năm yyyy") and text in the same column.
import { C, H, D, blank, note, saveBook, task, title, unitsOf, when, writeExpected } from "./common.mjs";

const ID = "09-thai-nguyen-2026-phu-luc-kinh-phi-three-row-header-deadline-last-column-mixed-date-number-formats";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NUM = "41/KH-UBND";
const XP = "UBND các xã, phường";
const MAP = {
  "Sở KH&CN": ["Sở Khoa học và Công nghệ"], "Sở NN&MT": ["Sở Nông nghiệp và Môi trường"],
  "VP UBND tỉnh": ["Văn phòng UBND tỉnh"], "Các sở, ban, ngành": ["@departments"],
  "BHXH tỉnh": ["Bảo hiểm xã hội tỉnh"], "Báo và PT-TH Thái Nguyên": ["Báo và Phát thanh, Truyền hình Thái Nguyên"],
};
const UNRESOLVED = ["Viettel Thái Nguyên", "VNPT Thái Nguyên", "Trung tâm Phục vụ hành chính công tỉnh",
  "Ngân hàng Nhà nước Khu vực 5", XP];

// [STT, task, product, total, ns tỉnh, other, lead, partners ("; "), time cell, fmt, due | null, written]
const G = [
  ["I", "HẠ TẦNG SỐ", [
    ["1", "Phủ sóng di động 4G/5G tại các thôn, xóm, tổ dân phố còn lõm sóng sau sắp xếp đơn vị hành chính",
      "Danh sách điểm lõm sóng được xóa", 0, 0, 0, "Sở KH&CN", "Viettel Thái Nguyên; VNPT Thái Nguyên; " + XP,
      D(2026, 6, 30), "dd/mm/yyyy", "2026-06-30"],
    ["2", "Nâng cấp Trung tâm dữ liệu tỉnh, bảo đảm lưu trữ dữ liệu của tỉnh Bắc Kạn cũ chuyển về",
      "Trung tâm dữ liệu được nâng cấp, vận hành", 850, 850, 0, "Sở KH&CN", "Sở Tài chính",
      D(2026, 9, 30), "d/m/yyyy", "2026-09-30"],
  ]],
  ["II", "DỮ LIỆU SỐ", [
    ["3", "Xây dựng, cập nhật cơ sở dữ liệu đất đai các xã, phường khu vực phía Bắc của tỉnh",
      "Cơ sở dữ liệu đất đai được kết nối", 620, 620, 0, "Sở NN&MT", "Sở KH&CN; " + XP,
      "Quý IV/2026", null, "2026-12-31"],
    ["4", "Làm sạch dữ liệu dân cư, đồng bộ với các cơ sở dữ liệu chuyên ngành theo Đề án 06",
      "Báo cáo kết quả đồng bộ dữ liệu", 0, 0, 0, "Công an tỉnh", "Sở Tư pháp; " + XP,
      D(2026, 5, 15), "dd.mm.yyyy", "2026-05-15"],
    ["5", "Số hóa sổ hộ tịch lưu trữ tại các xã, phường, đưa vào cơ sở dữ liệu hộ tịch điện tử",
      "Dữ liệu hộ tịch được số hóa", 300, 180, 120, "Sở Tư pháp", "Sở KH&CN; " + XP,
      D(2026, 10, 31), "dd/mm/yy", "2026-10-31"],
  ]],
  ["III", "CHÍNH QUYỀN SỐ", [
    ["6", "Vận hành Hệ thống thông tin giải quyết thủ tục hành chính dùng chung sau sắp xếp, hợp nhất",
      "Hệ thống vận hành ổn định", 450, 450, 0, "VP UBND tỉnh",
      "Sở KH&CN; Trung tâm Phục vụ hành chính công tỉnh", "Tháng 3/2026", null, "2026-03-31"],
    ["7", "Cấp chứng thư số, hướng dẫn ký số cho cán bộ, công chức cấp xã mới được bố trí",
      "100% công chức cấp xã được cấp chứng thư số", 0, 0, 0, "Sở KH&CN", "Sở Nội vụ; " + XP,
      D(2026, 4, 30), "dd/mm/yyyy", "2026-04-30"],
    ["8", "Bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức các cơ quan nhà nước",
      "Các lớp bồi dưỡng được tổ chức", 240, 240, 0, "Sở Nội vụ", "Sở KH&CN",
      "Trước 30/8/2026", null, "2026-08-29"],
    ["9", "Mở rộng hệ thống hội nghị truyền hình trực tuyến đến các xã, phường",
      "Điểm cầu trực tuyến cấp xã", 560, 400, 160, "Sở KH&CN", "VP UBND tỉnh; " + XP,
      D(2026, 11, 20), '"Ngày "dd" tháng "mm" năm "yyyy', "2026-11-20"],
  ]],
  ["IV", "KINH TẾ SỐ, XÃ HỘI SỐ", [
    ["10", "Đưa sản phẩm OCOP của tỉnh lên sàn thương mại điện tử, hỗ trợ hộ kinh doanh bán hàng trực tuyến",
      "Gian hàng OCOP trên sàn thương mại điện tử", 150, 100, 50, "Sở Công Thương",
      "Sở NN&MT; Hiệp hội Doanh nghiệp tỉnh", D(2026, 6, 30), "d/m/yyyy", "2026-06-30"],
    ["11", "Thanh toán không dùng tiền mặt tại bệnh viện, trung tâm y tế trên địa bàn tỉnh",
      "Báo cáo tỷ lệ giao dịch không dùng tiền mặt", 0, 0, 0, "Sở Y tế",
      "Ngân hàng Nhà nước Khu vực 5; BHXH tỉnh", D(2026, 12, 15), "dd-mm-yyyy", "2026-12-15"],
    ["12", "Tuyên truyền về chuyển đổi số trên báo chí, hệ thống thông tin cơ sở",
      "Tin, bài, phóng sự", 120, 120, 0, "Báo và PT-TH Thái Nguyên", "Sở KH&CN", "Thường xuyên", null, null],
  ]],
  ["V", "KIỂM TRA, BÁO CÁO", [
    ["13", "Sơ kết 6 tháng thực hiện Kế hoạch, báo cáo UBND tỉnh và Ban Chỉ đạo",
      "Báo cáo sơ kết", 0, 0, 0, "Sở KH&CN", "Các sở, ban, ngành; " + XP,
      D(2026, 6, 10), "dd/mm/yyyy", "2026-06-10"],
  ]],
];

const N = 9;
const M = { align: "center" };
const K = { align: "right", fmt: "0" };
const rows = [];
const sumRows = [];
let r = 11; // the first body row if the body started right under the column numbers (row 11)
const body = [];
for (const [roman, name, list] of G) {
  const first = r + 1, last = r + list.length;
  const sum = (col, idx) => ({ formula: `SUM(${col}${first}:${col}${last})`, v: list.reduce((a, x) => a + x[idx], 0) });
  sumRows.push(r);
  body.push({ bold: true, cells: [C(roman, M), C(name, { across: 1 }), C(sum("D", 3).v, { ...K, formula: sum("D", 3).formula }),
    C(sum("E", 4).v, { ...K, formula: sum("E", 4).formula }), C(sum("F", 5).v, { ...K, formula: sum("F", 5).formula }),
    "", "", ""] });
  r++;
  for (const t of list) {
    body.push({ cells: [C(t[0], M), t[1], t[2], C(t[3] || "", K), C(t[4] || "", K), C(t[5] || "", K), t[6], t[7].split("; ").join(";\n"),
      C(t[8], { align: "center", ...(t[9] ? { fmt: t[9] } : {}) })] });
    r++;
  }
}
const all = G.flatMap((g) => g[2]);
const tot = (i) => all.reduce((a, x) => a + x[i], 0);
rows.push(
  { cells: [C("ỦY BAN NHÂN DÂN", { bold: true, align: "center", across: 2 })], box: false },
  { cells: [C("TỈNH THÁI NGUYÊN", { bold: true, align: "center", across: 2 })], box: false },
  blank(),
  title("Phụ lục", N),
  title("DANH MỤC NHIỆM VỤ VÀ DỰ KIẾN KINH PHÍ THỰC HIỆN CHUYỂN ĐỔI SỐ TỈNH THÁI NGUYÊN NĂM 2026", N),
  title(`(Kèm theo Kế hoạch số ${NUM} ngày 05/02/2026 của Ủy ban nhân dân tỉnh Thái Nguyên)`, N, { bold: false, italic: true }),
  { cells: [C("", { across: 6 }), C("Đơn vị tính: triệu đồng", { italic: true, align: "right", across: 1 })], box: false },
  { cells: [C("TT", { ...H, down: 2 }), C("Nhiệm vụ", { ...H, down: 2 }), C("Sản phẩm", { ...H, down: 2 }),
    C("Dự kiến kinh phí (triệu đồng)", { ...H, across: 2 }), C("Cơ quan chủ trì", { ...H, down: 2 }),
    C("Cơ quan phối hợp", { ...H, down: 2 }), C("Thời gian hoàn thành", { ...H, down: 2 })] },
  { cells: [C("Tổng số", { ...H, down: 1 }), C("Trong đó", { ...H, across: 1 })] },
  { cells: [C("Ngân sách tỉnh", H), C("Nguồn khác", H)] },
);
// rows 8-10 are the header; the column numbers follow on row 11
rows.push({ cells: ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)"].map((x) => C(x, { align: "center", italic: true })) });
const b0 = rows.length + 1;
// formulas were written for a body starting on row 11; shift them to where the body really starts
const shift = b0 - 11;
for (const row of body) for (const c of row.cells) if (c && c.formula) c.formula = c.formula.replace(/(\d+)/g, (x) => String(+x + shift));
rows.push(...body);
const groupRows = body.map((row, i) => (row.bold ? b0 + i : 0)).filter(Boolean);
const gsum = (col) => groupRows.map((x) => `${col}${x}`).join(",");
rows.push({ bold: true, cells: [C("TỔNG CỘNG", { across: 2, align: "center" }), C(tot(3), { ...K, formula: `SUM(${gsum("D")})` }),
  C(tot(4), { ...K, formula: `SUM(${gsum("E")})` }), C(tot(5), { ...K, formula: `SUM(${gsum("F")})` }), "", "", ""] });
rows.push(blank());
rows.push(note("Ghi chú: Thời gian hoàn thành là thời hạn cơ quan chủ trì gửi sản phẩm về Sở Khoa học và Công nghệ để " +
  "tổng hợp; kinh phí từ ngân sách tỉnh được bố trí trong dự toán năm 2026 của cơ quan chủ trì.", N, { italic: true }));

const sheet = { name: "PL kinh phi CDS 2026", widths: [5, 40, 22, 9, 10, 10, 17, 24, 23], boxFrom: 8, size: 11,
  rows, setup(ws) { ws.views = [{ state: "frozen", ySplit: 11, showGridLines: false }]; ws.pageSetup.printTitlesRow = "8:11"; } };
await saveBook(DIR, [sheet], { creator: "Nguyen Van Hung", created: "2026-01-28T02:10:00Z",
  modified: "2026-02-05T08:40:00Z", size: 11, active: 0 });

const tasks = [];
const lines = [];
for (const t of all) {
  if (!t[10]) { lines.push(`${t[0]} '${t[8]}' no task`); continue; }
  const lead = unitsOf(t[6], MAP), co = unitsOf(t[7], MAP);
  tasks.push(task(t[0], t[1], t[10], lead, co));
  lines.push(when(t[0], typeof t[8] === "string" ? t[8] : "", t[10]) + (t[9] ? ` [${t[9]}]` : ""));
}
writeExpected(DIR, {
  id: ID,
  style: `Phụ lục of Kế hoạch ${NUM} of UBND tỉnh Thái Nguyên, 05/02/2026 (after the reorganisation: no districts), ` +
    "chuyển đổi số 2026, as a WORKBOOK: one sheet, header of THREE ROWS (rows 8-10): TT | Nhiệm vụ | Sản phẩm | " +
    "'Dự kiến kinh phí (triệu đồng)' over 'Tổng số' | 'Trong đó' (over 'Ngân sách tỉnh' | 'Nguồn khác') | Cơ quan " +
    "chủ trì | Cơ quan phối hợp | Thời gian hoàn thành (the deadline LAST), then a column-number row (1)..(9). Bold " +
    "group rows I..V (their kinh phí cells SUM formulas) and a TỔNG CỘNG row are no tasks; the kinh phí numbers " +
    "(850, 620 …) are money, no dates. ref = the running STT 1..13. Thời gian hoàn thành: real Excel dates in " +
    "different number formats (due = the cell's day, however shown) or text ('Quý IV/2026' = 31/12, 'Tháng " +
    "3/2026' = 31/3, 'Trước 30/8/2026' = 29/8, 'Thường xuyên' no task): " + lines.join("; ") + ". Partners are " +
    "one a line in their cell; 'Sở KH&CN', 'Sở NN&MT', 'VP UBND tỉnh', 'BHXH tỉnh' their directory names, " +
    "'Các sở, ban, ngành' = @departments, 'UBND các xã, phường' = unresolved 'UBND cấp xã'; 'Viettel Thái Nguyên', " +
    "'VNPT Thái Nguyên', 'Trung tâm Phục vụ hành chính công tỉnh', 'Ngân hàng Nhà nước Khu vực 5' unresolved. The " +
    "note's 'gửi sản phẩm về Sở Khoa học và Công nghệ' names a recipient, no coordinator. plan.xlsx (exceljs), " +
    ".xls/.ods LibreOffice's copies, plan.pdf its print, plan.txt Excel's copy after the tab name.",
  province: "Thái Nguyên",
  plan: { number: NUM, date: "2026-02-05" },
  tasks,
  unresolved: UNRESOLVED,
  successors: [],
});
