// 06: Bắc Kạn, UBND tỉnh, 02/4/2024 — implementing the Land Law 2024. plan-auto.docx numbers its headings through
// LIST STYLES: the paragraph styles "Muc1" (I.), "Muc2" (1.), "Diem" (a)) carry w:numPr (numId 1); num 1 points to
// abstractNum 11, which holds nothing but w:numStyleLink="DanhMucKH"; the numbering style "DanhMucKH" (numPr numId
// 9) points to abstractNum 10, which has w:styleLink="DanhMucKH" and the three levels (Word's list-style
// indirection). Level 3 (Diem) never restarts by itself (w:lvlRestart 0): each subsection's points use a num of
// their own (numId 2-5, same abstractNum 11) with w:lvlOverride/w:startOverride 1 on ilvl 2. plan-typed.docx has
// the numbers typed. Deadlines tied to events with an expected date in brackets ("Kỳ họp thứ 19 HĐND tỉnh (dự kiến
// tháng 7/2024)", "trước Hội nghị sơ kết 6 tháng (dự kiến ngày 20/6/2024)"). plan.pdf: LibreOffice (plan-auto).
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "06-bac-kan-2024-list-style-numstylelink-expected-dates-in-brackets";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const TN = "Sở Tài nguyên và Môi trường";
const DH = "@districts";

