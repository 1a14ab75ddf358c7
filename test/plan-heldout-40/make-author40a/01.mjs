// 01: Bắc Kạn 2024 (before the reorganisation: old departments, districts), UBND tỉnh, Kế hoạch 86/KH-UBND,
// 12/3/2024, cải thiện môi trường đầu tư kinh doanh, nâng cao Chỉ số PCI năm 2024, as an EXCEL PIVOT TABLE'S OUTPUT
// PASTED AS VALUES (with its source formatting): the clerk pivoted the plan's task list by lead unit (compact
// form, "Row Labels" header, "Count of Nhiệm vụ"), pasted it as values into a new sheet and typed a coordinator
// column beside it. Rows nest unit -> task -> deadline in one column: the unit a bold row of its own, its tasks
// below it (indent 1), each task's deadline the next level below the task (indent 2, a date value or the source's
// text, "(blank)" where the source cell was empty) with the count 1; subtotal rows "<unit> Total" with the unit's
// count (subtotals at the bottom), a "Grand Total" row. Units and tasks sorted A-Z as a pivot sorts them. No STT
// (refs null). plan.xlsx (exceljs: values only, no pivot cache), plan.xls / plan.ods by office-copies, plan.pdf
// LibreOffice's print, plan.txt Excel's copy (the indents are formatting and do not travel into text).
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { D, clipboard, dateLine, printAndCopy, ready, showDate, toWorksheet, writeJson } from "./sheet.mjs";

const ID = "01-bac-kan-2024-excel-pivot-table-pasted-as-values-row-labels-unit-task-deadline-levels-totals";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const KH = "Sở Kế hoạch và Đầu tư", NV = "Sở Nội vụ", TC = "Sở Tài chính", TN = "Sở Tài nguyên và Môi trường";
const TP = "Sở Tư pháp", HU = "UBND các huyện, thành phố", VP = "Văn phòng UBND tỉnh", HH = "Hiệp hội Doanh nghiệp tỉnh";
const TT = "Sở Thông tin và Truyền thông", KB = "Kho bạc Nhà nước tỉnh", TTr = "Thanh tra tỉnh";
const g = (n) => (n === HU ? "@districts" : n);
const NUM = "86/KH-UBND";

// [lead, title, deadline item (Date | text), due | null, coordinators]
const SOURCE = [
  [KH, "Xây dựng Bộ chỉ số đánh giá năng lực cạnh tranh cấp sở, ban, ngành và địa phương (DDCI) năm 2024",
    D(2024, 6, 30), "2024-06-30", [VP, HH]],
  [KH, "Tổ chức Hội nghị đối thoại giữa lãnh đạo tỉnh với doanh nghiệp, nhà đầu tư", "Quý II/2024", "2024-06-30",
    [HH, VP]],
  [KH, "Rà soát, cập nhật danh mục dự án kêu gọi đầu tư của tỉnh giai đoạn 2024-2025", "Trước 30/4/2024",
    "2024-04-29", [TC, TN]],
  [NV, "Nâng cao chất lượng thực thi công vụ, xử lý nghiêm cán bộ, công chức nhũng nhiễu doanh nghiệp",
    "Tháng 9/2024", "2024-09-30", [TTr]],
  [NV, "Tổ chức khảo sát mức độ hài lòng của doanh nghiệp đối với sự phục vụ của cơ quan hành chính",
    D(2024, 8, 15), "2024-08-15", [KH]],
  [NV, "Tập huấn kỹ năng giao tiếp, ứng xử cho công chức bộ phận một cửa các cấp", "(blank)", null, [VP]],
  [NV, "Kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính tại bộ phận một cửa", "Giữa tháng 10/2024",
    "2024-10-15", [VP]],
  [TC, "Rút ngắn thời gian thẩm tra quyết toán dự án hoàn thành sử dụng vốn nhà nước", "Chậm nhất 31/7/2024",
    "2024-07-31", [KH, KB]],
  [TC, "Công khai giá đất, đơn giá thuê đất làm căn cứ xác định nghĩa vụ tài chính của nhà đầu tư",
    D(2024, 5, 20), "2024-05-20", [TN]],
  [TN, "Rút ngắn thời gian giải quyết thủ tục giao đất, cho thuê đất đối với dự án đầu tư", "Tháng 6/2024",
    "2024-06-30", [HU]],
  [TN, "Số hóa, cập nhật cơ sở dữ liệu đất đai kết nối với Hệ thống thông tin giải quyết thủ tục hành chính",
    D(2024, 10, 31), "2024-10-31", [TT, HU]],
  [TN, "Đôn đốc thực hiện quy hoạch, kế hoạch sử dụng đất cấp huyện", "Thường xuyên", null, [HU]],
  [TP, "Rà soát, đề xuất bãi bỏ quy định không còn phù hợp gây cản trở hoạt động kinh doanh", D(2024, 6, 14),
    "2024-06-14", [KH, VP]],
  [TP, "Tổ chức tuyên truyền, phổ biến pháp luật về đầu tư, kinh doanh cho doanh nghiệp nhỏ và vừa",
    "Quý III/2024", "2024-09-30", [HH]],
  [HU, "Giải phóng mặt bằng, bàn giao đất sạch cho các dự án đã có chủ trương đầu tư", "Trước 15/9/2024",
    "2024-09-14", [TN]],
  [VP, "Công khai tiến độ, kết quả giải quyết hồ sơ thủ tục hành chính trên Cổng Dịch vụ công của tỉnh",
    D(2024, 6, 28), "2024-06-28", [TT]],
  [VP, "Tổng hợp kết quả thực hiện Kế hoạch, báo cáo UBND tỉnh trước kỳ họp cuối năm", D(2024, 12, 13),
    "2024-12-13", [KH]],
];

