// 08: Lai Châu (after the reorganisation), UBND tỉnh, draft of Kế hoạch 112/KH-UBND, 20/8/2025 — DDCI 2025, sent
// back with tracked changes: both Word files hold real revisions (w:del/w:delText old deadlines, w:ins new ones, one
// coordinator deleted, one inserted, a whole task row deleted (w:trPr/w:del) and a replacement row inserted
// (w:trPr/w:ins)) and three comments (word/comments.xml, commentRangeStart/End + commentReference).
// plan.pdf: the markup shown (struck deletions, underlined insertions in colour, change bars) with comment balloons
// in the right margin, printed by Chromium from HTML. plan.txt: a clerk's copy of that PDF.
// Markers in cell texts: ⟦D:x⟧ deleted, ⟦I:x⟧ inserted, ⟦C:n⟧ / ⟦E:n⟧ comment n's range, ⟦RD⟧ / ⟦RI⟧ row
// deleted / inserted (the row's first cell).
import fs from "node:fs";
import { execFileSync } from "node:child_process";
import { build, task, toHtml, toText } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "08-lai-chau-2025-markup-shown-pdf-comment-balloons-tracked-deadline-changes-clerk-copy";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const TC = "Sở Tài chính";
const VP = "Văn phòng UBND tỉnh";
const XA = "UBND cấp xã";
const XP = "UBND các xã, phường";
const AUTHOR = "Phòng Kinh tế - VP UBND tỉnh";
const WHEN = "2025-08-19T09:00:00Z";
const COMMENTS = [
  "Lùi thời hạn để lấy ý kiến Hiệp hội Doanh nghiệp tỉnh (đề nghị của Sở Tài chính tại Văn bản ngày 18/8/2025).",
  "Đề nghị Sở Tài chính thống nhất thời gian khảo sát với đơn vị tư vấn độc lập trước ngày 30/9/2025.",
  "Đề nghị xem xét rút ngắn thời hạn còn Tháng 10/2025? (chưa thống nhất, giữ nguyên Tháng 11/2025)",
];

const r = (stt, text, lead, coord, time) => [{ text: stt, align: "center" }, text, lead, coord, time];
const rows = [
  ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"],
  r("1", "Ban hành Kế hoạch cải thiện Bộ chỉ số đánh giá năng lực cạnh tranh cấp sở, ngành và địa phương (DDCI) " +
    "năm 2025", TC, VP, "⟦C:0⟧Trước ngày ⟦D:31/8/2025⟧⟦I:15/9/2025⟧⟦E:0⟧"),
  r("2", "Tổ chức Hội nghị đối thoại giữa lãnh đạo UBND tỉnh với doanh nghiệp", TC,
    "⟦D:Sở Công Thương; ⟧Hiệp hội Doanh nghiệp tỉnh", "Quý III/2025"),
  r("3", "Rà soát, cắt giảm thời gian giải quyết thủ tục hành chính lĩnh vực đất đai", "Sở Nông nghiệp và Môi trường",
    XP, "⟦D:Tháng 9/2025⟧⟦I:Tháng 10/2025⟧"),
  r("4", "Công khai quy hoạch chung, quy hoạch phân khu và danh mục dự án thu hút đầu tư", "Sở Xây dựng",
    `⟦I:Sở Nông nghiệp và Môi trường; ⟧${XP}`, "Chậm nhất ngày 30/9/2025"),
  r("5", "Hỗ trợ doanh nghiệp khởi nghiệp đổi mới sáng tạo tiếp cận các chương trình hỗ trợ của tỉnh",
    "Sở Khoa học và Công nghệ", TC, "⟦D:Tháng 10/2025⟧⟦I:Quý IV/2025⟧"),
  r("6", "Tổ chức khảo sát, thu thập ý kiến doanh nghiệp đánh giá DDCI năm 2025", TC, `Các sở, ban, ngành; ${XP}`,
    "⟦C:1⟧Từ ngày 06/10 đến ngày 25/10/2025⟦E:1⟧"),
  r("7", "Cung cấp thông tin, hỗ trợ pháp lý cho doanh nghiệp nhỏ và vừa", "Sở Tư pháp", TC, "Thường xuyên"),
  r("8", "Đánh giá, công bố kết quả DDCI năm 2025", TC, VP, "⟦D:Tháng 11/2025⟧⟦I:Tháng 12/2025⟧"),
  r("9", "Báo cáo kết quả thực hiện Kế hoạch gửi Sở Tài chính tổng hợp", `Các sở, ban, ngành; ${XP}`, "",
    "Trước ngày 05/12/2025"),
  r("10", "Cải thiện chỉ số gia nhập thị trường, rút ngắn thời gian đăng ký doanh nghiệp", TC, "Thuế tỉnh",
    "⟦C:2⟧Tháng 11/2025⟦E:2⟧"),
  r("⟦RD⟧11", "Tổ chức tọa đàm \"Cà phê doanh nhân\" định kỳ", TC, "Hiệp hội Doanh nghiệp tỉnh", "Tháng 9/2025"),
  r("⟦RI⟧11", "Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực của doanh nghiệp", VP,
    "Sở Khoa học và Công nghệ", "Trước ngày 20/11/2025"),
];

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 112/KH-UBND", "Lai Châu, ngày 20 tháng 8 năm 2025", "KẾ HOẠCH",
    "Nâng cao Chỉ số năng lực cạnh tranh cấp sở, ngành và địa phương (DDCI) tỉnh Lai Châu năm 2025"),
  { t: "p", align: "justify", text: "Thực hiện Nghị quyết của Tỉnh ủy về cải thiện môi trường đầu tư kinh doanh, " +
    "UBND tỉnh ban hành Kế hoạch nâng cao Chỉ số DDCI năm 2025 như sau:" },
  { t: "p", num: "I.", text: "MỤC ĐÍCH, YÊU CẦU", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", align: "justify", text: "Cải thiện thứ hạng DDCI của các sở, ngành và xã, phường; xác định rõ cơ " +
    "quan chủ trì, phối hợp và thời hạn thực hiện từng nhiệm vụ." },
  { t: "p", num: "II.", text: "NHIỆM VỤ CỤ THỂ", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "table", widths: [600, 3900, 1700, 1900, 1300], header: 1, rows },
  { t: "p", num: "III.", text: "TỔ CHỨC THỰC HIỆN", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", align: "justify", text: "Sở Tài chính là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế " +
    "hoạch, tổng hợp báo cáo UBND tỉnh." },
  ...sign(["TT. Tỉnh ủy, TT. HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh", "Các sở, ban, ngành", XP],
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hà Trọng Hải"),
];

