// 02: Lai Châu 2024 (before the reorganisation: old departments, districts), UBND tỉnh, Kế hoạch 118/KH-UBND,
// 15/4/2024, khắc phục hạn chế, nâng cao Chỉ số CCHC (PAR Index) và SIPAS năm 2024, as a WORKBOOK WITH ONE SHEET PER
// LEAD UNIT: a first sheet "Tổng hợp" holds the plan's header (number, date, title) and the count of tasks per unit;
// then one sheet per lead unit, its tab named by the unit ("Sở Nội vụ", "Sở Tư pháp", "VP UBND tỉnh", "Sở TT&TT",
// "UBND các huyện"), each with the table STT | Nhiệm vụ | Đơn vị phối hợp | Thời hạn | Ghi chú and NO lead column:
// the tab is the lead. Some sheets open with a title line ("NHIỆM VỤ GIAO SỞ TƯ PHÁP"), some go straight to the
// table. STT restarts at 1 on each sheet (refs as the cells show them, so they repeat across sheets).
// plan.xlsx (exceljs), plan.xls / plan.ods by office-copies, plan.pdf LibreOffice's print of the .xlsx (all
// sheets), plan.txt each sheet's Excel copy pasted one after another under a line with the tab's name.
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { D, clipboard, isoOf, printAndCopy, ready, toWorksheet, writeJson } from "./sheet.mjs";

const ID = "02-lai-chau-2024-workbook-one-sheet-per-lead-unit-tab-name-is-lead-stt-restarts-summary-sheet";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ", TP = "Sở Tư pháp", VP = "Văn phòng UBND tỉnh", TT = "Sở Thông tin và Truyền thông";
const SN = "Các sở, ban, ngành", HU = "UBND các huyện, thành phố", CA = "Công an tỉnh";
const g = (n) => (n === SN ? "@departments" : n === HU ? "@districts" : n);
const NUM = "118/KH-UBND";

// sheet: [tab, lead, title line | null, rows]; row: [content, coordinators, time cell, due | null, note]
const SHEETS = [
  ["Sở Nội vụ", NV, "NHIỆM VỤ GIAO SỞ NỘI VỤ", [
    ["Tham mưu ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2024 của tỉnh", [TT], "Trước 30/4/2024",
      "2024-04-29", ""],
    ["Kiện toàn đội ngũ công chức đầu mối thực hiện cải cách hành chính tại các cơ quan, đơn vị", [SN, HU],
      "Tháng 5/2024", "2024-05-31", "Có danh sách gửi kèm"],
    ["Tổ chức điều tra xã hội học xác định Chỉ số hài lòng của người dân, tổ chức (SIPAS) cấp tỉnh",
      ["Cục Thống kê tỉnh"], "Quý III/2024", "2024-09-30", ""],
    ["Kiểm tra công tác cải cách hành chính, kỷ luật, kỷ cương hành chính tại một số cơ quan, địa phương",
      ["Thanh tra tỉnh", TP], "Từ tháng 6 đến tháng 10/2024", "2024-10-31", "Theo kế hoạch kiểm tra riêng"],
    ["Theo dõi, đôn đốc các cơ quan, đơn vị thực hiện nhiệm vụ khắc phục hạn chế Chỉ số CCHC", [], "Thường xuyên",
      null, ""],
  ]],
  ["Sở Tư pháp", TP, "NHIỆM VỤ GIAO SỞ TƯ PHÁP", [
    ["Rà soát, kiểm tra văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành còn hiệu lực", [VP], D(2024, 6, 30),
      "2024-06-30", ""],
    ["Theo dõi tình hình thi hành pháp luật trong lĩnh vực xử lý vi phạm hành chính", [CA], "Quý IV/2024",
      "2024-12-31", ""],
    ["Nâng cao chất lượng giải quyết thủ tục chứng thực, hộ tịch trên môi trường điện tử", [HU], D(2024, 8, 15),
      "2024-08-15", "Báo cáo kết quả về UBND tỉnh"],
  ]],
  ["VP UBND tỉnh", VP, null, [
    ["Công khai, cập nhật đầy đủ thủ tục hành chính trên Cổng Dịch vụ công quốc gia và của tỉnh", [SN],
      "Chậm nhất ngày 20/5/2024", "2024-05-20", ""],
    ["Nâng tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến toàn trình", [TT],
      "Trước 15/11/2024", "2024-11-14", "Tỷ lệ tối thiểu 50%"],
    ["Đánh giá chất lượng giải quyết thủ tục hành chính theo Bộ chỉ số phục vụ người dân, doanh nghiệp", [SN, HU],
      "Tháng 12/2024", "2024-12-31", ""],
  ]],
  ["Sở TT&TT", TT, null, [
    ["Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh đáp ứng yêu cầu kết nối, chia sẻ dữ liệu",
      [VP], D(2024, 7, 31), "2024-07-31", ""],
    ["Triển khai ứng dụng chữ ký số cho cán bộ, công chức cấp xã trong xử lý hồ sơ", [NV, HU], "Quý III/2024",
      "2024-09-30", ""],
    ["Bảo đảm an toàn thông tin cho Trung tâm tích hợp dữ liệu của tỉnh", [CA], "Trước ngày 01/9/2024",
      "2024-08-31", ""],
  ]],
  ["UBND các huyện", HU, "NHIỆM VỤ GIAO UBND CÁC HUYỆN, THÀNH PHỐ", [
    ["Xây dựng, ban hành kế hoạch khắc phục hạn chế Chỉ số cải cách hành chính cấp huyện năm 2024", [],
      D(2024, 5, 10), "2024-05-10", ""],
    ["Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Bộ phận Một cửa cấp huyện, cấp xã", [TT, VP],
      "Quý III/2024", "2024-09-30", ""],
    ["Tiếp nhận, xử lý phản ánh, kiến nghị của người dân, doanh nghiệp về quy định hành chính", [], "Thường xuyên",
      null, ""],
    ["Báo cáo kết quả thực hiện Kế hoạch năm 2024, gửi Sở Nội vụ tổng hợp", [], "Trước ngày 05/12/2024",
      "2024-12-04", ""],
  ]],
];