const vi = new Intl.Collator("vi");
const units = [...new Set(SOURCE.map((s) => s[0]))].sort(vi.compare);
const C = (v, o = {}) => ({ v, ...o });
const HEAD = "FFDCE6F1", SUB = "FFDCE6F1";
const rows = [
  { cells: [C("TỔNG HỢP NHIỆM VỤ THEO ĐƠN VỊ CHỦ TRÌ", { across: 2, bold: true, align: "center", size: 13 })] },
  { cells: [C(`(Kế hoạch số ${NUM} ngày 12/3/2024 của UBND tỉnh Bắc Kạn về cải thiện môi trường đầu tư kinh ` +
    "doanh, nâng cao Chỉ số năng lực cạnh tranh cấp tỉnh năm 2024)", { across: 2, italic: true, align: "center" })],
  height: 34 },
  { cells: [] },
  { cells: [C("Row Labels", { bold: true, fill: HEAD }), C("Count of Nhiệm vụ", { bold: true, fill: HEAD }),
    C("Đơn vị phối hợp", { bold: true, fill: "FFFFF2CC" })] },
];
const tasks = [];
const lines = [];
for (const unit of units) {
  const mine = SOURCE.filter((s) => s[0] === unit).sort((a, b) => vi.compare(a[1], b[1]));
  rows.push({ cells: [C(unit, { bold: true }), C(""), C("")] });
  for (const [, title, item, due, co] of mine) {
    rows.push({ cells: [C(title, { indent: 1 }), C(""), C(co.join("; "))] });
    rows.push({ cells: [C(item, { indent: 2, align: "left" }), C(1, { align: "right" }), C("")] });
    if (due) {
      const t = task(null, title, due, [g(unit)], co.map(g));
      tasks.push(t);
      lines.push(dateLine(`'${title.split(" ").slice(0, 3).join(" ")}'`,
        item instanceof Date ? showDate(item) : item, t));
    } else lines.push(`'${title.split(" ").slice(0, 3).join(" ")}' '${item}' no task`);
  }
  rows.push({ cells: [C(`${unit} Total`, { bold: true, fill: SUB }), C(mine.length, { bold: true, fill: SUB,
    align: "right" }), C("", { fill: SUB })] });
}
rows.push({ cells: [C("Grand Total", { bold: true, fill: HEAD }), C(SOURCE.length, { bold: true, fill: HEAD,
  align: "right" }), C("", { fill: HEAD })] });
const sheet = { name: "Sheet2", widths: [78, 18, 44], rows, grid: true };

ready(DIR);
const wb = new ExcelJS.Workbook();
wb.creator = "Chuyen vien";
wb.created = new Date("2024-03-20T02:10:00Z");
wb.modified = new Date("2024-03-20T03:45:00Z");
toWorksheet(wb, sheet, { font: "Times New Roman", size: 12, landscape: false });
await wb.xlsx.writeFile(path.join(DIR, "plan.xlsx"));
fs.writeFileSync(path.join(DIR, "plan.txt"), clipboard(sheet));
printAndCopy(DIR);

const expected = {
  id: ID,
  style: `Kế hoạch ${NUM} of UBND tỉnh Bắc Kạn, 12/3/2024 (old departments, districts; 'UBND các huyện, thành ` +
    "phố' = @districts), cải thiện môi trường đầu tư kinh doanh / PCI 2024, as an EXCEL PIVOT TABLE'S OUTPUT PASTED " +
    "AS VALUES: a line naming the plan above a compact pivot 'Row Labels' | 'Count of Nhiệm vụ', a column 'Đơn vị " +
    "phối hợp' typed beside it. Column A nests unit -> task -> deadline: the bold unit row is the LEAD of every " +
    "task under it until '<unit> Total' (its count); a task row (indent 1) has its coordinators in C; the row " +
    "below (indent 2) is its deadline item, count 1 (a date or the source's text; '(blank)' = empty source cell, " +
    "no task); 'Grand Total' 17. Sorted A-Z as the pivot sorts; no STT, refs null; indents are formatting only. " +
    "Dates: " + lines.join("; ") + ". 'báo cáo UBND tỉnh': a recipient. plan.xlsx (exceljs, no pivot cache), " +
    ".xls/.ods LibreOffice's copies, plan.pdf its print, plan.txt Excel's copy.",
  province: "Bắc Kạn",
  plan: { number: NUM, date: "2024-03-12" },
  tasks,
  unresolved: [],
  successors: [],
};
writeJson(path.join(DIR, "expected.json"), expected);
