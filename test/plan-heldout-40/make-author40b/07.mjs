// 07: Thái Nguyên 2025 (plan of 12/3/2025, before the reorganisation: old departments, districts), UBND tỉnh, Kế
// hoạch 58/KH-UBND, bảo vệ môi trường năm 2025, as a WORKBOOK. Habit: a WIDE SHEET PRINTED ACROSS PAGES: ten columns
// STT | Nội dung | Chủ trì | Phối hợp | Sản phẩm | Kinh phí | Nguồn vốn | Thời gian bắt đầu | Thời hạn hoàn thành |
// Ghi chú, far wider than an A4 page, printed by LibreOffice at 100% (no fit-to-width), page order "down, then over",
// no print titles: plan.pdf's first pages hold the left columns of the rows, the later pages the right columns
// (start, deadline, notes) of the same rows, with no STT or title beside them.
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import ExcelJS from "exceljs";
import { task } from "../../plan-corpus/author-kit/lib.mjs";

const ID = "07-thai-nguyen-2025-wide-sheet-printed-across-pages-no-fit-to-width-down-then-over-deadline-column-apart";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const TN = "Sở Tài nguyên và Môi trường", NN = "Sở Nông nghiệp và Phát triển nông thôn", XD = "Sở Xây dựng";
const CT = "Sở Công Thương", YT = "Sở Y tế", CA = "Công an tỉnh", TP = "Sở Tư pháp";
const KCN = "Ban Quản lý các khu công nghiệp tỉnh", HND = "Hội Nông dân tỉnh";
const H = "UBND các huyện, thành phố", SC = "UBND thành phố Sông Công", PY = "UBND thành phố Phổ Yên";
const DTu = "UBND huyện Đại Từ", PB = "UBND huyện Phú Bình", VN = "UBND huyện Võ Nhai";
const D = (y, m, d) => new Date(Date.UTC(y, m - 1, d));
const SN = "Sự nghiệp môi trường", NS = "Ngân sách tỉnh";

