// 02: Thái Nguyên (before the reorganisation), UBND tỉnh, Kế hoạch 87/KH-UBND, 14/4/2025 — công tác văn thư, lưu trữ
// năm 2025. Habit: LEGACY VNI FONTS. The header block, title and signature are Unicode Times New Roman (the office's
// new template), but the body was pasted from an old file typed in VNI-Times: its runs carry w:rFonts VNI-Times and
// the 8-bit VNI-Windows text ("Sôû Noäi vuï chuû trì …") in both Word files. plan.pdf = LibreOffice's print of
// plan-auto.docx: no VNI-Times font on the printer, so the body prints (and its text layer reads) as the Latin-1
// letters of the VNI bytes. plan.txt = the clerk's converted Unicode copy.
import { build, task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { toVni } from "./vni.mjs";

const ID = "02-thai-nguyen-2025-prose-body-legacy-vni-times-8bit-runs-unicode-header-pdf-latin1-text";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ", VP = "Văn phòng UBND tỉnh", TT = "Sở Thông tin và Truyền thông", KH = "Sở Khoa học và Công nghệ";
const TC = "Sở Tài chính", XD = "Sở Xây dựng", TP = "Sở Tư pháp";

// [sentence, title (a piece of the sentence), due|null, lead[], coord[]]
const items = [
  ["Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh tham mưu UBND tỉnh ban hành Danh mục cơ quan, tổ chức thuộc " +
    "nguồn nộp lưu hồ sơ, tài liệu vào Lưu trữ lịch sử tỉnh; hoàn thành trước ngày 30/5/2025.",
    "tham mưu UBND tỉnh ban hành Danh mục cơ quan, tổ chức thuộc nguồn nộp lưu hồ sơ, tài liệu vào Lưu trữ lịch sử tỉnh",
    "2025-05-29", [NV], [VP]],
  ["Công an tỉnh hướng dẫn các cơ quan, đơn vị xác định, bảo vệ hồ sơ, tài liệu chứa bí mật nhà nước trong quá trình " +
    "chỉnh lý, số hóa; thời hạn hoàn thành trong tháng 5/2025.",
    "hướng dẫn các cơ quan, đơn vị xác định, bảo vệ hồ sơ, tài liệu chứa bí mật nhà nước trong quá trình chỉnh lý, số hóa",
    "2025-05-31", ["Công an tỉnh"], []],
  ["Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Nội vụ nâng cấp Hệ thống quản lý văn bản và điều hành của " +
    "tỉnh, bảo đảm kết nối với Hệ thống quản lý tài liệu lưu trữ điện tử; chậm nhất ngày 30/6/2025 phải hoàn thành.",
    "nâng cấp Hệ thống quản lý văn bản và điều hành của tỉnh, bảo đảm kết nối với Hệ thống quản lý tài liệu lưu trữ điện tử",
    "2025-06-30", [TT], [NV]],
  ["Sở Khoa học và Công nghệ hướng dẫn áp dụng tiêu chuẩn quốc gia về định dạng, siêu dữ liệu của tài liệu lưu trữ " +
    "điện tử; cơ quan phối hợp: Sở Nội vụ, Sở Thông tin và Truyền thông; hoàn thành trong Quý II/2025.",
    "hướng dẫn áp dụng tiêu chuẩn quốc gia về định dạng, siêu dữ liệu của tài liệu lưu trữ điện tử",
    "2025-06-30", [KH], [NV, TT]],
  ["Các sở, ban, ngành và UBND các huyện, thành phố chỉnh lý tài liệu tồn đọng, lập danh mục hồ sơ đến hạn nộp lưu, " +
    "gửi Sở Nội vụ trước ngày 15/6/2025.",
    "chỉnh lý tài liệu tồn đọng, lập danh mục hồ sơ đến hạn nộp lưu", "2025-06-14", ["@departments", "@districts"], []],
  ["UBND các huyện, thành phố phối hợp với Sở Nội vụ thống kê, bàn giao hồ sơ, tài liệu lưu trữ của các cơ quan cấp " +
    "huyện theo phương án sắp xếp đơn vị hành chính, xong trước ngày 25/6/2025.",
    "thống kê, bàn giao hồ sơ, tài liệu lưu trữ của các cơ quan cấp huyện theo phương án sắp xếp đơn vị hành chính",
    "2025-06-24", ["@districts"], [NV]],
  ["Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ rà soát các văn bản quy phạm pháp luật của tỉnh về văn thư, lưu trữ, " +
    "đề xuất sửa đổi cho phù hợp với Luật Lưu trữ năm 2024; hoàn thành trước ngày 01/7/2025.",
    "rà soát các văn bản quy phạm pháp luật của tỉnh về văn thư, lưu trữ", "2025-06-30", [TP], [NV]],
  ["Sở Tài chính thẩm định, tham mưu bố trí kinh phí số hóa tài liệu lưu trữ lịch sử của tỉnh, hoàn thành trong " +
    "Quý III/2025.",
    "thẩm định, tham mưu bố trí kinh phí số hóa tài liệu lưu trữ lịch sử của tỉnh", "2025-09-30", [TC], []],
  ["Sở Nội vụ phối hợp với Sở Xây dựng khảo sát hiện trạng, đề xuất phương án cải tạo Kho Lưu trữ chuyên dụng tỉnh; " +
    "báo cáo UBND tỉnh trước ngày 31/7/2025.",
    "khảo sát hiện trạng, đề xuất phương án cải tạo Kho Lưu trữ chuyên dụng tỉnh", "2025-07-30", [NV], [XD]],
  ["Sở Nội vụ mở lớp bồi dưỡng nghiệp vụ văn thư, lưu trữ và lưu trữ điện tử cho công chức làm công tác văn thư " +
    "của các cơ quan, đơn vị; thời gian tổ chức giữa tháng 8/2025.",
    "mở lớp bồi dưỡng nghiệp vụ văn thư, lưu trữ và lưu trữ điện tử cho công chức làm công tác văn thư",
    "2025-08-15", [NV], []],
  ["Văn phòng UBND tỉnh số hóa hồ sơ, tài liệu hình thành trong hoạt động của UBND tỉnh giai đoạn 2015-2020, hoàn " +
    "thành tháng 11/2025.",
    "số hóa hồ sơ, tài liệu hình thành trong hoạt động của UBND tỉnh giai đoạn 2015-2020", "2025-11-30", [VP], []],
  ["Các cơ quan, đơn vị thường xuyên quán triệt, thực hiện nghiêm quy định về lập hồ sơ công việc và nộp lưu hồ sơ " +
    "vào Lưu trữ cơ quan.", null, null],
  ["Báo Thái Nguyên, Đài Phát thanh - Truyền hình tỉnh thường xuyên tuyên truyền về vai trò, ý nghĩa của công tác " +
    "lưu trữ trên các chuyên trang, chuyên mục.", null, null],
  ["Sở Nội vụ tổng hợp kết quả thực hiện Kế hoạch, báo cáo UBND tỉnh và Bộ Nội vụ trước ngày 10/12/2025.",
    "tổng hợp kết quả thực hiện Kế hoạch", "2025-12-09", [NV], []],
];

const V = "⟦V⟧"; // a paragraph pasted from the VNI file (dropped from plan.txt; the transform re-encodes its runs)
const tasks = [];
const body = [
  { t: "p", align: "justify", text: V + "Căn cứ Luật Lưu trữ ngày 21 tháng 6 năm 2024; thực hiện chỉ đạo của Bộ Nội vụ " +
    "về công tác văn thư, lưu trữ năm 2025, Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai như sau:" },
  { t: "p", num: "I.", text: V + "MỤC ĐÍCH, YÊU CẦU", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", align: "justify", text: V + "Nâng cao chất lượng quản lý tài liệu lưu trữ của tỉnh; từng bước chuyển đổi " +
    "sang lưu trữ điện tử; giao nhiệm vụ cụ thể, có thời hạn cho từng cơ quan, đơn vị." },
  { t: "p", num: "II.", text: V + "NHIỆM VỤ CỤ THỂ", bold: true, list: { kind: "roman", inst: "r" } },
];
items.forEach(([text, title, due, lead, coord], i) => {
  body.push({ t: "p", num: `${i + 1}.`, text: V + text, align: "justify", list: { kind: "decimal", inst: "n" } });
  if (due) tasks.push(task(`II.${i + 1}`, title, due, lead, coord));
});
body.push(
  { t: "p", num: "III.", text: V + "TỔ CHỨC THỰC HIỆN", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", align: "justify", text: V + "Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, thành phố chịu trách " +
    "nhiệm tổ chức thực hiện Kế hoạch; trong quá trình thực hiện, nếu có vướng mắc, phản ánh về Sở Nội vụ để tổng " +
    "hợp, báo cáo UBND tỉnh xem xét, giải quyết." },
);

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 87/KH-UBND", "Thái Nguyên, ngày 14 tháng 4 năm 2025", "KẾ HOẠCH",
    "Công tác văn thư, lưu trữ năm 2025"),
  ...body,
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "Chủ tịch, các PCT UBND tỉnh", "Các sở, ban, ngành",
    "UBND các huyện, thành phố"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Thanh Bình"),
];

