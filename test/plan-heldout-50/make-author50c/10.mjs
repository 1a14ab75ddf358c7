// 10: Lai Châu 2024 (before the reorganisation: departments as then, districts). The Biểu phân công of Kế hoạch
// 52/KH-UBND ngày 12/01/2024 (Chương trình MTQG phát triển kinh tế - xã hội vùng đồng bào DTTS và miền núi năm 2024)
// as the Ban Dân tộc's workbook: EVERY UNIT WRITTEN AS THE OFFICE'S OWN SHORT CODE (BDT, SKHĐT, SNN, STTTT, KBNN,
// NHCSXH …; districts MT, SH, NN, PT, TĐ, TU, ThU, TP), explained on a SECOND SHEET "Chu viet tat" AFTER the table;
// "Đơn vị phối hợp" SPLIT INTO "Cấp tỉnh" | "Cấp huyện" subcolumns under a two-row header; the "Thời hạn" column
// holds MONTHS TYPED AS "3/2024" that Excel turned into the 1st of the month, formatted "mm/yyyy" (shown "03/2024":
// the month meant, due its last day), real dates "dd/mm/yyyy" and text in the same column.
import { C, H, D, blank, note, saveBook, task, title, when, writeExpected, monthEnd } from "./common.mjs";

const ID = "10-lai-chau-2024-unit-short-codes-legend-sheet-after-table-phoi-hop-cap-tinh-cap-huyen-months-as-mm-yyyy-date-cells";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NUM = "52/KH-UBND";
const NHCS = "Chi nhánh Ngân hàng Chính sách xã hội tỉnh";
// The legend: code, full name as the sheet writes it, the answer's name(s)
const LEGEND = [
  ["BDT", "Ban Dân tộc tỉnh", ["Ban Dân tộc tỉnh"]],
  ["SKHĐT", "Sở Kế hoạch và Đầu tư", ["Sở Kế hoạch và Đầu tư"]],
  ["STC", "Sở Tài chính", ["Sở Tài chính"]],
  ["SNN", "Sở Nông nghiệp và Phát triển nông thôn", ["Sở Nông nghiệp và Phát triển nông thôn"]],
  ["STNMT", "Sở Tài nguyên và Môi trường", ["Sở Tài nguyên và Môi trường"]],
  ["SXD", "Sở Xây dựng", ["Sở Xây dựng"]],
  ["SLĐ", "Sở Lao động - Thương binh và Xã hội", ["Sở Lao động - Thương binh và Xã hội"]],
  ["SGD", "Sở Giáo dục và Đào tạo", ["Sở Giáo dục và Đào tạo"]],
  ["SYT", "Sở Y tế", ["Sở Y tế"]],
  ["SVH", "Sở Văn hóa, Thể thao và Du lịch", ["Sở Văn hóa, Thể thao và Du lịch"]],
  ["STTTT", "Sở Thông tin và Truyền thông", ["Sở Thông tin và Truyền thông"]],
  ["KBNN", "Kho bạc Nhà nước tỉnh", ["Kho bạc Nhà nước tỉnh"]],
  ["NHCSXH", NHCS, [NHCS]],
  ["TP", "UBND thành phố Lai Châu", ["UBND thành phố Lai Châu"]],
  ["TĐ", "UBND huyện Tam Đường", ["UBND huyện Tam Đường"]],
  ["PT", "UBND huyện Phong Thổ", ["UBND huyện Phong Thổ"]],
  ["SH", "UBND huyện Sìn Hồ", ["UBND huyện Sìn Hồ"]],
  ["MT", "UBND huyện Mường Tè", ["UBND huyện Mường Tè"]],
  ["NN", "UBND huyện Nậm Nhùn", ["UBND huyện Nậm Nhùn"]],
  ["ThU", "UBND huyện Than Uyên", ["UBND huyện Than Uyên"]],
  ["TU", "UBND huyện Tân Uyên", ["UBND huyện Tân Uyên"]],
  ["Các huyện, TP", "UBND các huyện, thành phố", ["@districts"]],
];
const CODE = Object.fromEntries(LEGEND.map(([c, , a]) => [c, a]));
const units = (cell) => {
  if (!cell) return [];
  if (CODE[cell]) return CODE[cell];
  return [...new Set(cell.split(/,\s*/).flatMap((c) => CODE[c] ?? (() => { throw new Error(`code ${c}`); })()))];
};

