// 03: Thái Nguyên 2026 (after the reorganisation: merged departments, communes, no districts), UBND tỉnh, Kế hoạch
// 74/KH-UBND, 25/3/2026, nâng cao Chỉ số CCHC và chuyển đổi số, as a CALENDAR GRID: two sheets "T4-2026" and
// "T5-2026", each a month laid out as a calendar: column A the lead units, then one column per date of the month
// (a header row of day numbers 1..30/31 and below it a row of weekdays "T2".."CN", weekends shaded grey, the
// holidays 27/4, 30/4, 1/5 shaded pink), a task's title typed in the cell of its deadline date in its lead unit's
// row; some cells add "(PH: <unit>)" for a coordinator, after a space or on a new line in the cell. No STT (refs
// null). plan.xlsx by exceljs (A3 landscape, fit to width), .xls/.ods LibreOffice's copies, plan.pdf its print,
// plan.txt Excel's copy of both sheets, each after its tab name.
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { clipboard, dateLine, printAndCopy, ready, toWorksheet, writeExpected } from "../../plan-corpus/author-kit/sheet.mjs";

const ID = "03-thai-nguyen-2026-calendar-grid-units-by-dates-of-month-task-typed-in-deadline-cell";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NUM = "74/KH-UBND";
const NV = "Sở Nội vụ", TC = "Sở Tài chính", KC = "Sở Khoa học và Công nghệ", TP = "Sở Tư pháp";
const NM = "Sở Nông nghiệp và Môi trường", VP = "Văn phòng UBND tỉnh", CA = "Công an tỉnh", XA = "UBND các xã, phường";
const UNITS = [NV, TC, KC, TP, NM, VP, CA, XA];
const TAG = { [NV]: "NV", [TC]: "TC", [KC]: "KHCN", [TP]: "TP", [NM]: "NNMT", [VP]: "VP", [CA]: "CA", [XA]: "xã" };
// coordinator as written in "(PH: …)" -> the answer's unit
const PH = { "Văn phòng UBND tỉnh": VP, "Công an tỉnh": CA, "Sở Tư pháp": TP, "Kho bạc Nhà nước tỉnh":
  "Kho bạc Nhà nước tỉnh", "Bưu điện tỉnh": "Bưu điện tỉnh", "Bảo hiểm xã hội tỉnh": "Bảo hiểm xã hội tỉnh",
  "Sở KH&CN": KC };

// [month, [[lead, day, title, coordinators as written | "", "\n" | " " before "(PH: …)"]]]
const MONTHS = [
  [4, [
    [NV, 3, "Ban hành hướng dẫn tự đánh giá, chấm điểm Chỉ số CCHC năm 2026 của các cơ quan, đơn vị", ""],
    [NV, 24, "Kiểm tra công tác cải cách hành chính tại Sở Xây dựng và xã Phú Bình", VP, "\n"],
    [KC, 10, "Đánh giá mức độ hoàn thiện nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP)", CA, " "],
    [KC, 25, "Rà soát chứng thư số, chữ ký số chuyên dùng cấp cho cán bộ, công chức", ""],
    [VP, 15, "Công bố danh mục thủ tục hành chính thực hiện không phụ thuộc địa giới hành chính", TP, "\n"],
    [TP, 17, "Rà soát văn bản quy phạm pháp luật của tỉnh ban hành trước sắp xếp cần sửa đổi, thay thế", ""],
    [TC, 29, "Tổng hợp tình hình giải ngân vốn đầu tư công 4 tháng đầu năm 2026", "Kho bạc Nhà nước tỉnh", " "],
    [CA, 20, "Làm sạch dữ liệu dân cư phục vụ cấp phiếu lý lịch tư pháp trực tuyến", TP, "\n"],
    [XA, 28, "Niêm yết công khai số điện thoại đường dây nóng tại Trung tâm Phục vụ hành chính công xã", ""],
  ]],
  [5, [
    [NV, 15, "Tổ chức điều tra xã hội học xác định Chỉ số CCHC năm 2026 (phát phiếu đợt 1)", "Bưu điện tỉnh", "\n"],
    [NV, 29, "Sơ kết công tác cải cách hành chính 5 tháng đầu năm 2026", ""],
    [KC, 12, "Kiểm tra an toàn thông tin định kỳ đối với các hệ thống dùng chung của tỉnh", CA, " "],
    [VP, 8, "Thống kê hồ sơ trực tuyến toàn trình, thanh toán trực tuyến tháng 4", ""],
    [VP, 31, "Cập nhật Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp", ""],
    [TP, 22, "Kiểm tra thực hiện liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ BHYT",
      `${CA}, Bảo hiểm xã hội tỉnh`, "\n"],
    [NM, 16, "Số hóa hồ sơ địa chính, kết nối cơ sở dữ liệu đất đai với Cổng Dịch vụ công", "Sở KH&CN", " "],
    [TC, 20, "Thẩm định dự toán kinh phí thực hiện chuyển đổi số năm 2026 của các cơ quan", ""],
    [XA, 25, "Tự kiểm tra việc giải quyết hồ sơ thủ tục hành chính trễ hạn", VP, "\n"],
  ]],
];

const C = (v, o = {}) => ({ v, ...o });
const H = { bold: true, align: "center" };
const WD = ["CN", "T2", "T3", "T4", "T5", "T6", "T7"];
const HOLIDAYS = new Set(["2026-04-27", "2026-04-30", "2026-05-01"]);
const pad = (n) => String(n).padStart(2, "0");
const tasks = [];
const lines = [];

