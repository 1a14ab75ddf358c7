// 02: Bắc Kạn 2025 (dated before 1/7/2025: old departments, districts), UBND tỉnh, Kế hoạch 41/KH-UBND,
// 24/02/2025, nhiệm vụ trọng tâm cải cách hành chính và chuyển đổi số 6 tháng đầu năm 2025, as a workbook with ONE
// SHEET PER MONTH: a cover sheet "Bìa" (header block, title, the year "NĂM 2025" once), then tabs "Tháng 3" …
// "Tháng 6", each listing that month's work with a column "Ngày" holding only the day of the month (a number, or
// "Cuối tháng" / "Giữa tháng" / "Đầu tháng", or "Thường xuyên"); the deadline is the tab's month + that day, the
// year the cover's. Only "Tháng 3" and "Tháng 6" repeat a title row; "Tháng 4" and "Tháng 5" start at the header
// row. STT runs on across the month sheets. plan.xlsx by exceljs, .xls/.ods LibreOffice's copies, plan.pdf its
// print, plan.txt Excel's copy of the sheets, each after its tab name.
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { clipboard, dateLine, printAndCopy, ready, toWorksheet, writeJson } from "../../plan-corpus/author-kit/sheet.mjs";

const ID = "02-bac-kan-2025-one-sheet-per-month-tabs-thang-day-of-month-column-year-on-cover";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NUM = "41/KH-UBND";
const YEAR = 2025;
// unit as written -> the answer's unit
const U = { "Sở Nội vụ": "Sở Nội vụ", "Sở Tư pháp": "Sở Tư pháp", "Sở TT&TT": "Sở Thông tin và Truyền thông",
  "VP UBND tỉnh": "Văn phòng UBND tỉnh", "Công an tỉnh": "Công an tỉnh", "Bưu điện tỉnh": "Bưu điện tỉnh",
  "Các sở, ban, ngành": "@departments", "UBND các huyện, thành phố": "@districts" };
const SN = "Các sở, ban, ngành", HU = "UBND các huyện, thành phố";
/** The units named in a cell, by their written names (some hold commas), in order. */
const unitsIn = (cell) => Object.keys(U).map((k) => [cell.indexOf(k), k]).filter(([at]) => at >= 0)
  .sort((a, b) => a[0] - b[0]).map(([, k]) => U[k]);

// [month, title row | null, [[content, lead, coordinators as typed, Ngày, due day | null]]]
const MONTHS = [
  [3, "NHIỆM VỤ THÁNG 3", [
    ["Kiện toàn đội ngũ công chức đầu mối cải cách hành chính, chuyển đổi số tại các cơ quan, đơn vị",
      "Sở Nội vụ", SN, 10, 10],
    ["Ban hành danh mục dữ liệu mở của tỉnh năm 2025 và kế hoạch công bố dữ liệu", "Sở TT&TT", SN, 20, 20],
    ["Phổ biến kết quả Chỉ số PAR Index, SIPAS năm 2024 của tỉnh và giải pháp khắc phục điểm yếu", "Sở Nội vụ",
      "VP UBND tỉnh", 28, 28],
    ["Rà soát, đơn giản hóa thủ tục hành chính nội bộ giữa các cơ quan hành chính nhà nước", "VP UBND tỉnh",
      "Sở Tư pháp", "Cuối tháng", 31],
  ]],
  [4, null, [
    ["Đưa vào sử dụng trợ lý ảo hỗ trợ giải đáp thủ tục hành chính tại Trung tâm Phục vụ hành chính công",
      "VP UBND tỉnh", "Sở TT&TT", 15, 15],
    ["Kiểm tra việc thực hiện cơ chế một cửa, một cửa liên thông tại UBND huyện Chợ Đồn, huyện Na Rì",
      "Sở Nội vụ", "VP UBND tỉnh", 25, 25],
    ["Cập nhật, làm sạch dữ liệu hộ tịch phục vụ kết nối Cơ sở dữ liệu quốc gia về dân cư", "Sở Tư pháp",
      `Công an tỉnh; ${HU}`, "Cuối tháng", 30],
    ["Theo dõi, hướng dẫn vận hành Cổng Dịch vụ công và Hệ thống thông tin giải quyết TTHC", "VP UBND tỉnh",
      "Sở TT&TT", "Thường xuyên", null],
  ]],
  [5, null, [
    ["Đánh giá mức độ bảo đảm an toàn thông tin các hệ thống thông tin cấp độ 2 trở lên", "Sở TT&TT",
      "Công an tỉnh", 12, 12],
    ["Khảo sát ý kiến người dân về chất lượng dịch vụ công trực tuyến một phần, toàn trình", "Sở Nội vụ",
      "Bưu điện tỉnh", "Giữa tháng", 15],
    ["Tập huấn kỹ năng số, khai thác dữ liệu dùng chung cho cán bộ, công chức cấp xã", "Sở TT&TT",
      `Sở Nội vụ, ${HU}`, 17, 17],
    ["Đôn đốc xử lý hồ sơ trễ hạn trên Hệ thống thông tin giải quyết thủ tục hành chính", "VP UBND tỉnh", SN,
      "Cuối tháng", 31],
  ]],
  [6, "NHIỆM VỤ THÁNG 6", [
    ["Rà soát phương án sắp xếp, kiện toàn tổ chức bộ máy các cơ quan chuyên môn thuộc UBND tỉnh", "Sở Nội vụ",
      SN, "Đầu tháng", 10],
    ["Bàn giao hồ sơ, dữ liệu thủ tục hành chính đang giải quyết của cấp huyện cho cấp xã sau sắp xếp", HU,
      "VP UBND tỉnh", 20, 20],
    ["Hoàn thành số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực", "VP UBND tỉnh", `Sở TT&TT, ${HU}`,
      25, 25],
    ["Sơ kết 6 tháng đầu năm công tác cải cách hành chính, chuyển đổi số, báo cáo UBND tỉnh", "Sở Nội vụ",
      "Sở TT&TT", "Cuối tháng", 30],
  ]],
];

