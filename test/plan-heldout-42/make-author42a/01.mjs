// 01: Thái Nguyên 2026 (after the reorganisation: merged departments, communes, no districts), UBND tỉnh, Kế hoạch
// 38/KH-UBND, 16/01/2026, triển khai dự án chuyển đổi số quy trình giải quyết thủ tục hành chính, as an MS PROJECT
// PLAN COPIED INTO EXCEL under the plan's header block: the clerk copied Project's Gantt table (ID, Outline Level,
// Tên công việc, Thời lượng, Bắt đầu, Kết thúc, Công việc trước, Tên tài nguyên) and pasted it below the Decree 30
// header. Project's cells arrive as text: durations "15 ngày" / "0 ngày" (milestones), dates in Project's
// Vietnamese form "T2 02/03/26" (weekday T2..T7/CN, dd/mm/yy), predecessors "3;4", resource names joined by ";"
// (the first one is the lead, as the note under the table says). Summary rows (the project row ID 0 and the phases,
// Outline Level 0/1, bold) are no tasks; a task's deadline is its Finish. Project's calendar is its standard one
// (Mon-Fri, no Vietnamese holidays), so a Finish may fall on 30/4. plan.xlsx by exceljs, .xls/.ods LibreOffice's
// copies, plan.pdf its print, plan.txt Excel's copy.
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { D, clipboard, dateLine, isoOf, printAndCopy, ready, toWorksheet, writeExpected } from "../../plan-corpus/author-kit/sheet.mjs";

const ID = "01-thai-nguyen-2026-ms-project-gantt-copied-outline-levels-summary-phases-milestones-resource-names";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NUM = "38/KH-UBND";

// Resource sheet names -> the answer's units (names Project's resource sheet holds, some short)
const UNIT = {
  "Sở KH&CN": "Sở Khoa học và Công nghệ",
  "Sở Nội vụ": "Sở Nội vụ",
  "Sở Tư pháp": "Sở Tư pháp",
  "Sở Tài chính": "Sở Tài chính",
  "VP UBND tỉnh": "Văn phòng UBND tỉnh",
  "Công an tỉnh": "Công an tỉnh",
  "Bưu điện tỉnh": "Bưu điện tỉnh",
  "UBND các xã, phường": "UBND các xã, phường",
  "Viettel Thái Nguyên": "Viettel Thái Nguyên",
  "Trung tâm PVHCC tỉnh": "Trung tâm PVHCC tỉnh",
};
const UNRESOLVED = ["UBND các xã, phường", "Viettel Thái Nguyên", "Trung tâm PVHCC tỉnh"];

// [ID, level, name, duration (working days, null = summary), start (leaf) | null, predecessors, resources,
//  finish worked out by hand (ISO)]
const ROWS = [
  [0, 0, "Dự án chuyển đổi số quy trình giải quyết TTHC tỉnh Thái Nguyên năm 2026", null, null, "", "", "2026-06-25"],
  [1, 1, "Giai đoạn 1: Chuẩn bị, khảo sát hiện trạng", null, null, "", "", "2026-03-27"],
  [2, 2, "Thành lập Tổ triển khai dự án, phân công cán bộ đầu mối tại các cơ quan", 5, D(2026, 3, 2), "",
    "Sở KH&CN;Sở Nội vụ", "2026-03-06"],
  [3, 2, "Khảo sát hiện trạng hạ tầng, trang thiết bị tại Bộ phận Một cửa các xã, phường", 10, null, "2",
    "Sở KH&CN;UBND các xã, phường", "2026-03-20"],
  [4, 2, "Rà soát, chuẩn hóa danh mục thủ tục hành chính và quy trình nội bộ trên Hệ thống", 15, null, "2",
    "VP UBND tỉnh;Sở Tư pháp", "2026-03-27"],
  [5, 2, "Phê duyệt Báo cáo khảo sát và danh mục TTHC đã chuẩn hóa", 0, null, "3;4", "VP UBND tỉnh",
    "2026-03-27"],
  [6, 1, "Giai đoạn 2: Nâng cấp, tích hợp hệ thống", null, null, "", "", "2026-04-30"],
  [7, 2, "Nâng cấp phân hệ một cửa điện tử, cấu hình quy trình điện tử cho TTHC trực tuyến toàn trình", 20, null,
    "5", "Sở KH&CN;Viettel Thái Nguyên", "2026-04-24"],
  [8, 2, "Kết nối, đồng bộ với Cơ sở dữ liệu quốc gia về dân cư để xác thực thông tin công dân", 15, null, "5",
    "Công an tỉnh;Sở KH&CN", "2026-04-17"],
  [9, 2, "Kiểm thử, vận hành thử hệ thống tại 05 xã, phường điểm", 4, null, "7",
    "Sở KH&CN;UBND các xã, phường", "2026-04-30"],
  [10, 2, "Tích hợp thanh toán trực tuyến phí, lệ phí thủ tục hành chính trên Cổng Dịch vụ công", 8, null, "8",
    "Sở Tài chính;Sở KH&CN", "2026-04-29"],
  [11, 2, "Hoàn thành nâng cấp, tích hợp hệ thống", 0, null, "9;10", "Sở KH&CN", "2026-04-30"],
  [12, 1, "Giai đoạn 3: Số hóa, đào tạo và vận hành chính thức", null, null, "", "", "2026-06-25"],
  [13, 2, "Số hóa hồ sơ, kết quả giải quyết TTHC còn hiệu lực tại Bộ phận Một cửa", 30, null, "4",
    "UBND các xã, phường;Bưu điện tỉnh", "2026-05-08"],
  [14, 2, "Tập huấn sử dụng hệ thống cho công chức Bộ phận Một cửa các cấp", 5, null, "11",
    "Sở KH&CN;VP UBND tỉnh", "2026-05-07"],
  [15, 2, "Vận hành chính thức, tiếp nhận hồ sơ trực tuyến toàn trình trên Hệ thống", 20, null, "14",
    "Trung tâm PVHCC tỉnh;UBND các xã, phường", "2026-06-04"],
  [16, 2, "Đánh giá mức độ hài lòng của người dân khi sử dụng dịch vụ công trực tuyến", 10, null, "15",
    "Sở Nội vụ;Bưu điện tỉnh", "2026-06-18"],
  [17, 2, "Tổng kết dự án, báo cáo UBND tỉnh kết quả triển khai", 5, null, "16", "Sở KH&CN", "2026-06-25"],
  [18, 2, "Nghiệm thu, kết thúc dự án", 0, null, "17", "Sở KH&CN;Sở Tài chính", "2026-06-25"],
];