// [num, text, style]; a Diem's subsection is counted for its own num
const PARAS = [
  ["", "Căn cứ Luật Đất đai số 31/2024/QH15 ngày 18/01/2024; Quyết định số 222/QĐ-TTg ngày 05/3/2024 của Thủ " +
    "tướng Chính phủ ban hành Kế hoạch triển khai thi hành Luật Đất đai; UBND tỉnh ban hành Kế hoạch triển khai thi hành Luật Đất đai năm 2024 trên địa bàn tỉnh như sau:"],
  ["I.", "MỤC ĐÍCH, YÊU CẦU", "Muc1"],
  ["1.", "Xác định cụ thể nội dung công việc, thời hạn, tiến độ hoàn thành và trách nhiệm của các cơ quan, đơn vị " +
    "trong việc triển khai thi hành Luật Đất đai kể từ ngày Luật có hiệu lực.", "Muc2"],
  ["2.", "Bảo đảm sự phối hợp chặt chẽ giữa các sở, ngành với UBND các huyện, thành phố; kịp thời ban hành văn bản " +
    "quy định chi tiết thuộc thẩm quyền của tỉnh.", "Muc2"],
  ["II.", "NHIỆM VỤ CỤ THỂ", "Muc1"],
  ["1.", "Xây dựng văn bản quy định chi tiết", "Muc2"],
  ["a)", "Sở Tài nguyên và Môi trường chủ trì, phối hợp với Sở Tư pháp tham mưu UBND tỉnh trình HĐND tỉnh ban hành " +
    "Nghị quyết quy định các trường hợp chuyển mục đích sử dụng đất trồng lúa, đất rừng để thực hiện dự án; trình " +
    "tại Kỳ họp thứ 19 HĐND tỉnh (dự kiến tháng 7/2024).", "Diem"],
  ["b)", "Sở Tài nguyên và Môi trường chủ trì, phối hợp với Sở Tài chính xây dựng Bảng giá đất điều chỉnh áp dụng từ " +
    "ngày 01/01/2025, trình UBND tỉnh trước Kỳ họp chuyên đề của HĐND tỉnh (dự kiến ngày 15/8/2024).", "Diem"],
  ["c)", "Sở Tài nguyên và Môi trường tham mưu UBND tỉnh ban hành Quyết định quy định hạn mức giao đất, hạn mức công " +
    "nhận quyền sử dụng đất cho hộ gia đình, cá nhân; hoàn thành chậm nhất ngày 01/8/2024.", "Diem"],
  ["d)", "Sở Nông nghiệp và Phát triển nông thôn chủ trì tham mưu quy định điều kiện chuyển đổi mục đích sử dụng đất " +
    "rừng sản xuất là rừng trồng, trình HĐND tỉnh tại kỳ họp gần nhất.", "Diem"],
  ["2.", "Tuyên truyền, phổ biến, tập huấn", "Muc2"],
  ["a)", "Sở Tư pháp chủ trì, phối hợp với Sở Tài nguyên và Môi trường tổ chức hội nghị phổ biến Luật Đất đai năm " +
    "2024 cho cán bộ chủ chốt cấp tỉnh, cấp huyện; hoàn thành trong quý II/2024.", "Diem"],
  ["b)", "Sở Tài nguyên và Môi trường tổ chức tập huấn chuyên sâu cho công chức địa chính - xây dựng cấp xã; thời " +
    "gian từ ngày 10/7 đến ngày 12/7/2024.", "Diem"],
  ["c)", "Đài Phát thanh - Truyền hình tỉnh, Báo Bắc Kạn mở chuyên trang, chuyên mục giới thiệu những điểm mới của " +
    "Luật Đất đai; thực hiện thường xuyên.", "Diem"],
  ["3.", "Kiện toàn tổ chức, rà soát hồ sơ đất đai", "Muc2"],
  ["a)", "Sở Nội vụ chủ trì, phối hợp với Sở Tài nguyên và Môi trường kiện toàn tổ chức bộ máy Văn phòng Đăng ký " +
    "đất đai tỉnh và các chi nhánh; hoàn thành trong tháng 9/2024.", "Diem"],
  ["b)", "UBND các huyện, thành phố rà soát hồ sơ đề nghị cấp Giấy chứng nhận quyền sử dụng đất còn tồn đọng, báo " +
    "cáo kết quả gửi Sở Tài nguyên và Môi trường trước Hội nghị sơ kết 6 tháng (dự kiến ngày 20/6/2024).", "Diem"],
  ["c)", "UBND các huyện, thành phố hoàn thành cấp Giấy chứng nhận lần đầu cho các trường hợp đủ điều kiện trước Kỳ " +
    "họp thường lệ cuối năm của HĐND tỉnh (dự kiến ngày 05/12/2024).", "Diem"],
  ["4.", "Cơ sở dữ liệu đất đai, thanh tra, kiểm tra", "Muc2"],
  ["a)", "Sở Tài nguyên và Môi trường chủ trì, phối hợp với UBND huyện Chợ Mới, UBND huyện Ba Bể xây dựng cơ sở dữ " +
    "liệu đất đai, đưa vào vận hành trong năm 2024.", "Diem"],
  ["b)", "Thanh tra tỉnh chủ trì, phối hợp với Sở Tài nguyên và Môi trường thanh tra việc quản lý, sử dụng đất tại " +
    "các dự án chậm tiến độ; hoàn thành trong quý III/2024.", "Diem"],
  ["III.", "TỔ CHỨC THỰC HIỆN", "Muc1"],
  ["1.", "Sở Tài nguyên và Môi trường là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, " +
    "báo cáo UBND tỉnh khi có yêu cầu.", "Muc2"],
  ["2.", "Các sở, ban, ngành, UBND các huyện, thành phố báo cáo kết quả triển khai thi hành Luật Đất đai năm 2024, gửi " +
    "Sở Tài nguyên và Môi trường trước ngày 15/11/2024 để tổng hợp.", "Muc2"],
  ["3.", "Sở Tài chính chủ trì, phối hợp với Sở Tài nguyên và Môi trường tham mưu bố trí kinh phí thực hiện Kế hoạch, " +
    "trình UBND tỉnh trước ngày 30/4/2024.", "Muc2"],
];

let sub = 1;
const body = PARAS.map(([num, text, style]) => {
  if (style === "Muc2") sub++;
  return { t: "p", text, num: num || undefined, style, styleNum: Boolean(style), bold: style === "Muc1" ||
    style === "Muc2" && /^[A-ZĐ]/.test(text) && text.length < 60, align: "justify",
  ...(style === "Diem" ? { numId: sub, ilvl: 2 } : {}) };
});
// sub ran over every Muc2; map the numIds actually used by points to 2..n
const used = [...new Set(body.filter((b) => b.numId).map((b) => b.numId))];
for (const b of body) if (b.numId) b.numId = 2 + used.indexOf(b.numId);