const C = (v, o = {}) => ({ v, ...o });
const H = { bold: true, align: "center" };
const WIDTHS = [6, 58, 20, 26, 12, 12];
const cover = { name: "Bìa", widths: WIDTHS, portrait: false, rows: [
  { cells: [C("ỦY BAN NHÂN DÂN", { ...H, across: 1 }), C("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { ...H, across: 3 })] },
  { cells: [C("TỈNH BẮC KẠN", { ...H, across: 1 }), C("Độc lập - Tự do - Hạnh phúc", { ...H, across: 3 })] },
  { cells: [C(`Số: ${NUM}`, { align: "center", across: 1 }),
    C("Bắc Kạn, ngày 24 tháng 02 năm 2025", { italic: true, align: "center", across: 3 })] },
  { cells: [] },
  { cells: [C("KẾ HOẠCH", { ...H, across: 5, size: 14 })] },
  { cells: [C("Thực hiện nhiệm vụ trọng tâm về cải cách hành chính và chuyển đổi số 6 tháng đầu năm", { ...H,
    across: 5 })] },
  { cells: [C(`NĂM ${YEAR}`, { ...H, across: 5 })] },
  { cells: [] },
  { cells: [C("Nhiệm vụ từng tháng ghi tại các sheet Tháng 3, Tháng 4, Tháng 5, Tháng 6; cột “Ngày” là ngày trong " +
    "tháng của sheet đó.", { italic: true, across: 5 })] },
] };

let stt = 0;
const tasks = [];
const lines = [];
const pad = (n) => String(n).padStart(2, "0");
const sheets = MONTHS.map(([m, title, items]) => {
  const rows = [];
  if (title) rows.push({ cells: [C(title, { ...H, across: 5, size: 13 })] }, { cells: [] });
  const boxFrom = rows.length + 1;
  rows.push({ cells: ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Ngày", "Ghi chú"].map((v) =>
    C(v, { ...H, fill: "FFE2EFDA" })) });
  for (const [content, lead, co, day, dd] of items) {
    stt++;
    rows.push({ cells: [C(stt, { align: "center" }), C(content), C(lead), C(co), C(day, { align: "center" }),
      C("")] });
    if (dd === null) {
      lines.push(`${stt} (Tháng ${m}) '${day}' no task`);
      continue;
    }
    const t = task(String(stt), content, `${YEAR}-${pad(m)}-${pad(dd)}`, [U[lead]], unitsIn(co));
    tasks.push(t);
    lines.push(dateLine(`${stt} (Tháng ${m})`, String(day), t));
  }
  return { name: `Tháng ${m}`, widths: WIDTHS, rows, boxFrom, grid: true, header: '&C&"Times New Roman,Bold"&A' };
});
const ALL = [cover, ...sheets];

ready(DIR);
const wb = new ExcelJS.Workbook();
wb.creator = "Hoang Van Duc";
wb.created = new Date("2025-02-20T03:00:00Z");
wb.modified = new Date("2025-02-24T09:30:00Z");
for (const sh of ALL) toWorksheet(wb, sh, { size: 12 });
await wb.xlsx.writeFile(path.join(DIR, "plan.xlsx"));
fs.writeFileSync(path.join(DIR, "plan.txt"), ALL.map((sh) => `${sh.name}\r\n${clipboard(sh)}`).join("\r\n")
  .normalize("NFC"));
printAndCopy(DIR);

const expected = {
  id: ID,
  style: `Kế hoạch ${NUM} of UBND tỉnh Bắc Kạn, 24/02/2025 (before 1/7/2025: old departments, districts; 'Các sở, ` +
    "ban, ngành' = @departments, 'UBND các huyện, thành phố' = @districts, 'Sở TT&TT', 'VP UBND tỉnh' their " +
    "abbreviations), cải cách hành chính và chuyển đổi số 6 tháng đầu năm, as a WORKBOOK WITH ONE SHEET PER MONTH: " +
    "cover sheet 'Bìa' (header block with number and date, title, 'NĂM 2025' = the year of every deadline), then " +
    "tabs 'Tháng 3'..'Tháng 6' each with STT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Ngày | Ghi " +
    "chú; 'Ngày' holds only the DAY OF THE TAB'S MONTH (a number; 'Đầu tháng' = 10, 'Giữa tháng' = 15, 'Cuối " +
    "tháng' = the month's last day; 'Thường xuyên' = no task). 'Tháng 3' and 'Tháng 6' have a title row, 'Tháng 4' " +
    "and 'Tháng 5' start at the header row (each month sheet's printed page header is its tab name, &A, so plan.pdf " +
    "names the month on every page). ref = STT, running on across the month sheets (1-16). Dates: " +
    lines.join("; ") + ". 'báo cáo UBND tỉnh': a recipient; 'UBND huyện Chợ Đồn, huyện Na Rì' inside a title " +
    "are no units of the row. plan.xlsx (exceljs), .xls/.ods LibreOffice's copies, plan.pdf its print, plan.txt " +
    "Excel's copy of the five sheets, each after its tab name.",
  province: "Bắc Kạn",
  plan: { number: NUM, date: "2025-02-24" },
  tasks,
  unresolved: [],
  successors: [],
};
writeJson(path.join(DIR, "expected.json"), expected);
