// 08: Lai Châu, UBND tỉnh, 18/3/2024 — cải thiện Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2024.
// A plan produced by a document-assembly template: the legal-basis and closing paragraphs wrapped whole in
// w:customXml (block level), each task row of the table wrapped in <w:customXml w:uri="urn:laichau:ubnd:kehoach"
// w:element="nhiemVu"><w:customXmlPr><w:attr w:name="ma" w:val="NV01"/>…</w:customXmlPr><w:tr>…</w:tr></w:customXml>,
// unit names inside cells as run-level customXml (element "coQuan"), the dates inside the time cells and part III
// in Microsoft date smart tags (w:smartTag element "date" with Day/Month/Year attributes); plain text otherwise.
// plan-auto: STT and outline numbers as Word lists. plan.pdf: Chromium from HTML.
// Markers (this file's transform): ⟦row:ID⟧ in a cell wraps its w:tr, ⟦p:NAME⟧ wraps its w:p, ⟦c:NAME⟧…⟦/c⟧ and
// ⟦d:YYYY-MM-DD⟧…⟦/d⟧ wrap the runs between them.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "08-lai-chau-2024-custom-xml-wrapped-template-assembly";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const URI = "urn:laichau:ubnd:kehoach";
const KD = "Sở Kế hoạch và Đầu tư";
const TN = "Sở Tài nguyên và Môi trường";

const u = (s) => s.split(/(; |, )/).map((x) => (/^(; |, )$/.test(x) ? x : `⟦c:coQuan⟧${x}⟦/c⟧`)).join("");
const d = (text, iso) => text.replace(/\d{1,2}\/\d{1,2}\/\d{4}/, (m) => `⟦d:${iso}⟧${m}⟦/d⟧`);
let n = 0;
const row = (text, lead, coord, time, iso) => {
  n += 1;
  const id = "NV" + String(n).padStart(2, "0");
  return [{ text: String(n), align: "center", list: { kind: "cell", inst: "s" } }, `⟦row:${id}⟧` + text,
    u(lead), coord ? u(coord) : "", iso ? d(time, iso) : time];
};
const rows = [
  ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành"],
  row("Xây dựng, triển khai Bộ chỉ số đánh giá năng lực cạnh tranh các sở, ban, ngành và địa phương (DDCI) năm 2024",
    KD, "Văn phòng UBND tỉnh", "Trước ngày 30/4/2024", "2024-04-30"),
  row("Rà soát, công khai quy hoạch, kế hoạch sử dụng đất năm 2024 của cấp huyện", TN,
    "UBND các huyện, thành phố", "Quý II/2024"),
  row("Rút ngắn thời gian cấp Giấy chứng nhận đăng ký doanh nghiệp xuống còn 02 ngày làm việc", KD, "",
    "Chậm nhất ngày 31/5/2024", "2024-05-31"),
  row("Tổ chức Hội nghị đối thoại giữa lãnh đạo UBND tỉnh với cộng đồng doanh nghiệp", KD,
    "Hiệp hội Doanh nghiệp tỉnh", "Ngày 20/6/2024", "2024-06-20"),
  row("Triển khai nộp thuế điện tử, hóa đơn điện tử cho 100% doanh nghiệp đang hoạt động", "Cục Thuế tỉnh",
    "Kho bạc Nhà nước tỉnh", "Tháng 9/2024"),
  row("Cập nhật, công khai thủ tục hành chính trên Cổng Dịch vụ công của tỉnh", "Văn phòng UBND tỉnh",
    "Sở Thông tin và Truyền thông", "Thường xuyên"),
  row("Hỗ trợ doanh nghiệp khởi nghiệp đổi mới sáng tạo, tham gia sàn giao dịch công nghệ",
    "Sở Khoa học và Công nghệ", "Tỉnh đoàn", "Quý III/2024"),
  row("Kiểm tra việc giải quyết thủ tục hành chính lĩnh vực đất đai tại huyện Tân Uyên, huyện Than Uyên", TN,
    "UBND huyện Tân Uyên, UBND huyện Than Uyên", "Từ ngày 05/8 đến ngày 16/8/2024", "2024-08-16"),
  row("Hoàn thành đầu tư tuyến đường kết nối khu du lịch hồ Sìn Hồ", "Sở Giao thông vận tải", "UBND huyện Sìn Hồ",
    "Trước ngày 15/11/2024", "2024-11-15"),
  row("Đào tạo nghề cho lao động nông thôn gắn với nhu cầu tuyển dụng của doanh nghiệp",
    "Sở Lao động - Thương binh và Xã hội", "UBND các huyện, thành phố", "Tháng 10/2024"),
  row("Báo cáo kết quả thực hiện Kế hoạch năm 2024, gửi Sở Kế hoạch và Đầu tư tổng hợp",
    "Các sở, ban, ngành; UBND các huyện, thành phố", "", "Trước ngày 05/12/2024", "2024-12-05"),
];