const M = (y, m) => D(y, m, 1); // a month typed "m/yyyy": Excel keeps the 1st of that month
// [STT, task, lead code, province partners, district partners, time cell, fmt, due | null, note]
const R = [
  ["1", "Phân bổ chi tiết kế hoạch vốn năm 2024 của Chương trình cho các cơ quan, đơn vị và các huyện, thành phố",
    "SKHĐT", "STC, BDT", "", M(2024, 2), "mm/yyyy", monthEnd(2024, 2), "Trình UBND tỉnh"],
  ["2", "Hướng dẫn thực hiện Dự án 1: giải quyết tình trạng thiếu đất ở, nhà ở, đất sản xuất, nước sinh hoạt",
    "BDT", "STNMT, SXD", "Các huyện, TP", D(2024, 3, 15), "dd/mm/yyyy", "2024-03-15", ""],
  ["3", "Rà soát, phê duyệt danh sách hộ đồng bào dân tộc thiểu số được hỗ trợ nhà ở năm 2024",
    "Các huyện, TP", "BDT, SXD", "", M(2024, 3), "mm/yyyy", monthEnd(2024, 3), "Gửi BDT tổng hợp"],
  ["4", "Hỗ trợ phát triển sản xuất theo chuỗi giá trị dược liệu quý vùng cao",
    "SNN", "BDT", "MT, SH, NN, PT", D(2024, 9, 30), "dd/mm/yyyy", "2024-09-30", ""],
  ["5", "Sơ kết 6 tháng đầu năm thực hiện Chương trình, báo cáo Ban Chỉ đạo tỉnh",
    "BDT", "SKHĐT, STC", "Các huyện, TP", M(2024, 6), "mm/yyyy", monthEnd(2024, 6), ""],
  ["6", "Tổ chức lớp xóa mù chữ cho người dân tộc thiểu số từ 15 đến 60 tuổi",
    "SGD", "BDT", "TĐ, TU, ThU", "Quý III/2024", null, "2024-09-30", ""],
  ["7", "Khôi phục, bảo tồn lễ hội truyền thống tiêu biểu của các dân tộc thiểu số",
    "SVH", "BDT", "SH, PT", D(2024, 8, 31), "dd/mm/yyyy", "2024-08-31", ""],
  ["8", "Đào tạo nghề, giải quyết việc làm cho lao động là người dân tộc thiểu số",
    "SLĐ", "SGD", "Các huyện, TP", M(2024, 11), "mm/yyyy", monthEnd(2024, 11), ""],
  ["9", "Chăm sóc sức khỏe bà mẹ, trẻ em, giảm tình trạng suy dinh dưỡng trẻ em vùng đồng bào dân tộc thiểu số",
    "SYT", "", "Các huyện, TP", D(2024, 10, 31), "dd/mm/yyyy", "2024-10-31", ""],
  ["10", "Tuyên truyền, phổ biến chính sách dân tộc trên các phương tiện thông tin đại chúng",
    "STTTT", "BDT", "", "Thường xuyên", null, null, ""],
  ["11", "Kiểm tra, giám sát việc thực hiện Chương trình tại các huyện, thành phố",
    "BDT", "SKHĐT, STC", "TP, MT", "Tháng 10-11/2024", null, "2024-11-30", "Theo kế hoạch kiểm tra riêng"],
  ["12", "Cho vay vốn tín dụng chính sách hỗ trợ hộ nghèo dân tộc thiểu số phát triển sản xuất",
    "NHCSXH", "BDT", "Các huyện, TP", D(2024, 12, 20), "dd/mm/yyyy", "2024-12-20", ""],
  ["13", "Kiểm soát, thanh toán vốn Chương trình, báo cáo kết quả giải ngân năm 2024",
    "KBNN", "STC", "", M(2024, 12), "mm/yyyy", monthEnd(2024, 12), "Số liệu đến 31/01/2025"],
];