// Word XML: the markers inside a cell run (size 24) become revisions and comment anchors.
let rev = 100;
const RPR = '<w:rPr><w:sz w:val="24"/></w:rPr>';
const T = '<w:t xml:space="preserve">';
const mark = (kind) => `<w:${kind} w:id="${rev++}" w:author="${AUTHOR}" w:date="${WHEN}"`;
function transform(body) {
  const rows2 = body.split("<w:tr>").map((seg, i) => {
    if (!i) return seg;
    const kind = seg.includes("⟦RD⟧") ? "del" : seg.includes("⟦RI⟧") ? "ins" : null;
    if (!kind) return "<w:tr>" + seg;
    const end = seg.indexOf("</w:tr>");
    let row = seg.slice(0, end).replace(/⟦R[DI]⟧/, "").replace(/<w:r>(.*?)<\/w:r>/g, (m, inner) =>
      `${mark(kind)}><w:r>${kind === "del" ? inner.replace(/<w:t /g, "<w:delText ").replace(/<\/w:t>/g,
        "</w:delText>") : inner}</w:r></w:${kind}>`);
    row = row.replace(/<w:pPr>/g, "<w:pPr>").replace(/<\/w:pPr>/g, `<w:rPr>${mark(kind)}/></w:rPr></w:pPr>`);
    return `<w:tr><w:trPr>${mark(kind)}/></w:trPr>` + row + seg.slice(end);
  }).join("");
  return rows2
    .replace(/⟦D:([^⟧]*)⟧/g, (m, x) => `</w:t></w:r>${mark("del")}><w:r>${RPR}<w:delText xml:space="preserve">${x}` +
      `</w:delText></w:r></w:del><w:r>${RPR}${T}`)
    .replace(/⟦I:([^⟧]*)⟧/g, (m, x) => `</w:t></w:r>${mark("ins")}><w:r>${RPR}${T}${x}</w:t></w:r></w:ins>` +
      `<w:r>${RPR}${T}`)
    .replace(/⟦C:(\d)⟧/g, (m, n) => `</w:t></w:r><w:commentRangeStart w:id="${n}"/><w:r>${RPR}${T}`)
    .replace(/⟦E:(\d)⟧/g, (m, n) => `</w:t></w:r><w:commentRangeEnd w:id="${n}"/><w:r><w:commentReference ` +
      `w:id="${n}"/></w:r><w:r>${RPR}${T}`);
}
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const commentsXml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + `<w:comments ${W}>` +
  COMMENTS.map((c, i) => `<w:comment w:id="${i}" w:author="${AUTHOR}" w:date="${WHEN}" w:initials="VP"><w:p>` +
    `<w:r><w:t xml:space="preserve">${c}</w:t></w:r></w:p></w:comment>`).join("") + "</w:comments>";
