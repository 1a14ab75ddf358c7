// 10: Bắc Kạn 2024 (before the reorganisation). The Sở Nội vụ's schedule for its Kế hoạch số 45/KH-SNV ngày
// 07/03/2024 (determining the PAR INDEX of 2023 for departments and districts), kept as an EXCEL TABLE (a ListObject
// "tblChiSoCCHC": banded style TableStyleMedium2, filter buttons on its header, a TOTAL ROW "Tổng" counting the
// tasks with =SUBTOTAL(103,tblChiSoCCHC[Nhiệm vụ])), its deadline column "Hạn hoàn thành" of real dates formatted
// with the VIETNAMESE WEEKDAY, "[$-42A]dddd, dd/mm/yyyy" ("Thứ Sáu, 15/03/2024", one "Chủ Nhật, 31/03/2024", one on
// the make-up Saturday "Thứ Bảy, 04/05/2024"), a few cells typed as text ("Trước ngày 25/3/2024", "Tháng 7/2024",
// "Sau khi có Quyết định công bố"). STT typed as numbers.
import { C, H, D, WEEKDAY_FMT, blank, saveBook51, task, title, when, writeExpected, shown51 } from "./common.mjs";

const ID = "10-bac-kan-2024-excel-table-listobject-banded-total-row-weekday-date-format-thu-sau-dd-mm-yyyy-make-up-saturday";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NUM = "45/KH-SNV";
const SNV = "Sở Nội vụ", SBN = "Các sở, ban, ngành", HUYEN = "UBND các huyện, thành phố", VP = "Văn phòng UBND tỉnh";
const BD = "Bưu điện tỉnh", TTD = "Tổ thẩm định", HDTD = "Hội đồng thẩm định";
const MAP = { [HUYEN]: "@districts", [SBN]: "@departments" };
const ans = (names) => [...new Set(names.map((n) => MAP[n] ?? n))];

// [STT, task, leads, partners, time (Date | text), due | null, why, note]
const R = [
  [1, "Tổ chức Hội nghị triển khai, hướng dẫn tự đánh giá, chấm điểm Chỉ số CCHC năm 2023", [SNV], [VP],
    D(2024, 3, 15), "2024-03-15", "", "Hội nghị trực tuyến"],
  [2, "Gửi danh sách công chức, viên chức, người dân tham gia điều tra xã hội học về Sở Nội vụ", [SBN, HUYEN], [],
    "Trước ngày 25/3/2024", "2024-03-24", "'Trước ngày X' = X - 1", "Theo mẫu gửi kèm"],
  [3, "Tự đánh giá, chấm điểm và cập nhật tài liệu kiểm chứng lên Phần mềm chấm điểm Chỉ số CCHC", [SBN, HUYEN], [],
    D(2024, 3, 31), "2024-03-31", "", "Trên Phần mềm"],
  [4, "Thẩm định kết quả tự đánh giá, chấm điểm của các sở, ban, ngành", [TTD], [SNV], D(2024, 4, 25), "2024-04-25",
    "", ""],
  [5, "Tổ chức điều tra xã hội học đối với công chức, viên chức và người dân", [SNV], [BD, HUYEN], D(2024, 5, 4),
    "2024-05-04", "the make-up Saturday is a working day", "Phát phiếu trực tiếp"],
  [6, "Thẩm định kết quả tự đánh giá, chấm điểm của UBND các huyện, thành phố", [TTD], [SNV], D(2024, 5, 10),
    "2024-05-10", "", ""],
  [7, "Tổng hợp, phân tích kết quả điều tra xã hội học", [SNV], [BD], D(2024, 5, 15), "2024-05-15", "", ""],
  [8, "Họp Hội đồng thẩm định xem xét, thống nhất kết quả Chỉ số CCHC năm 2023", [HDTD], [SNV], D(2024, 5, 23),
    "2024-05-23", "", ""],
  [9, "Trình UBND tỉnh phê duyệt, công bố Chỉ số CCHC năm 2023 của các sở, ban, ngành, UBND các huyện, thành phố",
    [SNV], [VP], D(2024, 5, 31), "2024-05-31", "", "Dự thảo Quyết định"],
  [10, "Đăng tải kết quả Chỉ số CCHC năm 2023 trên Cổng Thông tin điện tử tỉnh", ["Sở Thông tin và Truyền thông"], [SNV],
    D(2024, 6, 10), "2024-06-10", "", ""],
  [11, "Đưa tin, tuyên truyền về kết quả Chỉ số CCHC năm 2023", ["Báo Bắc Kạn", "Đài Phát thanh - Truyền hình tỉnh"],
    [SNV], "Sau khi có Quyết định công bố", null, "", ""],
  [12, "Xây dựng kế hoạch khắc phục những tồn tại, hạn chế qua kết quả Chỉ số CCHC năm 2023", [SBN, HUYEN], [],
    "Tháng 7/2024", "2024-07-31", "the month's last day", "Gửi Sở Nội vụ 01 bản"],
  [13, "Báo cáo kết quả khắc phục tồn tại, hạn chế gửi Sở Nội vụ tổng hợp", [SBN, HUYEN], [], D(2024, 9, 30),
    "2024-09-30", "", "Lồng ghép báo cáo CCHC quý III"],
  [14, "Dự thảo sửa đổi, bổ sung Bộ tiêu chí xác định Chỉ số CCHC năm 2024 của các sở, ban, ngành, UBND các huyện, " +
    "thành phố", [SNV], [SBN, HUYEN], D(2024, 11, 29), "2024-11-29", "", "Xin ý kiến trước khi trình"],
];