const LVL = [["upperRoman", "%1.", "Muc1"], ["decimal", "%2.", "Muc2"], ["lowerLetter", "%3)", "Diem"]];
const numbering = '<w:abstractNum w:abstractNumId="10"><w:nsid w:val="5A1B2C3D"/><w:multiLevelType ' +
  'w:val="multilevel"/><w:styleLink w:val="DanhMucKH"/>' + LVL.map(([fmt, text, st], i) => `<w:lvl w:ilvl="${i}">` +
  `<w:start w:val="1"/><w:numFmt w:val="${fmt}"/>${i === 2 ? '<w:lvlRestart w:val="0"/>' : ""}<w:pStyle ` +
  `w:val="${st}"/><w:suff w:val="space"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind ` +
  'w:left="0" w:firstLine="567"/></w:pPr></w:lvl>').join("") + "</w:abstractNum>" +
  '<w:abstractNum w:abstractNumId="11"><w:nsid w:val="6B2C3D4E"/><w:multiLevelType w:val="multilevel"/>' +
  '<w:numStyleLink w:val="DanhMucKH"/></w:abstractNum>' +
  '<w:num w:numId="1"><w:abstractNumId w:val="11"/></w:num>' +
  used.map((_, i) => `<w:num w:numId="${i + 2}"><w:abstractNumId w:val="11"/><w:lvlOverride w:ilvl="2">` +
    '<w:startOverride w:val="1"/></w:lvlOverride></w:num>').join("") +
  '<w:num w:numId="9"><w:abstractNumId w:val="10"/></w:num>';
const pst = (id, name, ilvl, auto, bold) => `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${id}">` +
  `<w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr>${auto ? `<w:numPr><w:ilvl w:val=` +
    `"${ilvl}"/><w:numId w:val="1"/></w:numPr>` : ""}<w:spacing w:before="60" w:after="60"/><w:ind w:firstLine="567"/>` +
  `<w:jc w:val="both"/></w:pPr>${bold ? "<w:rPr><w:b/></w:rPr>" : ""}</w:style>`;
const styles = (auto) => '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>' +
  '</w:style><w:style w:type="numbering" w:customStyle="1" w:styleId="DanhMucKH"><w:name w:val="Danh muc KH"/>' +
  '<w:pPr><w:numPr><w:numId w:val="9"/></w:numPr></w:pPr></w:style>' +
  pst("Muc1", "Muc1", 0, auto, true) + pst("Muc2", "Muc2", 1, auto, false) + pst("Diem", "Diem", 2, auto, false);

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 215/KH-UBND", "Bắc Kạn, ngày 02 tháng 4 năm 2024", "KẾ HOẠCH",
    "Triển khai thi hành Luật Đất đai năm 2024 trên địa bàn tỉnh Bắc Kạn"),
  ...body,
  ...sign(["Bộ Tài nguyên và Môi trường (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "CT, các PCT UBND tỉnh",
    "Các sở, ban, ngành", "UBND các huyện, thành phố"], "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Nguyễn Đăng Bình"),
];

