// 03: Thái Nguyên 2026 — a propaganda plan whose appendix is a month Gantt: month columns T1 … T12 with x marks.
// Also plan.xlsx: the appendix as the office keeps it in Excel (title rows, merged header, x marks).
import { createRequire } from "node:module";
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const require = createRequire(import.meta.url);
const ExcelJS = require("exceljs");
const ID = "03-thai-nguyen-2026-month-gantt-x-marks";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const D = "@departments";
const X = "UBND cấp xã";
const NV = "Sở Nội vụ";
const BAO = "Báo và Phát thanh, Truyền hình Thái Nguyên";
const TD = "Tỉnh đoàn";
const TT = "Trung tâm Phục vụ hành chính công tỉnh";
const END = { 3: "2026-03-31", 4: "2026-04-30", 5: "2026-05-31", 7: "2026-07-31", 8: "2026-08-31", 9: "2026-09-30",
  10: "2026-10-31", 11: "2026-11-30", 12: "2026-12-31" };

// [group or null, task, lead text, partners text, first month, last month (0 = "Thường xuyên"), lead[], coord[]]
const R = [
  ["I", "TUYÊN TRUYỀN TRÊN CÁC PHƯƠNG TIỆN THÔNG TIN ĐẠI CHÚNG"],
  [null, "Duy trì chuyên mục \"Cải cách hành chính\" trên sóng phát thanh, truyền hình và báo điện tử của tỉnh",
    "Báo và Phát thanh, Truyền hình Thái Nguyên", "Sở Nội vụ", 2, 11, [BAO], [NV]],
  [null, "Thực hiện loạt phóng sự về kết quả cải cách hành chính sau sắp xếp chính quyền địa phương 02 cấp",
    "Báo và Phát thanh, Truyền hình Thái Nguyên", "Sở Nội vụ; Văn phòng UBND tỉnh", 4, 5, [BAO],
    [NV, "Văn phòng UBND tỉnh"]],
  [null, "Cập nhật tin, bài về cải cách hành chính trên Cổng Thông tin điện tử tỉnh và trang thông tin của các cơ " +
    "quan, đơn vị", "Văn phòng UBND tỉnh", "Các sở, ban, ngành; UBND các xã, phường", 1, 0],
  [null, "Tuyên truyền, hướng dẫn sử dụng dịch vụ công trực tuyến trên mạng xã hội (Zalo, Facebook) của các cơ " +
    "quan, đơn vị", "Sở Khoa học và Công nghệ", "Các sở, ban, ngành; UBND các xã, phường", 3, 9,
    ["Sở Khoa học và Công nghệ"], [D, X]],
  ["II", "TUYÊN TRUYỀN QUA HỘI NGHỊ, TẬP HUẤN, CUỘC THI"],
  [null, "Hội nghị tập huấn nghiệp vụ cải cách hành chính cho công chức cấp xã", "Sở Nội vụ", "UBND các xã, phường",
    3, 3, [NV], [X]],
  [null, "Tập huấn kỹ năng giao tiếp, ứng xử cho công chức làm việc tại Bộ phận Một cửa",
    "Trung tâm Phục vụ hành chính công tỉnh", "Sở Nội vụ", 4, 4, [TT], [NV]],
  [null, "Tổ chức Cuộc thi trực tuyến \"Tìm hiểu về cải cách hành chính tỉnh Thái Nguyên năm 2026\"", "Sở Nội vụ",
    "Sở Tư pháp; Tỉnh đoàn", 7, 9, [NV], ["Sở Tư pháp", TD]],
  [null, "Tổng kết, trao giải Cuộc thi", "Sở Nội vụ", "", 10, 10, [NV], []],
  [null, "Lồng ghép tuyên truyền cải cách hành chính trong hoạt động ngoại khóa của học sinh trung học phổ thông",
    "Sở Giáo dục và Đào tạo", "Tỉnh đoàn", 9, 11, ["Sở Giáo dục và Đào tạo"], [TD]],
  ["III", "TUYÊN TRUYỀN TRỰC QUAN, TẠI CỘNG ĐỒNG"],
  [null, "Treo pano, áp phích tuyên truyền tại trụ sở và Bộ phận Một cửa", "UBND các xã, phường",
    "Sở Văn hóa, Thể thao và Du lịch", 2, 3, [X], ["Sở Văn hóa, Thể thao và Du lịch"]],
  [null, "Tuyên truyền qua hệ thống loa truyền thanh cơ sở", "UBND các xã, phường", "Báo Thái Nguyên", 5, 8,
    [X], [BAO]],
  [null, "Lồng ghép nội dung cải cách hành chính trong sinh hoạt của Mặt trận và các đoàn thể", "Ủy ban MTTQ Việt " +
    "Nam tỉnh", "Hội Liên hiệp Phụ nữ tỉnh; Hội Nông dân tỉnh; Tỉnh đoàn", 4, 10,
    ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"], ["Hội Liên hiệp Phụ nữ tỉnh", "Hội Nông dân tỉnh", TD]],
  [null, "Ra quân \"Ngày thứ Bảy cùng dân\" hỗ trợ người dân thực hiện dịch vụ công trực tuyến", "Tỉnh đoàn",
    "UBND các xã, phường", 6, 7, [TD], [X]],
  ["IV", "KHẢO SÁT, ĐÁNH GIÁ"],
  [null, "Khảo sát mức độ hiểu biết của người dân, doanh nghiệp về cải cách hành chính", "Sở Nội vụ",
    "Thống kê tỉnh", 8, 9, [NV], ["Cục Thống kê tỉnh"]],
  [null, "Đánh giá hiệu quả công tác tuyên truyền cải cách hành chính năm 2026", "Sở Nội vụ",
    "Các sở, ban, ngành", 11, 11, [NV], [D]],
  [null, "Xây dựng Kế hoạch tuyên truyền cải cách hành chính năm 2027", "Sở Nội vụ", "", 12, 12, [NV], []],
];

const MONTHS = Array.from({ length: 12 }, (_, i) => "T" + (i + 1));
const header = [
  [{ text: "STT", rs: 2 }, { text: "Nội dung nhiệm vụ", rs: 2 }, { text: "Cơ quan chủ trì", rs: 2 },
    { text: "Cơ quan phối hợp", rs: 2 }, { text: "Thời gian thực hiện năm 2026", span: 12 }],
  [{ cont: true }, { cont: true }, { cont: true }, { cont: true }, ...MONTHS],
];
const rows = [...header];
const tasks = [];
let n = 0;
for (const r of R) {
  if (r.length === 2) {
    rows.push([{ text: r[0], bold: true, align: "center" }, { text: r[1], span: 15, bold: true }]);
    continue;
  }
  n++;
  const [, what, lead, partners, from, to, leads, coords] = r;
  const marks = to === 0 ? [{ text: "Thường xuyên", span: 12, align: "center" }]
    : MONTHS.map((_, i) => ({ text: i + 1 >= from && i + 1 <= to ? "x" : "", align: "center" }));
  rows.push([{ text: String(n), align: "center" }, what, lead, partners, ...marks]);
  if (to) tasks.push(task(String(n), what, END[to], leads, coords));
}

const sec = (num, text) => ({ t: "p", num, text, bold: true, list: { kind: "roman", inst: 1 } });
let decs = 10;
const num = (n1, text, fresh = false) =>
  ({ t: "p", num: n1, text, list: { kind: "decimal", inst: fresh ? ++decs : decs } });
const TITLE = "TIẾN ĐỘ THỰC HIỆN CÁC NHIỆM VỤ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2026";
const UNDER = "(Kèm theo Kế hoạch số 27/KH-UBND ngày 23/01/2026 của UBND tỉnh Thái Nguyên)";
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 27/KH-UBND", "Thái Nguyên, ngày 23 tháng 01 năm 2026",
    "KẾ HOẠCH", "Tuyên truyền cải cách hành chính tỉnh Thái Nguyên năm 2026"),
  { t: "p", text: "Căn cứ Quyết định số 2318/QĐ-UBND ngày 29/12/2025 của UBND tỉnh ban hành Kế hoạch cải cách hành " +
    "chính năm 2026, UBND tỉnh ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2026 như sau:" },
  sec("I.", "MỤC ĐÍCH, YÊU CẦU"),
  num("1.", "Nâng cao nhận thức của cán bộ, công chức, viên chức và người dân, doanh nghiệp về cải cách hành chính, " +
    "nhất là sau khi sắp xếp chính quyền địa phương 02 cấp.", true),
  num("2.", "Nội dung tuyên truyền thiết thực, hình thức đa dạng, phù hợp với từng nhóm đối tượng, vùng miền."),
  sec("II.", "NỘI DUNG, HÌNH THỨC VÀ TIẾN ĐỘ THỰC HIỆN"),
  { t: "p", text: "Nội dung, hình thức tuyên truyền, cơ quan chủ trì, phối hợp và tiến độ thực hiện theo tháng được " +
    "đánh dấu (x) tại Phụ lục kèm theo Kế hoạch này. Nhiệm vụ đánh dấu nhiều tháng được thực hiện liên tục và " +
    "hoàn thành trong tháng cuối cùng được đánh dấu." },
  sec("III.", "TỔ CHỨC THỰC HIỆN"),
  num("1.", "Các cơ quan, đơn vị được giao chủ trì chủ động xây dựng nội dung, bố trí kinh phí, triển khai theo đúng " +
    "tiến độ tại Phụ lục.", true),
  num("2.", "Sở Nội vụ theo dõi, đôn đốc, tổng hợp kết quả thực hiện trong báo cáo cải cách hành chính định kỳ " +
    "hằng quý, 6 tháng, năm của tỉnh."),
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "Các sở, ban, ngành", "UBND các xã, phường",
    "Báo và PT-TH Thái Nguyên"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đặng Xuân Trường"),
  { t: "p", text: "PHỤ LỤC\n" + TITLE, bold: true, align: "center", indent: false },
  { t: "p", text: UNDER, italic: true, align: "center", indent: false },
  { t: "table", header: 2, widths: [600, 2800, 1600, 1846, ...Array(12).fill(620)], rows },
];

