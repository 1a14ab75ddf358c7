// 05: Lai Châu, 6/2024 — a Công văn giao nhiệm vụ (no "Kế hoạch"): "Kính gửi", a few prose points 1.a)-d),
// then "2." carries a SHORT table (STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn), one row undated.
// plan.pdf by WeasyPrint from the model's HTML.
import { headerBlock, signBlock, toHtml, weasyPrintPdf, writeWordAndText } from "./model.mjs";

const SLUG = "05-lai-chau-2024-cong-van-short-table";

const ROWS = [
  ["Rà soát, cập nhật, công khai đầy đủ, kịp thời thủ tục hành chính trên Cơ sở dữ liệu quốc gia về thủ tục hành chính",
    "Văn phòng UBND tỉnh", "Các sở, ban, ngành tỉnh", "Trước 30/6/2024"],
  ["Tham mưu ban hành Quyết định phê duyệt phương án đơn giản hóa thủ tục hành chính nội bộ năm 2024",
    "Văn phòng UBND tỉnh", "Sở Tư pháp; Sở Nội vụ", "Tháng 7/2024"],
  ["Tuyên truyền kết quả Chỉ số CCHC năm 2023 và các giải pháp khắc phục trên các phương tiện thông tin đại chúng",
    "Sở Thông tin và Truyền thông", "Báo Lai Châu; Đài Phát thanh - Truyền hình tỉnh", "Quý III/2024"],
  ["Nâng tỷ lệ hồ sơ trực tuyến toàn trình; hoàn thành kết nối, đồng bộ Hệ thống thông tin giải quyết TTHC tỉnh " +
    "với Cổng Dịch vụ công quốc gia", "Sở Thông tin và Truyền thông", "Văn phòng UBND tỉnh; Công an tỉnh",
  "Trước ngày 31/8/2024"],
  ["Kiểm tra công tác CCHC tại các cơ quan, đơn vị theo Kế hoạch số 45/KH-UBND ngày 19/01/2024 của UBND tỉnh",
    "Sở Nội vụ", "Văn phòng UBND tỉnh; Sở Tư pháp; Sở Thông tin và Truyền thông", "15/10/2024"],
  ["Phối hợp điều tra xã hội học đo lường sự hài lòng của người dân, tổ chức (SIPAS) năm 2024", "Sở Nội vụ",
    "Bưu điện tỉnh; UBND các huyện, thành phố", "Trước 15/11/2024"],
  ["Tự kiểm tra, rà soát văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành; công bố danh mục văn bản hết hiệu lực",
    "Sở Tư pháp", "Các sở, ban, ngành tỉnh; UBND các huyện, thành phố", "Trước 30/11/2024"],
  ["Rà soát, sắp xếp vị trí việc làm; thực hiện tinh giản biên chế theo quy định", "Sở Nội vụ",
    "Các sở, ban, ngành tỉnh; UBND các huyện, thành phố", "Thường xuyên"],
  ["Hướng dẫn giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập; cải thiện tiêu chí cải cách tài chính công",
    "Sở Tài chính", "Sở Nội vụ; Sở Kế hoạch và Đầu tư", "Quý IV/2024"],
  ["Tổng hợp số liệu các chỉ tiêu phát triển kinh tế - xã hội phục vụ đánh giá tiêu chí tác động của CCHC",
    "Sở Kế hoạch và Đầu tư", "Cục Thống kê tỉnh", "Trước 20/12/2024"],
  ["Duy trì, áp dụng, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015", "Sở Khoa học và Công nghệ",
    "Các sở, ban, ngành tỉnh; UBND các huyện, thành phố", "06 tháng cuối năm 2024"],
  ["Hướng dẫn các cơ quan, đơn vị tự đánh giá, chấm điểm Chỉ số CCHC năm 2024", "Sở Nội vụ", "",
    "Tháng 01/2025"],
  ["Theo dõi, đôn đốc, tổng hợp, báo cáo Chủ tịch UBND tỉnh kết quả thực hiện Công văn này", "Sở Nội vụ",
    "Văn phòng UBND tỉnh", "Trước 31/12/2024"],
];

const P = (text, o = {}) => ({ text, indent: 709, align: "justify", ...o });
const N = (label, text, o = {}) => ({ label, text, list: { kind: "decimal", inst: "top" }, indent: 709, align: "justify",
  ...o });
const A = (label, text) => ({ label, text, list: { kind: "letter", inst: "p1" }, indent: 709, align: "justify" });
const small = (text, o = {}) => ({ text, size: 22, ...o });

