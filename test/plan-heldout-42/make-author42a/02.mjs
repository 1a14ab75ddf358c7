// 02: Lai Châu 2025 (before the reorganisation: old departments, districts), Kế hoạch 845/KH-UBND, 12/03/2025, cải
// thiện Chỉ số CCHC (PAR Index) năm 2025, as a TASK EXPORT FROM THE PROVINCE'S DOCUMENT-MANAGEMENT SYSTEM (e-Office,
// module "Giao việc", button "Xuất Excel"): no Decree 30 header block, no title, one header row "STT | Số ký hiệu
// văn bản | Ngày văn bản | Trích yếu nhiệm vụ | Đơn vị xử lý chính | Đơn vị phối hợp | Hạn xử lý | Trạng thái |
// Người giao" and one row per task; the plan's number and date only in the "Số ký hiệu" / "Ngày văn bản" columns
// (the same on every row, text); "Hạn xử lý" date-time values (numFmt dd/mm/yyyy hh:mm, 17:00 or 23:59, one empty
// for a task with no deadline); coordinators joined by ", " (official names with their own commas among them);
// statuses as on the export day 06/05/2025. Sheet named as the system names it. plan.xlsx by exceljs, .xls/.ods
// LibreOffice's copies, plan.pdf its print, plan.txt Excel's copy.
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { clipboard, dateLine, printAndCopy, ready, showDate, toWorksheet, writeJson } from "../../plan-corpus/author-kit/sheet.mjs";

const ID = "02-lai-chau-2025-e-office-giao-viec-export-no-header-block-plan-number-in-every-row-deadline-date-times";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NUM = "845/KH-UBND";
const DATE = "12/03/2025";
const T = (y, m, d, h = 17, min = 0) => new Date(Date.UTC(y, m - 1, d, h, min));

// names as the system writes them -> the answer's units
const U = {
  "Sở Nội vụ": "Sở Nội vụ",
  "Sở Tư pháp": "Sở Tư pháp",
  "Sở Tài chính": "Sở Tài chính",
  "Sở Kế hoạch và Đầu tư": "Sở Kế hoạch và Đầu tư",
  "Sở TT&TT": "Sở Thông tin và Truyền thông",
  "Sở Văn hóa, Thể thao và Du lịch": "Sở Văn hóa, Thể thao và Du lịch",
  "Sở Y tế": "Sở Y tế",
  "Văn phòng UBND tỉnh": "Văn phòng UBND tỉnh",
  "Thanh tra tỉnh": "Thanh tra tỉnh",
  "Công an tỉnh": "Công an tỉnh",
  "Kho bạc Nhà nước tỉnh": "Kho bạc Nhà nước tỉnh",
  "Bưu điện tỉnh": "Bưu điện tỉnh",
  "Báo Lai Châu": "Báo Lai Châu",
  "Đài PTTH tỉnh": "Đài Phát thanh - Truyền hình tỉnh",
  "Hiệp hội Doanh nghiệp tỉnh": "Hiệp hội Doanh nghiệp tỉnh",
  "Các sở, ban, ngành": "@departments",
  "UBND các huyện, thành phố": "@districts",
};
const PCT = "Trần Quốc Hưng (PCT UBND tỉnh)";
const CVP = "Lò Văn Tiến (PCVP UBND tỉnh)";

