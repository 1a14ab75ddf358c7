// 04: Thái Nguyên 2025 (after the reorganisation: merged departments, communes, no districts), UBND tỉnh, Kế hoạch
// 214/KH-UBND, 22/9/2025, khắc phục hạn chế, nâng cao Chỉ số CCHC, SIPAS và chuyển đổi số những tháng cuối năm
// 2025, as ONE ROW PER UNIT WITH REPEATING COLUMN GROUPS: "STT | Đơn vị | Nhiệm vụ 1 | Thời hạn 1 | Nhiệm vụ 2 |
// Thời hạn 2 | Nhiệm vụ 3 | Thời hạn 3 | Ghi chú"; the unit in column B leads every task of its row; cells left empty
// where a unit has fewer than three tasks; coordinators only in Ghi chú, either "Phối hợp: …" for a row of one task
// (or "(cả 2 nhiệm vụ)"), or "Nhiệm vụ n phối hợp: …" naming the task. plan.xlsx by exceljs, .xls/.ods
// LibreOffice's copies, plan.pdf its print, plan.txt Excel's copy.
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { clipboard, dateLine, printAndCopy, ready, toWorksheet, writeExpected } from "../../plan-corpus/author-kit/sheet.mjs";

const ID = "04-thai-nguyen-2025-one-row-per-unit-repeating-column-groups-nhiem-vu-thoi-han-1-2-3-phoi-hop-in-ghi-chu";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NUM = "214/KH-UBND";
const XP = "UBND các xã, phường", TTPV = "Trung tâm Phục vụ hành chính công tỉnh";

// [unit as written, answer's unit, [[task, deadline as written, due | null, coordinators (answer)]], Ghi chú]
const UNITS = [
  ["Sở Nội vụ", "Sở Nội vụ", [
    ["Kiểm tra công tác cải cách hành chính tại các xã, phường sau sắp xếp", "Tháng 10/2025", "2025-10-31", []],
    ["Hướng dẫn các cơ quan, đơn vị tự đánh giá, chấm điểm Chỉ số CCHC năm 2025", "Trước 15/11/2025",
      "2025-11-14", []],
    ["Tổ chức điều tra xã hội học xác định Chỉ số SIPAS năm 2025", "Quý IV/2025", "2025-12-31", ["Bưu điện tỉnh"]],
  ], "Nhiệm vụ 3 phối hợp: Bưu điện tỉnh"],
  ["Sở Khoa học và Công nghệ", "Sở Khoa học và Công nghệ", [
    ["Vận hành ổn định Hệ thống thông tin giải quyết TTHC tỉnh sau hợp nhất", "Chậm nhất 31/10/2025", "2025-10-31",
      ["Văn phòng UBND tỉnh"]],
    ["Đánh giá Chỉ số chuyển đổi số của các sở, ngành, xã, phường năm 2025", "Tháng 12/2025", "2025-12-31",
      ["Sở Nội vụ"]],
    ["Triển khai nền tảng trợ lý ảo hỗ trợ người dân thực hiện thủ tục hành chính", "Quý I/2026", "2026-03-31", []],
  ], "Nhiệm vụ 1 phối hợp: Văn phòng UBND tỉnh; Nhiệm vụ 2 phối hợp: Sở Nội vụ"],
  ["Văn phòng UBND tỉnh", "Văn phòng UBND tỉnh", [
    ["Rà soát, công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của cấp xã", "Trước 20/10/2025",
      "2025-10-19", [TTPV]],
    ["Đánh giá chất lượng giải quyết TTHC theo Bộ chỉ số phục vụ người dân, doanh nghiệp", "Cuối tháng 11/2025",
      "2025-11-30", [TTPV]],
  ], `Phối hợp: ${TTPV} (cả 2 nhiệm vụ)`],
  ["Sở Tư pháp", "Sở Tư pháp", [
    ["Rà soát văn bản quy phạm pháp luật của tỉnh Bắc Kạn (cũ) và tỉnh Thái Nguyên (cũ) để xử lý", "Quý IV/2025",
      "2025-12-31", ["@departments"]],
  ], "Phối hợp: các sở, ban, ngành"],
  ["Sở Tài chính", "Sở Tài chính", [
    ["Công khai dự toán ngân sách địa phương năm 2026 theo quy định", "Trước 31/12/2025", "2025-12-30", []],
    ["Hướng dẫn quyết toán kinh phí thực hiện nhiệm vụ cải cách hành chính năm 2025", "15/01/2026", "2026-01-15",
      []],
  ], ""],
  ["Sở Nông nghiệp và Môi trường", "Sở Nông nghiệp và Môi trường", [
    ["Cập nhật cơ sở dữ liệu đất đai, kết nối với Hệ thống thông tin giải quyết TTHC", "Tháng 11/2025",
      "2025-11-30", ["Sở Khoa học và Công nghệ", XP]],
  ], `Phối hợp: Sở Khoa học và Công nghệ, ${XP}`],
  ["Công an tỉnh", "Công an tỉnh", [
    ["Làm sạch dữ liệu dân cư, đẩy mạnh thực hiện Đề án 06 phục vụ giải quyết TTHC", "Đầu tháng 12/2025",
      "2025-12-10", []],
  ], ""],
  ["Báo và Phát thanh, Truyền hình Thái Nguyên", "Báo và Phát thanh, Truyền hình Thái Nguyên", [
    ["Mở chuyên mục tuyên truyền cải cách hành chính, chính quyền địa phương hai cấp",
      "Từ tháng 10 đến tháng 12/2025", "2025-12-31", ["Sở Văn hóa, Thể thao và Du lịch"]],
  ], "Phối hợp: Sở Văn hóa, Thể thao và Du lịch"],
  [XP, XP, [
    ["Niêm yết, công khai thủ tục hành chính tại Bộ phận Một cửa xã, phường", "Trước 01/11/2025", "2025-10-31",
      ["Bưu điện tỉnh"]],
    ["Tự đánh giá, chấm điểm Chỉ số CCHC năm 2025, gửi Sở Nội vụ", "Trước 10/12/2025", "2025-12-09", []],
    ["Cập nhật thông tin cán bộ, công chức cấp xã trên phần mềm quản lý", "Thường xuyên", null, []],
  ], "Nhiệm vụ 1 phối hợp: Bưu điện tỉnh"],
  ["Sở Y tế", "Sở Y tế", [
    ["Khảo sát sự hài lòng của người bệnh tại các cơ sở khám bệnh, chữa bệnh công lập", "Quý IV/2025",
      "2025-12-31", ["Bảo hiểm xã hội tỉnh"]],
  ], "Phối hợp: Bảo hiểm xã hội tỉnh"],
];

