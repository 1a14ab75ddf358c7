// 05: Bắc Kạn 2024, before the reorganisation — UBND tỉnh Bắc Kạn's plan for records and archives work (công tác
// văn thư, lưu trữ) in 2024, typed into LAST YEAR'S Word file: the old template's styles are left in styles.xml
// (".VnTime" headings, "Body Text Indent", "Char Char" styles) and the body paragraphs still carry them; empty
// paragraphs are used for spacing; the task table's narrow cells break lines by hand (Shift+Enter: one paragraph with
// <w:br/>, "Trước\n15/4/2024", "Sở Tài chính;\nUBND các huyện, thành phố"); in part III the Word list went on from
// part I's and the drafter restarted it at 1 ("Restart numbering": a new w:num with startOverride). plan.pdf:
// LibreOffice from plan-auto.docx.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "05-bac-kan-2024-reused-word-file-old-styles-empty-paragraphs-cell-line-breaks";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const SNV = "Sở Nội vụ";
const VP = "Văn phòng UBND tỉnh";
const NGUON = "Các cơ quan, tổ chức thuộc nguồn nộp lưu";
const SB = "Các sở, ban, ngành";
const HU = "UBND các huyện, thành phố";

// [STT, content, lead cell, coord cell, time cell, note, lead[], coord[], due|null]
const ROWS = [
  ["1", "Ban hành Kế hoạch kiểm tra công tác văn thư, lưu trữ năm 2024", SNV, "-", "Tháng 01/2024",
    "Đã ban hành Kế hoạch số 12/KH-SNV ngày 25/01/2024", [SNV], [], null],
  ["2", "Hướng dẫn xác định cơ quan, tổ chức thuộc nguồn nộp lưu tài liệu vào Lưu trữ lịch sử tỉnh", SNV,
    `${SB};\n${HU}`, "Trước\n15/4/2024", "", [SNV], ["@departments", "@districts"], "2024-04-14"],
  ["3", "Tổ chức lớp bồi dưỡng nghiệp vụ văn thư, lưu trữ cho công chức, viên chức làm công tác văn thư, lưu trữ",
    SNV, `Sở Tài chính;\n${HU}`, "Quý II/\n2024", "02 lớp", [SNV], ["Sở Tài chính", "@districts"], "2024-06-30"],
  ["4", "Giao nộp hồ sơ, tài liệu đến hạn nộp lưu vào Lưu trữ lịch sử tỉnh (đợt 1)", NGUON, SNV, "Trước\n30/6/2024",
    "", [NGUON], [SNV], "2024-06-29"],
  ["5", "Chỉnh lý, số hóa tài liệu lưu trữ tồn đọng tại Lưu trữ lịch sử tỉnh", SNV, "-", "Thường\nxuyên", "",
    [SNV], [], null],
  ["6", "Triển khai lập hồ sơ điện tử, nộp lưu hồ sơ điện tử vào Lưu trữ cơ quan trên Hệ thống quản lý văn bản và " +
    "điều hành", "Sở Thông tin và Truyền thông", `${SNV};\n${VP}`, "30/9/2024", "",
    ["Sở Thông tin và Truyền thông"], [SNV, VP], "2024-09-30"],
  ["7", "Xây dựng, trình UBND tỉnh ban hành Quy chế công tác văn thư, lưu trữ của UBND tỉnh (thay thế Quyết định số " +
    "1625/QĐ-UBND ngày 12/9/2019)", SNV, `${VP};\nSở Tư pháp`, "Tháng 7/\n2024", "", [SNV], [VP, "Sở Tư pháp"],
    "2024-07-31"],
  ["8", "Kiểm tra công tác văn thư, lưu trữ tại 06 sở, ban, ngành và 03 huyện", SNV, "Các cơ quan được kiểm tra",
    "Tháng 8 -\n10/2024", "Theo Kế hoạch số 12/KH-SNV", [SNV], ["Các cơ quan được kiểm tra"], "2024-10-31"],
  ["9", "Thực hiện báo cáo thống kê cơ sở về công tác văn thư, lưu trữ năm 2024, gửi Sở Nội vụ", `${SB};\n${HU}`, "-",
    "Trước\n15/12/2024", "", ["@departments", "@districts"], [], "2024-12-14"],
  ["10", "Tổng hợp, báo cáo Bộ Nội vụ (Cục Văn thư và Lưu trữ nhà nước) kết quả công tác văn thư, lưu trữ năm 2024",
    SNV, "-", "Trước\n20/12/2024", "", [SNV], [], "2024-12-19"],
  ["11", "Bố trí kinh phí thực hiện nhiệm vụ văn thư, lưu trữ", "Sở Tài chính", SNV, "Theo dự toán\nđược giao", "",
    ["Sở Tài chính"], [SNV], null],
];
const tasks = [];
const rows = [["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Ghi chú"]];
for (const [stt, what, leadCell, coordCell, time, note, lead, coord, due] of ROWS) {
  rows.push([{ text: stt, align: "center", list: { kind: "cell", inst: "stt" } }, what, { text: leadCell, br: true },
    { text: coordCell, br: true }, { text: time, br: true, align: "center" }, note]);
  if (due) tasks.push(task(stt, what, due, lead, coord));
}

