// 04: Lai Châu, UBND tỉnh, 12/3/2025 (before the merger) — Kế hoạch thực hiện Đề án 06 năm 2025, a Word file full
// of FIELDS: tasks are "Nhiệm vụ {SEQ NV}" (the number a field result), some deadlines are cross-references ("cùng
// thời hạn nêu tại mục II.{REF}3 ({REF to a bookmarked date}tháng 6/2025)"), the header date is a CREATEDATE field
// with its cached result (docProps/core.xml created the same day), and reviewers' Word COMMENTS in the margin
// propose other deadlines — they are not the plan's. plan.txt = Word's "Save as plain text": field results, no
// comments. plan.pdf: WeasyPrint (field results, no comments).
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "04-lai-chau-2025-word-fields-seq-task-numbers-ref-deadlines-createdate-review-comments";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const CA = "Công an tỉnh";
const TP = "Sở Tư pháp";
const VP = "Văn phòng UBND tỉnh";
const TT = "Sở Thông tin và Truyền thông";
const LD = "Sở Lao động - Thương binh và Xã hội";

const COMMENTS = [
  ["Sở Tư pháp", "STP", "Đề nghị lùi thời hạn đến ngày 15/4/2025 do khối lượng dữ liệu hộ tịch cần đối soát lớn."],
  ["Sở Thông tin và Truyền thông", "STTTT", "Đề xuất điều chỉnh thành chậm nhất ngày 31/8/2025 (chờ nâng cấp nền " +
    "tảng LGSP)."],
  ["Văn phòng UBND tỉnh", "VP", "Đề nghị thống nhất hạn ngày 25/6/2025 cho phù hợp lịch họp Tổ công tác Đề án 06."],
  ["Công an tỉnh", "CA", "Có thể kéo dài đến hết quý IV/2025?"],
];
const seq = (n) => `⟦F:SEQ NV \\* ARABIC⟧${n}⟦/F⟧`;
// [n, title, lead, coordinators, time text]
const NV = [
  [1, "Làm sạch dữ liệu dân cư, đồng bộ với Cơ sở dữ liệu hộ tịch điện tử", CA, [TP],
    "chậm nhất ngày ⟦C:0⟧31/3/2025⟦/C:0⟧"],
  [2, "Rà soát, tái cấu trúc quy trình 25 dịch vụ công thiết yếu trên Cổng Dịch vụ công của tỉnh", VP,
    ["Các sở, ban, ngành"], "trước ngày 15/4/2025"],
  [3, "Kết nối, chia sẻ dữ liệu giữa Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh với Cơ sở dữ liệu " +
    "quốc gia về dân cư", TT, [CA, VP], "hoàn thành trong ⟦C:1⟧⟦B:HanNV3⟧tháng 6/2025⟦/B:HanNV3⟧⟦/C:1⟧"],
  [4, "Cấp chứng thư chữ ký số công cộng miễn phí cho người dân thực hiện dịch vụ công trực tuyến", TT,
    ["Bưu điện tỉnh"], "cùng thời hạn nêu tại mục II.⟦F:REF _RefNV3 \\h⟧3⟦/F⟧ (⟦F:REF HanNV3 \\h⟧tháng 6/2025⟦/F⟧)"],
  [5, "Chi trả trợ cấp an sinh xã hội không dùng tiền mặt cho đối tượng bảo trợ xã hội", LD,
    ["Bảo hiểm xã hội tỉnh", "Bưu điện tỉnh"], "chậm nhất ngày ⟦B:HanNV5⟧30/4/2025⟦/B:HanNV5⟧"],
  [6, "Số hóa sổ hộ tịch lưu trữ từ năm 2015 trở về trước", TP, ["UBND các huyện, thành phố"],
    "thực hiện trong quý III/2025"],
  [7, "Tập huấn kỹ năng hướng dẫn người dân sử dụng dịch vụ công trực tuyến cho công chức Bộ phận Một cửa", "UBND " +
    "các huyện, thành phố", [CA], "cùng thời hạn nêu tại mục II.⟦F:REF _RefNV5 \\h⟧5⟦/F⟧ (ngày ⟦F:REF HanNV5 " +
    "\\h⟧30/4/2025⟦/F⟧)"],
  [8, "Tuyên truyền lợi ích của tài khoản định danh điện tử mức độ 2 trên VNeID", "Báo Lai Châu, Đài Phát thanh - " +
    "Truyền hình tỉnh", [CA], "thường xuyên"],
  [9, "Báo cáo sơ kết 6 tháng thực hiện Đề án 06 gửi Công an tỉnh (cơ quan thường trực Tổ công tác)",
    "Các sở, ban, ngành, UBND các huyện, thành phố", [], "trước ngày ⟦C:2⟧20/6/2025⟦/C:2⟧"],
  [10, "Đánh giá mức độ hoàn thành Đề án 06 năm 2025 của tỉnh, báo cáo UBND tỉnh", CA, [VP],
    "chậm nhất ngày ⟦C:3⟧15/12/2025⟦/C:3⟧"],
];
const P = (text, o = {}) => ({ t: "p", text, align: "justify", ...o });
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 58/KH-UBND", "Lai Châu, ngày ⟦F:CREATEDATE \\@ \"dd 'tháng' MM " +
    "'năm' yyyy\"⟧12 tháng 03 năm 2025⟦/F⟧", "KẾ HOẠCH", "Thực hiện Đề án phát triển ứng dụng dữ liệu về dân cư, " +
    "định danh và xác thực điện tử (Đề án 06) trên địa bàn tỉnh Lai Châu năm 2025"),
  P("Căn cứ Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ; Kế hoạch số 02/KH-TCTĐA ngày " +
    "10/01/2025 của Tổ công tác triển khai Đề án 06 của Chính phủ, UBND tỉnh ban hành Kế hoạch như sau:"),
  P("I. MỤC ĐÍCH, YÊU CẦU", { bold: true, indent: false, num: undefined }),
  P("Xác định cụ thể nhiệm vụ, cơ quan chủ trì, phối hợp, thời hạn hoàn thành; bảo đảm dữ liệu \"đúng, đủ, sạch, " +
    "sống\"."),
  P("II. NHIỆM VỤ CỤ THỂ", { bold: true, indent: false }),
  ...NV.flatMap(([n, t, lead, co, time]) => [
    P(`Nhiệm vụ ⟦B:_RefNV${n}⟧${seq(n)}⟦/B:_RefNV${n}⟧: ${t}`, { bold: true }),
    P(`- Chủ trì: ${lead}${co.length ? `; phối hợp: ${co.join(", ")}` : ""}.`, { list: { kind: "dash", inst: "d" } }),
    P(`- Thời hạn: ${time}.`, { list: { kind: "dash", inst: "d" } }),
  ]),
  P("III. TỔ CHỨC THỰC HIỆN", { bold: true, indent: false }),
  P("Công an tỉnh là cơ quan thường trực, theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch; định kỳ hằng " +
    "tháng tổng hợp kết quả, báo cáo Tổ công tác Đề án 06 của tỉnh."),
  ...sign(["Tổ công tác Đề án 06 Chính phủ (b/c)", "TT. Tỉnh ủy, TT. HĐND tỉnh (b/c)", "Các sở, ban, ngành",
    "UBND các huyện, thành phố"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hà Trọng Hải"),
].map((b) => (b.list && b.text.startsWith("- ") ? { ...b, text: b.text.slice(2), num: "-" } : b));

const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
function transform(xml) {
  let bm = 0;
  const ids = new Map();
  return xml.replace(/<w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)<w:t xml:space="preserve">((?:(?!<\/w:t>).)*⟦(?:(?!<\/w:t>).)*)<\/w:t><\/w:r>/g,
    (m, rPr, text) => {
      const open = `<w:r>${rPr}<w:t xml:space="preserve">`;
      const R = (x) => `<w:r>${rPr}${x}</w:r>`;
      const body = text.replace(/⟦([^⟧]*)⟧/g, (mm, k) => {
        let x;
        if (k.startsWith("F:")) x = R('<w:fldChar w:fldCharType="begin"/>') + R(`<w:instrText xml:space="preserve"> ` +
          `${k.slice(2)} </w:instrText>`) + R('<w:fldChar w:fldCharType="separate"/>');
        else if (k === "/F") x = R('<w:fldChar w:fldCharType="end"/>');
        else if (k.startsWith("B:")) {
          ids.set(k.slice(2), bm);
          x = `<w:bookmarkStart w:id="${bm++}" w:name="${k.slice(2)}"/>`;
        } else if (k.startsWith("/B:")) x = `<w:bookmarkEnd w:id="${ids.get(k.slice(3))}"/>`;
        else if (k.startsWith("C:")) x = `<w:commentRangeStart w:id="${k.slice(2)}"/>`;
        else x = `<w:commentRangeEnd w:id="${k.slice(3)}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/>` +
          `</w:rPr><w:commentReference w:id="${k.slice(3)}"/></w:r>`;
        return "</w:t></w:r>" + x + open;
      });
      return (open + body + "</w:t></w:r>").replace(/<w:r><w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr><w:t xml:space="preserve"><\/w:t><\/w:r>/g, "");
    });
}
const X = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const comments = `${X}<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
  COMMENTS.map(([a, ini, t], i) => `<w:comment w:id="${i}" w:author="${esc(a)}" w:date="2025-03-0${6 + i}T09:30:00Z" ` +
    `w:initials="${ini}"><w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle ` +
    'w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r><w:r><w:t xml:space="preserve">' +
    `${esc(t)}</w:t></w:r></w:p></w:comment>`).join("") + "</w:comments>";
const core = `${X}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
  'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Kế hoạch Đề án 06 năm 2025</dc:title>' +
  "<dc:creator>Công an tỉnh Lai Châu</dc:creator><dcterms:created xsi:type=\"dcterms:W3CDTF\">2025-03-12T01:15:00Z" +
  "</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">2025-03-12T03:40:00Z</dcterms:modified>" +
  "</cp:coreProperties>";
