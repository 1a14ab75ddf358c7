// 02: Thái Nguyên 2026 (after the reorganisation: merged departments, communes, no districts), UBND tỉnh, Kế hoạch
// 58/KH-UBND, 20/01/2026, cải cách hành chính năm 2026, as a TRACKING SHEET WITH COMPUTED DISTRACTOR COLUMNS: the
// office's follow-up sheet of the plan, "Ngày cập nhật" 15/04/2026 in B2, then STT | Nhiệm vụ | Chủ trì | Phối hợp |
// Thời hạn | Số ngày còn lại (=IFERROR(E5-$B$2,"")) | Tình trạng (=IF(H5<>"","Hoàn thành",IF(F5<0,"Quá hạn",
// "Còn hạn"))) | Ngày hoàn thành (a date only on finished rows) | Văn bản (a hyperlink whose text cites a document
// with its date). Formulas written with their cached results; conditional formatting colours Tình trạng red/green
// and negative day counts red. The deadline is Thời hạn only. plan.xlsx (exceljs), plan.xls / plan.ods by
// office-copies, plan.pdf LibreOffice's print, plan.txt Excel's copy (the cached values as displayed).
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { D, clipboard, dateLine, isoOf, printAndCopy, ready, showDate, toWorksheet, writeJson } from "./sheet.mjs";

const ID = "02-thai-nguyen-2026-tracking-sheet-days-left-status-formulas-completion-dates-hyperlinked-documents";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ", VP = "Văn phòng UBND tỉnh", TP = "Sở Tư pháp", KC = "Sở Khoa học và Công nghệ";
const CA = "Công an tỉnh", TC = "Sở Tài chính", NM = "Sở Nông nghiệp và Môi trường", XD = "Sở Xây dựng";
const GD = "Sở Giáo dục và Đào tạo", YT = "Sở Y tế", VH = "Sở Văn hóa, Thể thao và Du lịch", CT = "Sở Công Thương";
const DT = "Sở Dân tộc và Tôn giáo", CX = "UBND cấp xã", SN = "Các sở, ban, ngành";
const BAO = "Báo và Phát thanh, Truyền hình Thái Nguyên";
const g = (n) => (n === SN ? "@departments" : n);
const NUM = "58/KH-UBND";
const UPDATED = D(2026, 4, 15);
const LINK = "https://qlvb.thainguyen.gov.vn/vbdh/van-ban/";

// [title, lead, coordinators, deadline (Date | text), done (Date | null), document text | ""]
const ROWS = [
  ["Ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2026", NV, [VP], D(2026, 1, 31), D(2026, 1, 28),
    "KH 25/KH-SNV ngày 28/01/2026"],
  ["Công bố danh mục thủ tục hành chính được chuẩn hóa sau sắp xếp đơn vị hành chính", VP, [SN], D(2026, 2, 27),
    D(2026, 2, 26), "QĐ 312/QĐ-UBND ngày 26/02/2026"],
  ["Rà soát văn bản quy phạm pháp luật của tỉnh ban hành trước khi hợp nhất, đề xuất bãi bỏ", TP, [SN],
    D(2026, 3, 31), null, ""],
  ["Kết nối Hệ thống thông tin giải quyết thủ tục hành chính với Cơ sở dữ liệu quốc gia về dân cư", KC, [CA, VP],
    D(2026, 4, 30), null, "CV 410/SKHCN-CĐS ngày 02/4/2026"],
  ["Kiện toàn bộ phận tiếp nhận và trả kết quả thủ tục hành chính cấp xã sau sắp xếp", NV, [CX], D(2026, 3, 15),
    D(2026, 3, 13), "BC 88/BC-SNV ngày 13/03/2026"],
  ["Công khai kết quả giải ngân vốn đầu tư công quý I năm 2026 trên Cổng thông tin điện tử tỉnh", TC, [], D(2026, 4, 10),
    null, ""],
  ["Đơn giản hóa thủ tục hành chính lĩnh vực đất đai, môi trường thuộc thẩm quyền của tỉnh", NM, [TP, VP],
    D(2026, 6, 30), null, ""],
  ["Số hóa hồ sơ cấp phép xây dựng đang lưu trữ tại các cơ quan, địa phương", XD, [CX, KC], D(2026, 5, 31), null,
    ""],
  ["Triển khai tuyển sinh đầu cấp trực tuyến năm học 2026-2027 trên toàn tỉnh", GD, [KC, CX], D(2026, 6, 20), null,
    "HD 1205/SGDĐT-QLT ngày 08/4/2026"],
  ["Triển khai sổ sức khỏe điện tử tích hợp trên ứng dụng VNeID cho người dân", YT, [CA], D(2026, 7, 31), null, ""],
  ["Tuyên truyền kết quả cải cách hành chính trên báo chí và mạng xã hội", VH, [BAO], D(2026, 9, 30), null, ""],
  ["Tổ chức điều tra xã hội học đo lường sự hài lòng của người dân, tổ chức năm 2026", NV, ["Cục Thống kê tỉnh"],
    D(2026, 10, 15), null, ""],
  ["Đánh giá, xếp hạng kết quả cải cách hành chính của các sở, ban, ngành năm 2026", VP, [NV], D(2026, 12, 15),
    null, ""],
  ["Cung cấp dịch vụ công trực tuyến toàn trình lĩnh vực công thương, xúc tiến thương mại", CT, [KC],
    D(2026, 2, 28), D(2026, 3, 2), "BC 45/BC-SCT ngày 02/3/2026"],
  ["Rà soát thủ tục hành chính lĩnh vực tín ngưỡng, tôn giáo sau hợp nhất sở", DT, [TP], D(2026, 5, 15), null, ""],
  ["Cập nhật, công khai thủ tục hành chính thuộc thẩm quyền giải quyết của đơn vị", SN, [VP], "Thường xuyên", null,
    ""],
];

