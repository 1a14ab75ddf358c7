// 08: Lai Châu 2026, after the reorganisation — UBND tỉnh Lai Châu's plan for the provincial youth development
// strategy in 2026 (Sở Nội vụ, which took over youth affairs). Three levels of headings: parts A, B (letters), Roman
// sections I-III inside part B (Roman at the SECOND level) and numbered items; part A is last year's results. The
// Word file was saved as "Web Page, Filtered" (MsoNormal classes, "Microsoft Word 15 (filtered)") and that page was
// printed to PDF from the browser without header and footer (Chromium).
import fs from "node:fs";
import { execFileSync } from "node:child_process";
import { build, task, toHtml } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "08-lai-chau-2026-word-filtered-web-page-print-part-letters-roman-second-level";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const SNV = "Sở Nội vụ";
const TD = "Tỉnh đoàn";

const P = { kind: "upper", inst: "P" };
const part = (num, text) => ({ t: "p", num, text, bold: true, indent: false, list: P });
const sec = (inst) => (num, text) => ({ t: "p", num, text, bold: true, indent: false, list: { kind: "roman", inst } });
const sB = sec("B");
const n = (inst) => (num, text) => ({ t: "p", num, text, list: { kind: "decimal", inst } });
const nA = n("A");
const nII = n("BII");
const nIII = n("BIII");
const dash = (inst) => (text) => ({ t: "p", num: "-", text, list: { kind: "dash", inst } });
const dI = dash("BI");
const plain = (text) => ({ t: "p", text });

const tasks = [
  task("B.II.1", "Tham mưu UBND tỉnh ban hành Kế hoạch tổ chức Diễn đàn \"Thanh niên Lai Châu với chuyển đổi số\" năm " +
    "2026", "2026-03-31", [SNV], [TD]),
  task("B.II.2", "Tổ chức tư vấn hướng nghiệp, phân luồng cho học sinh lớp 9, lớp 12 năm học 2025-2026", "2026-05-14",
    ["Sở Giáo dục và Đào tạo"], ["UBND cấp xã"]),
  task("B.II.3", "Tổ chức phiên giao dịch việc làm chuyên đề cho thanh niên", "2026-06-30", [SNV],
    [TD, "UBND cấp xã"]),
  task("B.II.5", "Tuyên truyền phòng, chống ma túy trong thanh niên hưởng ứng Tháng hành động phòng, chống ma túy",
    "2026-06-30", ["Công an tỉnh"], [TD]),
  task("B.II.6", "Tổ chức tư vấn, khám sức khỏe tiền hôn nhân cho thanh niên tại các xã vùng cao", "2026-06-30",
    ["Sở Y tế"], ["UBND cấp xã"]),
  task("B.II.7", "Tổ chức Cuộc thi ý tưởng khởi nghiệp đổi mới sáng tạo dành cho thanh niên năm 2026", "2026-09-30",
    ["Sở Khoa học và Công nghệ"], [TD]),
  task("B.III.1", "Tổng hợp kết quả thực hiện Kế hoạch năm 2026", "2026-12-04", [SNV]),
  task("B.III.2", "Báo cáo kết quả thực hiện Kế hoạch năm 2026", "2026-11-24", ["@departments", "UBND cấp xã"]),
];

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 97/KH-UBND", "Lai Châu, ngày 09 tháng 3 năm 2026", "KẾ HOẠCH",
    "Thực hiện Chiến lược phát triển thanh niên tỉnh Lai Châu năm 2026"),
  plain("Căn cứ Luật Thanh niên năm 2020; Quyết định số 1331/QĐ-TTg ngày 24/7/2021 của Thủ tướng Chính phủ ban hành " +
    "Chiến lược phát triển thanh niên Việt Nam giai đoạn 2021-2030, UBND tỉnh ban hành Kế hoạch thực hiện năm 2026 " +
    "như sau:"),
  part("A.", "KẾT QUẢ THỰC HIỆN NĂM 2025"),
  nA("1.", "Năm 2025, các cơ quan, đơn vị đã tổ chức 126 lớp tập huấn kỹ năng cho 9.840 lượt thanh niên; giải quyết " +
    "việc làm cho 3.215 lao động thanh niên; 100% xã, phường có mô hình thanh niên tham gia chuyển đổi số."),
  nA("2.", "Hạn chế: tỷ lệ thanh niên qua đào tạo có chứng chỉ còn thấp; một số xã vùng cao chưa bố trí được kinh phí " +
    "cho hoạt động thanh niên."),
  part("B.", "KẾ HOẠCH NĂM 2026"),
  sB("I.", "MỤC TIÊU, CHỈ TIÊU"),
  dI("Phấn đấu 80% thanh niên được tuyên truyền, giáo dục pháp luật; giải quyết việc làm cho 3.300 lao động thanh " +
    "niên."),
  dI("Tỷ lệ thanh niên trong độ tuổi lao động qua đào tạo đạt 58% trở lên."),
  sB("II.", "NHIỆM VỤ, GIẢI PHÁP VÀ PHÂN CÔNG THỰC HIỆN"),
  nII("1.", "Sở Nội vụ chủ trì, phối hợp với Tỉnh đoàn tham mưu UBND tỉnh ban hành Kế hoạch tổ chức Diễn đàn \"Thanh " +
    "niên Lai Châu với chuyển đổi số\" năm 2026; hoàn thành trong tháng 3/2026."),
  nII("2.", "Sở Giáo dục và Đào tạo phối hợp với UBND các xã, phường tổ chức tư vấn hướng nghiệp, phân luồng cho học " +
    "sinh lớp 9, lớp 12 năm học 2025-2026, xong trước ngày 15/5/2026."),
  nII("3.", "Sở Nội vụ chủ trì tổ chức phiên giao dịch việc làm chuyên đề cho thanh niên, có sự phối hợp của Tỉnh " +
    "đoàn và UBND các xã, phường; thời gian: quý II/2026."),
  nII("4.", "Sở Văn hóa, Thể thao và Du lịch thường xuyên tổ chức các hoạt động giáo dục đạo đức, lối sống, bảo tồn " +
    "bản sắc văn hóa dân tộc trong thanh niên."),
  nII("5.", "Công an tỉnh chủ trì, phối hợp với Tỉnh đoàn tuyên truyền phòng, chống ma túy trong thanh niên hưởng " +
    "ứng Tháng hành động phòng, chống ma túy (tháng 6/2026)."),
  nII("6.", "Sở Y tế phối hợp với UBND các xã, phường tổ chức tư vấn, khám sức khỏe tiền hôn nhân cho thanh niên tại " +
    "các xã vùng cao; thực hiện trong 6 tháng đầu năm 2026."),
  nII("7.", "Sở Khoa học và Công nghệ chủ trì, phối hợp với Tỉnh đoàn tổ chức Cuộc thi ý tưởng khởi nghiệp đổi mới " +
    "sáng tạo dành cho thanh niên năm 2026, hoàn thành trong quý III/2026."),
  sB("III.", "TỔ CHỨC THỰC HIỆN"),
  nIII("1.", "Sở Nội vụ là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp kết quả, báo " +
    "cáo UBND tỉnh và Bộ Nội vụ trước ngày 05/12/2026."),
  nIII("2.", "Các sở, ban, ngành tỉnh, UBND các xã, phường báo cáo kết quả thực hiện Kế hoạch năm 2026 về Sở Nội vụ " +
    "trước ngày 25/11/2026."),
  nIII("3.", "Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách năm 2026 của các cơ " +
    "quan, đơn vị."),
  nIII("4.", "Đề nghị Tỉnh đoàn chỉ đạo các cơ sở Đoàn phối hợp triển khai các nội dung có liên quan."),
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh", "Tỉnh đoàn",
    "Các sở, ban, ngành tỉnh", "UBND các xã, phường"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
  "Hà Quang Trung"),
];