// [title, lead cell, coord cell, product, cost, source, start, deadline (text or Date), note, due|null, lead, coord]
const G1 = "I. NHIỆM VỤ QUẢN LÝ NHÀ NƯỚC", G2 = "II. DỰ ÁN, NHIỆM VỤ CHUYÊN MÔN";
const data = [G1,
  ["Xây dựng Kế hoạch quản lý chất lượng môi trường không khí tỉnh Thái Nguyên giai đoạn 2025-2030", "Sở TN&MT",
    "Sở Y tế; Sở Công Thương", "Kế hoạch được UBND tỉnh phê duyệt", 450, SN, "Tháng 3/2025", "Quý III/2025", "",
    "2025-09-30", [TN], [YT, CT]],
  ["Điều tra, thống kê các nguồn thải trên địa bàn tỉnh", "Sở TN&MT", H, "Cơ sở dữ liệu nguồn thải", 1200, SN,
    D(2025, 4, 1), D(2025, 11, 30), "", "2025-11-30", [TN], ["@districts"]],
  ["Kiểm tra việc chấp hành pháp luật về bảo vệ môi trường tại các khu, cụm công nghiệp", "Sở TN&MT",
    "Ban Quản lý các KCN tỉnh; Công an tỉnh", "Báo cáo kết quả kiểm tra", 150, SN, "Tháng 5/2025", "Tháng 10/2025",
    "", "2025-10-31", [TN], [KCN, CA]],
  ["Rà soát, cập nhật quy hoạch các khu xử lý chất thải rắn sinh hoạt tập trung", "Sở Xây dựng", `Sở TN&MT; ${H}`,
    "Báo cáo rà soát", 300, NS, "Quý II/2025", "Trước 30/9/2025", "", "2025-09-29", [XD], [TN, "@districts"]],
  ["Tham mưu ban hành quy định phân loại chất thải rắn sinh hoạt tại nguồn", "Sở TN&MT", "Sở Tư pháp",
    "Quyết định của UBND tỉnh", null, "", "Tháng 3/2025", D(2025, 6, 30), "", "2025-06-30", [TN], [TP]],
  ["Hướng dẫn thu gom, xử lý chất thải y tế nguy hại theo cụm cơ sở y tế", "Sở Y tế", "Sở TN&MT",
    "Văn bản hướng dẫn", 50, SN, D(2025, 4, 15), D(2025, 5, 31), "", "2025-05-31", [YT], [TN]],
  ["Tuyên truyền, nâng cao nhận thức cộng đồng về bảo vệ môi trường", "Sở TT&TT",
    "Báo Thái Nguyên; Đài PT-TH tỉnh", "Tin, bài, phóng sự", 200, SN, "Tháng 1/2025", "Thường xuyên", "", null],
  G2,
  ["Đầu tư trạm quan trắc không khí tự động tại thành phố Sông Công", "Sở TN&MT", SC, "01 trạm quan trắc", 3500,
    NS, "Quý II/2025", "Tháng 12/2025", "Chuyển tiếp từ năm 2024", "2025-12-31", [TN], [SC]],
  ["Nâng cấp hệ thống xử lý nước thải tập trung Khu công nghiệp Yên Bình", "Ban Quản lý các KCN tỉnh", PY,
    "Hệ thống đạt QCVN 40:2011/BTNMT", 12000, "Doanh nghiệp", D(2025, 3, 1), D(2025, 10, 15), "", "2025-10-15",
    [KCN], [PY]],
  ["Cải tạo, phục hồi môi trường khu vực mỏ đã kết thúc khai thác tại huyện Đại Từ", "Sở Công Thương",
    `Sở TN&MT; ${DTu}`, "Phương án cải tạo được phê duyệt", 800, "Tiền ký quỹ", "Tháng 4/2025", "Quý IV/2025", "",
    "2025-12-31", [CT], [TN, DTu]],
  ["Xây dựng mô hình thu gom, xử lý bao gói thuốc bảo vệ thực vật sau sử dụng", "Sở NN&PTNT", `Hội Nông dân tỉnh; ${PB}`,
    "Mô hình tại 05 xã", 250, SN, "Tháng 3/2025", "Từ tháng 4 đến tháng 8/2025", "", "2025-08-31", [NN], [HND, PB]],
  ["Điều tra, đánh giá đa dạng sinh học Khu bảo tồn thiên nhiên Thần Sa - Phượng Hoàng", "Sở NN&PTNT",
    `Sở TN&MT; ${VN}`, "Báo cáo điều tra", 900, SN, D(2025, 6, 1), D(2025, 12, 20), "", "2025-12-20", [NN], [TN, VN]],
  ["Trồng cây xanh phân tán trong khuôn viên cơ quan, trường học, khu dân cư", "Sở NN&PTNT", H,
    "01 triệu cây xanh", null, "Xã hội hóa", "Tháng 2/2025", "Trước ngày 30/4/2025", "", "2025-04-29", [NN],
    ["@districts"]],
  ["Lập hồ sơ đề nghị cấp giấy phép môi trường cho các bệnh viện công lập tuyến tỉnh", "Sở Y tế", "Sở TN&MT",
    "Giấy phép môi trường", 120, NS, D(2025, 4, 1), D(2025, 7, 31), "", "2025-07-31", [YT], [TN]],
  ["Quan trắc, đánh giá chất lượng nước sông Cầu, sông Công đoạn chảy qua tỉnh", "Sở TN&MT", "", "Báo cáo quan trắc",
    650, SN, "Quý I/2025", "6 tháng đầu năm 2025", "", "2025-06-30", [TN], []],
  ["Xử lý dứt điểm các cơ sở gây ô nhiễm môi trường nghiêm trọng", "Công an tỉnh", "Sở TN&MT", "Kết quả xử lý", 100,
    NS, "Quý II/2025", "Tháng 9/2025", "", "2025-09-30", [CA], [TN]],
  ["Tổng hợp, báo cáo kết quả công tác bảo vệ môi trường năm 2025", "Sở TN&MT", `Các sở, ban, ngành; ${H}`,
    "Báo cáo", 80, SN, "Tháng 11/2025", D(2026, 1, 15), "Gửi Bộ TN&MT", "2026-01-15", [TN],
    ["@departments", "@districts"]],
];

