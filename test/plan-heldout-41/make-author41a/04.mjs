// 04: Lai Châu 2025 (after the reorganisation: merged departments, communes, no districts), UBND tỉnh, Kế hoạch
// 3125/KH-UBND, 12/8/2025, cải cách thủ tục hành chính và nâng cao chất lượng phục vụ tại cấp xã sau sắp xếp, as a
// GOOGLE SHEETS CHECKLIST downloaded as .xlsx: one sheet "Checklist", the header block typed in its first rows, then
// STT | Nhiệm vụ | Chủ trì | Hạn hoàn thành | one CHECKBOX column per unit (boolean cells, t="b") | Đã hoàn thành
// (a checkbox too, no unit). "Chủ trì" holds a short unit name chosen from a dropdown (list validation with the
// names inline); the lead's own column is ticked; coordinators = the ticked units other than the lead. The package
// is written by hand as Google writes it (gsheet.mjs). plan.xls, plan.ods and plan.pdf are LibreOffice's copies of
// it; plan.txt Excel's copy (booleans as TRUE / FALSE, dates dd/mm/yyyy).
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { D, clipboard, dateLine, isoOf, ready, showDate, writeJson } from "../../plan-corpus/author-kit/sheet.mjs";
import { googleXlsx } from "./gsheet.mjs";

const ID = "04-lai-chau-2025-google-sheets-checklist-checkbox-column-per-unit-lead-from-dropdown";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NUM = "3125/KH-UBND";
// column header / dropdown item -> the answer's unit
const COLS = [
  ["Sở Nội vụ", "Sở Nội vụ"],
  ["Sở Tư pháp", "Sở Tư pháp"],
  ["Sở Tài chính", "Sở Tài chính"],
  ["Sở KH&CN", "Sở Khoa học và Công nghệ"],
  ["Sở NN&MT", "Sở Nông nghiệp và Môi trường"],
  ["VP UBND tỉnh", "Văn phòng UBND tỉnh"],
  ["Công an tỉnh", "Công an tỉnh"],
  ["UBND cấp xã", "UBND cấp xã"],
];
const FULL = Object.fromEntries(COLS);
const [NV, TP, TC, KC, NM, VP, CA, XA] = COLS.map(([k]) => k);

// [task, lead (short), deadline (Date | text), due | null, ticked columns (the lead's included), done]
const ROWS = [
  ["Rà soát, công bố lại danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của cấp xã sau sắp xếp", VP,
    D(2025, 8, 31), "2025-08-31", [TP, VP, XA], true],
  ["Kiện toàn bộ phận tiếp nhận và trả kết quả tại Trung tâm Phục vụ hành chính công các xã, phường", NV,
    D(2025, 9, 5), "2025-09-05", [NV, VP, XA], true],
  ["Cấu hình quy trình điện tử giải quyết thủ tục hành chính cấp xã trên Hệ thống thông tin giải quyết TTHC",
    KC, D(2025, 9, 15), "2025-09-15", [KC, VP], true],
  ["Bố trí kinh phí trang bị máy tính, máy quét cho Trung tâm Phục vụ hành chính công cấp xã", TC,
    "Trước 30/9/2025", "2025-09-29", [TC, KC, XA], false],
  ["Hướng dẫn thực hiện thủ tục đất đai thuộc thẩm quyền cấp xã theo phân cấp mới", NM, D(2025, 9, 20),
    "2025-09-20", [NM, XA], true],
  ["Tập huấn nghiệp vụ chứng thực, hộ tịch cho công chức Tư pháp - Hộ tịch các xã, phường", TP,
    D(2025, 10, 10), "2025-10-10", [TP, XA], false],
  ["Triển khai xác thực tài khoản định danh điện tử VNeID khi nộp hồ sơ trực tuyến", CA, D(2025, 10, 15),
    "2025-10-15", [KC, VP, CA], false],
  ["Đánh giá chất lượng phục vụ người dân, doanh nghiệp theo Bộ chỉ số tại Quyết định 766/QĐ-TTg", VP,
    "Tháng 10/2025", "2025-10-31", [NV, TP, TC, KC, NM, VP, CA, XA], false],
  ["Kiểm tra việc tiếp nhận, giải quyết hồ sơ thủ tục hành chính tại các xã, phường sau sắp xếp", NV,
    D(2025, 11, 14), "2025-11-14", [NV, VP], false],
  ["Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính cấp xã đạt tỷ lệ theo quy định", XA, D(2025, 11, 30),
    "2025-11-30", [KC, XA], false],
  ["Khảo sát sự hài lòng của người dân đối với Trung tâm Phục vụ hành chính công cấp xã", NV, D(2025, 12, 5),
    "2025-12-05", [NV, XA], false],
  ["Rà soát, đề xuất bãi bỏ thủ tục hành chính không còn phù hợp sau sắp xếp đơn vị hành chính", TP,
    D(2025, 12, 12), "2025-12-12", [TP, VP], false],
  ["Duy trì nhóm Zalo hỗ trợ giải đáp vướng mắc khi vận hành phần mềm một cửa điện tử", KC, "Thường xuyên", null,
    [KC, XA], false],
  ["Tổng kết công tác cải cách thủ tục hành chính năm 2025, đề xuất nhiệm vụ năm 2026", VP, "Quý IV/2025",
    "2025-12-31", [NV, VP], false],
];