const C = (v, o = {}) => ({ v, ...o });
const W = [6, 58, 30, 18, 24];
const HEAD = ["STT", "Nhiệm vụ", "Đơn vị phối hợp", "Thời hạn", "Ghi chú"];
const tasks = [];
const sheets = SHEETS.map(([tab, lead, title, items]) => {
  const rows = title ? [{ cells: [C(title, { across: 4, bold: true, align: "center" })] }, { cells: [] }] : [];
  rows.push({ cells: HEAD.map((h) => C(h, { bold: true, align: "center" })) });
  const boxFrom = rows.length;
  items.forEach(([content, co, time, due, note], i) => {
    rows.push({ cells: [C(i + 1, { align: "center" }), C(content), C(co.join("; ")),
      C(time, { align: "center" }), C(note)] });
    if (due) tasks.push(task(String(i + 1), content, due, [g(lead)], co.map(g)));
    if (time instanceof Date && isoOf(time) !== due) throw new Error(`${tab} ${i + 1}: date cell and due differ`);
  });
  return { name: tab, widths: W, rows, boxFrom };
});

const top = (a, b, o = {}) => ({ cells: [C(a, { across: 1, align: "center", bold: true, ...o.a }),
  C(b, { across: 2, align: "center", bold: true, ...o.b })] });
