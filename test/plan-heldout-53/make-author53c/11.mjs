// 11: Bắc Kạn 2024, before the reorganisation. Kế hoạch công tác văn thư, lưu trữ năm 2024 typed in one sheet whose
// time column holds REAL DATE CELLS WITH A CUSTOM NUMBER FORMAT THAT ADDS WORDS: the clerk set the column's format to
// "Trước ngày "dd/mm/yyyy, so a cell holding 1 March 2024 shows "Trước ngày 01/03/2024"; the two conference rows got
// "Ngày "dd/mm/yyyy instead (the day it is held); three cells are text typed over the format ("Quý III/2024",
// "Tháng 10/2024", "Thường xuyên"). The words are in the format, not in the cell: what the sheet shows (and prints, and
// copies) is what the plan says.
import { C, H, D, answerUnits, headerRows, saveBook, signRows, task, title, when, writeExpected, showDate } from
  "./common.mjs";

const ID = "11-bac-kan-2024-date-cells-custom-number-format-truoc-ngay-words-in-format-not-cell-ngay-for-events";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NUM = "35/KH-UBND";
const NV = "Sở Nội vụ", TT = "Sở Thông tin và Truyền thông", LT = "Trung tâm Lưu trữ lịch sử tỉnh";
const SBN = "Các sở, ban, ngành", HUYEN = "UBND các huyện, thành phố";
const MAP = { [SBN]: ["@departments"], [HUYEN]: ["@districts"] };
const ans = (names) => answerUnits(names, MAP);
const TRUOC = '"Trước ngày "dd/mm/yyyy', NGAY = '"Ngày "dd/mm/yyyy';

// [STT, task, leads, partners, time (Date | text), format of a date cell, due | null, why]
const R = [
  ["1", "Xây dựng, ban hành Kế hoạch công tác văn thư, lưu trữ năm 2024 của cơ quan, đơn vị", [SBN, HUYEN], [],
    D(2024, 3, 1), TRUOC, "2024-02-29", "the day before 1/3, 2024 a leap year"],
  ["2", "Hướng dẫn xác định giá trị tài liệu, lập Danh mục hồ sơ năm 2024", [NV], [], D(2024, 3, 15), TRUOC,
    "2024-03-14", ""],
  ["3", "Thu thập hồ sơ, tài liệu đến hạn nộp lưu vào Lưu trữ lịch sử tỉnh", [NV], [LT, SBN], "Quý III/2024", null,
    "2024-09-30", "text typed over the format"],
  ["4", "Chỉnh lý hoàn chỉnh tài liệu tồn đọng, tích đống tại lưu trữ cơ quan", [HUYEN], [NV], D(2024, 6, 1), TRUOC,
    "2024-05-31", ""],
  ["5", "Tổ chức Hội nghị tập huấn nghiệp vụ văn thư, lưu trữ và quản lý văn bản điện tử", [NV], [TT], D(2024, 5, 4),
    NGAY, "2024-05-04", "the day it is held, a make-up Saturday (working day)"],
  ["6", "Triển khai phần mềm Lưu trữ điện tử tỉnh, kết nối với Hệ thống quản lý văn bản và điều hành", [TT], [NV],
    D(2024, 7, 1), TRUOC, "2024-06-30", ""],
  ["7", "Số hóa tài liệu lưu trữ có giá trị sử dụng thường xuyên tại Lưu trữ lịch sử tỉnh", [NV], [LT],
    "Tháng 10/2024", null, "2024-10-31", "text, the month's last day"],
  ["8", "Kiểm tra công tác văn thư, lưu trữ tại các sở, ban, ngành và UBND các huyện, thành phố", [NV],
    ["Văn phòng UBND tỉnh"], D(2024, 9, 3), TRUOC, "2024-09-02", ""],
  ["9", "Quản lý văn bản đi, đến trên môi trường mạng; gửi, nhận văn bản điện tử có ký số", [SBN, HUYEN], [],
    "Thường xuyên", null, null, ""],
  ["10", "Trình UBND tỉnh ban hành Quy định về công tác văn thư trên địa bàn tỉnh", [NV], ["Sở Tư pháp"],
    D(2024, 11, 30), TRUOC, "2024-11-29", ""],
  ["11", "Tổ chức tiêu hủy tài liệu hết giá trị theo đúng quy định", [SBN, HUYEN], [NV], D(2024, 12, 15), TRUOC,
    "2024-12-14", ""],
  ["12", "Tổ chức Hội nghị tổng kết công tác văn thư, lưu trữ năm 2024", [NV], [SBN, HUYEN], D(2024, 12, 26), NGAY,
    "2024-12-26", "the day it is held"],
  ["13", "Báo cáo kết quả công tác văn thư, lưu trữ năm 2024, gửi Sở Nội vụ tổng hợp, báo cáo UBND tỉnh",
    [SBN, HUYEN], [], D(2024, 12, 20), TRUOC, "2024-12-19", ""],
];