const C = (v, o = {}) => ({ v, ...o });
const FIRST = 5;
const head = ["STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn", "Số ngày còn lại", "Tình trạng",
  "Ngày hoàn thành", "Văn bản"].map((h) => C(h, { bold: true, align: "center", valign: "middle", fill: "FFD9E1F2" }));
const rows = [
  { cells: [C(`THEO DÕI TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH SỐ ${NUM} NGÀY 20/01/2026 CỦA UBND TỈNH VỀ CẢI CÁCH HÀNH ` +
    "CHÍNH NĂM 2026", { across: 8, bold: true, align: "center", size: 13 })], height: 22 },
  { cells: [C("Ngày cập nhật:", { italic: true, align: "right" }), C(UPDATED, { bold: true, color: "FFC00000" })] },
  { cells: [] },
  { cells: head },
];
const tasks = [];
const lines = [];
ROWS.forEach(([title, lead, co, time, done, doc], i) => {
  const r = FIRST + i;
  const left = time instanceof Date ? Math.round((time - UPDATED) / 86400000) : "";
  const status = done ? "Hoàn thành" : left === "" ? "" : left < 0 ? "Quá hạn" : "Còn hạn";
  rows.push({ cells: [C(i + 1, { align: "center" }), C(title), C(lead), C(co.join(", ")),
    C(time, { align: "center" }), C(left, { formula: `IFERROR(E${r}-$B$2,"")`, fmt: "0", align: "center" }),
    C(status, { formula: `IF(H${r}<>"","Hoàn thành",IF(F${r}="","",IF(F${r}<0,"Quá hạn","Còn hạn")))`,
      align: "center" }),
    C(done ?? "", { align: "center" }), doc ? C(doc, { link: `${LINK}${1000 + i * 37}` }) : C("")] });
  if (time instanceof Date) {
    const t = task(String(i + 1), title, isoOf(time), [g(lead)], co.map(g));
    tasks.push(t);
    lines.push(dateLine(String(i + 1), showDate(time), t) + (done ? ` (finished ${showDate(done)}, not a deadline)` : ""));
  } else lines.push(`${i + 1} '${time}' no task`);
});
const sheet = { name: "Theo dõi", widths: [6, 52, 22, 30, 13, 10, 13, 14, 32], rows, boxFrom: FIRST - 1 };

ready(DIR);
const wb = new ExcelJS.Workbook();
wb.creator = "VP UBND tinh";
wb.created = new Date("2026-01-22T01:30:00Z");
wb.modified = new Date("2026-04-15T08:05:00Z");
const ws = toWorksheet(wb, sheet, { font: "Times New Roman", size: 12 });
ws.views = [{ state: "frozen", ySplit: FIRST - 1, showGridLines: false }];
const last = FIRST + ROWS.length - 1;
ws.addConditionalFormatting({ ref: `G${FIRST}:G${last}`, rules: [
  { type: "cellIs", operator: "equal", formulae: ['"Quá hạn"'], priority: 1,
    style: { font: { color: { argb: "FF9C0006" } }, fill: { type: "pattern", pattern: "solid",
      bgColor: { argb: "FFFFC7CE" } } } },
  { type: "cellIs", operator: "equal", formulae: ['"Hoàn thành"'], priority: 2,
    style: { font: { color: { argb: "FF006100" } }, fill: { type: "pattern", pattern: "solid",
      bgColor: { argb: "FFC6EFCE" } } } },
] });
ws.addConditionalFormatting({ ref: `F${FIRST}:F${last}`, rules: [{ type: "cellIs", operator: "lessThan",
  formulae: ["0"], priority: 3, style: { font: { color: { argb: "FFFF0000" }, bold: true } } }] });
await wb.xlsx.writeFile(path.join(DIR, "plan.xlsx"));
fs.writeFileSync(path.join(DIR, "plan.txt"), clipboard(sheet));
printAndCopy(DIR);

const expected = {
  id: ID,
  style: `Kế hoạch ${NUM} of UBND tỉnh Thái Nguyên, 20/01/2026 (merged departments, communes: 'UBND cấp xã' ` +
    "unresolved, 'Các sở, ban, ngành' = @departments), cải cách hành chính 2026, as the office's TRACKING SHEET " +
    "WITH COMPUTED DISTRACTOR COLUMNS: 'Ngày cập nhật' 15/04/2026 in B2; STT | Nhiệm vụ | Chủ trì | Phối hợp | " +
    "Thời hạn | Số ngày còn lại (=IFERROR(E5-$B$2,\"\"), a count of days) | Tình trạng (IF formula: 'Quá hạn', " +
    "'Còn hạn', 'Hoàn thành'; conditional formatting red/green) | Ngày hoàn thành (a date only on finished rows) | " +
    "Văn bản (hyperlink text citing a document 'ngày …'). Formulas carry cached results. The deadline is Thời hạn " +
    "only (a date value, dd/mm/yyyy); the update date, day counts, completion dates and cited documents' dates are " +
    "not deadlines, and a finished or overdue task is still a task of the plan. ref = STT. Dates: " +
    lines.join("; ") + ". plan.xlsx (exceljs), .xls/.ods LibreOffice's copies, plan.pdf its print, plan.txt " +
    "Excel's copy.",
  province: "Thái Nguyên",
  plan: { number: NUM, date: "2026-01-20" },
  tasks,
  unresolved: [CX],
  successors: [],
};
writeJson(path.join(DIR, "expected.json"), expected);