function monthSheet(m, items, first) {
  const days = new Date(Date.UTC(2026, m, 0)).getUTCDate();
  const iso = (d) => `2026-${pad(m)}-${pad(d)}`;
  const fillOf = (d) => {
    const wd = new Date(iso(d) + "T00:00:00Z").getUTCDay();
    return HOLIDAYS.has(iso(d)) ? "FFF8CBAD" : wd === 0 || wd === 6 ? "FFD9D9D9" : undefined;
  };
  const rows = [];
  if (first) {
    rows.push({ cells: [C("ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN", { ...H, across: 3 }), C("", { across: 13 }),
      C("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { ...H, across: 10 })] });
    rows.push({ cells: [C(`Số: ${NUM}`, { align: "center", across: 3 }), C("", { across: 13 }),
      C("Thái Nguyên, ngày 25 tháng 3 năm 2026", { italic: true, align: "center", across: 10 })] });
    rows.push({ cells: [] });
  }
  rows.push({ cells: [C(`LỊCH TRIỂN KHAI NHIỆM VỤ THÁNG ${m}/2026`, { ...H, size: 14, across: days })] });
  if (first) {
    rows.push({ cells: [C(`(Kèm theo Kế hoạch số ${NUM} ngày 25/3/2026 của UBND tỉnh về nâng cao Chỉ số cải cách ` +
      "hành chính và đẩy mạnh chuyển đổi số năm 2026)", { italic: true, align: "center", across: days })] });
  }
  const boxFrom = rows.length + 1;
  const dayRange = Array.from({ length: days }, (_, i) => i + 1);
  rows.push({ cells: [C("Đơn vị chủ trì", { ...H, down: 1, valign: "middle", fill: "FFDDEBF7" }),
    ...dayRange.map((d) => C(d, { ...H, fill: fillOf(d) ?? "FFDDEBF7" }))] });
  rows.push({ cells: dayRange.map((d) => C(WD[new Date(iso(d) + "T00:00:00Z").getUTCDay()],
    { ...H, fill: fillOf(d) ?? "FFDDEBF7" })) });
  for (const unit of UNITS) {
    const mine = items.filter((it) => it[0] === unit);
    rows.push({ cells: [C(unit, { bold: true, valign: "middle" }), ...dayRange.map((d) => {
      const it = mine.find((x) => x[1] === d);
      const text = it ? (it[3] ? `${it[2]}${it[4]}(PH: ${it[3]})` : it[2]) : "";
      return C(text, { fill: fillOf(d), size: 9 });
    })] });
    for (const [, d, title, co] of mine.sort((a, b) => a[1] - b[1])) {
      const cos = co ? Object.keys(PH).filter((k) => co.includes(k)).map((k) => PH[k]) : [];
      const t = task(null, title, iso(d), [unit === XA ? XA : unit], cos);
      tasks.push(t);
      lines.push(dateLine(TAG[unit], `T${m} col ${d}`, t));
    }
  }
  rows.push({ cells: [C("Ghi chú: ô tô xám là ngày nghỉ cuối tuần, ô tô hồng là ngày nghỉ lễ; (PH: …) là đơn vị " +
    "phối hợp; nhiệm vụ ghi tại ô ngày là hạn hoàn thành.", { italic: true, across: days })], box: false });
  return { name: `T${m}-2026`, widths: [24, ...dayRange.map(() => 12)], rows, boxFrom, paper: 8, size: 10,
    grid: false };
}

const ALL = MONTHS.map(([m, items], i) => monthSheet(m, items, i === 0));
ready(DIR);
const wb = new ExcelJS.Workbook();
wb.creator = "Nguyen Thu Trang";
wb.created = new Date("2026-03-20T02:00:00Z");
wb.modified = new Date("2026-03-25T08:40:00Z");
for (const sh of ALL) toWorksheet(wb, sh, { size: 10 });
await wb.xlsx.writeFile(path.join(DIR, "plan.xlsx"));
fs.writeFileSync(path.join(DIR, "plan.txt"), ALL.map((sh) => `${sh.name}\r\n${clipboard(sh)}`).join("\r\n")
  .normalize("NFC"));
printAndCopy(DIR);

const expected = {
  id: ID,
  style: `Kế hoạch ${NUM} of UBND tỉnh Thái Nguyên, 25/3/2026 (merged departments, communes, no districts; 'UBND ` +
    "các xã, phường' unresolved: the directory has no communes), nâng cao Chỉ số CCHC và chuyển đổi số 2026, as a " +
    "CALENDAR GRID on two sheets 'T4-2026' and 'T5-2026': column A 'Đơn vị chủ trì' lists the LEAD units (one row " +
    "each, the same eight rows on both sheets, some empty), then one column per DATE of the month: a header row of " +
    "day numbers 1..30/31 and under it a row of weekdays T2..CN (weekends shaded grey, holidays pink). A task's " +
    "title is typed in the cell of its DEADLINE DATE in its lead's row; '(PH: <unit>)' after a space or on a new " +
    "line in the cell names coordinators (not part of the title). Deadline = the column's date in the sheet's " +
    "month (title row 'THÁNG m/2026'); the first sheet carries the header block (number, date) and a line naming " +
    "the plan. No STT: refs null. Dates (lead's row, sheet, column): " + lines.join("; ") + ". plan.xlsx " +
    "(exceljs, A3 landscape fit to width), " +
    ".xls/.ods LibreOffice's copies, plan.pdf its print, plan.txt Excel's copy of both sheets, each after its tab " +
    "name (cells with a line break quoted).",
  province: "Thái Nguyên",
  plan: { number: NUM, date: "2026-03-25" },
  tasks,
  unresolved: [XA],
  successors: [],
};
writeExpected(DIR, expected);