const extra = {
  transform,
  parts: { "word/comments.xml": commentsXml },
  rels: '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/' +
    'comments" Target="comments.xml"/>',
  types: '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.' +
    'wordprocessingml.comments+xml"/>',
};

// plan.txt: the clerk copied the PDF. Struck text cannot be typed struck, so the clerk kept it and wrote "[đã sửa]"
// between an old and its new text, "[đã xóa]" after text struck alone and "[dòng đã xóa]" at a struck row; inserted
// text is typed plainly. The comment balloons were copied under the plan as "Ý kiến bên lề".
const clerk = (s) => String(s)
  .replace(/⟦D:([^⟧]*)⟧⟦I:([^⟧]*)⟧/g, "$1 [đã sửa] $2")
  .replace(/⟦D:([^⟧;]*)(; )?⟧/g, "$1 [đã xóa]$2")
  .replace(/⟦I:([^⟧]*)⟧/g, "$1").replace(/⟦RD⟧/, "[dòng đã xóa] ").replace(/⟦RI⟧/, "");
const copied = blocks.map((b) => (b.t !== "table" ? b : { ...b, rows: b.rows.map((row) => row.map((c) =>
  (typeof c === "string" ? clerk(c) : { ...c, text: clerk(c.text) }))) }));
const txt = toText(copied) + "\nÝ kiến bên lề (nhận xét trên bản in):\n" +
  COMMENTS.map((c, i) => `[${i + 1}] ${AUTHOR}: ${c}`).join("\n") + "\n";

// plan.pdf: the reviewer's print with markup shown, as Word prints it: deletions struck and insertions underlined in
// red, a change bar in the left margin, comment balloons in a right margin (HTML, printed by Chromium; LibreOffice
// 7.4 here cannot put comments in the margin of a PDF).
const P = { D: ["\uE000", "\uE001"], I: ["\uE002", "\uE003"], C: ["\uE004", "\uE005"] };
const ph = (s) => String(s)
  .replace(/⟦([DI]):([^⟧]*)⟧/g, (m, k, x) => P[k][0] + x + P[k][1])
  .replace(/⟦E:(\d)⟧/g, (m, n) => P.C[0] + n + P.C[1]).replace(/⟦C:\d⟧/g, "")
  .replace(/⟦RD⟧/, "\uE006").replace(/⟦RI⟧/, "\uE007");
const css = "@page{size:A4;margin:15mm 10mm 15mm 18mm}body{margin-right:58mm}tr{position:relative}" +
  "table.bd td:nth-child(2),table.bd th:nth-child(2){width:40%}table.bd td:first-child{width:6%}table.bd td:nth-child(3),table.bd td:nth-child(4){width:17%}" +
  "del,ins,.rd td,.ri td{color:#c00000}.rd td{text-decoration:line-through}.ri td{text-decoration:underline}" +
  ".chg td:first-child{border-left:3px solid #000}" +
  ".cm{background:#f4cccc;font-size:8pt}.bal{position:absolute;left:100%;margin-left:5mm;width:52mm;" +
  "border:1px solid #c00000;background:#fbe4e4;font-size:8.5pt;line-height:1.2;padding:2pt 3pt;text-align:left}";
function printer(out) {
  const marked = blocks.map((b) => (b.t !== "table" ? b : { ...b, rows: b.rows.map((row) => row.map((c) =>
    (typeof c === "string" ? ph(c) : { ...c, text: ph(c.text) }))) }));
  const html = toHtml(marked, css)
    .replace(/\uE000([^\uE001]*)\uE001/g, "<del>$1</del>").replace(/\uE002([^\uE003]*)\uE003/g, "<ins>$1</ins>")
    .replace(/\uE004(\d)\uE005/g, (m, n) => `<span class="cm">[VP${+n + 1}]</span><span class="bal"><b>${AUTHOR} ` +
      `[VP${+n + 1}]:</b> ${COMMENTS[n]}</span>`)
    .replace(/<tr>(<td[^>]*>)\uE006/g, '<tr class="rd chg">$1').replace(/<tr>(<td[^>]*>)\uE007/g, '<tr class="ri chg">$1')
    .replace(/<tr>((?:(?!<\/tr>).)*?<(?:del|ins)>)/g, '<tr class="chg">$1');
  const file = "/tmp/author33b-08.html";
  fs.writeFileSync(file, html);
  execFileSync("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
    "--user-data-dir=/tmp/author33b-chrome", `--print-to-pdf=${out}`, "file://" + file], { stdio: "ignore" });
}

