// 02: Lai Châu, May 2025 (before the reorganisation: old departments, districts), the annex of Kế hoạch
// 1582/KH-UBND ngày 16/5/2025 (khắc phục hạn chế, nâng cao Chỉ số CCHC năm 2025) as the Sở Nội vụ's workbook: one
// sheet "Phụ lục", STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Ghi chú; GROUP ROWS
// (I, II … across the task and unit columns) WITH THEIR OWN TIME in the time column, rows under them with an empty
// time cell taking it; the LEAD CELL MERGED DOWN over the rows one unit leads; one time cell merged over two rows;
// TIME CELLS IN WORDS ("Tháng 6/2025", "Quý III/2025", "Trước 15/12/2025", "Từ tháng 6 đến tháng 9/2025"). A note
// under the table says how an empty time cell reads. plan.xlsx by exceljs, .xls/.ods LibreOffice's copies,
// plan.pdf its print, plan.txt Excel's copy (a merged cell's value in its first row only).
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { writeExpected } from "../../plan-corpus/author-kit/sheet.mjs";
import { C, H, blank, note, saveBook, title, when } from "./book.mjs";

const ID = "02-lai-chau-2025-group-rows-with-own-time-merged-lead-cells-time-in-words";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NUM = "1582/KH-UBND";
const SBN = "Các sở, ban, ngành", HUY = "UBND các huyện, thành phố";
const U = { [SBN]: "@departments", [HUY]: "@districts", "Sở TT&TT": "Sở Thông tin và Truyền thông" };
const units = (cell) => (cell ? cell.split("; ").map((n) => U[n] ?? n) : []);

// group: {g, name, time, due}; task: [STT, text, lead (string, or [string, rows merged]), null = merged above,
//   coordinators, time cell (string, [string, rows merged], null = merged above, "" = empty), due, note]
const ROWS = [
  { g: "I", name: "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH", time: "Tháng 6/2025", due: "2025-06-30" },
  ["1", "Xây dựng, ban hành kế hoạch khắc phục hạn chế theo kết quả Chỉ số CCHC năm 2024 của cơ quan, đơn vị",
    [`${SBN}; ${HUY}`, 2], "", "", "2025-06-30", "Gửi về Sở Nội vụ để theo dõi"],
  ["2", "Kiện toàn đội ngũ công chức đầu mối thực hiện nhiệm vụ cải cách hành chính", null, "", "", "2025-06-30",
    ""],
  ["3", "Kiểm tra công tác cải cách hành chính tại một số cơ quan, đơn vị, địa phương", "Sở Nội vụ",
    "Văn phòng UBND tỉnh; Thanh tra tỉnh", "Quý III/2025", "2025-09-30", ""],
  { g: "II", name: "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", time: "Quý III/2025", due: "2025-09-30" },
  ["4", "Rà soát, đề xuất phương án đơn giản hóa thủ tục hành chính thuộc phạm vi quản lý",
    ["Văn phòng UBND tỉnh", 3], SBN, "", "2025-09-30", ""],
  ["5", "Công khai tiến độ, kết quả giải quyết hồ sơ trên Cổng Dịch vụ công của tỉnh", null, "Sở TT&TT",
    "Tháng 8/2025", "2025-08-31", ""],
  ["6", "Đánh giá chất lượng giải quyết thủ tục hành chính theo Bộ chỉ số phục vụ người dân, doanh nghiệp", null,
    `${SBN}; ${HUY}`, "", "2025-09-30", ""],
  { g: "III", name: "CẢI CÁCH TỔ CHỨC BỘ MÁY, CHẾ ĐỘ CÔNG VỤ", time: "", due: null },
  ["7", "Rà soát, sắp xếp các phòng, đơn vị trực thuộc cơ quan chuyên môn thuộc UBND tỉnh", ["Sở Nội vụ", 2], SBN,
    "Trước 30/6/2025", "2025-06-29", ""],
  ["8", "Thực hiện chế độ báo cáo số lượng, chất lượng cán bộ, công chức, viên chức theo quy định", null, HUY,
    "Tháng 7/2025", "2025-07-31", ""],
  { g: "IV", name: "XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", time: "Quý IV/2025", due: "2025-12-31" },
  ["9", "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính, kết nối Cơ sở dữ liệu quốc gia về dân cư",
    ["Sở Thông tin và Truyền thông", 2], "Công an tỉnh; Văn phòng UBND tỉnh", "Tháng 10/2025", "2025-10-31", ""],
  ["10", "Triển khai chữ ký số cho cán bộ, công chức cấp xã trên địa bàn tỉnh", null, HUY, "", "2025-12-31", ""],
  ["11", "Tuyên truyền, hướng dẫn người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến",
    "Báo Lai Châu; Đài Phát thanh - Truyền hình tỉnh", "Sở TT&TT", "Từ tháng 6 đến tháng 9/2025", "2025-09-30", ""],
  { g: "V", name: "TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2025", time: "Trước 15/12/2025",
    due: "2025-12-14" },
  ["12", "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2025 của cơ quan, đơn vị", `${SBN}; ${HUY}`, "",
    "", "2025-12-14", "Gửi Sở Nội vụ kèm tài liệu kiểm chứng"],
  ["13", "Thẩm định kết quả tự đánh giá, chấm điểm Chỉ số CCHC của các cơ quan, đơn vị", ["Sở Nội vụ", 2],
    "Tổ thẩm định", ["Tháng 01/2026", 2], "2026-01-31", ""],
  ["14", "Tổng hợp kết quả thực hiện Kế hoạch, báo cáo UBND tỉnh và Bộ Nội vụ", null, SBN, null, "2026-01-31", ""],
];

