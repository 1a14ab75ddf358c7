// 04: Bắc Kạn 2023 (before the reorganisation: old departments, districts), UBND tỉnh, Kế hoạch 95/KH-UBND,
// 02/3/2023, xây dựng nông thôn mới năm 2023, as a workbook made on an ENGLISH-LOCALE computer whose deadlines are
// EXCEL FORMULAS: a cell "Ngày ban hành" (C4) holds the plan's date; deadlines like =$C$4+30, =EOMONTH($C$4,2),
// =WORKDAY($C$4,20), =EDATE($C$4,4), =DATE(2023,6,30), each written with its cached result; the deadline column
// (and C4) carry the US number format "m/d/yyyy", so the sheet, its print and its copy show "3/9/2023" (= 9 March),
// "5/4/2023" (= 4 May), "6/30/2023". Due = the formula's value. plan.xlsx (exceljs {formula, result}), plan.xls /
// plan.ods by office-copies (LibreOffice recomputes), plan.pdf LibreOffice's print of the .xlsx, plan.txt Excel's
// copy (the displayed m/d/yyyy strings).
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { D, clipboard, isoOf, printAndCopy, ready, showDate, toWorksheet, writeJson } from "./sheet.mjs";

const ID = "04-bac-kan-2023-english-locale-workbook-deadline-formulas-eomonth-workday-us-m-d-yyyy-format";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NN = "Sở Nông nghiệp và Phát triển nông thôn", KH = "Sở Kế hoạch và Đầu tư", TC = "Sở Tài chính";
const XD = "Sở Xây dựng", GT = "Sở Giao thông vận tải", TN = "Sở Tài nguyên và Môi trường", CT = "Sở Công Thương";
const LD = "Sở Lao động - Thương binh và Xã hội", VH = "Sở Văn hóa, Thể thao và Du lịch", YT = "Sở Y tế";
const HU = "UBND các huyện, thành phố", SN = "Các sở, ban, ngành", TT = "Sở Thông tin và Truyền thông";
const g = (n) => (n === SN ? "@departments" : n === HU ? "@districts" : n);
const NUM = "95/KH-UBND";
const ISSUED = D(2023, 3, 2);

// Excel's date functions on the issue date (WORKDAY: Saturdays and Sundays only, no holiday list given).
const plus = (d, n) => new Date(d.getTime() + n * 86400000);
const eomonth = (d, n) => D(d.getUTCFullYear(), d.getUTCMonth() + 2 + n, 0);
const edate = (d, n) => D(d.getUTCFullYear(), d.getUTCMonth() + 1 + n, d.getUTCDate());
function workday(d, n) {
  let x = d;
  for (let k = 0; k < n;) {
    x = plus(x, 1);
    if (x.getUTCDay() % 6) k++;
  }
  return x;
}
// [content, lead, coordinators, formula | text, value (Date) | null]
const F = (formula, value) => ({ formula, value });
const ROWS = [
  ["Ban hành Bộ tiêu chí xã nông thôn mới nâng cao, kiểu mẫu giai đoạn 2021-2025 sửa đổi", NN, [SN],
    F("$C$4+7", plus(ISSUED, 7))],
  ["Giao chỉ tiêu xây dựng nông thôn mới năm 2023 cho các huyện, thành phố", KH, [NN, TC],
    F("EOMONTH($C$4,0)", eomonth(ISSUED, 0))],
  ["Phân bổ chi tiết vốn ngân sách trung ương thực hiện Chương trình năm 2023", TC, [KH, NN],
    F("$C$4+30", plus(ISSUED, 30))],
  ["Hướng dẫn thực hiện tiêu chí giao thông trong Bộ tiêu chí xã nông thôn mới", GT, [HU],
    F("WORKDAY($C$4,20)", workday(ISSUED, 20))],
  ["Hướng dẫn thực hiện tiêu chí quy hoạch, nhà ở dân cư", XD, [HU], F("$C$4+45", plus(ISSUED, 45))],
  ["Ban hành kế hoạch thực hiện Chương trình mỗi xã một sản phẩm (OCOP) năm 2023", NN, [CT],
    F("$C$4+60", plus(ISSUED, 60))],
  ["Kiểm tra, đánh giá tiêu chí môi trường và an toàn thực phẩm tại các xã đăng ký đạt chuẩn", TN, [YT, HU],
    F("WORKDAY($C$4,45)", workday(ISSUED, 45))],
  ["Tổ chức hội chợ, triển lãm giới thiệu sản phẩm OCOP tỉnh Bắc Kạn năm 2023", CT, [NN, VH],
    F("EOMONTH($C$4,2)", eomonth(ISSUED, 2))],
  ["Sơ kết 6 tháng thực hiện Chương trình xây dựng nông thôn mới, báo cáo UBND tỉnh", NN, [SN],
    F("DATE(2023,6,30)", D(2023, 6, 30))],
  ["Hỗ trợ đào tạo nghề cho lao động nông thôn gắn với giải quyết việc làm", LD, [HU],
    F("EDATE($C$4,4)", edate(ISSUED, 4))],
  ["Triển khai mô hình thôn thông minh tại các xã điểm", TT, [NN, HU], F("DATE(2023,9,5)", D(2023, 9, 5))],
  ["Đôn đốc giải ngân vốn sự nghiệp thực hiện Chương trình", KH, [TC, HU], "Quý III/2023", D(2023, 9, 30)],
  ["Thẩm định hồ sơ đề nghị xét, công nhận xã đạt chuẩn nông thôn mới năm 2023", NN, [SN],
    F("DATE(2023,11,10)", D(2023, 11, 10))],
  ["Hoàn thiện hồ sơ đề nghị công nhận huyện Ba Bể đạt chuẩn nông thôn mới", "UBND huyện Ba Bể", [NN],
    F("DATE(2023,12,15)", D(2023, 12, 15))],
  ["Tổng kết thực hiện Chương trình năm 2023, xây dựng kế hoạch năm 2024", NN, [SN, HU],
    F("EOMONTH($C$4,9)", eomonth(ISSUED, 9))],
  ["Tuyên truyền, vận động Nhân dân tham gia xây dựng nông thôn mới", VH, [HU], "Thường xuyên", null],
];

