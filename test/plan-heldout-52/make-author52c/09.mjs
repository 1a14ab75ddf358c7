// 09: Thái Nguyên 2026, after the reorganisation. Kế hoạch số 48/KH-UBND ngày 12/3/2026 of UBND tỉnh Thái Nguyên
// (dịch vụ công trực tuyến năm 2026) typed in Excel by a clerk whose Windows is set to en-US. The deadlines were TYPED
// dd/mm/yyyy, as Vietnamese write them, into General cells, and Excel read each as the US m/d/yyyy would: a day up
// to 12 became a DATE SERIAL with day and month SWAPPED ("05/06/2026" typed = 6 May 2026 stored), given the short date
// format "m/d/yyyy", which shows it back as "5/6/2026" (what was typed, less the leading zeros), right-aligned as
// numbers are; a day over 12 is no US date and stayed TEXT ("30/09/2026"), left-aligned. A few cells words ("Quý
// II/2026", "Tháng 10/2026", "Thường xuyên"). The careful reader reads what the sheet shows, as a Vietnamese reads it:
// "5/6/2026" is 5 June, not the 6 May the cell holds.
import { C, H, D, isoOf, showDate, answerUnits, headerRows, note, saveBook, signRows, task, title, when, writeExpected } from "./common.mjs";

const ID = "09-thai-nguyen-2026-dd-mm-typed-into-en-us-excel-day-month-swapped-serials-m-d-yyyy-days-over-12-left-as-text";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NUM = "48/KH-UBND";
const VP = "Văn phòng UBND tỉnh", KH = "Sở Khoa học và Công nghệ", NV = "Sở Nội vụ", TP = "Sở Tư pháp";
const TC = "Sở Tài chính", CA = "Công an tỉnh", BD = "Bưu điện tỉnh", SBN = "Các sở, ban, ngành";
const XA = "UBND các xã, phường", PV = "Trung tâm Phục vụ hành chính công tỉnh";
const BAO = "Báo và Phát thanh, Truyền hình Thái Nguyên";
const MAP = { [SBN]: ["@departments"] };
const ans = (names) => answerUnits(names, MAP);

// [STT, task, leads, partners, typed time, due | null, why, product]
const R = [
  ["1", "Rà soát, công bố danh mục thủ tục hành chính đủ điều kiện cung cấp dịch vụ công trực tuyến toàn trình năm " +
    "2026", [VP], [SBN], "31/03/2026", "2026-03-31", "", "Quyết định công bố danh mục"],
  ["2", "Tái cấu trúc quy trình, cấu hình dịch vụ công trực tuyến toàn trình trên Hệ thống thông tin giải quyết thủ " +
    "tục hành chính tỉnh", [KH], [VP, SBN], "05/06/2026", "2026-06-05", "", "Quy trình điện tử được cấu hình"],
  ["3", "Xác thực điện tử qua tài khoản định danh điện tử VNeID khi nộp hồ sơ trực tuyến", [CA], [KH, VP],
    "Quý II/2026", "2026-06-30", "the quarter's last day", "100% hồ sơ trực tuyến được xác thực"],
  ["4", "Tích hợp, triển khai thanh toán trực tuyến nghĩa vụ tài chính, phí, lệ phí trong giải quyết thủ tục hành chính",
    [TC], [KH, VP], "01/09/2026", "2026-09-01", "", "Tỷ lệ thanh toán trực tuyến đạt trên 50%"],
  ["5", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực tại Bộ phận Một cửa cấp xã", [XA], [PV],
    "30/09/2026", "2026-09-30", "", "Hồ sơ được số hóa, tái sử dụng"],
  ["6", "Tuyên truyền, hướng dẫn người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến", [BAO], [XA],
    "Thường xuyên", null, "", "Tin, bài, phóng sự"],
  ["7", "Tập huấn kỹ năng hướng dẫn, hỗ trợ nộp hồ sơ trực tuyến cho công chức Bộ phận Một cửa cấp xã", [NV], [VP, PV],
    "11/07/2026", "2026-07-11", "", "Các lớp tập huấn"],
  ["8", "Đo lường sự hài lòng của người dân đối với dịch vụ công trực tuyến của các cơ quan hành chính nhà nước", [NV],
    [BD], "Tháng 10/2026", "2026-10-31", "the month's last day", "Báo cáo kết quả đo lường"],
  ["9", "Kiểm tra việc tiếp nhận, giải quyết thủ tục hành chính trên môi trường điện tử tại một số xã, phường", [VP],
    [NV, KH], "12/10/2026", "2026-10-12", "", "Thông báo kết quả kiểm tra"],
  ["10", "Rà soát, đề xuất cắt giảm, đơn giản hóa thủ tục hành chính nội bộ giữa các cơ quan hành chính nhà nước",
    [TP], [VP, SBN], "15/08/2026", "2026-08-15", "", "Phương án đơn giản hóa"],
  ["11", "Nâng cấp hạ tầng, bảo đảm an toàn thông tin cho Cổng Dịch vụ công và Hệ thống thông tin giải quyết thủ tục " +
    "hành chính tỉnh", [KH], [CA], "24/04/2026", "2026-04-24", "", "Hệ thống đạt cấp độ 3"],
  ["12", "Báo cáo kết quả cung cấp dịch vụ công trực tuyến 6 tháng đầu năm, gửi Văn phòng UBND tỉnh tổng hợp", [SBN, XA],
    [], "10/06/2026", "2026-06-10", "", "Báo cáo"],
  ["13", "Báo cáo kết quả cung cấp dịch vụ công trực tuyến năm 2026, gửi Văn phòng UBND tỉnh tổng hợp", [SBN, XA], [],
    "05/12/2026", "2026-12-05", "", "Báo cáo"],
];

