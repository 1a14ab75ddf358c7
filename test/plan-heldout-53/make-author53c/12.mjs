// 12: Lai Châu 2026, after the reorganisation. Kế hoạch triển khai Đề án 06 năm 2026 sent as a WORKBOOK OF THREE SHEETS
// in the order the office keeps them: sheet 1 "Bia" is the plan's cover (Decree 30 header block, title, its short
// parts I-III, Nơi nhận and signature: the only place the number and date are), sheet 2 "Tong hop" is Biểu 01, the
// count of tasks per lead unit and per quarter (COUNTIF/COUNTIFS formulas over sheet 3, their results cached: rows like
// "Quý II/2026 | 5" that are counts, not tasks), and the tasks are on sheet 3 "Nhiem vu", Biểu 02, under its own title
// and a "(Kèm theo Kế hoạch số …)" line, with real date cells dd/mm/yyyy and two "Thường xuyên".
import { C, H, D, answerUnits, headerRows, blank, saveBook, signRows, task, title, when, writeExpected, isoOf }
  from "./common.mjs";

const ID = "12-lai-chau-2026-workbook-cover-sheet-then-summary-count-sheet-tasks-on-third-sheet-kem-theo-line";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NUM = "28/KH-UBND";
const CA = "Công an tỉnh", VP = "Văn phòng UBND tỉnh", BH = "Bảo hiểm xã hội tỉnh";
const SBN = "Các sở, ban, ngành", XA = "UBND các xã, phường";
const MAP = { [SBN]: ["@departments"], [XA]: ["UBND cấp xã"] };
const ans = (names) => answerUnits(names, MAP);

// [STT, task, leads, partners, time (Date | "Thường xuyên")]
const R = [
  ["1", "Làm sạch dữ liệu dân cư, cập nhật, điều chỉnh thông tin cư trú trên Cơ sở dữ liệu quốc gia về dân cư", [CA],
    [XA], D(2026, 3, 31)],
  ["2", "Kết nối, chia sẻ dữ liệu hộ tịch điện tử với Cơ sở dữ liệu quốc gia về dân cư", ["Sở Tư pháp"], [CA],
    D(2026, 4, 30)],
  ["3", "Triển khai sổ sức khỏe điện tử, tích hợp thông tin khám chữa bệnh trên ứng dụng VNeID", ["Sở Y tế"], [CA, BH],
    D(2026, 6, 30)],
  ["4", "Số hóa, làm sạch dữ liệu văn bằng, chứng chỉ giáo dục phổ thông trên địa bàn tỉnh", ["Sở Giáo dục và Đào tạo"],
    [], D(2026, 5, 31)],
  ["5", "Cấu hình dịch vụ công trực tuyến toàn trình tích hợp xác thực bằng tài khoản định danh điện tử VNeID",
    ["Sở Khoa học và Công nghệ"], [VP], D(2026, 4, 15)],
  ["6", "Tuyên truyền lợi ích của định danh điện tử và các tiện ích của ứng dụng VNeID đến người dân",
    ["Báo và Phát thanh, Truyền hình Lai Châu"], [XA], "Thường xuyên"],
  ["7", "Chi trả trợ cấp an sinh xã hội không dùng tiền mặt cho các đối tượng chính sách", ["Sở Nội vụ"], [BH, XA],
    D(2026, 9, 30)],
  ["8", "Bố trí kinh phí thực hiện các nhiệm vụ của Đề án 06 năm 2026", ["Sở Tài chính"], [CA], D(2026, 3, 20)],
  ["9", "Cập nhật, đồng bộ dữ liệu đất đai với Cơ sở dữ liệu quốc gia về dân cư", ["Sở Nông nghiệp và Môi trường"], [CA],
    D(2026, 10, 30)],
  ["10", "Kiểm tra việc triển khai Đề án 06 tại các xã, phường", [CA], [VP, "Sở Nội vụ"], D(2026, 11, 15)],
  ["11", "Báo cáo sơ kết 6 tháng triển khai Đề án 06, gửi Công an tỉnh tổng hợp", [SBN, XA], [], D(2026, 6, 10)],
  ["12", "Báo cáo kết quả triển khai Đề án 06 năm 2026, gửi Công an tỉnh tổng hợp, báo cáo UBND tỉnh", [SBN, XA], [],
    D(2026, 12, 5)],
  ["13", "Theo dõi, đôn đốc việc thực hiện Kế hoạch; tham mưu UBND tỉnh chỉ đạo xử lý khó khăn, vướng mắc", [VP], [],
    "Thường xuyên"],
];

