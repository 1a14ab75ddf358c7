// 04: Thái Nguyên (before the merger), UBND tỉnh, 20/3/2025 — review of administrative procedures 2025. The issuer /
// motto / "Số: 1180/KH-UBND" / place-and-date block is NOT in the body but in the first page's own header (w:titlePg,
// header type="first"); later pages carry a running header "Kế hoạch số 1180/KH-UBND … - Trang n" (PAGE field). Body:
// title, a task table whose group rows (I-III) carry a group deadline or none, lead cells vMerged over two rows, one
// time cell vMerged; prose III; then an appendix of sample report forms (Biểu mẫu 01, 02) full of example dates,
// "ngày … tháng … năm 2025" blanks and a sample filled row — none of them tasks. plan.txt: copied from Word (header
// block first, then the body). plan.pdf: WeasyPrint from HTML (first-page block in the body, running header by @page).
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { build, task, toHtml } from "./lib.mjs";
import { sign } from "./head.mjs";

const ID = "04-thai-nguyen-2025-first-page-header-number-date-sample-forms-appendix";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const VP = "Văn phòng UBND tỉnh";
const DEP = "@departments";
const DIS = "@districts";
const BOTH = "Các sở, ban, ngành; UBND các huyện, thành phố";

let n = 0;
const S = () => ({ text: String(++n), list: { kind: "cell", inst: "stt" }, align: "center" });
const G = (roman, title, time) => [{ text: roman, bold: true, list: { kind: "rcell", inst: "g" }, align: "center" },
  { text: title, bold: true, span: 3 }, { text: time, bold: true }];
