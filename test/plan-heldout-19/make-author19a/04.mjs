// 04: Thái Nguyên 2026 (after the reorganisation) — a long plan that opens with a Word table of contents ("MỤC
// LỤC": a TOC field whose cached entries are hyperlinks to _Toc bookmarks, a dot-leader tab and a PAGEREF page
// number), built from paragraphs in the Heading 1 / Heading 2 styles; the page number stands in a header (PAGE
// field, not on the first page). The TOC repeats the headings with page numbers: none of its lines is a task. Tasks
// are the lettered items under III.1-4 and the numbered items of IV.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "04-thai-nguyen-2026-word-toc-field-heading-styles";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const KH = "Sở Khoa học và Công nghệ";
const R = { kind: "roman", inst: "R" };
let bm = 0;
const H1 = [];
const h1 = (num, text) => {
  bm += 1;
  H1.push([1, `_Toc${bm}`, `${num} ${text}`]);
  return { t: "p", num, text: `⟦bm:_Toc${bm}⟧${text}`, bold: true, indent: false, list: R, style: "Heading1" };
};
const h2 = (num, text) => {
  bm += 1;
  H1.push([2, `_Toc${bm}`, `${num} ${text}`]);
  return { t: "p", num, text: `⟦bm:_Toc${bm}⟧${text}`, bold: true, list: { kind: "decimal", inst: "III" },
    style: "Heading2" };
};
const let_ = (inst) => (num, text) => ({ t: "p", num, text, list: { kind: "letter", inst } });
const p = (text) => ({ t: "p", text });
const a1 = let_("1");
const a2 = let_("2");
const a3 = let_("3");
const a4 = let_("4");
const i4 = (num, text) => ({ t: "p", num, text, list: { kind: "decimal", inst: "IV" } });
const body = [
  h1("I.", "MỤC ĐÍCH, YÊU CẦU"),
  p("Cụ thể hóa Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị và Chương trình hành động của Ban Thường vụ " +
    "Tỉnh ủy; xác định rõ nhiệm vụ, cơ quan chủ trì, thời hạn hoàn thành để tổ chức thực hiện trong năm 2026, năm " +
    "đầu tiên vận hành bộ máy của tỉnh sau hợp nhất."),
  p("Các nhiệm vụ phải gắn với sản phẩm cụ thể; cơ quan chủ trì chịu trách nhiệm trước Chủ tịch UBND tỉnh về tiến " +
    "độ và chất lượng."),
  h1("II.", "CHỈ TIÊU CHỦ YẾU NĂM 2026"),
  p("Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình đạt trên 80%; 100% thôn, xóm, tổ dân phố " +
    "được phủ sóng di động 4G; kinh tế số chiếm 20% GRDP; chi cho khoa học, công nghệ, đổi mới sáng tạo và chuyển " +
    "đổi số đạt 3% tổng chi ngân sách tỉnh."),
  h1("III.", "NHIỆM VỤ, GIẢI PHÁP"),
  h2("1.", "Hoàn thiện thể chế, chính sách"),
  a1("a)", "Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tư pháp tham mưu UBND tỉnh trình HĐND tỉnh ban hành " +
    "Nghị quyết quy định chính sách hỗ trợ doanh nghiệp đổi mới sáng tạo trên địa bàn tỉnh; hoàn thành trước ngày " +
    "15/6/2026."),
  a1("b)", "Sở Tài chính hướng dẫn các cơ quan, đơn vị lập dự toán, bố trí kinh phí cho khoa học, công nghệ, đổi " +
    "mới sáng tạo và chuyển đổi số theo chỉ tiêu tại mục II; thời hạn trong tháng 4/2026."),
  a1("c)", "Sở Nội vụ tham mưu sửa đổi Quy chế làm việc của UBND tỉnh, bảo đảm xử lý công việc trên môi trường số, " +
    "chậm nhất ngày 31/7/2026."),
  h2("2.", "Phát triển hạ tầng số"),
  a2("a)", "Sở Khoa học và Công nghệ phối hợp với Viễn thông Thái Nguyên phủ sóng di động 4G, 5G đến các thôn, xóm " +
    "còn vùng lõm sóng tại khu vực Ba Bể, Pác Nặm, Na Rì; hoàn thành trong quý III/2026."),
  a2("b)", "Công an tỉnh bảo đảm an toàn, an ninh mạng cho các hệ thống thông tin của tỉnh; thực hiện thường xuyên."),
  a2("c)", "Văn phòng UBND tỉnh nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh sau hợp nhất, " +
    "đồng bộ với Cổng Dịch vụ công quốc gia, xong trước 30/5/2026."),
  h2("3.", "Phát triển nguồn nhân lực"),
  a3("a)", "Sở Giáo dục và Đào tạo chủ trì, phối hợp với Đại học Thái Nguyên xây dựng Đề án đào tạo nhân lực STEM " +
    "giai đoạn 2026 - 2030, trình UBND tỉnh trong tháng 9/2026."),
  a3("b)", "Sở Nội vụ tổ chức bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã, bảo đảm 100% được bồi dưỡng; hoàn " +
    "thành quý IV/2026."),
  h2("4.", "Phát triển dữ liệu số"),
  a4("a)", "Sở Nông nghiệp và Môi trường hoàn thiện cơ sở dữ liệu đất đai của 92 xã, phường, kết nối với Cơ sở dữ " +
    "liệu quốc gia về dân cư, xong ngày 30/10/2026."),
  a4("b)", "Năm 2025, Sở Y tế đã hoàn thành cấp hồ sơ sức khỏe điện tử cho 95% dân số; năm 2026 tiếp tục cập nhật, " +
    "khai thác dữ liệu phục vụ khám, chữa bệnh."),
  a4("c)", "UBND các xã, phường số hóa sổ hộ tịch, hồ sơ địa chính còn lưu trữ giấy, hoàn thành trước ngày " +
    "01/12/2026."),
  h1("IV.", "TỔ CHỨC THỰC HIỆN"),
  i4("1.", "Sở Khoa học và Công nghệ là cơ quan thường trực, giúp UBND tỉnh theo dõi, đôn đốc thực hiện Kế hoạch."),
  i4("2.", "Các sở, ban, ngành, UBND các xã, phường báo cáo kết quả thực hiện 6 tháng đầu năm 2026, gửi Sở Khoa học " +
    "và Công nghệ trước ngày 10/6/2026."),
  i4("3.", "Sở Khoa học và Công nghệ tổng hợp kết quả thực hiện năm 2026, báo cáo UBND tỉnh và Ban Chỉ đạo tỉnh " +
    "trước ngày 15/12/2026."),
  i4("4.", "Kinh phí thực hiện bố trí từ ngân sách nhà nước theo phân cấp và các nguồn hợp pháp khác."),
];
// TOC page numbers as LibreOffice lays the file out (checked against plan.pdf).
const PAGES = { _Toc1: 2, _Toc2: 2, _Toc3: 2, _Toc4: 2, _Toc5: 2, _Toc6: 2, _Toc7: 2, _Toc8: 3 };
const toc = H1.map(([lvl, anchor, text]) => ({ t: "p", indent: false,
  text: `⟦toc:${lvl}:${anchor}⟧${text}\t${PAGES[anchor]}` }));
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 96/KH-UBND", "Thái Nguyên, ngày 27 tháng 3 năm 2026", "KẾ HOẠCH",
    "Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển\nkhoa học, công nghệ, đổi mới sáng " +
    "tạo và chuyển đổi số năm 2026"),
  { t: "p", text: "MỤC LỤC", bold: true, align: "center", indent: false },
  ...toc,
  { t: "p", text: "⟦pb⟧", indent: false },
  ...body,
  ...sign(["Bộ Khoa học và Công nghệ", "TT Tỉnh ủy, TT HĐND tỉnh", "Ban Chỉ đạo tỉnh", "Các sở, ban, ngành",
    "UBND các xã, phường"], "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Phạm Hoàng Sơn"),
];