const N = 6;
const head = ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Hạn hoàn thành", "Ghi chú"];
const dataCells = (r) => [C(r[0], { align: "center" }), r[1], r[2].join(";\n"), r[3].join(";\n"),
  C(r[4], { align: "center", ...(r[4] instanceof Date ? { fmt: WEEKDAY_FMT } : {}) }), r[7]];
const HEAD_ROW = 6;
const TOTAL = `SUBTOTAL(103,tblChiSoCCHC[Nhiệm vụ])`;
const rows = [
  { cells: [C("UBND TỈNH BẮC KẠN", { align: "center", across: 1 })], box: false },
  { cells: [C("SỞ NỘI VỤ", { bold: true, align: "center", across: 1 })], box: false },
  title("LỊCH TRIỂN KHAI XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023", N),
  title(`(Kế hoạch số ${NUM}, ngày 07/03/2024 của Sở Nội vụ)`, N, { bold: false, italic: true }),
  blank(),
  { cells: head.map((h) => C(h, { ...H, color: "FFFFFFFF", fill: "FF4472C4" })) },
  ...R.map((r) => ({ cells: dataCells(r) })),
  { cells: [C("Tổng", { bold: true, align: "center" }), C(R.length, { formula: TOTAL, bold: true, align: "left" }), "", "",
    "", ""] },
];
const LAST = HEAD_ROW + R.length; // last data row
const sheet = {
  name: "Lich trien khai", widths: [6, 54, 24, 28, 24, 24], boxFrom: HEAD_ROW, size: 12, rows,
  setup(ws) {
    // Excel's Insert > Table over the typed range: the cells keep their own formats, the table adds its style,
    // filter buttons and the total row.
    const keep = {};
    for (let r = HEAD_ROW; r <= LAST + 1; r++)
      for (let c = 1; c <= N; c++) keep[`${r}:${c}`] = JSON.parse(JSON.stringify(ws.getRow(r).getCell(c).style ?? {}));
    ws.addTable({
      name: "tblChiSoCCHC", displayName: "tblChiSoCCHC", ref: `A${HEAD_ROW}`, headerRow: true, totalsRow: true,
      style: { theme: "TableStyleMedium2", showRowStripes: true, showFirstColumn: false, showLastColumn: false },
      columns: head.map((name, i) => ({ name, filterButton: true,
        ...(i === 0 ? { totalsRowLabel: "Tổng" } : i === 1 ? { totalsRowFunction: "count" } : {}) })),
      rows: R.map((r) => dataCells(r).map((c) => (typeof c === "object" && c !== null && !(c instanceof Date) ? c.v : c))),
    });
    for (let r = HEAD_ROW; r <= LAST + 1; r++)
      for (let c = 1; c <= N; c++) ws.getRow(r).getCell(c).style = keep[`${r}:${c}`];
    ws.getRow(LAST + 1).getCell(1).value = "Tổng";
    ws.getRow(LAST + 1).getCell(2).value = { formula: TOTAL, result: R.length };
    ws.views = [{ state: "frozen", ySplit: HEAD_ROW, showGridLines: false }];
  },
};
await saveBook51(DIR, [sheet], { creator: "Phong CCHC - SNV", created: "2024-03-07T03:00:00Z",
  modified: "2024-03-11T07:45:00Z", size: 12 }, { gs: true });

const tasks = [];
const lines = [];
for (const r of R) {
  const shownTime = shown51(r[4] instanceof Date ? { v: r[4], fmt: WEEKDAY_FMT } : { v: r[4] });
  if (!r[5]) { lines.push(`${r[0]} '${shownTime}' no task`); continue; }
  tasks.push(task(String(r[0]), r[1], r[5], ans(r[2]), ans(r[3])));
  lines.push(when(String(r[0]), shownTime, r[5]) + (r[6] ? ` (${r[6]})` : ""));
}
writeExpected(DIR, {
  id: ID,
  style: `Kế hoạch ${NUM} of the Sở Nội vụ Bắc Kạn, 07/03/2024 (PAR index 2023), its schedule kept as an EXCEL TABLE ` +
    "(ListObject 'tblChiSoCCHC', banded, filter buttons, a total row 'Tổng' = SUBTOTAL(103,…) = 14, no task). ref = " +
    "STT (numbers). 'Hạn hoàn thành': real dates shown with the Vietnamese weekday '[$-42A]dddd, dd/mm/yyyy' (the " +
    "weekday is the date's own, read past) or text: " + lines.join("; ") + ". Leads two a cell where written " +
    "('Các sở, ban, ngành' = @departments, 'UBND các huyện, thành phố' = @districts); 'gửi Sở Nội vụ' names the " +
    "recipient, no partner; 'Tổ thẩm định', 'Hội đồng thẩm định', 'Bưu điện tỉnh' directory names. plan.xlsx " +
    "(exceljs), .xls/.ods LibreOffice's copies, plan.pdf LibreOffice's print through Ghostscript, plan.txt Excel's copy.",
  province: "Bắc Kạn",
  plan: { number: NUM, date: "2024-03-07" },
  tasks,
  unresolved: [],
  successors: [],
});