// Project's standard calendar: Mon-Fri. A successor starts the working day after its predecessors' finish;
// a milestone (0 days) sits on its predecessors' finish.
const weekday = (d) => d.getUTCDay() !== 0 && d.getUTCDay() !== 6;
const plus = (d, n) => new Date(d.getTime() + n * 86400000);
function nextWork(d) {
  let x = plus(d, 1);
  while (!weekday(x)) x = plus(x, 1);
  return x;
}
const sched = new Map();
for (const [id, , , dur, start0, pred] of ROWS) {
  if (dur === null) continue;
  const preds = pred ? pred.split(";").map((p) => sched.get(+p).finish) : [];
  const latest = preds.sort((a, b) => b - a)[0];
  if (dur === 0) {
    sched.set(id, { start: latest, finish: latest });
    continue;
  }
  const start = start0 ?? nextWork(latest);
  let finish = start;
  for (let k = 1; k < dur; k++) finish = nextWork(finish);
  sched.set(id, { start, finish });
}
// summaries: from the first start to the last finish of the rows below them (deeper level) until the next row of
// their level or higher
ROWS.forEach(([id, level, , dur], i) => {
  if (dur !== null) return;
  const under = [];
  for (const r of ROWS.slice(i + 1)) {
    if (r[1] <= level) break;
    if (r[3] !== null) under.push(sched.get(r[0]));
  }
  const start = under.map((s) => s.start).sort((a, b) => a - b)[0];
  const finish = under.map((s) => s.finish).sort((a, b) => b - a)[0];
  let n = 1;
  for (let x = start; x < finish; x = nextWork(x)) n++;
  sched.set(id, { start, finish, days: n });
});
for (const r of ROWS) {
  if (isoOf(sched.get(r[0]).finish) !== r[7]) throw new Error(`ID ${r[0]}: finish ${isoOf(sched.get(r[0]).finish)}`);
}
const WD = ["CN", "T2", "T3", "T4", "T5", "T6", "T7"];
const pad = (n) => String(n).padStart(2, "0");
const proj = (d) =>
  `${WD[d.getUTCDay()]} ${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${String(d.getUTCFullYear()).slice(2)}`;