const C = (v, s, o = {}) => ({ v, s, ...o });
const last = COLS.length + 4;
const HEADROWS = 6;
const rows = [
  { cells: [C("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU", "title", { across: 2 }), C(""),
    C("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "title", { across: last - 4 })] },
  { cells: [C(`Số: ${NUM}`, "plain", { across: 2 }), C(""),
    C("Lai Châu, ngày 12 tháng 8 năm 2025", "italic", { across: last - 4 })] },
  { cells: [] },
  { cells: [C("CHECKLIST NHIỆM VỤ THỰC HIỆN KẾ HOẠCH CẢI CÁCH THỦ TỤC HÀNH CHÍNH, NÂNG CAO CHẤT LƯỢNG PHỤC VỤ " +
    "TẠI CẤP XÃ SAU SẮP XẾP NĂM 2025", "head", { across: last })], height: 36 },
  { cells: [C("Chủ trì: chọn trong danh sách; tích ô của mọi đơn vị tham gia (đơn vị chủ trì và đơn vị phối hợp).",
    "italic", { across: last })] },
  { cells: ["STT", "Nhiệm vụ", "Chủ trì", "Hạn hoàn thành", ...COLS.map(([k]) => k), "Đã hoàn thành"]
    .map((v) => C(v, "th")), height: 42 },
  ...ROWS.map(([title, lead, when, , ticks, done], i) => ({ height: title.length > 62 ? 30 : 15.75,
    cells: [C(i + 1, "num"), C(title, "text"),
    C(lead, "text"), C(when, when instanceof Date ? "date" : "num"),
    ...COLS.map(([k]) => C(ticks.includes(k), "bool")), C(done, "bool")] })),
];
const sheet = { name: "Checklist", widths: [5.63, 52, 16, 13, ...COLS.map(() => 12.63), 12.63], rows,
  freeze: HEADROWS, landscape: true,
  lists: [{ cells: `C${HEADROWS + 1}:C${HEADROWS + ROWS.length}`, items: COLS.map(([k]) => k) }] };

ready(DIR);
fs.writeFileSync(path.join(DIR, "plan.xlsx"), await googleXlsx(sheet, new Date("2025-08-14T03:12:00Z")));
fs.writeFileSync(path.join(DIR, "plan.txt"), clipboard(sheet));
// plan.pdf: LibreOffice's print of the same package with the checkbox cells formatted TRUE / FALSE (LibreOffice
// would show them as 1 / 0); plan.xls and plan.ods: LibreOffice's copies of plan.xlsx itself.
const PRINT = fs.mkdtempSync("/tmp/author41a-04-print-");
fs.writeFileSync(path.join(PRINT, "plan.xlsx"), await googleXlsx(sheet, new Date("2025-08-14T03:12:00Z"), true));
execFileSync("soffice", ["-env:UserInstallation=file:///tmp/author41a-lo", "--headless", "--convert-to", "pdf",
  "--outdir", PRINT, path.join(PRINT, "plan.xlsx")], { stdio: "ignore" });
fs.copyFileSync(path.join(PRINT, "plan.pdf"), path.join(DIR, "plan.pdf"));
execFileSync("npx", ["tsx", "scripts/plan-corpus/office-copies.ts", DIR, "--xls", "--ods"], { stdio: "inherit",
  cwd: path.resolve(DIR, "../../..") });

const tasks = [];
const lines = [];
ROWS.forEach(([title, lead, when, due, ticks], i) => {
  const written = when instanceof Date ? showDate(when) : when;
  const tag = `${i + 1} ${lead}+${ticks.filter((k) => k !== lead).length}`;
  if (!due) return void lines.push(`${i + 1} '${written}' no task`);
  const t = task(String(i + 1), title, due, [FULL[lead]], ticks.filter((k) => k !== lead).map((k) => FULL[k]));
  tasks.push(t);
  lines.push(dateLine(tag, written, t));
  if (when instanceof Date && isoOf(when) !== due) throw new Error(`row ${i + 1}: due`);
});
const expected = {
  id: ID,
  style: `Kế hoạch ${NUM} of UBND tỉnh Lai Châu, 12/8/2025 (merged departments, communes, no districts; 'UBND ` +
    "cấp xã' unresolved: the directory has no communes; 'Sở KH&CN', 'Sở NN&MT', 'VP UBND tỉnh' " +
    "abbreviations), cải cách TTHC cấp xã sau sắp xếp, as a GOOGLE SHEETS CHECKLIST downloaded as .xlsx (hand-" +
    "made as Google writes it: sharedStrings, Google's styles, no theme, no docProps, sheet at rId3, doubles " +
    "'1.0', frozen header): header block (number, date) in the first rows, then STT | Nhiệm vụ | Chủ trì | Hạn hoàn " +
    "thành | one CHECKBOX column per unit (boolean cells t=\"b\": " + COLS.map(([k]) => k).join(", ") + ") | Đã " +
    "hoàn thành (a checkbox that is no unit). 'Chủ trì' is a short name from a DROPDOWN (list validation, items " +
    "inline) = the LEAD; its own column is ticked too; COORDINATORS = the other ticked units (row 7's lead Công " +
    "an tỉnh is ticked). ref = STT. Dates (STT lead+coordinators): " + lines.join("; ") + ". plan.xls, plan.ods, " +
    "plan.pdf LibreOffice's copies of the hand-made file (the PDF printed from a copy whose checkbox cells are " +
    "formatted TRUE/FALSE, as LibreOffice would print 1/0; LibreOffice reads its .xls ticks back as 1/0); " +
    "plan.txt Excel's copy (TRUE/FALSE, dd/mm/yyyy).",
  province: "Lai Châu",
  plan: { number: NUM, date: "2025-08-12" },
  tasks,
  unresolved: [XA],
  successors: [],
};
writeJson(path.join(DIR, "expected.json"), expected);