/** What en-US Excel made of a typed "dd/mm/yyyy": a day up to 12 a swapped date serial in the short date format
 * "m/d/yyyy" (right-aligned), else the text as typed (left-aligned). Words stay words. */
function typed(s) {
  const m = s.match(/^(\d{2})\/(\d{2})\/(\d{4})$/);
  if (m && +m[1] <= 12) return C(D(+m[3], +m[1], +m[2]), { fmt: "m/d/yyyy", align: "right" });
  return C(s, { align: "left" });
}

const N = 6;
const rows = [
  ...headerRows({ up: "ỦY BAN NHÂN DÂN", agency: "TỈNH THÁI NGUYÊN", number: NUM,
    place: "Thái Nguyên, ngày 12 tháng 3 năm 2026" }, N),
  title("KẾ HOẠCH", N),
  title("Nâng cao chất lượng cung cấp dịch vụ công trực tuyến trên địa bàn tỉnh Thái Nguyên năm 2026", N),
  title("(Danh mục nhiệm vụ)", N, { bold: false, italic: true }),
  { cells: [C("", { across: N - 1 })], box: false },
  { cells: ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành", "Sản phẩm"]
    .map((h) => C(h, H)) },
];
const HEAD = rows.length;
for (const r of R) {
  rows.push({ cells: [C(r[0], { align: "center" }), r[1], r[2].join(";\n"), r[3].join(";\n"), typed(r[4]), r[7]] });
}
rows.push({ cells: [C("", { across: N - 1 })], box: false });
rows.push(note("Các cơ quan, đơn vị căn cứ nhiệm vụ được giao chủ động triển khai thực hiện; định kỳ báo cáo kết quả " +
  "theo thời hạn tại Danh mục này.", N, { italic: true }));
rows.push(...signRows(
  ["- Văn phòng Chính phủ (b/c);", "- TT. Tỉnh ủy, TT. HĐND tỉnh (b/c);", "- Chủ tịch, các PCT UBND tỉnh;",
    "- Các sở, ban, ngành tỉnh;", "- UBND các xã, phường;", "- Lưu: VT, KSTT."],
  ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(Đã ký)", "", "Nguyễn Thanh Bình"], N));

const sheet = {
  name: "Ke hoach 48", widths: [6, 52, 24, 28, 16, 26], boxFrom: HEAD, size: 12, rows,
  setup(ws) { ws.pageSetup.printTitlesRow = `${HEAD}:${HEAD}`; },
};
await saveBook(DIR, [sheet], { creator: "KSTT - VP UBND tinh", created: "2026-03-09T02:15:00Z",
  modified: "2026-03-12T08:20:00Z", size: 12 });

const tasks = [];
const lines = [];
for (const r of R) {
  const c = typed(r[4]);
  if (!r[5]) { lines.push(`${r[0]} '${r[4]}' no task`); continue; }
  tasks.push(task(r[0], r[1], r[5], ans(r[2]), ans(r[3])));
  const how = c.v instanceof Date ? ` (a date cell holding ${isoOf(c.v)})` : /^\d/.test(r[4]) ? " (text)" : "";
  const seen = c.v instanceof Date ? showDate(c.v, "m/d/yyyy") : r[4];
  lines.push(when(r[0], seen, r[5]) + how + (r[6] ? ` (${r[6]})` : ""));
}
writeExpected(DIR, {
  id: ID,
  style: `Kế hoạch ${NUM} of UBND tỉnh Thái Nguyên, 12/3/2026 (dịch vụ công trực tuyến 2026; after 1/7/2025), typed ` +
    "whole in one sheet (header block, table, Nơi nhận, signature) on an EN-US Windows: deadlines TYPED dd/mm/yyyy " +
    "into General cells; a day up to 12 became a US date with day and month SWAPPED, formatted 'm/d/yyyy' so it SHOWS " +
    "what was typed (right-aligned), a day over 12 stayed text (left-aligned). Read as the sheet shows it, day first, " +
    "as every Vietnamese reader does (the stored serial is a slip of the locale; one, 9 January, falls before the plan's own " +
    "date): " + lines.join("; ") + ". ref = STT. Units one a line; 'Các sở, ban, ngành' = @departments; 'UBND các " +
    "xã, phường' (no commune imported) = the unresolved 'UBND cấp xã'; 'gửi Văn phòng UBND tỉnh tổng hợp' names the " +
    "recipient, no partner. plan.xlsx (exceljs), .xls/.ods LibreOffice's copies, plan.pdf LibreOffice's print, " +
    "plan.txt Excel's copy.",
  province: "Thái Nguyên",
  plan: { number: NUM, date: "2026-03-12" },
  tasks,
  unresolved: ["UBND các xã, phường", PV],
  successors: [],
});
