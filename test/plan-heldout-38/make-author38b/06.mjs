// 06: Bắc Kạn, UBND tỉnh, Kế hoạch 58/KH-UBND, 18/3/2025 — nâng cao Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2025.
// Prose plan (II.1-II.5 dated items, II.6 introduces the one table of the plan, III two dated sentences).
// Habit: plan.pdf as a "Microsoft Print to PDF" driver writes it: NO SPACE CHARACTER anywhere in the text layer;
// every word is its own text object placed by its own matrix (BT … Tm … TJ ET), the gaps between words only distance
// (justified lines: wider, uneven gaps; table cells: a space's width). pdfdraw.mjs, mode "words", DejaVu Serif.
import path from "node:path";
import { build, task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { renderPdf } from "./pdfdraw.mjs";

const ID = "06-bac-kan-2025-prose-one-table-print-to-pdf-no-space-characters-word-by-word-positions";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const KH = "Sở Kế hoạch và Đầu tư", H = "UBND các huyện, thành phố", HH = "Hiệp hội Doanh nghiệp tỉnh";
const TN = "Sở Tài nguyên và Môi trường", LD = "Sở Lao động - Thương binh và Xã hội";
const tasks = [];
const li = (n) => ({ kind: "decimal", inst: n });

// II.1-II.5: [heading, rest of the sentence, due, lead[], coord[]]
const items = [
  ["Tổ chức đối thoại với cộng đồng doanh nghiệp", `${KH} chủ trì, phối hợp với ${HH} tham mưu UBND tỉnh tổ chức ` +
    "Hội nghị đối thoại giữa lãnh đạo tỉnh với doanh nghiệp năm 2025, hoàn thành trong tháng 5/2025.", "2025-05-31",
  [KH], [HH]],
  ["Công khai quy hoạch, kế hoạch sử dụng đất", `${TN} chủ trì, phối hợp với ${H} công khai quy hoạch, kế hoạch sử ` +
    "dụng đất năm 2025 và danh mục khu đất sạch kêu gọi đầu tư trên Cổng thông tin điện tử tỉnh trước ngày 30/4/2025.",
  "2025-04-29", [TN], ["@districts"]],
  ["Rút ngắn thời gian giải quyết thủ tục hành chính", "Văn phòng UBND tỉnh chủ trì, phối hợp với các sở, ban, ngành " +
    "rà soát, đề xuất cắt giảm ít nhất 20% thời gian giải quyết các thủ tục hành chính liên quan đến doanh nghiệp; " +
    "thời gian hoàn thành trong quý II/2025.", "2025-06-30", ["Văn phòng UBND tỉnh"], ["@departments"]],
  ["Hỗ trợ doanh nghiệp tiếp cận vốn tín dụng", "Sở Tài chính chủ trì, phối hợp với Quỹ Đầu tư phát triển tỉnh hướng " +
    "dẫn doanh nghiệp nhỏ và vừa tiếp cận các chương trình tín dụng ưu đãi, hoàn thành trước 15/8/2025.", "2025-08-14",
  ["Sở Tài chính"], ["Quỹ Đầu tư phát triển tỉnh"]],
  ["Đánh giá năng lực cạnh tranh cấp sở, ngành và địa phương (DDCI)", `${KH} chủ trì, phối hợp với Chi cục Thống kê ` +
    "tỉnh tổ chức khảo sát doanh nghiệp, công bố kết quả DDCI năm 2025, thực hiện từ tháng 9 đến tháng 11/2025.",
  "2025-11-30", [KH], ["Cục Thống kê tỉnh"]],
];
const itemBlocks = items.map(([h, rest, due, lead, coord], i) => {
  tasks.push(task(`II.${i + 1}`, h, due, lead, coord));
  return { t: "p", num: `${i + 1}.`, text: `${h}: ${rest}`, align: "justify", list: li("ii") };
});

// the table of II.6: [task, lead cell, coord cell, time, due|null, lead[], coord[]]
const rowsData = [
  ["Chi phí gia nhập thị trường: rút ngắn thời gian đăng ký doanh nghiệp còn 02 ngày làm việc", KH, "Công an tỉnh",
    "Tháng 6/2025", "2025-06-30", [KH], ["Công an tỉnh"]],
  ["Tiếp cận đất đai: rà soát, thu hồi đất của các dự án chậm triển khai để giao cho nhà đầu tư khác", TN, H,
    "Quý III/2025", "2025-09-30", [TN], ["@districts"]],
  ["Tính minh bạch: cập nhật đầy đủ văn bản, quy hoạch, kế hoạch lên Cổng thông tin điện tử tỉnh",
    "Sở Thông tin và Truyền thông", "Văn phòng UBND tỉnh", "Trước ngày 31/5/2025", "2025-05-30",
    ["Sở Thông tin và Truyền thông"], ["Văn phòng UBND tỉnh"]],
  ["Chi phí không chính thức: công khai đường dây nóng tiếp nhận phản ánh, kiến nghị của doanh nghiệp", "Thanh tra tỉnh",
    "Sở Nội vụ", "6 tháng đầu năm 2025", "2025-06-30", ["Thanh tra tỉnh"], ["Sở Nội vụ"]],
  ["Thiết chế pháp lý và an ninh trật tự: giải quyết dứt điểm các vụ việc liên quan đến doanh nghiệp", "Công an tỉnh",
    "Sở Tư pháp", "Thường xuyên", null],
  ["Đào tạo lao động: tổ chức phiên giao dịch việc làm lưu động tại các huyện", LD, H, "Tuần 2 tháng 4/2025",
    "2025-04-14", [LD], ["@districts"]],
  ["Dịch vụ hỗ trợ doanh nghiệp: tổ chức hội chợ kết nối cung cầu, xúc tiến thương mại cho doanh nghiệp",
    "Sở Công Thương", HH, "Năm 2025", "2025-12-31", ["Sở Công Thương"], [HH]],
];
const rows = [["STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn"]];
rowsData.forEach(([content, lc, cc, time, due, lead, coord], i) => {
  rows.push([{ text: String(i + 1), align: "center", list: { kind: "cell", inst: "stt" } }, content, lc, cc, time]);
  if (due) tasks.push(task(String(i + 1), content, due, lead, coord));
});

const III1 = "xây dựng kế hoạch cụ thể của cơ quan, địa phương để cải thiện các chỉ số thành phần được giao";
const III3 = "tổng hợp kết quả thực hiện Kế hoạch năm 2025";
tasks.push(task("III.1", III1, "2025-04-09", ["@departments", "@districts"]));
tasks.push(task("III.3", III3, "2025-12-14", [KH]));

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 58/KH-UBND", "Bắc Kạn, ngày 18 tháng 3 năm 2025", "KẾ HOẠCH",
    "Nâng cao Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2025"),
  { t: "p", align: "justify", text: "Năm 2024, Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) của tỉnh Bắc Kạn tiếp tục " +
    "nằm trong nhóm thấp của cả nước; một số chỉ số thành phần giảm điểm so với năm trước. Để khắc phục hạn chế, cải " +
    "thiện môi trường đầu tư kinh doanh, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:" },
  { t: "p", num: "I.", text: "MỤC TIÊU", bold: true, list: { kind: "roman", inst: "r" }, indent: false },
  { t: "p", align: "justify", text: "Phấn đấu năm 2025 cải thiện ít nhất 05 chỉ số thành phần; không có chỉ số thành " +
    "phần nào giảm điểm; nâng cao mức độ hài lòng của doanh nghiệp đối với chính quyền các cấp." },
  { t: "p", num: "II.", text: "NHIỆM VỤ, GIẢI PHÁP", bold: true, list: { kind: "roman", inst: "r" }, indent: false },
  ...itemBlocks,
  { t: "p", num: "6.", text: "Cải thiện các chỉ số thành phần: các cơ quan được giao chủ trì thực hiện các nhiệm vụ " +
    "theo bảng phân công sau:", align: "justify", list: li("ii") },
  { t: "table", widths: [560, 4000, 1700, 1700, 1450], header: 1, rows },
  { t: "p", num: "III.", text: "TỔ CHỨC THỰC HIỆN", bold: true, list: { kind: "roman", inst: "r" }, indent: false },
  { t: "p", num: "1.", align: "justify", list: li("iii"), text: `Các sở, ban, ngành, ${H} ${III1}, gửi ${KH} trước ` +
    "ngày 10/4/2025." },
  { t: "p", num: "2.", align: "justify", list: li("iii"), text: "Định kỳ hằng quý, các cơ quan, đơn vị báo cáo kết quả " +
    "thực hiện, khó khăn, vướng mắc về Sở Kế hoạch và Đầu tư để tổng hợp." },
  { t: "p", num: "3.", align: "justify", list: li("iii"), text: `${KH} theo dõi, đôn đốc, ${III3}, báo cáo UBND tỉnh ` +
    "trước ngày 15/12/2025." },
  ...sign(["Văn phòng Chính phủ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "CT, các PCT UBND tỉnh", "Các sở, ban, ngành", H,
    HH], "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Nguyễn Đăng Bình"),
];

