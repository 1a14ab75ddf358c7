// 03: Thái Nguyên 2026 (after the reorganisation), UBND tỉnh, Kế hoạch 45/KH-UBND, 03/02/2026 (khoa học, công
// nghệ, đổi mới sáng tạo và chuyển đổi số năm 2026), as the task system's DATABASE EXPORT: one row per (task, unit),
// columns Mã NV | Tên nhiệm vụ | Đơn vị | Vai trò ("Chủ trì" / "Phối hợp") | Hạn hoàn thành | Trạng thái; each task
// on 2-4 rows, the rows SORTED BY UNIT (a task's rows are scattered over the sheet); ref = Mã NV. Hạn are real
// dates (dd/mm/yyyy). NV26-014 has two "Chủ trì" rows (two leads). A few lines above the table say which plan the
// tasks come from and when the list was exported. plan.xlsx (exceljs), plan.xls / plan.ods by office-copies,
// plan.pdf LibreOffice's print of the .xlsx, plan.txt Excel's copy of the sheet.
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { D, clipboard, isoOf, printAndCopy, ready, toWorksheet, writeJson } from "./sheet.mjs";

const ID = "03-thai-nguyen-2026-task-system-database-export-one-row-per-task-and-unit-sorted-by-unit-two-leads";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const KC = "Sở Khoa học và Công nghệ", TC = "Sở Tài chính", NV = "Sở Nội vụ", VP = "Văn phòng UBND tỉnh";
const GD = "Sở Giáo dục và Đào tạo", YT = "Sở Y tế", CA = "Công an tỉnh", CT = "Sở Công Thương";
const MT = "Sở Nông nghiệp và Môi trường", VH = "Sở Văn hóa, Thể thao và Du lịch";
const KCN = "Ban Quản lý các khu công nghiệp tỉnh", BH = "Bảo hiểm xã hội tỉnh";
const NUM = "45/KH-UBND";

// [Mã NV, title, due date, leads, coordinators, status]
const TASKS = [
  ["NV26-011", "Xây dựng cơ sở dữ liệu khoa học và công nghệ của tỉnh, kết nối với cơ sở dữ liệu quốc gia",
    D(2026, 6, 30), [KC], [TC, VP], "Đang thực hiện"],
  ["NV26-012", "Hoàn thiện chính sách hỗ trợ doanh nghiệp đổi mới công nghệ giai đoạn 2026-2030", D(2026, 4, 15),
    [KC], [TC, CT], "Đang thực hiện"],
  ["NV26-014", "Rà soát, sắp xếp các tổ chức khoa học và công nghệ công lập thuộc UBND tỉnh", D(2026, 5, 31),
    [NV, KC], [TC], "Chưa thực hiện"],
  ["NV26-015", "Triển khai nền tảng học tập trực tuyến mở cho học sinh phổ thông trên địa bàn tỉnh",
    D(2026, 8, 31), [GD], [KC], "Chưa thực hiện"],
  ["NV26-017", "Phát triển hạ tầng mạng di động 5G tại các khu công nghiệp, khu du lịch trọng điểm",
    D(2026, 9, 30), [KC], [KCN, VH], "Chưa thực hiện"],
  ["NV26-018", "Cung cấp dịch vụ công trực tuyến toàn trình trong lĩnh vực đất đai", D(2026, 4, 30), [MT],
    [VP, CA], "Đang thực hiện"],
  ["NV26-020", "Triển khai bệnh án điện tử tại các bệnh viện tuyến tỉnh", D(2026, 10, 31), [YT], [BH],
    "Chưa thực hiện"],
  ["NV26-021", "Bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã sau sắp xếp", D(2026, 12, 19), [NV], [KC],
    "Chưa thực hiện"],
  ["NV26-023", "Đánh giá, xếp hạng mức độ chuyển đổi số của các cơ quan nhà nước năm 2026", D(2026, 11, 15), [KC],
    [NV, VP], "Chưa thực hiện"],
  ["NV26-024", "Kết nối hệ thống camera giám sát an ninh, trật tự với Trung tâm giám sát, điều hành thông minh",
    D(2026, 7, 20), [CA], [KC, TC], "Đang thực hiện"],
  ["NV26-026", "Xây dựng kho dữ liệu số về di sản văn hóa, du lịch của tỉnh", D(2026, 9, 10), [VH], [KC],
    "Chưa thực hiện"],
  ["NV26-027", "Ban hành danh mục cơ sở dữ liệu dùng chung của tỉnh năm 2026", D(2026, 3, 27), [KC], [VP, TC],
    "Hoàn thành"],
];