const extra = {
  transform,
  parts: { "word/comments.xml": comments, "docProps/core.xml": core },
  types: '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.' +
    'wordprocessingml.comments+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.' +
    'openxmlformats-package.core-properties+xml"/>',
  rels: '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/' +
    'comments" Target="comments.xml"/>',
  pkgRels: '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/' +
    'core-properties" Target="docProps/core.xml"/>',
  styles: '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/>' +
    '<w:rPr><w:sz w:val="16"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="CommentText"><w:name ' +
    'w:val="annotation text"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>',
};

const G = (s) => (s === "Các sở, ban, ngành" ? "@departments" : s === "UBND các huyện, thành phố" ? "@districts" : s);
const DUE = { 1: "2025-03-31", 2: "2025-04-14", 3: "2025-06-30", 4: "2025-06-30", 5: "2025-04-30", 6: "2025-09-30",
  7: "2025-04-30", 9: "2025-06-19", 10: "2025-12-15" };
const tasks = NV.filter(([n]) => DUE[n]).map(([n, t, lead, co]) => task(`II.${n}`, t, DUE[n],
  n === 9 ? ["@departments", "@districts"] : [G(lead)], co.map(G)));

await build(DIR, {
  blocks, printer: "weasyprint", extra,
  expected: {
    id: ID,
    style: "Kế hoạch 58/KH-UBND of UBND tỉnh Lai Châu, 12/3/2025 (before the merger), Đề án 06. Header date " +
      "'ngày 12 tháng 03 năm 2025' is a CREATEDATE field's cached result (core.xml created 12/3/2025). Tasks under " +
      "II are 'Nhiệm vụ n: title' where n is a SEQ field result (bookmarked _RefNVn); ref II.n; each has '- Chủ " +
      "trì: …; phối hợp: …' and '- Thời hạn: …'. Cross-referenced deadlines: NV4 'cùng thời hạn nêu tại mục " +
      "II.{REF}3 ({REF HanNV3}tháng 6/2025)' = NV3's 'tháng 6/2025' -> 30/6 Mon; NV7 'cùng thời hạn nêu tại mục " +
      "II.5 (ngày {REF HanNV5}30/4/2025)' = 30/4 (holiday; 1-2/5 off, weekend) -> 5/5. Others: NV1 'chậm nhất " +
      "31/3/2025' Mon; NV2 'trước ngày 15/4' -> 14/4 Mon; NV3 'trong tháng 6/2025' 30/6; NV5 'chậm nhất 30/4' -> " +
      "eff 5/5; NV6 'quý III/2025' 30/9 Tue; NV8 'thường xuyên' no task; NV9 'trước ngày 20/6' -> 19/6 Thu (Công " +
      "an tỉnh a recipient; lead = the two groups); NV10 'chậm nhất 15/12/2025' Mon. Four Word COMMENTS (Sở Tư " +
      "pháp 15/4, Sở TT&TT 31/8, VP UBND 25/6, Công an 'quý IV') propose other deadlines: reviewers' notes, NOT " +
      "the plan's deadlines, absent from plan.txt (Word 'Save as plain text': field results, no comments). 'Các " +
      "sở, ban, ngành' = @departments, 'UBND các huyện, thành phố' = @districts; 'Báo Lai Châu, Đài Phát thanh - " +
      "Truyền hình tỉnh' only in the undated NV8. Part III monthly reporting periodic, no task.",
    province: "Lai Châu",
    plan: { number: "58/KH-UBND", date: "2025-03-12" },
    tasks,
    unresolved: [],
    successors: [],
  },
});
