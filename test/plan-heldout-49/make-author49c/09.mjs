// 09: Thái Nguyên 2026 (after the reorganisation: merged departments, wards and communes, no districts). The Sở Nội
// vụ's FOLLOW-UP WORKBOOK of Kế hoạch 24/KH-UBND ngày 20/01/2026 (cải cách hành chính năm 2026): a summary sheet
// "Tong hop" (counts per quarter by COUNTA/COUNTIF formulas, no task), then ONE SHEET PER QUARTER ("Quy I" .. "Quy
// IV", tab names typed without accents) with THE SAME COLUMNS on each: STT | Nội dung nhiệm vụ | Cơ quan chủ trì |
// Cơ quan phối hợp | Thời hạn hoàn thành | Tiến độ | Ngày báo cáo | Ghi chú. STT restarts on every sheet (ref =
// the quarter's Roman numeral "." STT, as the sheet's title names it). Thời hạn mostly real Excel dates, some text;
// the "Ngày báo cáo" column holds real dates too (the day a unit reported), no deadlines; frozen header rows.
import { C, H, D, answer, blank, note, saveBook, task, title, when, writeExpected } from "./common.mjs";

const ID = "09-thai-nguyen-2026-so-noi-vu-follow-up-sheet-per-quarter-same-columns-summary-formulas-report-date-column";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NUM = "24/KH-UBND";
const SBN = "Các sở, ban, ngành", XP = "UBND các xã, phường", TTPV = "Trung tâm Phục vụ hành chính công tỉnh";
const MAP = {
  [SBN]: ["@departments"], "các sở, ban, ngành": ["@departments"], "VP UBND tỉnh": ["Văn phòng UBND tỉnh"],
  "Sở KH&CN": ["Sở Khoa học và Công nghệ"], "Sở GD&ĐT": ["Sở Giáo dục và Đào tạo"],
  "Sở VH,TT&DL": ["Sở Văn hóa, Thể thao và Du lịch"], "Thống kê tỉnh": ["Cục Thống kê tỉnh"],
  "Hội đồng thẩm định Chỉ số CCHC": ["Hội đồng thẩm định"], "Sở NN&MT": ["Sở Nông nghiệp và Môi trường"],
};