// Sheet 3, "Nhiem vu": Biểu 02.
const N3 = 5;
const rows3 = [
  { cells: [C("Biểu 02", { italic: true, align: "right", across: N3 - 1 })], box: false },
  title("DANH MỤC NHIỆM VỤ TRIỂN KHAI ĐỀ ÁN 06 NĂM 2026", N3),
  title(`(Kèm theo Kế hoạch số ${NUM} ngày 10/02/2026 của UBND tỉnh Lai Châu)`, N3, { bold: false, italic: true }),
  blank(),
  { cells: ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành"]
    .map((h) => C(h, { ...H, fill: "FFD9E1F2" })) },
];
const HEAD3 = rows3.length;
for (const r of R) {
  const time = r[4] instanceof Date ? C(r[4], { align: "center", fmt: "dd/mm/yyyy" }) : C(r[4], { align: "center" });
  rows3.push({ cells: [C(r[0], { align: "center" }), r[1], r[2].join(";\n"), r[3].join(";\n"), time] });
}
const FIRST = HEAD3 + 1, LAST = HEAD3 + R.length;
const sheet3 = { name: "Nhiem vu", widths: [5, 56, 26, 26, 14], boxFrom: HEAD3, size: 12, rows: rows3,
  setup(ws) { ws.pageSetup.printTitlesRow = `${HEAD3}:${HEAD3}`; } };

// Sheet 2, "Tong hop": Biểu 01, counts by formulas over sheet 3 (results cached as Excel saves them).
const LEADS = [CA, "Sở Tư pháp", "Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Khoa học và Công nghệ",
  "Báo và Phát thanh, Truyền hình Lai Châu", "Sở Nội vụ", "Sở Tài chính", "Sở Nông nghiệp và Môi trường", SBN, VP];
const rng = (col) => `'Nhiem vu'!$${col}$${FIRST}:$${col}$${LAST}`;
const N2 = 5;
const rows2 = [
  { cells: [C("Biểu 01", { italic: true, align: "right", across: N2 - 1 })], box: false },
  title("TỔNG HỢP SỐ LƯỢNG NHIỆM VỤ THEO CƠ QUAN CHỦ TRÌ VÀ THỜI HẠN", N2),
  title(`(Kèm theo Kế hoạch số ${NUM} ngày 10/02/2026 của UBND tỉnh Lai Châu)`, N2, { bold: false, italic: true }),
  blank(),
  { cells: ["STT", "Cơ quan chủ trì", "Tổng số nhiệm vụ", "Có thời hạn", "Thường xuyên"]
    .map((h) => C(h, { ...H, fill: "FFD9E1F2" })) },
];
const HEAD2 = rows2.length;
const has = (r, u) => r[2].includes(u);
let k = 0;
for (const u of LEADS) {
  const rowNo = rows2.length + 1;
  const mine = R.filter((r) => has(r, u));
  const regular = mine.filter((r) => !(r[4] instanceof Date)).length;
  k++;
  rows2.push({ cells: [C(String(k), { align: "center" }), u,
    C(mine.length, { align: "center", formula: `COUNTIF(${rng("C")},"*"&B${rowNo}&"*")` }),
    C(mine.length - regular, { align: "center",
      formula: `COUNTIFS(${rng("C")},"*"&B${rowNo}&"*",${rng("E")},"<>Thường xuyên")` }),
    C(regular, { align: "center", formula: `COUNTIFS(${rng("C")},"*"&B${rowNo}&"*",${rng("E")},"Thường xuyên")` })] });
}
const totalRow = rows2.length + 1;
rows2.push({ bold: true, cells: [C("", {}), C("Tổng cộng", { bold: true, align: "center" }),
  ...["C", "D", "E"].map((col, i) => C([13, 11, 2][i], { align: "center", bold: true,
    formula: `SUM(${col}${HEAD2 + 1}:${col}${totalRow - 1})` }))] });
rows2.push(blank());
rows2.push({ cells: [C("STT", H), C("Thời hạn hoàn thành", H), C("Số nhiệm vụ", { ...H, across: 2 })] });
const QUARTERS = [["I", 1, 3], ["II", 4, 6], ["III", 7, 9], ["IV", 10, 12]];
QUARTERS.forEach(([q, a, b], i) => {
  const from = D(2026, a, 1), to = D(2026, b + 1, 0);
  const n = R.filter((r) => r[4] instanceof Date && r[4] >= from && r[4] <= to).length;
  rows2.push({ cells: [C(String(i + 1), { align: "center" }), `Quý ${q}/2026`, C(n, { align: "center", across: 2,
    formula: `COUNTIFS(${rng("E")},">="&DATE(2026,${a},1),${rng("E")},"<="&DATE(2026,${b},${isoOf(to).slice(8)}))` })] });
});
const sheet2 = { name: "Tong hop", widths: [5, 44, 14, 14, 14], boxFrom: HEAD2, size: 12, rows: rows2, portrait: true };