const DATES = "Dates (2025): II.1 'hoàn thành trong tháng 5/2025' 31/5 Sat -> 2/6 Mon; II.2 'trước ngày 30/4/2025' -> " +
  "29/4 Tue; II.3 'trong quý II/2025' 30/6 Mon; II.4 'trước 15/8/2025' -> 14/8 Thu; II.5 'từ tháng 9 đến tháng " +
  "11/2025' -> 30/11 Sun -> 1/12 Mon; table 1 'Tháng 6/2025' 30/6 Mon; 2 'Quý III/2025' 30/9 Tue; 3 'Trước ngày " +
  "31/5/2025' -> 30/5 Fri; 4 '6 tháng đầu năm 2025' 30/6 Mon; 5 'Thường xuyên' no task; 6 'Tuần 2 tháng 4/2025' -> " +
  "14/4 Mon; 7 'Năm 2025' 31/12 Wed; III.1 'gửi Sở Kế hoạch và Đầu tư trước ngày 10/4/2025' -> 9/4 Wed (the Sở a " +
  "recipient); III.2 'Định kỳ hằng quý' no task; III.3 'báo cáo UBND tỉnh trước ngày 15/12/2025' -> 14/12 Sun -> " +
  "15/12 Mon (UBND tỉnh a recipient).";