const N = 7;
const MID = { align: "center" };
const main = {
  name: "Phan cong 2024", widths: [5, 48, 11, 14, 16, 11, 20], boxFrom: 6, size: 11,
  rows: [
    { cells: [C("UBND TỈNH LAI CHÂU", { bold: true, align: "center", across: 1 })], box: false },
    title("BIỂU PHÂN CÔNG NHIỆM VỤ THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA PHÁT TRIỂN KINH TẾ - XÃ HỘI VÙNG ĐỒNG BÀO " +
      "DÂN TỘC THIỂU SỐ VÀ MIỀN NÚI NĂM 2024", N),
    title(`(Kèm theo Kế hoạch số ${NUM} ngày 12/01/2024 của UBND tỉnh Lai Châu)`, N, { bold: false, italic: true }),
    note("Tên cơ quan, đơn vị ghi tắt theo sheet \"Chu viet tat\".", N, { italic: true }),
    blank(),
    { cells: [C("TT", { ...H, down: 1 }), C("Nội dung nhiệm vụ", { ...H, down: 1 }), C("Đơn vị chủ trì", { ...H, down: 1 }),
      C("Đơn vị phối hợp", { ...H, across: 1 }), C("Thời hạn", { ...H, down: 1 }), C("Ghi chú", { ...H, down: 1 })] },
    { cells: [C("Cấp tỉnh", H), C("Cấp huyện", H)] },
    ...R.map((r) => ({ cells: [C(r[0], MID), r[1], C(r[2], MID), C(r[3], MID), C(r[4], MID),
      C(r[5], { align: "center", ...(r[6] ? { fmt: r[6] } : {}) }), r[8]] })),
  ],
  setup(ws) { ws.views = [{ state: "frozen", ySplit: 7, showGridLines: false }]; ws.pageSetup.printTitlesRow = "6:7"; },
};
const legend = {
  name: "Chu viet tat", widths: [5, 16, 48], boxFrom: 3, size: 11, portrait: true,
  rows: [
    title("BẢNG CHỮ VIẾT TẮT TÊN CƠ QUAN, ĐƠN VỊ", 3),
    blank(),
    { cells: ["TT", "Chữ viết tắt", "Tên cơ quan, đơn vị"].map((h) => C(h, H)) },
    ...LEGEND.map(([c, full], i) => ({ cells: [C(i + 1, MID), C(c, MID), full] })),
  ],
};
await saveBook(DIR, [main, legend], { creator: "BDT-KHTH", created: "2024-01-10T02:00:00Z",
  modified: "2024-01-15T03:20:00Z", size: 11, active: 0 });

const tasks = [];
const lines = [];
for (const r of R) {
  if (!r[7]) { lines.push(`${r[0]} '${r[5]}' no task`); continue; }
  const co = [...units(r[3]), ...units(r[4])];
  tasks.push(task(r[0], r[1], r[7], units(r[2]), co));
  const shownAs = r[6] === "mm/yyyy" ? `${String(r[5].getUTCMonth() + 1).padStart(2, "0")}/2024 (cell 1/${r[5].getUTCMonth() + 1})`
    : typeof r[5] === "string" ? r[5] : "";
  lines.push(`${when(r[0], shownAs, r[7])} [${r[2]} | ${r[3] || "-"} | ${r[4] || "-"}]`);
}
writeExpected(DIR, {
  id: ID,
  style: `Biểu phân công of Kế hoạch ${NUM} of UBND tỉnh Lai Châu, 12/01/2024 (before the reorganisation), Chương ` +
    "trình MTQG vùng đồng bào DTTS 2024, as a WORKBOOK of two sheets: 'Phan cong 2024' (TT | Nội dung nhiệm vụ | " +
    "Đơn vị chủ trì | 'Đơn vị phối hợp' over 'Cấp tỉnh' | 'Cấp huyện' | Thời hạn | Ghi chú) and, AFTER it, 'Chu viet " +
    "tat', the legend of the office's own unit codes. Every unit is read through the legend: a code's full name " +
    "(BDT = Ban Dân tộc tỉnh, SKHĐT, SNN = Sở Nông nghiệp và Phát triển nông thôn, SLĐ, STTTT …, districts TP, TĐ, PT, " +
    "SH, MT, NN, ThU, TU = their UBND huyện/thành phố; 'Các huyện, TP' = @districts, as lead too; NHCSXH = '" + NHCS +
    "', unresolved). Coordinators = the Cấp tỉnh codes then the Cấp huyện codes. ref = TT. Thời hạn: a cell " +
    "shown 'mm/yyyy' holds the 1st of the month (the office typed '3/2024', Excel made it a date), but it names the " +
    "MONTH: due = the month's last day; 'dd/mm/yyyy' cells their day; 'Quý III/2024' = 30/9, 'Tháng 10-11/2024' = " +
    "30/11, 'Thường xuyên' no task: " + lines.join("; ") + ". Ghi chú ('Gửi BDT tổng hợp', 'Số liệu đến " +
    "31/01/2025') adds no unit and no deadline. plan.xlsx (exceljs), .xls/.ods LibreOffice's copies, plan.pdf " +
    "its print, plan.txt Excel's copy of each sheet after its tab name.",
  province: "Lai Châu",
  plan: { number: NUM, date: "2024-01-12" },
  tasks,
  unresolved: [NHCS],
  successors: [],
});