// [title, lead, coordinators (as joined in the cell, split by hand), Hạn xử lý | null, status, assigner, due | null]
const ROWS = [
  ["Xây dựng, ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2025", "Sở Nội vụ",
    ["Sở TT&TT", "Đài PTTH tỉnh"], T(2025, 3, 31), "Hoàn thành", CVP, "2025-03-31"],
  ["Rà soát, kiểm tra văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành năm 2024", "Sở Tư pháp",
    ["Các sở, ban, ngành"], T(2025, 4, 10), "Hoàn thành", PCT, "2025-04-10"],
  ["Rà soát, đơn giản hóa thủ tục hành chính nội bộ trong hệ thống hành chính nhà nước của tỉnh",
    "Văn phòng UBND tỉnh", ["Các sở, ban, ngành", "UBND các huyện, thành phố"], T(2025, 4, 15), "Quá hạn", PCT,
    "2025-04-15"],
  ["Tổ chức Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với doanh nghiệp, nhà đầu tư năm 2025",
    "Sở Kế hoạch và Đầu tư", ["Hiệp hội Doanh nghiệp tỉnh", "Văn phòng UBND tỉnh"], T(2025, 4, 25), "Quá hạn", PCT,
    "2025-04-25"],
  ["Cập nhật, công khai đầy đủ thủ tục hành chính trên Cơ sở dữ liệu quốc gia về thủ tục hành chính",
    "Văn phòng UBND tỉnh", ["Sở Tư pháp"], T(2025, 4, 30), "Quá hạn", CVP, "2025-04-30"],
  ["Tuyên truyền về cải cách hành chính, chuyển đổi số trên các phương tiện thông tin đại chúng",
    "Sở Văn hóa, Thể thao và Du lịch", ["Báo Lai Châu", "Đài PTTH tỉnh"], T(2025, 5, 15), "Đang xử lý", CVP,
    "2025-05-15"],
  ["Triển khai thu phí, lệ phí không dùng tiền mặt tại Bộ phận Một cửa các cấp", "Sở Tài chính",
    ["Kho bạc Nhà nước tỉnh", "Bưu điện tỉnh"], T(2025, 5, 16), "Đang xử lý", PCT, "2025-05-16"],
  ["Kiểm tra việc thực hiện chế độ công vụ tại Bộ phận Một cửa cấp huyện, cấp xã", "Sở Nội vụ",
    ["Văn phòng UBND tỉnh", "Thanh tra tỉnh"], T(2025, 5, 31, 23, 59), "Đang xử lý", PCT, "2025-05-31"],
  ["Tổng hợp báo cáo kết quả thực hiện nhiệm vụ cải cách hành chính 6 tháng đầu năm 2025 gửi Sở Nội vụ",
    "Các sở, ban, ngành", [], T(2025, 6, 10), "Đang xử lý", CVP, "2025-06-10"],
  ["Nâng cấp Cổng Dịch vụ công và Hệ thống thông tin giải quyết thủ tục hành chính tỉnh", "Sở TT&TT",
    ["Văn phòng UBND tỉnh"], T(2025, 6, 13), "Đang xử lý", PCT, "2025-06-13"],
  ["Theo dõi, đôn đốc xử lý phản ánh, kiến nghị của người dân, doanh nghiệp về quy định hành chính",
    "Văn phòng UBND tỉnh", ["Các sở, ban, ngành"], null, "Đang xử lý", CVP, null],
  ["Tự kiểm tra công tác cải cách hành chính tại cơ quan, đơn vị và UBND cấp xã trực thuộc",
    "UBND các huyện, thành phố", ["Sở Nội vụ"], T(2025, 6, 20), "Đang xử lý", PCT, "2025-06-20"],
  ["Đánh giá kết quả thực hiện Đề án 06 về phát triển ứng dụng dữ liệu dân cư, định danh điện tử",
    "Công an tỉnh", ["Sở TT&TT", "Văn phòng UBND tỉnh"], T(2025, 6, 20), "Đang xử lý", PCT, "2025-06-20"],
  ["Khảo sát sự hài lòng của người bệnh đối với dịch vụ khám bệnh, chữa bệnh tại cơ sở y tế công lập",
    "Sở Y tế", ["Sở Văn hóa, Thể thao và Du lịch", "UBND các huyện, thành phố"], T(2025, 6, 25), "Đang xử lý",
    CVP, "2025-06-25"],
  ["Cập nhật hồ sơ, dữ liệu cán bộ, công chức, viên chức trên Cơ sở dữ liệu quốc gia về cán bộ, công chức",
    "Sở Nội vụ", ["Các sở, ban, ngành", "UBND các huyện, thành phố"], T(2025, 6, 28, 23, 59), "Đang xử lý", CVP,
    "2025-06-28"],
  ["Đánh giá, xếp hạng mức độ chuyển đổi số của các sở, ban, ngành, UBND các huyện, thành phố", "Sở TT&TT",
    ["Văn phòng UBND tỉnh"], T(2025, 6, 30), "Đang xử lý", PCT, "2025-06-30"],
];