async function workbook(file) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("PL tiến độ");
  ws.columns = [6, 48, 24, 28, ...Array(12).fill(5)].map((width) => ({ width }));
  const font = { name: "Times New Roman", size: 11 };
  const thin = { style: "thin" };
  const box = { top: thin, left: thin, bottom: thin, right: thin };
  ws.addRow(["PHỤ LỤC"]);
  ws.addRow([TITLE]);
  ws.addRow([UNDER]);
  for (const r of [1, 2, 3]) {
    ws.mergeCells(r, 1, r, 16);
    Object.assign(ws.getCell(r, 1), { font: { ...font, bold: r < 3, italic: r === 3, size: 13 },
      alignment: { horizontal: "center" } });
  }
  ws.addRow([]);
  ws.addRow(["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện năm 2026"]);
  ws.addRow(["", "", "", "", ...MONTHS]);
  for (let c = 1; c <= 4; c++) ws.mergeCells(5, c, 6, c);
  ws.mergeCells(5, 5, 5, 16);
  for (const row of rows.slice(2)) {
    const flat = [];
    for (const raw of row) {
      const c = typeof raw === "string" ? { text: raw } : raw;
      flat.push(c.text || null);
      for (let k = 1; k < (c.span ?? 1); k++) flat.push(null);
    }
    const xr = ws.addRow(flat);
    if (row[1].span) ws.mergeCells(xr.number, 2, xr.number, 16);
    else if (row[4].span) ws.mergeCells(xr.number, 5, xr.number, 16);
    if (row[1].bold) xr.font = { ...font, bold: true };
  }
  for (let r = 5; r <= ws.rowCount; r++) {
    ws.getRow(r).eachCell({ includeEmpty: true }, (cell, c) => {
      cell.border = box;
      cell.font = { ...font, bold: r < 7 || cell.font?.bold };
      const horizontal = c === 1 || c > 4 || r < 7 ? "center" : "left";
      cell.alignment = { wrapText: true, vertical: "middle", horizontal };
    });
  }
  ws.views = [{ state: "frozen", ySplit: 6 }];
  ws.pageSetup = { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  await wb.xlsx.writeFile(file);
}