const N = 6;
const rows = [
  ...headerRows({ up: "ỦY BAN NHÂN DÂN", agency: "TỈNH BẮC KẠN", number: NUM,
    place: "Bắc Kạn, ngày 01 tháng 02 năm 2024" }, N, 2),
  title("KẾ HOẠCH", N),
  title("Công tác văn thư, lưu trữ trên địa bàn tỉnh Bắc Kạn năm 2024", N),
  { cells: [C("", { across: N - 1 })], box: false },
  { cells: ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Ghi chú"]
    .map((h) => C(h, { ...H, fill: "FFFFF2CC" })) },
];
const HEAD = rows.length;
for (const r of R) {
  const time = r[4] instanceof Date ? C(r[4], { align: "center", fmt: r[5] }) : C(r[4], { align: "center" });
  rows.push({ cells: [C(r[0], { align: "center" }), r[1], r[2].join(";\n"), r[3].join(";\n"), time, ""] });
}
rows.push(...signRows(["- Bộ Nội vụ (Cục VTLTNN);", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- CT, các PCT UBND tỉnh;",
  "- Các sở, ban, ngành tỉnh;", "- UBND các huyện, thành phố;", "- Lưu: VT, NCPC."],
["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(Đã ký)", "", "Hà Văn Định"], N, 2));

const sheet = {
  name: "Sheet1", widths: [5, 50, 22, 24, 24, 10], boxFrom: HEAD, size: 12, rows,
  setup(ws) { ws.pageSetup.printTitlesRow = `${HEAD}:${HEAD}`; },
};
await saveBook(DIR, [sheet], { creator: "Chi cuc VTLT - So Noi vu", created: "2024-01-22T02:10:00Z",
  modified: "2024-02-01T03:30:00Z", size: 12 });

const tasks = [];
const lines = [];
for (const r of R) {
  const shown = r[4] instanceof Date ? showDate(r[4], r[5]) : r[4];
  if (!r[6]) { lines.push(`${r[0]} '${shown}' no task`); continue; }
  tasks.push(task(r[0], r[1], r[6], ans(r[2]), ans(r[3])));
  lines.push(when(r[0], shown, r[6]) + (r[7] ? ` (${r[7]})` : ""));
}
writeExpected(DIR, {
  id: ID,
  style: `Kế hoạch ${NUM} of UBND tỉnh Bắc Kạn, 01/02/2024 (before the reorganisation), công tác văn thư, lưu trữ ` +
    "năm 2024, typed in one sheet: header block, title, table STT | Nội dung | Chủ trì | Phối hợp | Thời gian hoàn " +
    "thành | Ghi chú, Nơi nhận, signature. The time cells are date cells with a CUSTOM FORMAT holding words: " +
    "'\"Trước ngày \"dd/mm/yyyy' (shows 'Trước ngày 01/03/2024' for a cell holding 1/3) and, on the two conference " +
    "rows, '\"Ngày \"dd/mm/yyyy'; the words shown are read as typed words: 'Trước ngày X' = X - 1, 'Ngày X' = X. " +
    lines.join("; ") + ". ref = STT. Units one a line; 'Các sở, ban, ngành' = @departments, 'UBND các huyện, thành " +
    "phố' = @districts; 'gửi Sở Nội vụ tổng hợp, báo cáo UBND tỉnh' names recipients; Trung tâm Lưu trữ lịch sử " +
    "tỉnh unresolved. plan.xlsx (exceljs), .xls/.ods LibreOffice's copies, plan.pdf LibreOffice's print, plan.txt " +
    "Excel's copy (the cells as their formats show them).",
  province: "Bắc Kạn",
  plan: { number: NUM, date: "2024-02-01" },
  tasks,
  unresolved: [LT],
  successors: [],
});