function wordWebPage(out) {
  // Word's "Web Page, Filtered": MsoNormal paragraphs, Word's meta generator; printed from the browser.
  const html = toHtml(blocks, "@page WordSection1{size:595.3pt 841.9pt;margin:56.7pt 56.7pt 56.7pt 70.9pt}" +
    "@page{size:A4;margin:2cm 2cm 2cm 2.5cm}div.WordSection1{page:WordSection1}p.MsoNormal{margin:0 0 5pt}" +
    "table.nb tr:only-child td:first-child{text-align:left;font-size:11pt}")
    .replace("<head>", '<head><meta name="Generator" content="Microsoft Word 15 (filtered)"><title>KH 97 thanh nien ' +
      "2026</title>")
    .replace(/<p class="/g, '<p class="MsoNormal ')
    .replace('<div class="sec sec-0">', '<div class="WordSection1 sec sec-0">');
  const file = `/tmp/author23b-${ID}.htm`;
  fs.writeFileSync(file, html);
  execFileSync("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
    "--user-data-dir=/tmp/author23b-chrome", `--print-to-pdf=${out}`, "file://" + file], { stdio: "ignore" });
}

await build(DIR, {
  blocks, printer: wordWebPage,
  expected: {
    id: ID,
    style: "Kế hoạch 97/KH-UBND of UBND tỉnh Lai Châu (09/3/2026, after the reorganisation) for the youth development " +
      "strategy in 2026, in three heading levels: parts A, B (Word upperLetter list), Roman sections I-III inside " +
      "part B (Roman at the second level, restarting in B) and numbered items (numbers restart per section). Refs " +
      "are the full numerals 'B.II.3'. Part A is 2025's results (done) and B.I are targets: no tasks. B.II items name " +
      "their units in prose: 'X chủ trì, phối hợp với Y' (X lead, Y coordinator); 'X phối hợp với Y tổ chức …' " +
      "without 'chủ trì' (X lead, Y coordinator); 'X chủ trì …, có sự phối hợp của Y và Z'. Dates: 'trong tháng " +
      "3/2026' -> 31/3; 'xong trước ngày 15/5/2026' -> 14/5; 'quý II/2026' -> 30/6; '(tháng 6/2026)' -> 30/6; " +
      "'trong 6 tháng đầu năm 2026' -> 30/6; 'trong quý III/2026' -> 30/9. B.II.4 is 'thường xuyên' (left out). " +
      "B.III.1 (Sở Nội vụ reports to UBND tỉnh and Bộ Nội vụ, recipients, before 5/12 -> 4/12) and B.III.2 (the " +
      "departments and communes report to Sở Nội vụ before 25/11 -> 24/11) are tasks; B.III.3 undated; B.III.4 a " +
      "request to Tỉnh đoàn, undated. 'Các sở, ban, ngành tỉnh' = @departments, 'UBND các xã, phường' -> UBND cấp " +
      "xã. PDF: the Word file saved as 'Web Page, Filtered' printed from Chromium (no header/footer).",
    province: "Lai Châu",
    plan: { number: "97/KH-UBND", date: "2026-03-09" },
    tasks,
    unresolved: ["UBND cấp xã"],
    successors: [],
  },
});