const N = 6;
const cell = (x, o) => (Array.isArray(x) ? C(x[0], { ...o, down: x[1] - 1, valign: "middle" }) : C(x, o));
// several units in a cell: one a line, ended by ";"
const lines2 = (x) => (Array.isArray(x) ? [x[0].replaceAll("; ", ";\n"), x[1]] : x.replaceAll("; ", ";\n"));
const sheet = {
  name: "Phụ lục", widths: [6, 50, 24, 24, 16, 18], boxFrom: 5,
  rows: [
    title("PHỤ LỤC", N),
    title("NHIỆM VỤ, GIẢI PHÁP KHẮC PHỤC HẠN CHẾ, NÂNG CAO CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2025", N),
    title(`(Kèm theo Kế hoạch số ${NUM} ngày 16/5/2025 của UBND tỉnh Lai Châu)`, N, { bold: false, italic: true }),
    blank(),
    { cells: ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Ghi chú"]
      .map((v) => C(v, { ...H, fill: "FFDDEBF7" })) },
    ...ROWS.map((r) => (r.g
      ? { cells: [C(r.g, { bold: true, align: "center" }), C(r.name, { bold: true, across: 2 }),
        C(r.time, { bold: true, align: "center" }), C("")] }
      : { cells: [C(r[0], { align: "center" }), C(r[1]), ...(r[2] === null ? [] : [cell(lines2(r[2]), {})]),
        C(r[3].replaceAll("; ", ";\n")), ...(r[4] === null ? [] : [cell(r[4], { align: "center" })]),
        C(r[6], { italic: true })] })),
    blank(),
    note("Ghi chú: Nhiệm vụ không ghi thời gian hoàn thành thì thực hiện theo thời gian của nhóm nhiệm vụ; cơ quan " +
      "chủ trì ghi một lần cho các nhiệm vụ liền nhau do cùng cơ quan chủ trì.", N, { italic: true }),
  ],
};

await saveBook(DIR, [sheet], { creator: "Lo Van Thanh", created: "2025-05-12T02:00:00Z",
  modified: "2025-05-16T03:20:00Z" });

const tasks = [];
const lines = [];
let group = null;
let lead = null, time = null;
for (const r of ROWS) {
  if (r.g) {
    group = r;
    continue;
  }
  const [stt, text, l, co, t, due] = r;
  if (l !== null) lead = Array.isArray(l) ? l[0] : l;
  if (t !== null) time = Array.isArray(t) ? t[0] : t;
  const inherited = time === "";
  if (inherited && group.due !== due) throw new Error(`${stt}: inherited day differs from the group's`);
  const x = task(stt, text, due, units(lead), units(co), inherited);
  tasks.push(x);
  lines.push(when(stt, inherited ? `(${group.g}) ${group.time}` : time, due));
}
writeExpected(DIR, {
  id: ID,
  style: `Kế hoạch ${NUM} of UBND tỉnh Lai Châu, 16/5/2025 (before the reorganisation: old departments, districts), ` +
    "khắc phục hạn chế, nâng cao Chỉ số CCHC 2025: the plan's annex as the office's WORKBOOK, sheet 'Phụ lục', " +
    "titled 'PHỤ LỤC' with '(Kèm theo Kế hoạch số … ngày 16/5/2025 …)' (number and date); STT | Nhiệm vụ | Cơ quan " +
    "chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Ghi chú. GROUP ROWS I..V (no unit, no task) carry THEIR " +
    "OWN TIME in the time column (III none); a task row whose time cell is EMPTY takes its group's (inherited: " +
    "true), as the note under the table says. LEAD CELLS MERGED DOWN over the rows one unit leads (1-2, 4-6, 7-8, " +
    "9-10, 13-14): each row has that lead; 13-14 also share one MERGED TIME cell, so each has its own day (not " +
    "inherited). TIME IN WORDS: 'Tháng M/Y' = last day, 'Quý III/2025' = 30/9, 'Quý IV/2025' = 31/12, 'Trước D' = " +
    "D-1, 'Từ tháng 6 đến tháng 9/2025' = 30/9. ref = STT (runs 1..14 across groups). Dates: " + lines.join("; ") +
    ". 'Các sở, ban, ngành' = @departments, 'UBND các huyện, thành phố' = @districts, 'Sở TT&TT' = Sở Thông tin " +
    "và Truyền thông; several units in a cell one a line ended by ';'. Ghi chú ('Gửi về Sở Nội vụ…') and 'báo cáo " +
    "UBND tỉnh và Bộ Nội vụ' are recipients. plan.xlsx (exceljs), .xls/.ods LibreOffice's copies, plan.pdf its " +
    "print, plan.txt Excel's copy after the tab name: a merged cell's value is " +
    "in its FIRST row only, the rows below are empty there (the note under the table says the lead is written " +
    "once for consecutive rows).",
  province: "Lai Châu",
  plan: { number: NUM, date: "2025-05-16" },
  tasks,
  unresolved: [],
  successors: [],
});