const US = "m/d/yyyy";
const C = (v, o = {}) => ({ v, ...o });
const top = (a, b, o = {}) => ({ cells: [C(a, { across: 1, align: "center", bold: true, ...o.a }),
  C(b, { across: 3, align: "center", bold: true, ...o.b })] });
const T = (v, o = {}) => ({ cells: [C(v, { across: 5, align: "center", bold: true, ...o })] });
const rows = [
  top("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
  top("TỈNH BẮC KẠN", "Độc lập - Tự do - Hạnh phúc"),
  top(`Số: ${NUM}`, "Bắc Kạn, ngày 02 tháng 3 năm 2023", { a: { bold: false }, b: { bold: false, italic: true } }),
  { cells: [C("Ngày ban hành:", { across: 1, align: "right", italic: true }), C(ISSUED, { fmt: US, align: "left" })] },
  { cells: [] },
  T("KẾ HOẠCH"),
  T("Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới tỉnh Bắc Kạn năm 2023"),
  T("(Thời hạn hoàn thành tính theo ngày ban hành tại ô C4)", { bold: false, italic: true }),
  { cells: [] },
  { cells: ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành", "Ghi chú"]
    .map((h) => C(h, { bold: true, align: "center", valign: "middle" })) },
];
const boxFrom = rows.length;
const tasks = [];
ROWS.forEach(([content, lead, co, time, value], i) => {
  const t = typeof time === "string" ? C(time, { align: "center" }) :
    C(time.value, { formula: time.formula, fmt: US, align: "center", wrap: false });
  rows.push({ cells: [C(i + 1, { align: "center" }), C(content), C(lead), C(co.join("; ")), t, C("")] });
  const v = value ?? (typeof time === "string" ? null : time.value);
  if (v) tasks.push(task(String(i + 1), content, isoOf(v), [g(lead)], co.map(g)));
});
const sheet = { name: "Sheet1", widths: [6, 54, 26, 34, 14, 12], rows, boxFrom };

ready(DIR);
const wb = new ExcelJS.Workbook();
wb.creator = "Admin";
wb.created = new Date("2023-02-27T09:15:00Z");
wb.modified = new Date("2023-03-02T01:50:00Z");
wb.calcProperties.fullCalcOnLoad = false;
toWorksheet(wb, sheet, { font: "Times New Roman", size: 12 });
await wb.xlsx.writeFile(path.join(DIR, "plan.xlsx"));
fs.writeFileSync(path.join(DIR, "plan.txt"), clipboard(sheet));
printAndCopy(DIR);

const dateLines = ROWS.map(([, , , time], i) => typeof time === "string" ? `${i + 1} '${time}'` :
  `${i + 1} =${time.formula} '${showDate(time.value, US)}'`).join("; ");
const expected = {
  id: ID,
  style: `Kế hoạch ${NUM} of UBND tỉnh Bắc Kạn, 02/3/2023 (old departments, districts; 'UBND các huyện, thành ` +
    "phố' = @districts, 'Các sở, ban, ngành' = @departments), nông thôn mới 2023, a workbook made on an " +
    "ENGLISH-LOCALE computer: C4 'Ngày ban hành' holds the plan's date, the deadlines are FORMULAS on it (cached " +
    "results written) and the date cells carry the US format m/d/yyyy, so '3/2/2023' in C4 is 2 March (the header " +
    "says 'ngày 02 tháng 3 năm 2023') and every deadline shows month first. Due = the formula's value (Excel's " +
    "WORKDAY skips weekends only). " + dateLines + ". Effective: 1 9/3 Thu; 2 31/3 Fri; 3 1/4 Sat -> 3/4; 4 30/3 " +
    "Thu; 5 16/4 Sun -> 17/4; 6 1/5 holiday, 2-3/5 holidays -> 4/5; 7 4/5 Thu; 8 31/5 Wed; 9 30/6 Fri (UBND tỉnh " +
    "a recipient); 10 2/7 Sun -> 3/7; 11 5/9 Tue; 12 'Quý III/2023' 30/9 Sat -> 2/10; 13 10/11 Fri; 14 15/12 Fri; " +
    "15 31/12 Sun, 1/1/2024 holiday -> 2/1/2024; 16 'Thường xuyên' none. plan.xlsx (exceljs formula + result, " +
    "numFmt m/d/yyyy), plan.xls and plan.ods LibreOffice's copies (recomputed: same dates), plan.pdf " +
    "LibreOffice's print of plan.xlsx, plan.txt Excel's copy (the m/d/yyyy strings as displayed).",
  province: "Bắc Kạn",
  plan: { number: NUM, date: isoOf(ISSUED) },
  tasks,
  unresolved: [],
  successors: [],
};
writeJson(path.join(DIR, "expected.json"), expected);