const pad = (n) => String(n).padStart(2, "0");
const show = (v) => (v instanceof Date ? `${pad(v.getUTCDate())}/${pad(v.getUTCMonth() + 1)}/${v.getUTCFullYear()}` :
  typeof v === "number" ? v.toLocaleString("de-DE") : v ?? "");
const HEAD = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Kinh phí (triệu đồng)",
  "Nguồn vốn", "Thời gian bắt đầu", "Thời hạn hoàn thành", "Ghi chú"];
const WIDTHS = [6, 40, 20, 26, 24, 11, 15, 14, 16, 20];
const sheet = [
  { vals: ["ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN"], across: true, bold: true },
  { vals: ["PHỤ LỤC: DANH MỤC NHIỆM VỤ BẢO VỆ MÔI TRƯỜNG NĂM 2025"], across: true, bold: true, center: true },
  { vals: ["(Kèm theo Kế hoạch số 58/KH-UBND ngày 12/3/2025 của UBND tỉnh Thái Nguyên)"], across: true, italic: true,
    center: true },
  { vals: [] },
  { vals: HEAD, bold: true, center: true, box: true },
];
const tasks = [];
let n = 0;
for (const r of data) {
  if (typeof r === "string") {
    sheet.push({ vals: [r.split(". ")[0], r.split(". ")[1]], bold: true, box: true });
    continue;
  }
  const [title, lc, cc, prod, cost, src, start, dl, note, due, lead, co] = r;
  n++;
  sheet.push({ vals: [n, title, lc, cc, prod, cost, src, start, dl, note], box: true });
  if (due) tasks.push(task(String(n), title, due, lead, co));
}

fs.mkdirSync(DIR, { recursive: true });
const wb = new ExcelJS.Workbook();
wb.creator = "Chi cuc BVMT";
wb.created = new Date("2025-03-11T08:20:00Z");
const ws = wb.addWorksheet("Phu luc", { views: [{ showGridLines: true }], pageSetup: { paperSize: 9,
  orientation: "portrait", fitToPage: false, scale: 100, pageOrder: "downThenOver",
  margins: { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 } } });