const T = (v, o = {}) => ({ cells: [C(v, { across: 4, align: "center", bold: true, ...o })] });
const sumRows = [
  top("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
  top("TỈNH LAI CHÂU", "Độc lập - Tự do - Hạnh phúc"),
  top(`Số: ${NUM}`, "Lai Châu, ngày 15 tháng 4 năm 2024", { a: { bold: false }, b: { bold: false, italic: true } }),
  { cells: [] },
  T("KẾ HOẠCH"),
  T("Khắc phục hạn chế, nâng cao Chỉ số cải cách hành chính (PAR Index) và Chỉ số hài lòng của người dân, tổ " +
    "chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) năm 2024"),
  { cells: [] },
  T("TỔNG HỢP NHIỆM VỤ THEO ĐƠN VỊ CHỦ TRÌ", { bold: false }),
  T("(chi tiết nhiệm vụ của từng đơn vị tại các sheet kèm theo)", { bold: false, italic: true }),
  { cells: ["STT", C("Đơn vị chủ trì", { across: 1 }), "Số nhiệm vụ", "Ghi chú"].map((c) =>
    ({ ...(typeof c === "string" ? C(c) : c), bold: true, align: "center" })) },
];
const sumBox = sumRows.length;
SHEETS.forEach(([tab, lead, , items], i) => sumRows.push({ cells: [C(i + 1, { align: "center" }),
  C(lead === HU ? HU : lead, { across: 1 }), C(items.length, { align: "center" }), C(`Chi tiết tại sheet “${tab}”`)] }));
sumRows.push({ cells: [C(""), C("Tổng cộng", { across: 1, bold: true }),
  C(SHEETS.reduce((a, s) => a + s[3].length, 0), { bold: true, align: "center" }), C("")] });
const summary = { name: "Tổng hợp", widths: [6, 30, 30, 18, 24], rows: sumRows, boxFrom: sumBox };
const ALL = [summary, ...sheets];

ready(DIR);
const wb = new ExcelJS.Workbook();
wb.creator = "Vu Van Thang";
wb.created = new Date("2024-04-12T02:30:00Z");
wb.modified = new Date("2024-04-15T07:05:00Z");
for (const sh of ALL) toWorksheet(wb, sh, { landscape: false });
await wb.xlsx.writeFile(path.join(DIR, "plan.xlsx"));
fs.writeFileSync(path.join(DIR, "plan.txt"), ALL.map((sh) => `${sh.name}\r\n${clipboard(sh)}`).join("\r\n")
  .normalize("NFC"));
printAndCopy(DIR);

const expected = {
  id: ID,
  style: `Kế hoạch ${NUM} of UBND tỉnh Lai Châu, 15/4/2024 (old departments, districts; 'UBND các huyện, thành ` +
    "phố' = @districts, 'Các sở, ban, ngành' = @departments), PAR Index and SIPAS 2024, as a WORKBOOK WITH ONE " +
    "SHEET PER LEAD UNIT. Sheet 'Tổng hợp' holds the header block (number, date), the title and a count of tasks " +
    "per lead unit; then sheets whose TAB names the lead ('Sở Nội vụ', 'Sở Tư pháp', 'VP UBND tỉnh' = Văn phòng " +
    "UBND tỉnh, 'Sở TT&TT' = Sở Thông tin và Truyền thông, 'UBND các huyện' = @districts), each a table STT | " +
    "Nhiệm vụ | Đơn vị phối hợp | Thời hạn | Ghi chú with NO lead column. 'Sở Nội vụ', 'Sở Tư pháp' and 'UBND các " +
    "huyện' open with a title line ('NHIỆM VỤ GIAO …'), the other two go straight to the table. STT restarts at 1 " +
    "on each sheet; ref = the STT as the cell shows it, so refs repeat across sheets (a task is told by title and " +
    "lead). Thời hạn: text or real dates (dd/mm/yyyy). Dates: Nội vụ 1 'Trước 30/4/2024' -> 29/4 (bridge day), " +
    "30/4, 1/5 -> 2/5; 2 'Tháng 5/2024' 31/5 Fri; 3 'Quý III/2024' 30/9 Mon; 4 'Từ tháng 6 đến tháng 10/2024' " +
    "31/10 Thu; 5 'Thường xuyên' none. Tư pháp 1 30/06/2024 Sun -> 1/7; 2 'Quý IV/2024' 31/12 Tue; 3 15/08/2024 " +
    "Thu (UBND tỉnh in Ghi chú a recipient). VP 1 'Chậm nhất ngày 20/5/2024' Mon; 2 'Trước 15/11/2024' -> 14/11 " +
    "Thu; 3 'Tháng 12/2024' 31/12. TT&TT 1 31/07/2024 Wed; 2 'Quý III/2024' 30/9; 3 'Trước ngày 01/9/2024' -> " +
    "31/8 Sat, 2-3/9 holidays -> 4/9. Huyện 1 10/05/2024 Fri; 2 'Quý III/2024' 30/9; 3 'Thường xuyên' none; 4 " +
    "'Trước ngày 05/12/2024' -> 4/12 Wed (Sở Nội vụ receives the report, no coordinator). plan.xlsx (exceljs), " +
    "plan.xls and plan.ods LibreOffice's copies, plan.pdf LibreOffice's print of plan.xlsx (all six sheets), " +
    "plan.txt each sheet's Excel copy pasted one after another under a line with its tab's name.",
  province: "Lai Châu",
  plan: { number: NUM, date: "2024-04-15" },
  tasks,
  unresolved: [],
  successors: [],
};
writeJson(path.join(DIR, "expected.json"), expected);