// Per quarter: [STT, task, lead (written, ", "-separated list of names), partners (array of written names),
//   time cell (a Date or text), due (ISO) | null, progress, report day (Date | ""), note]
const Q = {
  I: [
    ["1", "Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2026", ["Sở Nội vụ"],
      ["Sở VH,TT&DL", "Sở KH&CN"], D(2026, 2, 10), "2026-02-10", "Đã hoàn thành", D(2026, 2, 9),
      "KH số 35/KH-SNV ngày 09/02/2026"],
    ["2", "Rà soát, công bố danh mục thủ tục hành chính sau sắp xếp tổ chức bộ máy các sở, ngành", ["VP UBND tỉnh"],
      [SBN], "Tháng 3/2026", "2026-03-31", "Đang thực hiện", D(2026, 3, 20), "Đã công bố 412/520 TTHC"],
    ["3", "Xây dựng, trình ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2026", ["Sở Nội vụ"],
      ["VP UBND tỉnh", "Sở Tư pháp"], "Trước 15/02/2026", "2026-02-14", "Đã hoàn thành", D(2026, 2, 12),
      "Trình UBND tỉnh ngày 12/02/2026"],
    ["4", "Tổ chức Hội nghị triển khai nhiệm vụ cải cách hành chính, chuyển đổi số năm 2026", ["Sở Nội vụ"],
      ["VP UBND tỉnh"], D(2026, 3, 6), "2026-03-06", "Đã hoàn thành", D(2026, 3, 6), ""],
  ],
  II: [
    ["1", "Triển khai khảo sát đo lường sự hài lòng của người dân, tổ chức (SIPAS) năm 2026", ["Sở Nội vụ"],
      ["Bưu điện tỉnh", XP], "Quý II/2026", "2026-06-30", "Đang thực hiện", D(2026, 4, 24), "Đã phát 4.200 phiếu"],
    ["2", "Tập huấn kỹ năng giao tiếp, ứng xử cho công chức Bộ phận Một cửa các cấp", [TTPV], ["Sở Nội vụ"],
      D(2026, 5, 22), "2026-05-22", "Chưa thực hiện", "", ""],
    ["3", "Kiểm tra công tác cải cách hành chính đợt 1 tại một số sở, ngành và UBND xã, phường", ["Sở Nội vụ"],
      ["Sở Tư pháp", "Sở Tài chính"], "Từ 15/4 đến 30/5/2026", "2026-05-30", "Đang thực hiện", D(2026, 5, 8),
      "Đã kiểm tra 06/12 đơn vị"],
    ["4", "Báo cáo kết quả cải cách hành chính 6 tháng đầu năm 2026 gửi Sở Nội vụ", [SBN, XP], [],
      D(2026, 6, 10), "2026-06-10", "", "", "Theo Đề cương tại Công văn số 1022/SNV-CCHC"],
  ],
  III: [
    ["1", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực, tái sử dụng dữ liệu đã số hóa",
      ["Sở KH&CN"], ["VP UBND tỉnh", XP], "Tháng 8/2026", "2026-08-31", "", "", ""],
    ["2", "Đánh giá chất lượng cung cấp dịch vụ công trực tuyến toàn trình của các cơ quan, đơn vị", ["VP UBND tỉnh"],
      ["Sở KH&CN"], D(2026, 9, 15), "2026-09-15", "", "", ""],
    ["3", "Rà soát, điều chỉnh đề án vị trí việc làm sau sắp xếp, kiện toàn tổ chức bộ máy", ["Sở Nội vụ"],
      ["các sở, ban, ngành"], D(2026, 7, 31), "2026-07-31", "", "", "Theo Nghị định số 62/2020/NĐ-CP"],
    ["4", "Kiểm tra công tác cải cách hành chính đợt 2 tại các cơ sở giáo dục, y tế", ["Sở Nội vụ"],
      ["Sở Y tế", "Sở GD&ĐT"], "Quý III/2026", "2026-09-30", "", "", ""],
    ["5", "Cập nhật tin, bài trên Chuyên trang cải cách hành chính của Cổng thông tin điện tử tỉnh", ["Sở Nội vụ"],
      [], "Thường xuyên", null, "", "", "Không tính tiến độ"],
  ],
  IV: [
    ["1", "Xây dựng, trình ban hành Kế hoạch cải cách hành chính năm 2027 của tỉnh", ["Sở Nội vụ"],
      ["các sở, ban, ngành"], "Trước 15/12/2026", "2026-12-14", "", "", ""],
    ["2", "Tổng hợp, phân tích và công bố kết quả khảo sát SIPAS năm 2026 của tỉnh", ["Sở Nội vụ"],
      ["Thống kê tỉnh"], D(2026, 12, 4), "2026-12-04", "", "", ""],
    ["3", "Thẩm định kết quả tự đánh giá, xếp hạng Chỉ số cải cách hành chính năm 2026", ["Sở Nội vụ"],
      ["Hội đồng thẩm định Chỉ số CCHC"], "Tháng 12/2026", "2026-12-31", "", "", "Sau khi có Bộ chỉ số mới"],
    ["4", "Báo cáo kết quả cải cách hành chính năm 2026 của cơ quan, đơn vị gửi Sở Nội vụ", [SBN, XP], [],
      "Trước 25/11/2026", "2026-11-24", "", "", ""],
  ],
};

const N = 8;
const WIDTHS = [5, 46, 20, 24, 14, 14, 12, 24];
const MID = { align: "center" };
const quarterSheet = (q, rows) => ({
  name: `Quy ${q}`, widths: WIDTHS, boxFrom: 5, size: 11, grid: false,
  rows: [
    { cells: [C("SỞ NỘI VỤ TỈNH THÁI NGUYÊN", { bold: true, across: 1 }), C("", { across: 5 })], box: false },
    title(`BẢNG THEO DÕI TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH QUÝ ${q} NĂM 2026`, N),
    title(`(Theo Kế hoạch số ${NUM} ngày 20/01/2026 của UBND tỉnh Thái Nguyên)`, N, { bold: false, italic: true }),
    blank(),
    { cells: ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành", "Tiến độ",
      "Ngày báo cáo", "Ghi chú"].map((h) => C(h, { ...H, fill: "FFD9E1F2" })) },
    ...rows.map((r) => ({ cells: [C(r[0], MID), C(r[1]), C(r[2].join(", ")), C(r[3].join(", ")),
      C(r[4], MID), C(r[6], MID), C(r[7], MID), C(r[8])] })),
  ],
  setup(ws) {
    ws.views = [{ state: "frozen", ySplit: 5, showGridLines: false }];
    ws.pageSetup.printTitlesRow = "5:5";
  },
});

