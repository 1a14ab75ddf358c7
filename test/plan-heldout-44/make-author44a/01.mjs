// 01: Thái Nguyên 2026 (after the reorganisation: merged departments, communes, no districts), the two annexes of
// Kế hoạch 27/KH-UBND ngày 23/01/2026 (cải cách hành chính năm 2026) as the Sở Nội vụ keeps them in ONE WORKBOOK OF
// TWO SHEETS: "Phụ lục I" the task table (STT | Nội dung nhiệm vụ | Đơn vị thực hiện: Chủ trì, Phối hợp (merged
// header over two rows) | Thời gian hoàn thành | Ghi chú) with GROUP ROWS per area ("1", "2" … bold across the row)
// and tasks "1.1", "1.2"; deadlines REAL EXCEL DATES formatted dd/mm/yyyy, one "Thường xuyên" typed; "Phụ lục II"
// the periodic REPORTING SCHEDULE (STT | Báo cáo | Đơn vị gửi | Nơi nhận | Thời gian chốt số liệu | Thời hạn gửi),
// deadlines real dates. Notes under both tables. plan.xlsx by exceljs, .xls/.ods LibreOffice's copies, plan.pdf its
// print, plan.txt Excel's copy of both sheets, each after its tab name.
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { D, isoOf, writeExpected } from "../../plan-corpus/author-kit/sheet.mjs";
import { C, H, blank, note, saveBook, title, when } from "./book.mjs";

const ID = "01-thai-nguyen-2026-two-annex-sheets-task-groups-and-reporting-schedule-real-dates";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NUM = "27/KH-UBND";
const KEM = `(Kèm theo Kế hoạch số ${NUM} ngày 23/01/2026 của UBND tỉnh Thái Nguyên)`;
const SBN = "Các sở, ban, ngành", XP = "UBND các xã, phường", TTPV = "Trung tâm Phục vụ hành chính công tỉnh";
// as written in a cell -> the answer's units
const U = { [SBN]: "@departments", "Các sở, ban, ngành tỉnh": "@departments", [XP]: XP };
const units = (cell) => (cell ? cell.split("; ").map((n) => U[n] ?? n) : []);

// Phụ lục I: [group title, [[STT, task, lead, coordinators, deadline (Date | text), note]]]
const GROUPS = [
  ["Cải cách thể chế", [
    ["1.1", "Xây dựng, ban hành Kế hoạch kiểm tra, rà soát văn bản quy phạm pháp luật năm 2026", "Sở Tư pháp",
      `${SBN}; ${XP}`, D(2026, 3, 31), ""],
    ["1.2", "Theo dõi tình hình thi hành pháp luật trong lĩnh vực trọng tâm trên địa bàn tỉnh", "Sở Tư pháp",
      SBN, D(2026, 11, 30), ""],
  ]],
  ["Cải cách thủ tục hành chính", [
    ["2.1", "Rà soát, đơn giản hóa thủ tục hành chính nội bộ giữa các cơ quan hành chính nhà nước",
      "Văn phòng UBND tỉnh", SBN, D(2026, 6, 30), "Trình Chủ tịch UBND tỉnh phê duyệt phương án"],
    ["2.2", "Công bố, công khai danh mục thủ tục hành chính tiếp nhận không phụ thuộc địa giới hành chính",
      "Văn phòng UBND tỉnh", `${TTPV}; ${XP}`, D(2026, 3, 15), ""],
    ["2.3", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Bộ phận Một cửa các cấp", TTPV, XP,
      "Thường xuyên", ""],
  ]],
  ["Cải cách tổ chức bộ máy hành chính nhà nước", [
    ["3.1", "Rà soát chức năng, nhiệm vụ, cơ cấu tổ chức của các cơ quan chuyên môn thuộc UBND tỉnh sau sắp xếp",
      "Sở Nội vụ", SBN, D(2026, 4, 30), ""],
    ["3.2", "Đánh giá hiệu quả hoạt động của chính quyền địa phương hai cấp trên địa bàn tỉnh", "Sở Nội vụ",
      `${XP}; Sở Tài chính`, D(2026, 10, 31), "Báo cáo UBND tỉnh"],
  ]],
  ["Cải cách chế độ công vụ", [
    ["4.1", "Hoàn thiện danh mục vị trí việc làm, bản mô tả công việc trong các cơ quan hành chính", "Sở Nội vụ",
      `${SBN}; ${XP}`, D(2026, 5, 31), ""],
    ["4.2", "Kiểm tra công vụ, kỷ luật, kỷ cương hành chính tại các cơ quan, đơn vị", "Sở Nội vụ",
      "Thanh tra tỉnh; Văn phòng UBND tỉnh", D(2026, 9, 15), "Kiểm tra đột xuất khi cần"],
  ]],
  ["Cải cách tài chính công", [
    ["5.1", "Hướng dẫn giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập giai đoạn 2026-2030",
      "Sở Tài chính", "Sở Nội vụ", D(2026, 9, 30), ""],
  ]],
  ["Xây dựng, phát triển chính quyền điện tử, chính quyền số", [
    ["6.1", "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, bảo đảm kết nối, chia sẻ dữ liệu",
      "Sở Khoa học và Công nghệ", "Văn phòng UBND tỉnh; Công an tỉnh", D(2026, 6, 30), ""],
    ["6.2", "Đánh giá, xếp hạng mức độ chuyển đổi số của các sở, ngành và xã, phường năm 2026",
      "Sở Khoa học và Công nghệ", "Sở Nội vụ", D(2026, 12, 15), ""],
  ]],
];