const P = (num, text, kind, inst, bold) => ({ t: "p", num, text, align: "justify", bold,
  list: kind ? { kind, inst } : undefined });
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 91/KH-UBND", "Lai Châu, ngày 18 tháng 3 năm 2024", "KẾ HOẠCH",
    "Cải thiện Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) tỉnh Lai Châu năm 2024"),
  P(undefined, "⟦p:canCu⟧Căn cứ Nghị quyết số 02/NQ-CP ngày 05/01/2024 của Chính phủ về những nhiệm vụ, giải pháp chủ " +
    "yếu cải thiện môi trường kinh doanh, nâng cao năng lực cạnh tranh quốc gia năm 2024; UBND tỉnh ban hành Kế " +
    "hoạch như sau:"),
  P("I.", "MỤC ĐÍCH, YÊU CẦU", "roman", "r", true),
  P(undefined, "⟦p:mucDich⟧Cải thiện thứ hạng PCI của tỉnh năm 2024, tập trung vào các chỉ số thành phần còn thấp: " +
    "tiếp cận đất đai, chi phí không chính thức, tính năng động của chính quyền; xác định rõ trách nhiệm của người " +
    "đứng đầu các cơ quan, đơn vị."),
  P("II.", "NHIỆM VỤ CỤ THỂ", "roman", "r", true),
  { t: "table", widths: [600, 3700, 1800, 1900, 1400], header: 1, rows },
  P("III.", "TỔ CHỨC THỰC HIỆN", "roman", "r", true),
  P("1.", "⟦p:toChuc⟧⟦c:coQuan⟧Sở Kế hoạch và Đầu tư⟦/c⟧ theo dõi, đôn đốc các cơ quan, đơn vị; tổng hợp, báo cáo " +
    "UBND tỉnh kết quả thực hiện năm 2024 trước ngày ⟦d:2024-12-15⟧15/12/2024⟦/d⟧.", "decimal", "d3"),
  P("2.", "⟦p:toChuc⟧⟦c:coQuan⟧Sở Tài chính⟦/c⟧ chủ trì, phối hợp với ⟦c:coQuan⟧Sở Kế hoạch và Đầu tư⟦/c⟧ tham mưu " +
    "bố trí kinh phí thực hiện Kế hoạch; hoàn thành chậm nhất ngày ⟦d:2024-04-15⟧15/4/2024⟦/d⟧.", "decimal", "d3"),
  P("3.", "⟦p:toChuc⟧Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, thành phố chịu trách nhiệm trước Chủ " +
    "tịch UBND tỉnh về kết quả các chỉ số thành phần thuộc lĩnh vực, địa bàn quản lý.", "decimal", "d3"),
  ...sign(["VCCI (b/c)", "TT. Tỉnh ủy, TT. HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Các sở, ban, ngành tỉnh", "UBND các huyện, thành phố"], "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Lê Văn Lương"),
];

const xa = (s) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
const cx = (el, attrs, inner) => `<w:customXml w:uri="${URI}" w:element="${el}"><w:customXmlPr>` +
  Object.entries(attrs).map(([k, v]) => `<w:attr w:name="${k}" w:val="${xa(v)}"/>`).join("") +
  `</w:customXmlPr>${inner}</w:customXml>`;
const smart = (iso, inner) => {
  const [y, m, dd] = iso.split("-").map(Number);
  return '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="date"><w:smartTagPr>' +
    `<w:attr w:name="Year" w:val="${y}"/><w:attr w:name="Month" w:val="${m}"/><w:attr w:name="Day" w:val="${dd}"/>` +
    `</w:smartTagPr>${inner}</w:smartTag>`;
};
function transform(xml) {
  // whole rows
  xml = xml.replace(/<w:tr>((?:(?!<\/w:tr>).)*?)⟦row:(\w+)⟧((?:(?!<\/w:tr>).)*)<\/w:tr>/g,
    (_, a, id, b) => cx("nhiemVu", { ma: id, trangThai: "daDuyet" }, `<w:tr>${a}${b}</w:tr>`));
  // whole paragraphs
  xml = xml.replace(/<w:p>((?:(?!<\/w:p>).)*?)⟦p:(\w+)⟧((?:(?!<\/w:p>).)*)<\/w:p>/g,
    (_, a, name, b) => cx(name, { nguon: "mauKeHoach_v3" }, `<w:p>${a}${b}</w:p>`));
  // runs: split at ⟦c:…⟧…⟦/c⟧ and ⟦d:…⟧…⟦/d⟧
  return xml.replace(/<w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)(<w:br\/>)?<w:t xml:space="preserve">([^<]*)<\/w:t><\/w:r>/g,
    (all, rPr, br, text) => {
      if (!text.includes("⟦")) return all;
      const r = (t, first) => (t ? `<w:r>${rPr}${first && br ? br : ""}<w:t xml:space="preserve">${t}</w:t></w:r>` : "");
      let out = "";
      let first = true;
      const re = /⟦c:(\w+)⟧(.*?)⟦\/c⟧|⟦d:([\d-]+)⟧(.*?)⟦\/d⟧/g;
      let last = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        out += r(text.slice(last, m.index), first);
        first = false;
        out += m[1] ? cx(m[1], { loai: "donVi" }, r(m[2])) : smart(m[3], r(m[4]));
        last = re.lastIndex;
      }
      return out + r(text.slice(last), first);
    });
}