const C = (v, o = {}) => ({ v, ...o });
const H = { bold: true, align: "center" };
const HEAD = 9;
const rows = [
  { cells: [C("ỦY BAN NHÂN DÂN", { ...H, across: 2 }), C("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { ...H, across: 4 })] },
  { cells: [C("TỈNH THÁI NGUYÊN", { ...H, across: 2 }), C("Độc lập - Tự do - Hạnh phúc", { ...H, across: 4 })] },
  { cells: [C(`Số: ${NUM}`, { align: "center", across: 2 }),
    C("Thái Nguyên, ngày 16 tháng 01 năm 2026", { italic: true, align: "center", across: 4 })] },
  { cells: [] },
  { cells: [C("KẾ HOẠCH", { ...H, across: 7, size: 13 })] },
  { cells: [C("Triển khai Dự án chuyển đổi số quy trình giải quyết thủ tục hành chính trên Hệ thống thông tin giải " +
    "quyết TTHC tỉnh Thái Nguyên năm 2026", { ...H, across: 7 })], height: 34 },
  { cells: [C("TIẾN ĐỘ CHI TIẾT (trích xuất từ Microsoft Project, tệp DA_CDS_TTHC_2026.mpp)",
    { italic: true, align: "center", across: 7 })] },
  { cells: [] },
  { cells: ["ID", "Outline Level", "Tên công việc", "Thời lượng", "Bắt đầu", "Kết thúc", "Công việc trước",
    "Tên tài nguyên"].map((v) => C(v, { ...H, fill: "FFDDEBF7", valign: "middle" })) },
  ...ROWS.map(([id, level, name, dur, , pred, res]) => {
    const s = sched.get(id);
    const bold = dur === null;
    return { bold, cells: [C(id, { align: "right" }), C(level, { align: "right" }), C(name, { indent: level }),
      C(`${dur ?? s.days} ngày`, { align: "right" }), C(proj(s.start), { align: "right" }),
      C(proj(s.finish), { align: "right" }), C(pred), C(res)] };
  }),
  { cells: [], box: false },
  { box: false, cells: [C("Ghi chú: Cột “Tên tài nguyên”: đơn vị ghi đầu tiên là đơn vị chủ trì, các đơn vị tiếp " +
    "theo là đơn vị phối hợp. Thời hạn hoàn thành của mỗi công việc là ngày ghi tại cột “Kết thúc”; dòng in đậm là " +
    "công việc tổng hợp (giai đoạn).", { italic: true, across: 7 })], height: 36 },
];
const sheet = { name: "Tiến độ dự án", widths: [5, 8, 62, 10, 13, 13, 11, 34], rows, boxFrom: HEAD, paper: 9 };

ready(DIR);
const wb = new ExcelJS.Workbook();
wb.creator = "Hoang Minh Duc";
wb.created = new Date("2026-01-14T02:30:00Z");
wb.modified = new Date("2026-01-16T07:40:00Z");
toWorksheet(wb, sheet, { size: 11 });
await wb.xlsx.writeFile(path.join(DIR, "plan.xlsx"));
fs.writeFileSync(path.join(DIR, "plan.txt"), clipboard(sheet));
printAndCopy(DIR);

const tasks = [];
const lines = [];
for (const [id, , name, dur, , , res, finish] of ROWS) {
  if (dur === null) continue;
  const units = res.split(";").map((r) => UNIT[r]);
  const t = task(String(id), name, finish, units.slice(0, 1), units.slice(1));
  tasks.push(t);
  lines.push(dateLine(`${id}${dur === 0 ? " (ms)" : ""}`, proj(sched.get(id).finish), t));
}
const expected = {
  id: ID,
  style: `Kế hoạch ${NUM} of UBND tỉnh Thái Nguyên, 16/01/2026 (after the reorganisation: merged departments, no ` +
    "districts; 'UBND các xã, phường' is unresolved as written, the directory has no communes), digital " +
    "transformation of administrative procedures, as an MS PROJECT GANTT TABLE COPIED INTO EXCEL below the Decree 30 " +
    "header block: ID | Outline Level | Tên công việc | Thời lượng | Bắt đầu | Kết thúc | Công việc trước | Tên tài " +
    "nguyên, all text as Project gives it: durations 'n ngày', dates in Project's Vietnamese form 'T2 02/03/26' " +
    "(weekday, dd/mm/yy), predecessors '3;4', resources joined by ';'. Reading: deadline = Kết thúc (Finish); the " +
    "first resource is the lead, the others coordinators (the note under the table says so); summary rows (ID 0 " +
    "the project, 1, 6, 12 the phases: bold, no resource) are no tasks; milestones ('0 ngày', ms) with a resource " +
    "are tasks. ref = Project's ID. 'Sở KH&CN' = Sở Khoa học và Công nghệ, 'VP UBND tỉnh' = Văn phòng UBND tỉnh; " +
    "'Viettel Thái Nguyên', 'Trung tâm PVHCC tỉnh' unresolved as written. Project's standard calendar has no " +
    "Vietnamese holidays: a Finish on 30/4 moves by the holiday rule. Dates (ID 'Finish'): " +
    lines.join("; ") + ". 'báo cáo UBND tỉnh': a recipient. plan.xlsx (exceljs), .xls/.ods LibreOffice's copies, " +
    "plan.pdf its print, plan.txt Excel's copy.",
  province: "Thái Nguyên",
  plan: { number: NUM, date: "2026-01-16" },
  tasks,
  unresolved: UNRESOLVED,
  successors: [],
};
writeExpected(DIR, expected);