function table() {
  const head = (t) => small(t, { bold: true, align: "center" });
  const rows = [[head("STT"), head("Nhiệm vụ"), head("Cơ quan chủ trì"), head("Cơ quan phối hợp"), head("Thời hạn")]];
  ROWS.forEach(([task, lead, partners, due], i) => {
    rows.push([small(String(i + 1), { align: "center" }), small(task), small(lead), small(partners),
      small(due, { align: "center" })]);
  });
  return { t: "table", widths: [500, 3700, 1700, 1900, 1300], header: 1, rows };
}

const blocks = [
  ...headerBlock({
    issuerTop: "",
    issuer: "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU",
    number: "Số: 1865/UBND-NC\nV/v khắc phục hạn chế, nâng cao Chỉ số CCHC, Chỉ số SIPAS năm 2024",
    place: "Lai Châu, ngày 14 tháng 6 năm 2024",
  }),
  { text: "" },
  { text: "Kính gửi:", align: "center", bold: true },
  { text: "- Các sở, ban, ngành tỉnh;\n- UBND các huyện, thành phố.", indent: 3400 },
  P("Ngày 16/4/2024, Bộ Nội vụ đã công bố Chỉ số cải cách hành chính năm 2023 của các bộ, cơ quan ngang bộ, Ủy ban " +
    "nhân dân các tỉnh, thành phố trực thuộc Trung ương; theo đó Chỉ số CCHC năm 2023 của tỉnh Lai Châu đạt 85,12%, " +
    "giảm 06 bậc so với năm 2022. Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) năm 2023 đạt 80,47%."),
  P("Thực hiện Kế hoạch số 4620/KH-UBND ngày 25/12/2023 của UBND tỉnh về cải cách hành chính năm 2024, để khắc phục " +
    "những tồn tại, hạn chế, nâng cao Chỉ số CCHC, Chỉ số SIPAS của tỉnh năm 2024, Chủ tịch UBND tỉnh có ý kiến " +
    "như sau:"),
  N("1.", "Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch UBND các huyện, thành phố:", { bold: true }),
  A("a)", "Quán triệt đến toàn thể cán bộ, công chức, viên chức về kết quả Chỉ số CCHC, Chỉ số SIPAS năm 2023; xác " +
    "định công tác CCHC là nhiệm vụ trọng tâm, gắn với trách nhiệm người đứng đầu."),
  A("b)", "Căn cứ các tiêu chí, tiêu chí thành phần bị mất điểm, xây dựng kế hoạch khắc phục tồn tại, hạn chế của " +
    "cơ quan, đơn vị mình, gửi về Sở Nội vụ trước ngày 28/6/2024."),
  A("c)", "Chủ tịch UBND các huyện, thành phố chỉ đạo UBND các xã, phường, thị trấn rà soát việc niêm yết, công khai " +
    "thủ tục hành chính tại Bộ phận Một cửa cấp xã, hoàn thành trong tháng 9/2024."),
  A("d)", "Báo cáo kết quả thực hiện (lồng ghép trong báo cáo CCHC năm 2024) gửi Sở Nội vụ trước ngày 15/12/2024."),
  N("2.", "Giao các cơ quan, đơn vị thực hiện các nhiệm vụ cụ thể sau:", { bold: true }),
  table(),
  N("3.", "Văn phòng UBND tỉnh theo dõi, tham mưu Chủ tịch UBND tỉnh chỉ đạo xử lý các vướng mắc phát sinh trong quá " +
    "trình thực hiện."),
  P("Yêu cầu Thủ trưởng các cơ quan, đơn vị nghiêm túc triển khai thực hiện./."),
  signBlock({
    recipients: ["- Như trên;", "- Bộ Nội vụ (b/c);", "- TT. Tỉnh ủy, TT. HĐND tỉnh (b/c);", "- Chủ tịch, các PCT UBND tỉnh;",
      "- Lưu: VT, NC."],
    signer: ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Hà Trọng Hải"],
  }),
];

const CSS = `@page{size:A4;margin:2cm 1.5cm 2cm 3cm}body{font-family:"Liberation Serif","DejaVu Serif",serif;font-size:13pt}
p{margin:0 0 4pt;text-align:justify}table{border-collapse:collapse;width:100%;margin:4pt 0}
table.grid td{border:0.6pt solid #000;padding:2pt 3pt;font-size:11pt;vertical-align:top}
table.plain td{vertical-align:top;text-align:center}tr.head td{font-weight:bold;text-align:center}`;

const dir = await writeWordAndText(SLUG, blocks, "Công văn 1865/UBND-NC");
weasyPrintPdf(dir, toHtml(blocks, CSS));
console.log("wrote", dir);