const count = (q) => Q[q].length;
const done = (q) => Q[q].filter((r) => r[6] === "Đã hoàn thành").length;
const tot = (f) => ["I", "II", "III", "IV"].reduce((a, q) => a + f(q), 0);
const summary = {
  name: "Tong hop", widths: [8, 30, 14, 16, 16], boxFrom: 5, size: 11, portrait: true,
  rows: [
    { cells: [C("SỞ NỘI VỤ TỈNH THÁI NGUYÊN", { bold: true, across: 1 })], box: false },
    title("TỔNG HỢP TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026", 5),
    title(`(Kế hoạch số ${NUM} ngày 20/01/2026; số liệu lấy từ các sheet Quý)`, 5, { bold: false, italic: true }),
    blank(),
    { cells: ["TT", "Quý", "Số nhiệm vụ", "Đã hoàn thành", "Chưa hoàn thành"].map((h) => C(h, H)) },
    ...["I", "II", "III", "IV"].map((q, i) => ({ cells: [C(i + 1, MID), C(`Quý ${q}/2026`),
      C(count(q), { ...MID, formula: `COUNTA('Quy ${q}'!B6:B${5 + count(q)})` }),
      C(done(q), { ...MID, formula: `COUNTIF('Quy ${q}'!F6:F${5 + count(q)},"Đã hoàn thành")` }),
      C(count(q) - done(q), { ...MID, formula: `C${6 + i}-D${6 + i}` })] })),
    { cells: [C("Cộng", { bold: true, across: 1, align: "center" }),
      C(tot(count), { ...MID, bold: true, formula: "SUM(C6:C9)" }),
      C(tot(done), { ...MID, bold: true, formula: "SUM(D6:D9)" }),
      C(tot(count) - tot(done), { ...MID, bold: true, formula: "SUM(E6:E9)" })] },
    blank(),
    note("Ghi chú: Các đơn vị cập nhật cột Tiến độ, Ngày báo cáo trên từng sheet Quý trước ngày 25 tháng cuối quý.",
      5, { italic: true }),
  ],
};

const sheets = [summary, ...["I", "II", "III", "IV"].map((q) => quarterSheet(q, Q[q]))];
await saveBook(DIR, sheets, { creator: "Nguyen Thi Lan Anh", created: "2026-01-22T01:30:00Z",
  modified: "2026-05-11T09:05:00Z", size: 11 });

const tasks = [];
const lines = [];
for (const q of ["I", "II", "III", "IV"]) {
  for (const r of Q[q]) {
    const ref = `${q}.${r[0]}`;
    if (!r[5]) {
      lines.push(`${ref} '${r[4]}' no task`);
      continue;
    }
    tasks.push(task(ref, r[1], r[5], answer(r[2], MAP), answer(r[3], MAP)));
    lines.push(when(ref, typeof r[4] === "string" ? r[4] : "", r[5]));
  }
}
writeExpected(DIR, {
  id: ID,
  style: `Kế hoạch ${NUM} of UBND tỉnh Thái Nguyên, 20/01/2026 (after the reorganisation: no districts), cải cách ` +
    "hành chính 2026, as the SỞ NỘI VỤ'S FOLLOW-UP WORKBOOK: sheet 'Tong hop' (a summary, counts per quarter by " +
    "COUNTA/COUNTIF formulas: no task), then ONE SHEET PER QUARTER 'Quy I'..'Quy IV' (tabs typed without accents) " +
    "with THE SAME COLUMNS: STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn hoàn thành | " +
    "Tiến độ | Ngày báo cáo | Ghi chú; header on row 5 of each sheet, frozen. STT RESTARTS on each sheet: ref = the " +
    "quarter's Roman numeral (the sheet's title 'QUÝ II NĂM 2026') '.' STT. Thời hạn real Excel dates (due = that " +
    "day) or text read by the rules ('Trước X' = X-1, 'Tháng M/Y' = its last day, 'Quý III/2026' = 30/9, 'Từ 15/4 " +
    "đến 30/5/2026' = 30/5): " + lines.join("; ") + ". 'Ngày báo cáo' (the day a unit reported) and Ghi chú days " +
    "are no deadlines; Tiến độ drops no task. Names joined by ', ': 'Các sở, ban, ngành' = @departments, 'UBND các " +
    "xã, phường' = unresolved 'UBND cấp xã', 'VP UBND tỉnh', 'Sở KH&CN', 'Sở GD&ĐT', 'Sở VH,TT&DL' their directory " +
    "names, 'Thống kê tỉnh' = Cục Thống kê tỉnh, 'Hội đồng thẩm định Chỉ số CCHC' = Hội đồng thẩm định; 'Trung " +
    "tâm Phục vụ hành chính công tỉnh' unresolved. 'gửi Sở Nội vụ' names the recipient. plan.xlsx (exceljs), " +
    ".xls/.ods LibreOffice's copies, plan.pdf its print, plan.txt Excel's copy of each sheet after its tab name.",
  province: "Thái Nguyên",
  plan: { number: NUM, date: "2026-01-20" },
  tasks,
  unresolved: [TTPV, XP],
  successors: [],
});