const row = (work, lead, coord, time) => [S(), work, lead, coord, time];
const ROWS = [
  ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
  G("I", "Rà soát, đánh giá thủ tục hành chính", "Quý II/2025"),
  row("Xây dựng, ban hành Kế hoạch rà soát, đánh giá thủ tục hành chính năm 2025 của cơ quan, đơn vị",
    { text: BOTH, vm: "restart", rows: 2 }, "", "Trước ngày 10/4/2025"),
  row("Rà soát thủ tục hành chính thuộc thẩm quyền giải quyết, đề xuất phương án đơn giản hóa (Biểu mẫu 01, 02)",
    { vm: "continue", text: "" }, "", "Trước ngày 30/6/2025"),
  row("Rà soát quy định, thủ tục hành chính liên quan đến hoạt động đầu tư, kinh doanh", "Sở Kế hoạch và Đầu tư",
    "Ban Quản lý các khu công nghiệp tỉnh", ""),
  row("Rà soát thủ tục hành chính lĩnh vực đất đai", "Sở Tài nguyên và Môi trường", "UBND các huyện, thành phố",
    "Tháng 5/2025"),
  row("Rà soát thủ tục hành chính lĩnh vực khám bệnh, chữa bệnh", "Sở Y tế", "",
    { text: "Trước ngày 31/5/2025", vm: "restart", rows: 2 }),
  row("Rà soát thủ tục hành chính lĩnh vực giáo dục, đào tạo", "Sở Giáo dục và Đào tạo", "",
    { vm: "continue", text: "" }),
  G("II", "Xây dựng, thông qua phương án đơn giản hóa", ""),
  row("Tổng hợp, thẩm định phương án đơn giản hóa thủ tục hành chính của các cơ quan, đơn vị",
    { text: VP, vm: "restart", rows: 2 }, "Sở Tư pháp", "Trước ngày 15/7/2025"),
  row("Trình Chủ tịch UBND tỉnh ban hành Quyết định thông qua phương án đơn giản hóa", { vm: "continue", text: "" },
    "", "Tháng 8/2025"),
  row("Cập nhật, công khai thủ tục hành chính đã được đơn giản hóa trên Cơ sở dữ liệu quốc gia về thủ tục hành chính",
    "Các sở, ban, ngành", VP, "Trong 05 ngày làm việc kể từ ngày Quyết định công bố có hiệu lực"),
  G("III", "Kiểm tra, báo cáo", "Quý II/2025"),
  row("Kiểm tra công tác kiểm soát thủ tục hành chính tại một số sở, ngành, địa phương", VP, "Sở Nội vụ", ""),
  row("Tự kiểm tra việc giải quyết thủ tục hành chính tại Bộ phận Một cửa cấp huyện, cấp xã", "UBND các huyện, thành phố",
    "UBND các xã, phường, thị trấn", "Trước ngày 20/6/2025"),
  row("Báo cáo kết quả rà soát thủ tục hành chính 6 tháng đầu năm 2025 (Biểu mẫu 01)", BOTH, "", "Trước ngày 15/6/2025"),
  row("Tổng hợp, báo cáo Văn phòng Chính phủ kết quả rà soát 6 tháng đầu năm 2025", VP, "", "Trước ngày 25/6/2025"),
  row("Cập nhật số liệu rà soát trên Hệ thống thông tin báo cáo của tỉnh", "Các sở, ban, ngành", "", "Định kỳ hằng quý"),
  row("Đánh giá, chấm điểm tiêu chí kiểm soát thủ tục hành chính trong Chỉ số cải cách hành chính năm 2025",
    "Sở Nội vụ", VP, "Tháng 12/2025"),
];
const W = (i) => ROWS[i][1];
const tasks = [
  task("1", W(2), "2025-04-09", [DEP, DIS]),
  task("2", W(3), "2025-06-29", [DEP, DIS]),
  task("3", W(4), "2025-06-30", ["Sở Kế hoạch và Đầu tư"], ["Ban Quản lý các khu công nghiệp tỉnh"], true),
  task("4", W(5), "2025-05-31", ["Sở Tài nguyên và Môi trường"], [DIS]),
  task("5", W(6), "2025-05-30", ["Sở Y tế"]),
  task("6", W(7), "2025-05-30", ["Sở Giáo dục và Đào tạo"]),
  task("7", W(9), "2025-07-14", [VP], ["Sở Tư pháp"]),
  task("8", W(10), "2025-08-31", [VP]),
  task("10", W(13), "2025-06-30", [VP], ["Sở Nội vụ"], true),
  task("11", W(14), "2025-06-19", [DIS], ["@communes"]),
  task("12", W(15), "2025-06-14", [DEP, DIS]),
  task("13", W(16), "2025-06-24", [VP]),
  task("15", W(18), "2025-12-31", ["Sở Nội vụ"], [VP]),
  task("III.2", "Bổ sung chức năng báo cáo trực tuyến theo Biểu mẫu 01, 02 trên Hệ thống thông tin báo cáo của tỉnh",
    "2025-04-29", ["Sở Thông tin và Truyền thông"], [VP]),
];

const P = (text, extra = {}) => ({ t: "p", text, align: "justify", ...extra });
const C = (text, extra = {}) => P(text, { align: "center", indent: false, ...extra });
const R = (num, text) => P(text, { num, bold: true, list: { kind: "roman", inst: "r" } });
const D = (num, text) => P(text, { num, list: { kind: "decimal", inst: "d3" } });
const FORM_HEAD = { t: "table", borders: false, widths: [3800, 5600], rows: [
  [{ text: "TÊN CƠ QUAN, ĐƠN VỊ\nSố: …/BC-…", bold: true, align: "center" },
    { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n……, ngày … tháng … năm 2025",
      bold: true, align: "center" }]] };