const OLD = "BodyTextIndent"; // the old template's body style, kept from the 2023 file
const TNR = "Times New Roman"; // typed over the old style as direct formatting
const R = { kind: "roman", inst: "R" };
const sec = (num, text) => ({ t: "p", num, text, bold: true, indent: false, list: R, style: "Heading1", font: TNR });
const n1 = (num, text) => ({ t: "p", num, text, list: { kind: "decimal", inst: "I" }, style: OLD, font: TNR });
const n3 = (num, text) => ({ t: "p", num, text, list: { kind: "decimal", inst: "III", start: 1 }, style: OLD, font: TNR });
const gap = { t: "p", text: "", indent: false };
const plain = (text) => ({ t: "p", text, style: OLD, font: TNR });
tasks.push(task("III.1", "Theo dõi, đôn đốc, hướng dẫn các cơ quan thực hiện Kế hoạch; tổng hợp kết quả thực hiện",
  "2024-12-09", [SNV]));
tasks.push(task("III.2", "Xây dựng kế hoạch công tác văn thư, lưu trữ năm 2024 của cơ quan, đơn vị", "2024-03-30",
  ["@departments", "@districts"]));

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 38/KH-UBND", "Bắc Kạn, ngày 05 tháng 3 năm 2024", "KẾ HOẠCH",
    "Công tác văn thư, lưu trữ năm 2024"),
  gap,
  plain("Căn cứ Luật Lưu trữ năm 2011; Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư; " +
    "Hướng dẫn số 01/HD-VTLTNN ngày 15/01/2024 của Cục Văn thư và Lưu trữ nhà nước, Ủy ban nhân dân tỉnh ban hành Kế " +
    "hoạch công tác văn thư, lưu trữ năm 2024 như sau:"),
  gap,
  sec("I.", "MỤC ĐÍCH, YÊU CẦU"),
  n1("1.", "Nâng cao hiệu quả quản lý nhà nước về văn thư, lưu trữ; bảo quản an toàn, phát huy giá trị tài liệu lưu trữ."),
  n1("2.", "Các nhiệm vụ phải cụ thể, có thời hạn và đơn vị chịu trách nhiệm; gắn với chuyển đổi số trong cơ quan nhà " +
    "nước."),
  gap,
  sec("II.", "NHIỆM VỤ CỤ THỂ"),
  plain("(Chi tiết tại bảng dưới đây)"),
  { t: "table", widths: [700, 2770, 1450, 1600, 1450, 1384], header: 1, rows },
  gap,
  gap,
  sec("III.", "TỔ CHỨC THỰC HIỆN"),
  n3("1.", "Sở Nội vụ theo dõi, đôn đốc, hướng dẫn các cơ quan, đơn vị thực hiện Kế hoạch này; tổng hợp kết quả " +
    "thực hiện, báo cáo UBND tỉnh trước ngày 10/12/2024."),
  n3("2.", "Các sở, ban, ngành; UBND các huyện, thành phố căn cứ Kế hoạch này xây dựng kế hoạch công tác văn thư, lưu " +
    "trữ năm 2024 của cơ quan, đơn vị, hoàn thành trước ngày 31/3/2024 (gửi về Sở Nội vụ để theo dõi)."),
  n3("3.", "Sở Tài chính tham mưu bố trí kinh phí; Sở Thông tin và Truyền thông bảo đảm hạ tầng kỹ thuật cho việc lưu " +
    "trữ hồ sơ điện tử."),
  n3("4.", "Năm 2023, toàn tỉnh đã thu thập 312 mét giá tài liệu vào Lưu trữ lịch sử tỉnh; tiếp tục duy trì kết quả " +
    "này."),
  plain("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội vụ để tổng " +
    "hợp, báo cáo UBND tỉnh xem xét, giải quyết./."),
  gap,
  ...sign(["Cục Văn thư và Lưu trữ nhà nước (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "CT, PCT UBND tỉnh",
    "Các sở, ban, ngành", "UBND các huyện, thành phố", "LĐVP"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
  "Đinh Quang Tuyên"),
];