ws.columns = WIDTHS.map((width) => ({ width }));
const thin = { style: "thin" };
sheet.forEach((spec, i) => {
  const row = ws.getRow(i + 1);
  const fit = (v, k) => Math.ceil(show(v).length / (WIDTHS[k] * 0.95));
  const lines = spec.across ? 1 : Math.max(1, ...spec.vals.map(fit));
  row.height = 16 * lines + 2;
  spec.vals.forEach((v, k) => {
    const cell = row.getCell(k + 1);
    cell.value = v === null || v === "" ? null : typeof v === "string" ? v.normalize("NFC") : v;
    if (v instanceof Date) cell.numFmt = "dd/mm/yyyy";
    if (typeof v === "number" && k === 5) cell.numFmt = "#,##0";
    cell.font = { name: "Times New Roman", size: 12, bold: !!spec.bold, italic: !!spec.italic };
    cell.alignment = { vertical: "top", wrapText: !spec.across,
      horizontal: spec.center || k === 0 || k >= 5 && k <= 8 ? "center" : "left" };
  });
  if (spec.across) ws.mergeCells(i + 1, 1, i + 1, HEAD.length);
  if (spec.box) for (let k = 1; k <= HEAD.length; k++) {
    ws.getRow(i + 1).getCell(k).border = { top: thin, left: thin, bottom: thin, right: thin };
  }
});
await wb.xlsx.writeFile(path.join(DIR, "plan.xlsx"));
// Excel's copy of the used range: tabs, CRLF, every row as wide as the range
const txt = sheet.map((s) => Array.from({ length: HEAD.length }, (_, k) => show(s.vals[k]))
  .map((v) => (/[\n"\t]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join("\t")).join("\r\n") + "\r\n";
fs.writeFileSync(path.join(DIR, "plan.txt"), txt.normalize("NFC"));

const tmp = fs.mkdtempSync("/tmp/author40b-pdf-");
execFileSync("soffice", ["-env:UserInstallation=file:///tmp/author40b-lo", "--headless", "--convert-to", "pdf",
  "--outdir", tmp, path.join(DIR, "plan.xlsx")], { stdio: "ignore" });
fs.copyFileSync(path.join(tmp, "plan.pdf"), path.join(DIR, "plan.pdf"));
execFileSync("npx", ["tsx", "scripts/plan-corpus/office-copies.ts", DIR, "--xls", "--ods"], { stdio: "inherit",
  cwd: new URL("../../../", import.meta.url).pathname });

const DATES = "1 'Quý III/2025' 30/9 Tue; 2 30/11/2025 (a date cell) Sun -> 1/12 Mon; 3 'Tháng 10/2025' 31/10 Fri; 4 " +
  "'Trước 30/9/2025' -> 29/9 Mon; 5 30/06/2025 Mon; 6 31/05/2025 Sat -> 2/6 Mon; 7 'Thường xuyên' no task; 8 " +
  "'Tháng 12/2025' 31/12 Wed; 9 15/10/2025 Wed; 10 'Quý IV/2025' 31/12 Wed; 11 'Từ tháng 4 đến tháng 8/2025' 31/8 " +
  "Sun (1-2/9 holidays) -> 3/9 Wed; 12 20/12/2025 Sat -> 22/12 Mon; 13 'Trước ngày 30/4/2025' -> 29/4 Tue; 14 " +
  "31/07/2025 Thu; 15 '6 tháng đầu năm 2025' 30/6 Mon; 16 'Tháng 9/2025' 30/9 Tue; 17 15/01/2026 Thu (Ghi chú " +
  "'Gửi Bộ TN&MT' a recipient). 'Thời gian bắt đầu' (Tháng 3/2025, 01/04/2025 …) is a start, never the deadline.";
const expected = {
  id: ID,
  style: "Phụ lục of Kế hoạch 58/KH-UBND of UBND tỉnh Thái Nguyên, 12/3/2025 (before the reorganisation: old " +
    "departments and districts, in force on the plan's date even for deadlines after July 2025), bảo vệ môi trường " +
    "2025, as a WORKBOOK. HABIT: A WIDE SHEET PRINTED ACROSS PAGES: ten columns STT | Nội dung nhiệm vụ | Cơ quan " +
    "chủ trì | Cơ quan phối hợp | Sản phẩm | Kinh phí (triệu đồng) | Nguồn vốn | Thời gian bắt đầu | Thời hạn hoàn " +
    "thành | Ghi chú, printed by LibreOffice on portrait A4 at 100% (no fit-to-width), page order down then over, " +
    "no repeated rows or columns: plan.pdf's first pages carry STT-Phối hợp of the rows, later pages the rest " +
    "(products, cost, start, deadline, notes) of the same rows with no STT or title beside them. Group rows I, II; " +
    "STT 1-17 running on; ref = STT. Deadlines are text or real dates (dd/mm/yyyy). " + DATES + " Abbreviations: " +
    "Sở TN&MT, Sở NN&PTNT, Sở TT&TT, Ban Quản lý các KCN tỉnh; 'UBND các huyện, thành phố' = @districts, 'Các sở, " +
    "ban, ngành' = @departments. plan.xlsx (exceljs), plan.xls / plan.ods LibreOffice's copies, plan.txt Excel's " +
    "copy of the sheet (whole rows).",
  province: "Thái Nguyên",
  plan: { number: "58/KH-UBND", date: "2025-03-12" },
  tasks, unresolved: [], successors: [],
};
fs.writeFileSync(path.join(DIR, "expected.json"), JSON.stringify(expected, null, 2).normalize("NFC") + "\n");