const tasks = [
  task("II.1.a", "Tham mưu trình HĐND tỉnh ban hành Nghị quyết quy định các trường hợp chuyển mục đích sử dụng đất " +
    "trồng lúa, đất rừng để thực hiện dự án", "2024-07-31", [TN], ["Sở Tư pháp"]),
  task("II.1.b", "Xây dựng Bảng giá đất điều chỉnh áp dụng từ ngày 01/01/2025", "2024-08-14", [TN], ["Sở Tài chính"]),
  task("II.1.c", "Tham mưu ban hành Quyết định quy định hạn mức giao đất, hạn mức công nhận quyền sử dụng đất cho hộ " +
    "gia đình, cá nhân", "2024-08-01", [TN]),
  task("II.2.a", "Tổ chức hội nghị phổ biến Luật Đất đai năm 2024 cho cán bộ chủ chốt cấp tỉnh, cấp huyện",
    "2024-06-30", ["Sở Tư pháp"], [TN]),
  task("II.2.b", "Tập huấn chuyên sâu cho công chức địa chính - xây dựng cấp xã", "2024-07-12", [TN]),
  task("II.3.a", "Kiện toàn tổ chức bộ máy Văn phòng Đăng ký đất đai tỉnh và các chi nhánh", "2024-09-30",
    ["Sở Nội vụ"], [TN]),
  task("II.3.b", "Rà soát hồ sơ đề nghị cấp Giấy chứng nhận quyền sử dụng đất còn tồn đọng, báo cáo kết quả",
    "2024-06-19", [DH]),
  task("II.3.c", "Hoàn thành cấp Giấy chứng nhận lần đầu cho các trường hợp đủ điều kiện", "2024-12-04", [DH]),
  task("II.4.a", "Xây dựng cơ sở dữ liệu đất đai, đưa vào vận hành", "2024-12-31", [TN],
    ["UBND huyện Chợ Mới", "UBND huyện Ba Bể"]),
  task("II.4.b", "Thanh tra việc quản lý, sử dụng đất tại các dự án chậm tiến độ", "2024-09-30", ["Thanh tra tỉnh"],
    [TN]),
  task("III.2", "Báo cáo kết quả triển khai thi hành Luật Đất đai năm 2024", "2024-11-14", ["@departments", DH]),
  task("III.3", "Tham mưu bố trí kinh phí thực hiện Kế hoạch", "2024-04-29", ["Sở Tài chính"], [TN]),
];

await build(DIR, {
  blocks, printer: "libreoffice", extra: { numbering, styles },
  expected: {
    id: ID,
    style: "Kế hoạch 215/KH-UBND of UBND tỉnh Bắc Kạn, 02/4/2024, implementing the Land Law 2024. plan-auto.docx " +
      "numbers I./1./a) through LIST STYLES: paragraph styles Muc1 / Muc2 / Diem carry numPr (numId 1, ilvl 0-2); " +
      "num 1 -> abstractNum 11 holding only numStyleLink 'DanhMucKH'; the numbering style DanhMucKH -> num 9 -> " +
      "abstractNum 10 with styleLink and the levels (each level's pStyle names its paragraph style); the Diem level " +
      "has lvlRestart 0, and each subsection's points take a num of their own (numIds 2-5, same abstractNum) with " +
      "lvlOverride/startOverride 1 on ilvl 2, so a), b) start again in II.1-II.4. plan-typed.docx: typed numbers, " +
      "styles without numPr. PDF: LibreOffice from plan-auto. ref = outline path. Event deadlines with the expected " +
      "date in brackets are read as that date: II.1.a 'trình tại Kỳ họp thứ 19 HĐND tỉnh (dự kiến tháng 7/2024)' " +
      "-> 31/7 Wed; II.1.b 'trình UBND tỉnh trước Kỳ họp chuyên đề (dự kiến ngày 15/8/2024)' -> 14/8 Wed ('áp " +
      "dụng từ ngày 01/01/2025' is no deadline; UBND tỉnh recipient); II.3.b 'trước Hội nghị sơ kết 6 tháng (dự " +
      "kiến ngày 20/6/2024)' -> 19/6 Wed (Sở TN&MT recipient); II.3.c 'trước Kỳ họp thường lệ cuối năm (dự kiến " +
      "ngày 05/12/2024)' -> 4/12 Wed. II.1.d 'tại kỳ họp gần nhất' (no date) and II.2.c 'thường xuyên' no tasks. " +
      "Others: II.1.c 'chậm nhất ngày 01/8/2024' Thu; II.2.a 'quý II' 30/6 Sun -> 1/7; II.2.b 'từ 10/7 đến 12/7' " +
      "12/7 Fri; II.3.a 'tháng 9' 30/9 Mon; II.4.a 'trong năm 2024' 31/12 Tue; II.4.b 'quý III' 30/9; III.2 " +
      "'trước ngày 15/11/2024' -> 14/11 Thu (lead @departments, @districts); III.3 'trước ngày 30/4/2024' -> " +
      "29/4 (the 2024 swapped day off, then 30/4, 1/5) -> 2/5 Thu. III.1 undated.",
    province: "Bắc Kạn",
    plan: { number: "215/KH-UBND", date: "2024-04-02" },
    tasks,
    unresolved: [],
    successors: [],
  },
});