// The 2023 file's styles, left in the document: ".VnTime" ABC-era heading, Body Text Indent, a "Char Char" pair.
const styles = '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr>' +
  '<w:sz w:val="28"/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>' +
  '<w:next w:val="Normal"/><w:link w:val="Heading1Char"/><w:pPr><w:keepNext/><w:spacing w:before="120"/><w:outlineLvl ' +
  'w:val="0"/></w:pPr><w:rPr><w:rFonts w:ascii=".VnTimeH" w:hAnsi=".VnTimeH"/><w:b/><w:sz w:val="26"/></w:rPr></w:style>' +
  '<w:style w:type="character" w:customStyle="1" w:styleId="Heading1Char"><w:name w:val="Heading 1 Char"/>' +
  '<w:link w:val="Heading1"/><w:rPr><w:rFonts w:ascii=".VnTimeH" w:hAnsi=".VnTimeH"/><w:b/></w:rPr></w:style>' +
  `<w:style w:type="paragraph" w:styleId="${OLD}"><w:name w:val="Body Text Indent"/><w:basedOn w:val="Normal"/>` +
  '<w:link w:val="BodyTextIndentChar"/><w:pPr><w:spacing w:before="60" w:after="60"/><w:ind w:firstLine="720"/>' +
  '</w:pPr><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/><w:sz w:val="28"/></w:rPr></w:style>' +
  '<w:style w:type="character" w:customStyle="1" w:styleId="BodyTextIndentChar"><w:name w:val="Body Text Indent Char"/>' +
  `<w:link w:val="${OLD}"/><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr></w:style>` +
  '<w:style w:type="character" w:customStyle="1" w:styleId="CharChar1"><w:name w:val="Char Char1"/><w:rPr>' +
  '<w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/><w:sz w:val="28"/><w:lang w:val="en-US"/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:customStyle="1" w:styleId="CharCharCharCharCharCharChar"><w:name w:val="Char Char ' +
  'Char Char Char Char Char"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="160" w:line="240" ' +
  'w:lineRule="exact"/></w:pPr><w:rPr><w:rFonts w:ascii="Verdana" w:hAnsi="Verdana"/><w:sz w:val="20"/></w:rPr></w:style>';

await build(DIR, {
  blocks, printer: "libreoffice", extra: { styles },
  expected: {
    id: ID,
    style: "Kế hoạch 38/KH-UBND of UBND tỉnh Bắc Kạn (05/3/2024, before the reorganisation) for records and archives " +
      "work in 2024, typed into last year's Word file: the old template's styles remain (.VnTime 'heading 1', 'Body " +
      "Text Indent', 'Char Char' styles) and the body uses them; empty paragraphs make the spacing; the table's " +
      "narrow cells break lines by hand (one paragraph with <w:br/>: 'Trước\\n15/4/2024', 'Quý II/\\n2024', " +
      "'Sở Tài chính;\\nUBND các huyện, thành phố'); part III's Word list was restarted at 1 by hand (new w:num, " +
      "startOverride). II: one table STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn " +
      "thành | Ghi chú; ref = STT. Left out: row 1 (done, 'Đã ban hành'), row 5 'Thường xuyên', row 11 'Theo dự " +
      "toán được giao'. Dates: 'Trước d/m' = d-1 (14/4 Sun -> 15/4; 29/6 Sat -> 1/7; 14/12 Sat -> 16/12; 19/12); " +
      "'Quý II/2024' = 30/6 Sun -> 1/7; 'Tháng 7/2024' = 31/7; 'Tháng 8 - 10/2024' = end of the range 31/10; bare " +
      "30/9. III.1 (report to UBND tỉnh before 10/12 -> 9/12) and III.2 (plans before 31/3 -> 30/3 Sat -> 1/4) are " +
      "tasks; III.3 undated, III.4 last year's result. 'Các sở, ban, ngành' = @departments, 'UBND các huyện, thành " +
      "phố' = @districts; 'gửi Sở Nội vụ' / 'báo cáo Bộ Nội vụ' name recipients. PDF: LibreOffice.",
    province: "Bắc Kạn",
    plan: { number: "38/KH-UBND", date: "2024-03-05" },
    tasks,
    unresolved: [NGUON, "Các cơ quan được kiểm tra"],
    successors: [],
  },
});