await build(DIR, {
  blocks, printer: () => {},
  expected: {
    id: ID,
    style: "Kế hoạch 58/KH-UBND of UBND tỉnh Bắc Kạn, 18/3/2025 (before the reorganisation: old departments; 'UBND " +
      "các huyện, thành phố' = @districts, 'các sở, ban, ngành' = @departments; 'Chi cục Thống kê tỉnh' = Cục Thống kê " +
      "tỉnh; 'Quỹ Đầu tư phát triển tỉnh' unresolved), PCI 2025. Prose: II items 1-5 'Heading: X chủ trì, phối hợp với " +
      "Y …, <deadline>.' (ref II.n, title = the heading, lead X, coordinators Y); II.6 undated, introduces the ONE TABLE " +
      "STT | Nhiệm vụ | Chủ trì | Phối hợp | Thời hạn (rows 1-7, ref = STT, title = the task cell); III numbered 1-3. " +
      "HABIT: plan.pdf as a 'Print to PDF' driver writes it: NO SPACE CHARACTERS in the text layer, every word its own " +
      "positioned text object (Tm), gaps between words only distance (justified prose lines with wider gaps); " +
      "pdftotext -layout shows the words apart. Word files and plan.txt normal. " + DATES,
    province: "Bắc Kạn",
    plan: { number: "58/KH-UBND", date: "2025-03-18" },
    tasks, unresolved: ["Quỹ Đầu tư phát triển tỉnh"], successors: [],
  },
});
const D = "/usr/share/fonts/truetype/dejavu/DejaVuSerif";
await renderPdf(path.join(DIR, "plan.pdf"), blocks, {
  fonts: ["", "-Bold", "-Italic", "-BoldItalic"].map((s) => `${D}${s}.ttf`), glyphs: "words", size: 11.5, headSize: 10.5,
  tableSize: 10, title: "Microsoft Word - 58-KH-UBND PCI 2025.docx", creator: "Microsoft® Word for Microsoft 365",
  producer: "Microsoft: Print To PDF",
});