// Phụ lục II: [STT, report, sending units, recipient, data period, deadline]
const REPORTS = [
  ["1", "Báo cáo công tác cải cách hành chính quý I năm 2026", `${SBN}; ${XP}`, "Sở Nội vụ",
    "Từ 15/12/2025 đến 14/3/2026", D(2026, 3, 10)],
  ["2", "Báo cáo công tác cải cách hành chính 6 tháng đầu năm 2026", `${SBN}; ${XP}`, "Sở Nội vụ",
    "Từ 15/12/2025 đến 14/6/2026", D(2026, 6, 10)],
  ["3", "Báo cáo công tác cải cách hành chính quý III năm 2026", `${SBN}; ${XP}`, "Sở Nội vụ",
    "Từ 15/12/2025 đến 14/9/2026", D(2026, 9, 10)],
  ["4", "Báo cáo công tác cải cách hành chính năm 2026 và phương hướng năm 2027", `${SBN}; ${XP}`, "Sở Nội vụ",
    "Từ 15/12/2025 đến 14/12/2026", D(2026, 12, 5)],
  ["5", "Báo cáo tình hình, kết quả kiểm soát thủ tục hành chính năm 2026", SBN, "Văn phòng UBND tỉnh",
    "Từ 15/12/2025 đến 14/12/2026", D(2026, 12, 8)],
  ["6", "Báo cáo kết quả thực hiện Kế hoạch cải cách hành chính năm 2026 của tỉnh", "Sở Nội vụ",
    "UBND tỉnh; Bộ Nội vụ", "Cả năm 2026", D(2026, 12, 20)],
];