// Sheet 1, "Bia": the cover.
const N1 = 6;
const P = (text, o = {}) => ({ cells: [C(text, { across: N1 - 1, ...o })], box: false });
const rows1 = [
  ...headerRows({ up: "ỦY BAN NHÂN DÂN", agency: "TỈNH LAI CHÂU", number: NUM,
    place: "Lai Châu, ngày 10 tháng 02 năm 2026" }, N1, 2),
  title("KẾ HOẠCH", N1),
  title("Triển khai Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi " +
    "số quốc gia (Đề án 06) trên địa bàn tỉnh Lai Châu năm 2026", N1),
  blank(),
  P("I. MỤC ĐÍCH, YÊU CẦU", { bold: true }),
  P("- Triển khai đồng bộ, hiệu quả các nhiệm vụ của Đề án 06 năm 2026; gắn trách nhiệm của người đứng đầu cơ quan, " +
    "đơn vị với kết quả thực hiện."),
  P("- Phân công cụ thể nhiệm vụ, cơ quan chủ trì, cơ quan phối hợp và thời hạn hoàn thành."),
  P("II. NHIỆM VỤ", { bold: true }),
  P("Các nhiệm vụ, cơ quan chủ trì, cơ quan phối hợp và thời hạn hoàn thành tại Biểu 02 (sheet \"Nhiem vu\"); số " +
    "lượng nhiệm vụ của từng cơ quan tại Biểu 01 (sheet \"Tong hop\")."),
  P("III. TỔ CHỨC THỰC HIỆN", { bold: true }),
  P("1. Các sở, ban, ngành, UBND các xã, phường được giao chủ trì chủ động triển khai, bảo đảm tiến độ; trong quá " +
    "trình thực hiện nếu có khó khăn, vướng mắc kịp thời báo cáo UBND tỉnh (qua Công an tỉnh)."),
  P("2. Công an tỉnh (Cơ quan thường trực Tổ công tác triển khai Đề án 06 tỉnh) theo dõi, đôn đốc, tổng hợp kết quả, " +
    "báo cáo UBND tỉnh."),
  ...signRows(["- Tổ công tác Đề án 06 Chính phủ;", "- TT. Tỉnh ủy, TT. HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;",
    "- Các sở, ban, ngành tỉnh;", "- UBND các xã, phường;", "- Lưu: VT, NC."],
  ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(Đã ký)", "", "Giàng A Lử"], N1, 2),
];
const sheet1 = { name: "Bia", widths: [14, 22, 8, 18, 18, 18], size: 13, rows: rows1, portrait: true };

await saveBook(DIR, [sheet1, sheet2, sheet3], { creator: "Phong PC06 - Cong an tinh", created: "2026-02-02T01:30:00Z",
  modified: "2026-02-10T08:10:00Z", size: 12, active: 0 });

const tasks = [];
const lines = [];
for (const r of R) {
  if (!(r[4] instanceof Date)) { lines.push(`${r[0]} '${r[4]}' no task`); continue; }
  const due = isoOf(r[4]);
  tasks.push(task(r[0], r[1], due, ans(r[2]), ans(r[3])));
  lines.push(when(r[0], null, due));
}
writeExpected(DIR, {
  id: ID,
  style: `Kế hoạch ${NUM} of UBND tỉnh Lai Châu, 10/02/2026 (after the reorganisation: merged departments, no ` +
    "districts), Đề án 06 năm 2026, a workbook of three sheets: 'Bia' (the cover: header block, title, parts I-III " +
    "in prose without dates, Nơi nhận, signature: the number and date are read there), 'Tong hop' (Biểu 01: counts " +
    "of tasks per lead unit and per quarter by COUNTIF/COUNTIFS formulas, cached results; its rows 'Công an tỉnh | " +
    "2 | 2 | 0' and 'Quý II/2026 | 5' are counts, no tasks), and 'Nhiem vu' (Biểu 02, 'Kèm theo Kế hoạch số …' " +
    "line, the tasks: STT | Nhiệm vụ | Chủ trì | Phối hợp | Thời hạn, real date cells dd/mm/yyyy). Dates (2026): " +
    lines.join("; ") + ". ref = STT. Units one a line; 'Các sở, ban, ngành' = @departments; 'UBND các xã, phường' = " +
    "UBND cấp xã (no commune imported); 'gửi Công an tỉnh tổng hợp, báo cáo UBND tỉnh' names recipients. plan.xlsx " +
    "(exceljs), .xls/.ods LibreOffice's copies, plan.pdf LibreOffice's print (three sheets in order), plan.txt " +
    "Excel's copy of each sheet under its tab name.",
  province: "Lai Châu",
  plan: { number: NUM, date: "2026-02-10" },
  tasks,
  unresolved: ["UBND cấp xã"],
  successors: [],
});