const style =
  "Kế hoạch 27/KH-UBND Thái Nguyên 23/01/2026, a propaganda plan; Phụ lục = a month Gantt: STT | Nội " +
  "dung | Chủ trì | Phối hợp | 'Thời gian thực hiện năm 2026' over T1 … T12 with x marks, group rows " +
  "I-IV, STT 1-16 straight through (ref = STT). The body says a task marked over several months is done " +
  "in the last month marked: due = last day of the last x month. Row 3 'Thường xuyên' across the " +
  "months: not listed; the body has no dated task. Whole document landscape; PDF: LibreOffice; " +
  "plan.xlsx = the appendix alone with its title rows (plan number and date in 'Kèm theo Kế hoạch số " +
  "…'). 'UBND các xã, phường' = UBND cấp xã (unresolved); 'Trung tâm Phục vụ hành chính công tỉnh' " +
  "unresolved; 'Báo Thái Nguyên' (row 11) -> successor Báo và Phát thanh, Truyền hình Thái Nguyên; " +
  "'Thống kê tỉnh' = Cục Thống kê tỉnh.";
await build(DIR, { blocks, printer: "libreoffice", landscape: true, expected: { id: ID, style, province: "Thái Nguyên",
  plan: { number: "27/KH-UBND", date: "2026-01-23" }, tasks, quotas: [], unresolved: [X, TT],
  successors: [{ written: "Báo Thái Nguyên", unit: BAO }] } });
await workbook(DIR + "plan.xlsx");