// Word XML: bookmarks at the headings, the TOC field over the toc paragraphs, a page break, a page-number header.
const RUN = '<w:r><w:rPr><w:sz w:val="26"/></w:rPr>';
function transform(xml) {
  let id = 0;
  let out = xml.replace(/<w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)<w:t xml:space="preserve">⟦bm:(\w+)⟧/g,
    (_, rpr, name) => `<w:bookmarkStart w:id="${++id}" w:name="${name}"/><w:bookmarkEnd w:id="${id}"/><w:r>${rpr}` +
      '<w:t xml:space="preserve">');
  const entries = [...out.matchAll(/<w:p>(?:(?!<w:p>).)*?⟦toc:\d:\w+⟧.*?<\/w:p>/g)];
  entries.forEach((m, i) => {
    const [, lvl, anchor, text, page] = m[0].match(/⟦toc:(\d):(\w+)⟧([^<\t]*)\t(\d+)/);
    const begin = i === 0 ? `${RUN}<w:fldChar w:fldCharType="begin"/></w:r>${RUN}<w:instrText xml:space="preserve">` +
      ` TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>${RUN}<w:fldChar w:fldCharType="separate"/></w:r>` : "";
    const end = i === entries.length - 1 ? `${RUN}<w:fldChar w:fldCharType="end"/></w:r>` : "";
    out = out.replace(m[0], `<w:p><w:pPr><w:pStyle w:val="TOC${lvl}"/><w:tabs><w:tab w:val="right" ` +
      `w:leader="dot" w:pos="9344"/></w:tabs><w:spacing w:after="60"/></w:pPr>${begin}<w:hyperlink ` +
      `w:anchor="${anchor}" w:history="1">${RUN}<w:t xml:space="preserve">${text}</w:t></w:r>${RUN}<w:tab/></w:r>` +
      `${RUN}<w:fldChar w:fldCharType="begin"/></w:r>${RUN}<w:instrText xml:space="preserve"> PAGEREF ${anchor} \\h ` +
      `</w:instrText></w:r>${RUN}<w:fldChar w:fldCharType="separate"/></w:r>${RUN}<w:t>${page}</w:t></w:r>${RUN}` +
      `<w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>${end}</w:p>`);
  });
  return out.replace(/<w:p>(?:(?!<w:p>).)*?⟦pb⟧.*?<\/w:p>/, '<w:p><w:r><w:br w:type="page"/></w:r></w:p>');
}
const WNS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const style = (id, name, ppr) => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/>` +
  `<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:qFormat/><w:pPr>${ppr}</w:pPr>` +
  "</w:style>";
const extra = {
  transform,
  styles: '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
    style("Heading1", "heading 1", '<w:keepNext/><w:spacing w:before="120"/><w:outlineLvl w:val="0"/>') +
    style("Heading2", "heading 2", '<w:keepNext/><w:outlineLvl w:val="1"/>') +
    style("TOC1", "toc 1", '<w:ind w:left="0"/>') + style("TOC2", "toc 2", '<w:ind w:left="284"/>') +
    '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/></w:style>',
  parts: { "word/header1.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr ${WNS}><w:p><w:pPr>` +
    `<w:jc w:val="center"/></w:pPr>${RUN}<w:fldChar w:fldCharType="begin"/></w:r>${RUN}<w:instrText ` +
    'xml:space="preserve"> PAGE </w:instrText></w:r>' + `${RUN}<w:fldChar w:fldCharType="separate"/></w:r>${RUN}` +
    `<w:t>2</w:t></w:r>${RUN}<w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>` },
  rels: '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" ' +
    'Target="header1.xml"/>',
  types: '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.' +
    'wordprocessingml.header+xml"/>',
  sect: '<w:headerReference w:type="default" r:id="rId9"/>',
  sectTail: "<w:titlePg/>",
};