const N1 = 6;
const head1 = [
  { cells: [C("STT", { ...H, down: 1 }), C("Nội dung nhiệm vụ", { ...H, down: 1 }),
    C("Đơn vị thực hiện", { ...H, across: 1 }), C("Thời gian hoàn thành", { ...H, down: 1 }),
    C("Ghi chú", { ...H, down: 1 })], bold: true },
  { cells: [C("Chủ trì", H), C("Phối hợp", H)] },
];
const sheet1 = {
  name: "Phụ lục I", widths: [6, 52, 20, 26, 14, 18], boxFrom: 5,
  rows: [
    title("PHỤ LỤC I", N1),
    title("NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH TRỌNG TÂM NĂM 2026", N1),
    title(KEM, N1, { bold: false, italic: true }),
    blank(),
    ...head1,
    ...GROUPS.flatMap(([name, list], g) => [
      { cells: [C(String(g + 1), { bold: true, align: "center" }), C(name.toUpperCase(), { bold: true, across: 4 })] },
      ...list.map(([stt, text, lead, co, due, gc]) => ({ cells: [C(stt, { align: "center" }), C(text), C(lead),
        C(co.replaceAll("; ", ";\n")), C(due, { align: "center" }), C(gc, { italic: true })] })),
    ]),
    blank(),
    note("Ghi chú: Thời gian hoàn thành là thời hạn gửi sản phẩm, kết quả về cơ quan chủ trì tổng hợp; các " +
      "nhiệm vụ khác thực hiện theo chức năng, nhiệm vụ được giao.", N1, { italic: true }),
  ],
};
const N2 = 6;
const sheet2 = {
  name: "Phụ lục II", widths: [6, 46, 26, 18, 22, 14], boxFrom: 5,
  rows: [
    title("PHỤ LỤC II", N2),
    title("LỊCH GỬI BÁO CÁO ĐỊNH KỲ VỀ CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2026", N2),
    title(KEM, N2, { bold: false, italic: true }),
    blank(),
    { cells: ["STT", "Tên báo cáo", "Đơn vị gửi báo cáo", "Nơi nhận", "Thời gian chốt số liệu",
      "Thời hạn gửi"].map((v) => C(v, H)) },
    ...REPORTS.map(([stt, text, from, to, period, due]) => ({ cells: [C(stt, { align: "center" }), C(text),
      C(from.replaceAll("; ", ";\n")), C(to), C(period, { align: "center" }), C(due, { align: "center" })] })),
    blank(),
    note("Ghi chú: Báo cáo gửi bằng văn bản điện tử qua Hệ thống quản lý văn bản và điều hành; UBND các xã, " +
      "phường gửi kèm biểu số liệu theo mẫu của Sở Nội vụ.", N2, { italic: true }),
  ],
};

await saveBook(DIR, [sheet1, sheet2], { creator: "Hoang Thi Thu Trang", created: "2026-01-19T02:10:00Z",
  modified: "2026-01-23T07:45:00Z" });

const tasks = [];
const lines = [];
for (const [, list] of GROUPS) {
  for (const [stt, text, lead, co, due] of list) {
    if (!(due instanceof Date)) {
      lines.push(`${stt} '${due}' no task`);
      continue;
    }
    const t = task(stt, text, isoOf(due), units(lead), units(co));
    tasks.push(t);
    lines.push(when(stt, null, t.due));
  }
}
const lines2 = [];
for (const [stt, text, from, , , due] of REPORTS) {
  const t = task(stt, text, isoOf(due), units(from), []);
  tasks.push(t);
  lines2.push(when(stt, null, t.due));
}
writeExpected(DIR, {
  id: ID,
  style: `Kế hoạch ${NUM} of UBND tỉnh Thái Nguyên, 23/01/2026 (after the reorganisation: no districts, no ` +
    "communes in the directory: 'UBND các xã, phường' = unresolved 'UBND cấp xã'), CCHC 2026: the plan's TWO " +
    "ANNEXES AS ONE WORKBOOK OF TWO SHEETS, each titled 'PHỤ LỤC I/II' with '(Kèm theo Kế hoạch số …)' giving " +
    "number and date. 'Phụ lục I': STT | Nội dung nhiệm vụ | Đơn vị thực hiện (merged over Chủ trì | Phối hợp) | " +
    "Thời gian hoàn thành | Ghi chú; GROUP ROWS per area ('1'..'6', capitals, no unit, no time: no tasks), tasks " +
    "'1.1'…, ref = STT; deadlines REAL EXCEL DATES (dd/mm/yyyy), due = that day; Phối hợp names one a line, ';'. " +
    "Ghi chú names recipients only. Dates: " + lines.join("; ") + ". 'Phụ lục II' (REPORTING SCHEDULE: STT | " +
    "Tên báo cáo | Đơn vị gửi báo cáo | Nơi nhận | Thời gian chốt số liệu | Thời hạn gửi): each report a task LED " +
    "by the sending units, no coordinators, ref = STT '1'..'6'; Nơi nhận = recipients; the data period is no " +
    "deadline; due = Thời hạn gửi (real date): " + lines2.join("; ") + ". 'Các sở, ban, ngành' = @departments; " +
    "'Trung tâm Phục vụ hành chính công tỉnh' unresolved. Notes under the tables move no day. plan.xlsx " +
    "(exceljs), .xls/.ods LibreOffice's copies, plan.pdf its print, plan.txt Excel's copy of both sheets after " +
    "their tab names.",
  province: "Thái Nguyên",
  plan: { number: NUM, date: "2026-01-23" },
  tasks,
  unresolved: [XP, TTPV],
  successors: [],
});