const rowsOf = TASKS.flatMap(([ref, title, due, leads, co, st]) => [
  ...leads.map((u) => [ref, title, u, "Chủ trì", due, st]), ...co.map((u) => [ref, title, u, "Phối hợp", due, st])]);
rowsOf.sort((a, b) => a[2].localeCompare(b[2], "vi") || a[0].localeCompare(b[0]) || (a[3] < b[3] ? -1 : 1));

const C = (v, o = {}) => ({ v, ...o });
const HEAD = ["Mã NV", "Tên nhiệm vụ", "Đơn vị", "Vai trò", "Hạn hoàn thành", "Trạng thái"];
const rows = [
  { cells: [C("HỆ THỐNG THEO DÕI NHIỆM VỤ - UBND TỈNH THÁI NGUYÊN", { across: 5, bold: true })] },
  { cells: [C("DANH SÁCH NHIỆM VỤ THEO ĐƠN VỊ", { across: 5, bold: true, align: "center" })] },
  { cells: [C(`Văn bản giao nhiệm vụ: Kế hoạch số ${NUM} ngày 03/02/2026 của UBND tỉnh Thái Nguyên về phát triển ` +
    "khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số năm 2026", { across: 5 })] },
  { cells: [C("Ngày xuất: 12/03/2026 09:41    Người xuất: vpubnd.hoanglh    Sắp xếp theo: Đơn vị (A-Z)",
    { across: 5, italic: true })] },
  { cells: [] },
  { cells: HEAD.map((h) => C(h, { bold: true, align: "center", fill: "FFD9E1F2" })) },
];
const boxFrom = rows.length;
for (const [ref, title, u, role, due, st] of rowsOf) {
  rows.push({ cells: [C(ref), C(title), C(u), C(role), C(due, { align: "center" }), C(st)] });
}
rows.push({ cells: [] }, { cells: [C(`Tổng số: ${rowsOf.length} bản ghi (${TASKS.length} nhiệm vụ)`,
  { across: 5, italic: true })], box: false });
const sheet = { name: "DanhSach", widths: [11, 56, 34, 11, 15, 17], rows, boxFrom, grid: true };

const tasks = TASKS.map(([ref, title, due, leads, co]) => task(ref, title, isoOf(due), leads, co));

ready(DIR);
const wb = new ExcelJS.Workbook();
wb.creator = "QLNV";
wb.created = new Date("2026-03-12T02:41:00Z");
toWorksheet(wb, sheet, { font: "Arial", size: 10 });
await wb.xlsx.writeFile(path.join(DIR, "plan.xlsx"));
fs.writeFileSync(path.join(DIR, "plan.txt"), clipboard(sheet));
printAndCopy(DIR);

const expected = {
  id: ID,
  style: `Kế hoạch ${NUM} of UBND tỉnh Thái Nguyên, 03/02/2026 (after the reorganisation: merged departments, no ` +
    "districts), khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số 2026, as the task system's DATABASE " +
    "EXPORT: a few lines naming the plan (number and date in a sentence) and the export, then ONE ROW PER (TASK, " +
    "UNIT): Mã NV | Tên nhiệm vụ | Đơn vị | Vai trò ('Chủ trì' / 'Phối hợp') | Hạn hoàn thành | Trạng thái. Each " +
    "task is on 2-4 rows, all with the same title, Hạn and status; the rows are SORTED BY UNIT, so a task's rows lie " +
    "far apart and must be gathered by Mã NV. ref = Mã NV (NV26-011 …, numbers skipped as the system gives them). " +
    "NV26-014 has TWO 'Chủ trì' rows (Sở Nội vụ, Sở Khoa học và Công nghệ): two leads. Hạn are real dates shown " +
    "dd/mm/yyyy, each the due itself. Dates: 011 30/06 Tue; 012 15/04 Wed; 014 31/05 Sun -> 1/6; 015 31/08 Mon; " +
    "017 30/09 Wed; 018 30/04 holiday, 1/5 holiday -> 4/5; 020 31/10 Sat -> 2/11; 021 19/12 Sat -> 21/12; 023 " +
    "15/11 Sun -> 16/11; 024 20/07 Mon; 026 10/09 Thu; 027 27/03 Fri (status 'Hoàn thành', still a task of the " +
    "plan). The export date (12/03/2026) is no deadline. plan.xlsx (exceljs), plan.xls and plan.ods LibreOffice's " +
    "copies, plan.pdf LibreOffice's print of plan.xlsx, plan.txt Excel's copy of the sheet's used range.",
  province: "Thái Nguyên",
  plan: { number: NUM, date: "2026-02-03" },
  tasks,
  unresolved: [],
  successors: [],
};
writeJson(path.join(DIR, "expected.json"), expected);