const tasks = [
  task("III.1.a", "Tham mưu ban hành Nghị quyết quy định chính sách hỗ trợ doanh nghiệp đổi mới sáng tạo trên địa " +
    "bàn tỉnh", "2026-06-14", [KH], ["Sở Tư pháp"]),
  task("III.1.b", "Hướng dẫn lập dự toán, bố trí kinh phí cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
    "2026-04-30", ["Sở Tài chính"], []),
  task("III.1.c", "Tham mưu sửa đổi Quy chế làm việc của UBND tỉnh, bảo đảm xử lý công việc trên môi trường số",
    "2026-07-31", ["Sở Nội vụ"], []),
  task("III.2.a", "Phủ sóng di động 4G, 5G đến các thôn, xóm còn vùng lõm sóng", "2026-09-30", [KH],
    ["Viễn thông Thái Nguyên"]),
  task("III.2.c", "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh sau hợp nhất, đồng bộ với Cổng " +
    "Dịch vụ công quốc gia", "2026-05-29", ["Văn phòng UBND tỉnh"], []),
  task("III.3.a", "Xây dựng Đề án đào tạo nhân lực STEM giai đoạn 2026 - 2030", "2026-09-30",
    ["Sở Giáo dục và Đào tạo"], ["Đại học Thái Nguyên"]),
  task("III.3.b", "Bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã", "2026-12-31", ["Sở Nội vụ"], []),
  task("III.4.a", "Hoàn thiện cơ sở dữ liệu đất đai của 92 xã, phường, kết nối với Cơ sở dữ liệu quốc gia về dân cư",
    "2026-10-30", ["Sở Nông nghiệp và Môi trường"], []),
  task("III.4.c", "Số hóa sổ hộ tịch, hồ sơ địa chính còn lưu trữ giấy", "2026-11-30", ["UBND cấp xã"], []),
  task("IV.2", "Báo cáo kết quả thực hiện 6 tháng đầu năm 2026", "2026-06-09", ["@departments", "UBND cấp xã"], []),
  task("IV.3", "Tổng hợp kết quả thực hiện năm 2026", "2026-12-14", [KH], []),
];