const C = (v, o = {}) => ({ v, ...o });
const HEAD = ["STT", "Số ký hiệu văn bản", "Ngày văn bản", "Trích yếu nhiệm vụ", "Đơn vị xử lý chính",
  "Đơn vị phối hợp", "Hạn xử lý", "Trạng thái", "Người giao"];
const rows = [
  { cells: HEAD.map((v) => C(v, { bold: true, align: "center", valign: "middle", fill: "FFBDD7EE" })) },
  ...ROWS.map(([title, lead, co, when, status, who], i) => ({ cells: [C(i + 1, { align: "center" }), C(NUM),
    C(DATE, { align: "center" }), C(title), C(lead), C(co.join(", ")),
    C(when ?? "", { fmt: "dd/mm/yyyy hh:mm", align: "center" }),
    C(status, { color: status === "Quá hạn" ? "FFFF0000" : undefined }), C(who)] })),
];
const sheet = { name: "DanhSachNhiemVu", widths: [5, 14, 12, 52, 22, 30, 17, 12, 24], rows, boxFrom: 1, paper: 9 };

ready(DIR);
const wb = new ExcelJS.Workbook();
wb.creator = "eOffice";
wb.created = new Date("2025-05-06T03:12:00Z");
wb.modified = new Date("2025-05-06T03:12:00Z");
toWorksheet(wb, sheet, { font: "Arial", size: 10 });
await wb.xlsx.writeFile(path.join(DIR, "plan.xlsx"));
fs.writeFileSync(path.join(DIR, "plan.txt"), clipboard(sheet));
printAndCopy(DIR);

const tasks = [];
const lines = [];
ROWS.forEach(([title, lead, co, when, , , due], i) => {
  if (!due) return void lines.push(`${i + 1} '' no task`);
  const t = task(String(i + 1), title, due, [U[lead]], co.map((c) => U[c]));
  tasks.push(t);
  lines.push(dateLine(String(i + 1), showDate(when, "dd/mm/yyyy hh:mm"), t));
});
const expected = {
  id: ID,
  style: `Kế hoạch ${NUM} of UBND tỉnh Lai Châu, ${DATE} (old departments, districts), PAR Index 2025, as a TASK ` +
    "EXPORT FROM THE PROVINCE'S DOCUMENT-MANAGEMENT SYSTEM (e-Office 'Giao việc', sheet 'DanhSachNhiemVu'): NO " +
    "DECREE 30 HEADER BLOCK, no title, one header row STT | Số ký hiệu văn bản | Ngày văn bản | Trích yếu nhiệm vụ " +
    "| Đơn vị xử lý chính | Đơn vị phối hợp | Hạn xử lý | Trạng thái | Người giao. The plan's number and date are " +
    `only in every row's Số ký hiệu ('${NUM}') and Ngày văn bản ('${DATE}', text) cells. Đơn vị xử lý chính = ` +
    "lead, Đơn vị phối hợp = coordinators joined by ', ' ('Sở Văn hóa, Thể thao và Du lịch' is one unit); Người " +
    "giao is the assigning leader, no unit; Trạng thái (Hoàn thành / Quá hạn / Đang xử lý on the export day) does " +
    "not change a deadline. Hạn xử lý is a date-time value (dd/mm/yyyy hh:mm): due = its date, the hour dropped. " +
    "'Sở TT&TT' = Sở Thông tin và Truyền thông, 'Đài PTTH tỉnh' = Đài Phát thanh - Truyền hình tỉnh, 'Các sở, " +
    "ban, ngành' = @departments, 'UBND các huyện, thành phố' = @districts. ref = STT. Dates (STT 'Hạn xử lý'): " +
    lines.join("; ") + ". 'gửi Sở Nội vụ': a recipient. plan.xlsx (exceljs), .xls/.ods LibreOffice's copies, " +
    "plan.pdf its print, plan.txt Excel's copy.",
  province: "Lai Châu",
  plan: { number: NUM, date: "2025-03-12" },
  tasks,
  unresolved: [],
  successors: [],
};
writeJson(path.join(DIR, "expected.json"), expected);