// The VNI paragraphs: every run's text re-encoded to VNI-Windows, its font VNI-Times.
const unXml = (s) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
const xml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
function transform(doc) {
  return doc.replace(/<w:p>(?:(?!<\/w:p>).)*<\/w:p>/gs, (p) => {
    if (!p.includes(V)) return p;
    return p.replace(V, "")
      .replace(/<w:r><w:rPr>/g, '<w:r><w:rPr><w:rFonts w:ascii="VNI-Times" w:hAnsi="VNI-Times"/>')
      .replace(/(<w:t xml:space="preserve">)([^<]*)(<\/w:t>)/g, (_, a, t, b) => a + xml(toVni(unXml(t))) + b);
  });
}

await build(DIR, {
  blocks, printer: "libreoffice", extra: { transform },
  expected: {
    id: ID,
    style: "Kế hoạch 87/KH-UBND of UBND tỉnh Thái Nguyên, 14/4/2025 (before the reorganisation: old departments, " +
      "districts; 'UBND các huyện, thành phố' = @districts, 'Các sở, ban, ngành' = @departments), công tác văn thư, lưu " +
      "trữ 2025. Habit: LEGACY VNI FONT: header, title and signature in Unicode Times New Roman; the body (Căn cứ, I-III, " +
      "items II.1-14) pasted from an old file, runs in w:rFonts VNI-Times holding VNI-Windows text ('Sôû Noäi vuï chuû " +
      "trì, phoái hôïp vôùi …', 'MUÏC ÑÍCH, YEÂU CAÀU') in both Word files; plan.pdf (LibreOffice, no VNI-Times font) " +
      "prints and carries those Latin-1 letters; plan.txt is the Unicode copy. Prose items '1.'-'14.' under II, the " +
      "subject the lead ('X chủ trì, phối hợp với Y' / 'X phối hợp với Y …' = lead X, coordinator Y; 'cơ quan phối hợp: " +
      "…'), ref 'II.n', title = the work. Dates: 1 'trước ngày 30/5/2025' -> 29/5 Thu; 2 'trong tháng 5/2025' 31/5 Sat -> " +
      "2/6 Mon; 3 'chậm nhất ngày 30/6/2025' Mon; 4 'trong Quý II/2025' 30/6; 5 'gửi Sở Nội vụ trước ngày 15/6/2025' -> " +
      "14/6 Sat -> 16/6 Mon (Sở Nội vụ a recipient); 6 'xong trước ngày 25/6/2025' -> 24/6 Tue; 7 'trước ngày 01/7/2025' " +
      "-> 30/6 Mon; 8 'Quý III/2025' 30/9 Tue; 9 'báo cáo UBND tỉnh trước ngày 31/7/2025' -> 30/7 Wed; 10 'giữa tháng " +
      "8/2025' 15/8 Fri; 11 'tháng 11/2025' 30/11 Sun -> 1/12 Mon; 12, 13 'thường xuyên' no tasks; 14 'trước ngày " +
      "10/12/2025' -> 9/12 Tue (UBND tỉnh, Bộ Nội vụ recipients).",
    province: "Thái Nguyên",
    plan: { number: "87/KH-UBND", date: "2025-04-14" },
    tasks, unresolved: [], successors: [],
  },
});