const XK = "UBND huyện";
const tasks = [
  task("1", "Xây dựng, triển khai Bộ chỉ số đánh giá năng lực cạnh tranh các sở, ban, ngành và địa phương (DDCI) năm " +
    "2024", "2024-04-29", [KD], ["Văn phòng UBND tỉnh"]),
  task("2", "Rà soát, công khai quy hoạch, kế hoạch sử dụng đất năm 2024 của cấp huyện", "2024-06-30", [TN],
    ["@districts"]),
  task("3", "Rút ngắn thời gian cấp Giấy chứng nhận đăng ký doanh nghiệp xuống còn 02 ngày làm việc", "2024-05-31",
    [KD]),
  task("4", "Tổ chức Hội nghị đối thoại giữa lãnh đạo UBND tỉnh với cộng đồng doanh nghiệp", "2024-06-20", [KD],
    ["Hiệp hội Doanh nghiệp tỉnh"]),
  task("5", "Triển khai nộp thuế điện tử, hóa đơn điện tử cho 100% doanh nghiệp đang hoạt động", "2024-09-30",
    ["Cục Thuế tỉnh"], ["Kho bạc Nhà nước tỉnh"]),
  task("7", "Hỗ trợ doanh nghiệp khởi nghiệp đổi mới sáng tạo, tham gia sàn giao dịch công nghệ", "2024-09-30",
    ["Sở Khoa học và Công nghệ"], ["Tỉnh đoàn"]),
  task("8", "Kiểm tra việc giải quyết thủ tục hành chính lĩnh vực đất đai tại huyện Tân Uyên, huyện Than Uyên",
    "2024-08-16", [TN], [XK + " Tân Uyên", XK + " Than Uyên"]),
  task("9", "Hoàn thành đầu tư tuyến đường kết nối khu du lịch hồ Sìn Hồ", "2024-11-14", ["Sở Giao thông vận tải"],
    [XK + " Sìn Hồ"]),
  task("10", "Đào tạo nghề cho lao động nông thôn gắn với nhu cầu tuyển dụng của doanh nghiệp", "2024-10-31",
    ["Sở Lao động - Thương binh và Xã hội"], ["@districts"]),
  task("11", "Báo cáo kết quả thực hiện Kế hoạch năm 2024", "2024-12-04", ["@departments", "@districts"]),
  task("III.1", "Tổng hợp, báo cáo kết quả thực hiện năm 2024", "2024-12-14", [KD]),
  task("III.2", "Tham mưu bố trí kinh phí thực hiện Kế hoạch", "2024-04-15", ["Sở Tài chính"], [KD]),
];

await build(DIR, {
  blocks, printer: "chromium", extra: { transform },
  expected: {
    id: ID,
    style: "Kế hoạch 91/KH-UBND of UBND tỉnh Lai Châu, 18/3/2024 (before the reorganisation: districts, old " +
      "departments), PCI 2024. Produced by a document-assembly template: in both Word files the legal-basis, aim " +
      "and part III paragraphs are wrapped whole in block-level w:customXml (uri urn:laichau:ubnd:kehoach, " +
      "w:customXmlPr attributes), every task row of the table is a w:tr inside <w:customXml w:element='nhiemVu'> " +
      "(attr ma=NV01…), unit names in cells are run-level customXml 'coQuan', and the dates in the time cells and " +
      "part III are Microsoft date smart tags (w:smartTag element 'date', Day/Month/Year attrs); the text is " +
      "otherwise plain. plan-auto: STT and I./1. as Word lists. PDF: Chromium from HTML. Table STT | Nhiệm vụ | " +
      "Chủ trì | Phối hợp | Thời hạn; ref = STT; part III items ref III.n. Dates (2024): 1 'Trước 30/4' -> 29/4 " +
      "(a 2024 day off, then 30/4, 1/5) -> 2/5; 2 'Quý II' 30/6 Sun -> 1/7; 3 'Chậm nhất 31/5' Fri; 4 'Ngày 20/6' " +
      "Thu; 5 'Tháng 9' 30/9 Mon; 6 'Thường xuyên' no task; 7 'Quý III' 30/9; 8 'Từ 05/8 đến 16/8' 16/8 Fri; 9 " +
      "'Trước 15/11' -> 14/11; 10 'Tháng 10' 31/10; 11 'Trước 05/12' -> 4/12, lead @departments + @districts (Sở " +
      "KH&ĐT the recipient); III.1 'trước 15/12' -> 14/12 Sat -> 16/12 (UBND tỉnh recipient); III.2 'chậm nhất " +
      "15/4' Mon; III.3 no date, no task. The smart tags' Day/Month/Year hold the printed date, not the deadline " +
      "('trước' still moves it a day back).",
    province: "Lai Châu",
    plan: { number: "91/KH-UBND", date: "2024-03-18" },
    tasks,
    unresolved: [],
    successors: [],
  },
});