const tasks = [
  task("1", "Ban hành Kế hoạch cải thiện Bộ chỉ số đánh giá năng lực cạnh tranh cấp sở, ngành và địa phương (DDCI) " +
    "năm 2025", "2025-09-14", [TC], [VP]),
  task("2", "Tổ chức Hội nghị đối thoại giữa lãnh đạo UBND tỉnh với doanh nghiệp", "2025-09-30", [TC],
    ["Hiệp hội Doanh nghiệp tỉnh"]),
  task("3", "Rà soát, cắt giảm thời gian giải quyết thủ tục hành chính lĩnh vực đất đai", "2025-10-31",
    ["Sở Nông nghiệp và Môi trường"], [XA]),
  task("4", "Công khai quy hoạch chung, quy hoạch phân khu và danh mục dự án thu hút đầu tư", "2025-09-30",
    ["Sở Xây dựng"], ["Sở Nông nghiệp và Môi trường", XA]),
  task("5", "Hỗ trợ doanh nghiệp khởi nghiệp đổi mới sáng tạo tiếp cận các chương trình hỗ trợ của tỉnh",
    "2025-12-31", ["Sở Khoa học và Công nghệ"], [TC]),
  task("6", "Tổ chức khảo sát, thu thập ý kiến doanh nghiệp đánh giá DDCI năm 2025", "2025-10-25", [TC],
    ["@departments", XA]),
  task("8", "Đánh giá, công bố kết quả DDCI năm 2025", "2025-12-31", [TC], [VP]),
  task("9", "Báo cáo kết quả thực hiện Kế hoạch", "2025-12-04", ["@departments", XA]),
  task("10", "Cải thiện chỉ số gia nhập thị trường, rút ngắn thời gian đăng ký doanh nghiệp", "2025-11-30", [TC],
    ["Thuế tỉnh"]),
  task("11", "Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực của doanh nghiệp", "2025-11-19", [VP],
    ["Sở Khoa học và Công nghệ"]),
];

await build(DIR, {
  blocks, printer, txt, extra,
  expected: {
    id: ID,
    style: "Kế hoạch 112/KH-UBND of UBND tỉnh Lai Châu, 20/8/2025 (after the reorganisation: no districts, merged " +
      "departments), DDCI 2025, with tracked changes. Both Word files hold real revisions by one reviewer: old " +
      "deadlines in w:del/w:delText followed by new ones in w:ins (rows 1, 3, 5, 8), a coordinator deleted (2: Sở " +
      "Công Thương) and one inserted (4: Sở Nông nghiệp và Môi trường), row '11 Tọa đàm … Tháng 9/2025' deleted " +
      "whole (w:trPr/w:del) and a replacement row 11 inserted (w:trPr/w:ins), and three comments (comments.xml) on " +
      "rows 1, 6, 10. The answer is the plan with all changes ACCEPTED and comments ignored (comment 3 proposes " +
      "Tháng 10 for row 10 but keeps Tháng 11; comment 2's '30/9/2025' is no task). plan.pdf: Chromium print with the " +
      "markup shown (struck, underlined, red, change bars) and comment balloons in the right margin. plan.txt " +
      "is a clerk's copy of the PDF: struck text kept, '[đã sửa]' between old and new ('Trước ngày 31/8/2025 [đã " +
      "sửa] 15/9/2025': the new one counts), '[đã xóa]' after a struck coordinator, '[dòng đã xóa]' on the struck " +
      "row (no task); comments copied at the end. STT typed in both files (plan-auto: headings as Word lists); " +
      "ref = STT. Dates (2025): 1 'Trước 15/9' -> 14/9 Sun -> 15/9; 2 'Quý III' 30/9 Tue; 3 'Tháng 10' 31/10 Fri; " +
      "4 'Chậm nhất 30/9'; 5 'Quý IV' 31/12 Wed; 6 'Từ 06/10 đến 25/10' 25/10 Sat -> 27/10; 7 'Thường xuyên' no " +
      "task; 8 'Tháng 12' 31/12; 9 'Trước 05/12' -> 4/12 Thu (Sở Tài chính the recipient); 10 'Tháng 11' 30/11 " +
      "Sun -> 1/12; 11 (inserted) 'Trước 20/11' -> 19/11 Wed. 'UBND các xã, phường' = UBND cấp xã (unresolved).",
    province: "Lai Châu",
    plan: { number: "112/KH-UBND", date: "2025-08-20" },
    tasks,
    unresolved: [XA],
    successors: [],
  },
});