await build(DIR, {
  blocks, printer: "libreoffice", extra,
  expected: {
    id: ID,
    style: "Kế hoạch 96/KH-UBND Thái Nguyên 27/3/2026 (after the reorganisation): a Word table of contents " +
      "('MỤC LỤC', TOC field, entries = hyperlinks to _Toc bookmarks + dot-leader tab + PAGEREF page number; in txt " +
      "'heading<TAB>page') before a page break; headings in Heading 1 (I-IV) / Heading 2 (III.1-4) styles; page " +
      "number in a header PAGE field (titlePg). TOC lines are not tasks. Tasks: lettered items III.n.x and numbered " +
      "IV.n. Left out: III.2.b 'thường xuyên', III.4.b result of 2025 + ongoing, IV.1, IV.4 undated; part II " +
      "targets (no unit, no date). 'trước 15/6' -> 14/6 Sun -> 15/6; 'trong tháng 4/2026' -> 30/4 off, 1/5 off, " +
      "weekend -> 4/5; 'trước 30/5' -> 29/5; quý III -> 30/9; tháng 9 -> 30/9; quý IV -> 31/12; 'xong ngày 30/10' " +
      "= 30/10; 'trước 01/12' -> 30/11; 'trước 10/6' -> 9/6; 'trước 15/12' -> 14/12. III.2.a 'Sở KHCN phối hợp với " +
      "Viễn thông Thái Nguyên' (no chủ trì): Sở KHCN leads. 'UBND các xã, phường' = UBND cấp xã. 'gửi Sở KHCN', " +
      "'báo cáo UBND tỉnh' are recipients. Unresolved: Viễn thông Thái Nguyên, Đại học Thái Nguyên. Place names " +
      "(Ba Bể, Pác Nặm, Na Rì) are not units. PDF: LibreOffice.",
    province: "Thái Nguyên",
    plan: { number: "96/KH-UBND", date: "2026-03-27" },
    tasks,
    unresolved: ["Viễn thông Thái Nguyên", "Đại học Thái Nguyên", "UBND cấp xã"],
    successors: [],
  },
});