const blocks = [
  C("KẾ HOẠCH", { bold: true }),
  C("Rà soát, đánh giá thủ tục hành chính năm 2025 trên địa bàn tỉnh Thái Nguyên", { bold: true }),
  P("Thực hiện Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính và Kế hoạch " +
    "cải cách hành chính năm 2025 của tỉnh, UBND tỉnh ban hành Kế hoạch rà soát, đánh giá thủ tục hành chính năm " +
    "2025 như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  P("Phát hiện để sửa đổi, bổ sung, bãi bỏ các thủ tục hành chính không cần thiết, không phù hợp; cắt giảm chi phí " +
    "tuân thủ cho người dân, doanh nghiệp. Việc rà soát bảo đảm thực chất, đúng thời hạn."),
  R("II.", "NỘI DUNG, PHÂN CÔNG NHIỆM VỤ"),
  P("Nội dung, cơ quan thực hiện và thời gian hoàn thành theo bảng dưới đây (thời gian ghi ở dòng nhóm áp dụng cho " +
    "các nhiệm vụ trong nhóm không ghi thời gian riêng):"),
  { t: "table", widths: [700, 3500, 1900, 1700, 1600], header: 1, rows: ROWS },
  R("III.", "TỔ CHỨC THỰC HIỆN"),
  D("1.", "Sở Tài chính bảo đảm kinh phí thực hiện Kế hoạch từ nguồn chi thường xuyên của các cơ quan, đơn vị."),
  D("2.", "Sở Thông tin và Truyền thông phối hợp với Văn phòng UBND tỉnh bổ sung chức năng báo cáo trực tuyến theo Biểu " +
    "mẫu 01, 02 trên Hệ thống thông tin báo cáo của tỉnh, hoàn thành trước ngày 30/4/2025."),
  D("3.", "Báo Thái Nguyên, Đài Phát thanh - Truyền hình tỉnh thường xuyên đưa tin về kết quả rà soát, đơn giản hóa " +
    "thủ tục hành chính."),
  D("4.", "Văn phòng UBND tỉnh theo dõi, đôn đốc, hướng dẫn các cơ quan, đơn vị thực hiện Kế hoạch./."),
  ...sign(["Văn phòng Chính phủ (Cục KSTTHC)", "TT Tỉnh ủy, TT HĐND tỉnh", "Các sở, ban, ngành",
    "UBND các huyện, thành phố"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đặng Xuân Trường"),
  { t: "br" },
  P("Biểu mẫu 01", { bold: true, align: "right", indent: false }),
  FORM_HEAD,
  C("BÁO CÁO", { bold: true }),
  C("Kết quả rà soát, đánh giá thủ tục hành chính 6 tháng đầu năm 2025", { bold: true }),
  C("(Kỳ báo cáo: từ ngày 01/01/2025 đến ngày 15/6/2025)", { italic: true }),
  { t: "table", widths: [600, 2800, 2900, 1700, 1400], header: 1, rows: [
    ["STT", "Tên thủ tục hành chính", "Nội dung kiến nghị đơn giản hóa", "Ngày hoàn thành rà soát", "Ghi chú"],
    ["1", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Giảm thời hạn giải quyết từ 15 ngày xuống 12 ngày", "12/5/2025",
      "Ví dụ cách ghi"],
    ["2", "…", "…", "…/…/2025", ""],
  ] },
  P("……, ngày … tháng … năm 2025\nTHỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ\n(Ký, ghi rõ họ tên, đóng dấu)", { bold: true,
    align: "right", indent: false }),
  { t: "br" },
  P("Biểu mẫu 02", { bold: true, align: "right", indent: false }),
  C("DANH MỤC THỦ TỤC HÀNH CHÍNH ĐỀ NGHỊ ĐƠN GIẢN HÓA NĂM 2025", { bold: true }),
  C("(Gửi kèm Báo cáo theo Biểu mẫu 01)", { italic: true }),
  { t: "table", widths: [600, 2700, 1500, 2300, 2300], header: 1, rows: [
    ["STT", "Tên thủ tục hành chính", "Lĩnh vực", "Cơ quan đề xuất", "Thời hạn thực hiện phương án"],
    ["1", "Đăng ký khai sinh (ví dụ)", "Hộ tịch", "UBND huyện Phú Bình", "Trước ngày 30/9/2025"],
    ["2", "…", "…", "…", "Trước ngày … tháng … năm 2025"],
  ] },
  P("Ghi chú: cột \"Thời hạn thực hiện phương án\" ghi ngày cụ thể, ví dụ \"Trước ngày 30/9/2025\"; cơ quan gửi Biểu " +
    "mẫu ghi rõ ngày gửi (ví dụ: Sở Xây dựng gửi ngày 20/6/2025).", { italic: true, indent: false }),
  P("Người lập biểu\n(Ký, ghi rõ họ tên)", { align: "left", indent: false }),
];

const x = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const WNS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const hp = (t, { b, i, jc = "center", sz = 26 } = {}) => `<w:p><w:pPr><w:spacing w:after="0"/><w:jc w:val="${jc}"/>` +
  `</w:pPr><w:r><w:rPr>${b ? "<w:b/>" : ""}${i ? "<w:i/>" : ""}<w:sz w:val="${sz}"/></w:rPr><w:t xml:space="preserve">` +
  `${esc(t)}</w:t></w:r></w:p>`;
const cell = (w, ps) => `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/></w:tcPr>${ps}</w:tc>`;
const FIRST = `${x}<w:hdr ${WNS}><w:tbl><w:tblPr><w:tblW w:w="9400" w:type="dxa"/><w:jc w:val="center"/>` +
  '<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid><w:gridCol w:w="3800"/><w:gridCol w:w="5600"/></w:tblGrid><w:tr>' +
  cell(3800, hp("ỦY BAN NHÂN DÂN", { b: true, sz: 24 }) + hp("TỈNH THÁI NGUYÊN", { b: true, sz: 24 }) + hp("") +
    hp("Số: 1180/KH-UBND")) +
  cell(5600, hp("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { b: true, sz: 24 }) + hp("Độc lập - Tự do - Hạnh phúc",
    { b: true }) + hp("") + hp("Thái Nguyên, ngày 20 tháng 3 năm 2025", { i: true })) +
  "</w:tr></w:tbl>" + hp("") + "</w:hdr>";
const RUNNING = `${x}<w:hdr ${WNS}><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:i/><w:sz w:val="20"/>` +
  '</w:rPr><w:t xml:space="preserve">Kế hoạch số 1180/KH-UBND ngày 20/3/2025 của UBND tỉnh Thái Nguyên - Trang </w:t>' +
  '</w:r><w:fldSimple w:instr=" PAGE "><w:r><w:rPr><w:i/><w:sz w:val="20"/></w:rPr><w:t>2</w:t></w:r></w:fldSimple>' +
  "</w:p></w:hdr>";
const HT = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header";
const extra = {
  parts: { "word/header1.xml": FIRST, "word/header2.xml": RUNNING },
  types: `<Override PartName="/word/header1.xml" ContentType="${HT}"/><Override PartName="/word/header2.xml" ` +
    `ContentType="${HT}"/>`,
  rels: `<Relationship Id="rIdH1" Type="${REL}" Target="header1.xml"/><Relationship Id="rIdH2" Type="${REL}" ` +
    'Target="header2.xml"/>',
  sect: '<w:headerReference w:type="first" r:id="rIdH1"/><w:headerReference w:type="default" r:id="rIdH2"/>',
  sectTail: "<w:titlePg/>",
};
const HEADTXT = "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH THÁI NGUYÊN\tĐộc lập - Tự do - Hạnh phúc\n" +
  "Số: 1180/KH-UBND\tThái Nguyên, ngày 20 tháng 3 năm 2025\n\n";
const CSS = "@page{size:A4;margin:2cm 2cm 2cm 2.5cm;@top-center{content:'Kế hoạch số 1180/KH-UBND ngày 20/3/2025 của " +
  "UBND tỉnh Thái Nguyên - Trang ' counter(page);font-style:italic;font-size:10pt}}@page:first{@top-center{content:" +
  "none}}table.nb td{font-size:12pt}";
const HEAD_BLOCK = { t: "table", borders: false, widths: [3800, 5600], rows: [
  [{ text: "ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", bold: true }, { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - " +
    "Tự do - Hạnh phúc", bold: true }],
  ["Số: 1180/KH-UBND", { text: "Thái Nguyên, ngày 20 tháng 3 năm 2025", italic: true }]] };
const weasy = (out) => {
  const html = "/tmp/author31a-04.html";
  fs.writeFileSync(html, toHtml([HEAD_BLOCK, ...blocks], CSS)
    .replace(/<p class="([^"]*)">Biểu mẫu 0/g, '<p class="$1" style="page-break-before:always">Biểu mẫu 0'));
  execFileSync("weasyprint", [html, out], { stdio: "ignore" });
};

await build(DIR, {
  blocks, printer: weasy, extra,
  expected: {
    id: ID,
    style: "Kế hoạch 1180/KH-UBND of UBND tỉnh Thái Nguyên (before the merger), 20/3/2025: review of administrative " +
      "procedures 2025. In the Word files the issuer, motto, 'Số: 1180/KH-UBND' and 'Thái Nguyên, ngày 20 tháng 3 " +
      "năm 2025' are only in the first-page header (w:titlePg, headerReference type=first); the body begins with " +
      "'KẾ HOẠCH'; other pages have a running header 'Kế hoạch số 1180/KH-UBND ngày 20/3/2025 … - Trang n'. " +
      "plan.txt: header block first, then the body. Task table: group rows I-III (roman, title spanning three " +
      "columns, a group time: I and III 'Quý II/2025', II none); tasks by STT 1-17. Rows with a blank time take " +
      "their group's (3 and 10 -> 30/6, inherited). Lead cells vMerged over rows 1-2 and 7-8, the time cell over " +
      "rows 5-6: each merged row takes the merged cell as its own (inherited false). Dates: 1 'Trước ngày 10/4' " +
      "-> 9/4; 2 'Trước ngày 30/6' -> 29/6 Sun -> eff 30/6; 4 tháng 5 -> 31/5 Sat -> eff 2/6; 5, 6 'Trước ngày " +
      "31/5' -> 30/5 Fri; 7 'Trước ngày 15/7' -> 14/7; 8 tháng 8 -> 31/8 Sun -> eff 3/9 (1-2/9 off); 9 'Trong 05 " +
      "ngày làm việc kể từ ngày Quyết định … có hiệu lực' (event) no task; 11 'Trước 20/6' -> 19/6; 12 'Trước " +
      "15/6' -> 14/6 Sat -> eff 16/6; 13 'Trước 25/6' -> 24/6; 14 'Định kỳ hằng quý' no task; 15 tháng 12 -> " +
      "31/12. III.2 'trước ngày 30/4/2025' -> 29/4. 'Trình Chủ tịch UBND tỉnh', 'báo cáo Văn phòng Chính phủ' are " +
      "what the row does, not leads. 'Các sở, ban, ngành; UBND các huyện, thành phố' = @departments + @districts; " +
      "'UBND các xã, phường, thị trấn' = @communes. Appendix Biểu mẫu 01, 02 (after page breaks): sample forms " +
      "with '……, ngày … tháng … năm 2025', a report period '01/01/2025 đến 15/6/2025', sample rows (12/5/2025, " +
      "UBND huyện Phú Bình 'Trước ngày 30/9/2025', Sở Xây dựng 20/6/2025): no tasks. PDF: WeasyPrint from HTML " +
      "(first-page block in the body, running header by @page).",
    province: "Thái Nguyên",
    plan: { number: "1180/KH-UBND", date: "2025-03-20" },
    tasks,
    unresolved: [],
    successors: [],
  },
});
fs.writeFileSync(path.join(DIR, "plan.txt"), HEADTXT + fs.readFileSync(path.join(DIR, "plan.txt"), "utf8"));