const C = (v, o = {}) => ({ v, ...o });
const H = { bold: true, align: "center" };
const HEAD = 8;
const rows = [
  { cells: [C("ỦY BAN NHÂN DÂN", { ...H, across: 2 }), C("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { ...H, across: 5 })] },
  { cells: [C("TỈNH THÁI NGUYÊN", { ...H, across: 2 }), C("Độc lập - Tự do - Hạnh phúc", { ...H, across: 5 })] },
  { cells: [C(`Số: ${NUM}`, { align: "center", across: 2 }),
    C("Thái Nguyên, ngày 22 tháng 9 năm 2025", { italic: true, align: "center", across: 5 })] },
  { cells: [] },
  { cells: [C("KẾ HOẠCH", { ...H, across: 8, size: 13 })] },
  { cells: [C("Khắc phục hạn chế, nâng cao Chỉ số cải cách hành chính, Chỉ số hài lòng (SIPAS) và chuyển đổi số " +
    "những tháng cuối năm 2025", { ...H, across: 8 })] },
  { cells: [C("PHÂN CÔNG NHIỆM VỤ CHO CÁC CƠ QUAN, ĐƠN VỊ", { ...H, across: 8 })] },
  { cells: ["STT", "Đơn vị", "Nhiệm vụ 1", "Thời hạn 1", "Nhiệm vụ 2", "Thời hạn 2", "Nhiệm vụ 3", "Thời hạn 3",
    "Ghi chú"].map((v) => C(v, { ...H, valign: "middle", fill: "FFE2EFDA" })) },
  ...UNITS.map(([unit, , list, note], i) => {
    const cells = [C(i + 1, { align: "center" }), C(unit, { bold: true })];
    for (let k = 0; k < 3; k++) cells.push(C(list[k]?.[0] ?? ""), C(list[k]?.[1] ?? "", { align: "center" }));
    cells.push(C(note, { italic: true }));
    return { cells };
  }),
];
const sheet = { name: "Phân công", widths: [5, 18, 32, 13, 32, 13, 30, 13, 22], rows, boxFrom: HEAD, paper: 8 };

ready(DIR);
const wb = new ExcelJS.Workbook();
wb.creator = "Duong Thi Ngoc";
wb.created = new Date("2025-09-18T01:30:00Z");
wb.modified = new Date("2025-09-22T08:05:00Z");
toWorksheet(wb, sheet, { size: 11 });
await wb.xlsx.writeFile(path.join(DIR, "plan.xlsx"));
fs.writeFileSync(path.join(DIR, "plan.txt"), clipboard(sheet));
printAndCopy(DIR);

const tasks = [];
const lines = [];
UNITS.forEach(([, lead, list], i) => {
  list.forEach(([title, when, due, co], k) => {
    const label = `${i + 1}/${k + 1}`;
    if (!due) return void lines.push(`${label} '${when}' no task`);
    const t = task(null, title, due, [lead], co);
    tasks.push(t);
    lines.push(dateLine(label, when, t));
  });
});
const expected = {
  id: ID,
  style: `Kế hoạch ${NUM} of UBND tỉnh Thái Nguyên, 22/9/2025 (after the reorganisation: merged departments, no ` +
    "districts; 'UBND các xã, phường' unresolved as written, the directory has no communes), CCHC, SIPAS and " +
    "digital transformation, last months of 2025, as ONE ROW PER UNIT WITH REPEATING COLUMN GROUPS: STT | Đơn vị | " +
    "Nhiệm vụ 1 | Thời hạn 1 | Nhiệm vụ 2 | Thời hạn 2 | Nhiệm vụ 3 | Thời hạn 3 | Ghi chú. Each Nhiệm vụ n with its " +
    "Thời hạn n is one task LED by the row's Đơn vị; empty pairs are nothing. Coordinators come only from Ghi chú: " +
    "'Phối hợp: X' on a row of one task (or '(cả 2 nhiệm vụ)': both tasks), 'Nhiệm vụ n phối hợp: X' for task n " +
    "only; no note = no coordinators. 'các sở, ban, ngành' = @departments; 'Trung tâm Phục vụ hành chính công " +
    "tỉnh' unresolved. STT numbers units, not tasks: refs null. Dates (STT/n): " + lines.join("; ") +
    ". 'Từ tháng 10 đến tháng 12/2025' = end of December; 'gửi Sở Nội vụ': a recipient. plan.xlsx (exceljs), " +
    ".xls/.ods LibreOffice's copies, plan.pdf its print, plan.txt Excel's copy.",
  province: "Thái Nguyên",
  plan: { number: NUM, date: "2025-09-22" },
  tasks,
  unresolved: [XP, TTPV],
  successors: [],
};
writeExpected(DIR, expected);
