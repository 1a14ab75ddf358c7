// 02: Bắc Kạn, UBND tỉnh, 15/3/2023 — natural-disaster prevention plan typed in an office that still uses the
// TCVN3 (ABC) encoding: every run of both Word files names the font ".VnTime" (body) or ".VnTimeH" (all-caps
// headings) and holds the TCVN3 bytes as the code points U+00A1-U+00FE, as Word stores them ("KÕ ho¹ch"; ư = U+00AD,
// the soft-hyphen code point). TCVN3 has no upper-case toned vowels: the ABC keyboard writes such a capital ("Ủy")
// as the lower-case code in a .VnTimeH run (the H font draws lower-case codes as capitals); headings are whole
// .VnTimeH runs of lower-case codes. plan.txt: converted with Unikey to Unicode and saved by Notepad as "Unicode"
// (UTF-16LE, BOM, CRLF). plan.pdf: a Unicode copy of plan-auto, LibreOffice then Ghostscript.
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { build, task, toDocx } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "02-bac-kan-2023-tcvn3-vntime-fonts-notepad-unicode-text";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;

// TCVN 5712:1993 (VN3, the ABC table): lower-case letters, then the seven plain capitals it has.
const LOWER = {
  ă: 0xa8, â: 0xa9, ê: 0xaa, ô: 0xab, ơ: 0xac, ư: 0xad, đ: 0xae,
  à: 0xb5, ả: 0xb6, ã: 0xb7, á: 0xb8, ạ: 0xb9, ằ: 0xbb, ẳ: 0xbc, ẵ: 0xbd, ắ: 0xbe, ặ: 0xc6,
  ầ: 0xc7, ẩ: 0xc8, ẫ: 0xc9, ấ: 0xca, ậ: 0xcb, è: 0xcc, ẻ: 0xce, ẽ: 0xcf, é: 0xd0, ẹ: 0xd1,
  ề: 0xd2, ể: 0xd3, ễ: 0xd4, ế: 0xd5, ệ: 0xd6, ì: 0xd7, ỉ: 0xd8, ĩ: 0xdc, í: 0xdd, ị: 0xde,
  ò: 0xdf, ỏ: 0xe1, õ: 0xe2, ó: 0xe3, ọ: 0xe4, ồ: 0xe5, ổ: 0xe6, ỗ: 0xe7, ố: 0xe8, ộ: 0xe9,
  ờ: 0xea, ở: 0xeb, ỡ: 0xec, ớ: 0xed, ợ: 0xee, ù: 0xef, ủ: 0xf1, ũ: 0xf2, ú: 0xf3, ụ: 0xf4,
  ừ: 0xf5, ử: 0xf6, ữ: 0xf7, ứ: 0xf8, ự: 0xf9, ỳ: 0xfa, ỷ: 0xfb, ỹ: 0xfc, ý: 0xfd, ỵ: 0xfe,
};
const UPPER = { Ă: 0xa1, Â: 0xa2, Ê: 0xa3, Ô: 0xa4, Ơ: 0xa5, Ư: 0xa6, Đ: 0xa7 };
const code = (ch) => String.fromCharCode(LOWER[ch]);
// A capital with no .VnTime code (a toned vowel): the lower-case code, drawn by .VnTimeH.
const needsH = (ch) => ch !== ch.toLowerCase() && !UPPER[ch] && LOWER[ch.toLowerCase()] !== undefined;
const vn = (ch) => (UPPER[ch] ? String.fromCharCode(UPPER[ch]) : LOWER[ch] ? code(ch) : ch);
const unesc = (s) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const font = (f, rPr) => `<w:rPr><w:rFonts w:ascii="${f}" w:hAnsi="${f}" w:cs="${f}"/>${rPr}</w:rPr>`;

function encodeText(t) { // -> [[font, text], …]
  const letters = t.replace(/[^\p{L}]/gu, "");
  if (letters.length > 1 && letters === letters.toUpperCase()) {
    return [[".VnTimeH", [...t.toLowerCase()].map((c) => (LOWER[c] ? code(c) : c)).join("")]];
  }
  const segs = [];
  for (const ch of t) {
    const f = needsH(ch) ? ".VnTimeH" : ".VnTime";
    const c = needsH(ch) ? code(ch.toLowerCase()) : vn(ch);
    if (segs.length && segs.at(-1)[0] === f) segs.at(-1)[1] += c;
    else segs.push([f, c]);
  }
  return segs;
}
function tcvn3(xml) {
  return xml.replace(/<w:r><w:rPr>(.*?)<\/w:rPr>(.*?)<\/w:r>/g, (_, rPr, inner) =>
    inner.match(/<w:br\/>|<w:tab\/>|<w:t xml:space="preserve">.*?<\/w:t>/g).map((tok) => {
      if (!tok.startsWith("<w:t")) return `<w:r>${font(".VnTime", rPr)}${tok}</w:r>`;
      const t = unesc(tok.slice(26, -6));
      return encodeText(t).map(([f, s]) => `<w:r>${font(f, rPr)}<w:t xml:space="preserve">${esc(s)}</w:t></w:r>`)
        .join("");
    }).join(""));
}

const NN = "Sở Nông nghiệp và Phát triển nông thôn";
const TN = "Sở Tài nguyên và Môi trường";
const HUYEN = "@districts";
const QS = "Bộ Chỉ huy Quân sự tỉnh";
const P = (text, extra = {}) => ({ t: "p", text, align: "justify", ...extra });
const R = (num, text) => P(text, { num, bold: true, list: { kind: "roman", inst: "r" } });
const D = (num, text, extra = {}) => P(text, { num, list: { kind: "decimal", inst: "d" }, ...extra });
let li = 0;
const L = (items) => { li += 1; return items.map(([n, text]) => P(text, { num: n, list: { kind: "letter", inst: "l" + li } })); };

const tasks = [
  task("II.1.a", "Rà soát, cập nhật Phương án ứng phó thiên tai theo cấp độ rủi ro thiên tai trên địa bàn tỉnh năm 2023",
    "2023-04-29", [NN]),
  task("II.1.b", "Kiểm tra an toàn các hồ chứa, đập dâng thủy lợi trước mùa mưa lũ", "2023-05-31", [NN], [HUYEN]),
  task("II.2", "Rà soát, khoanh vùng các khu vực có nguy cơ cao xảy ra sạt lở đất, lũ quét; công bố danh mục khu " +
    "vực nguy hiểm", "2023-06-14", [TN], [HUYEN]),
  task("II.3", "Hướng dẫn các biện pháp gia cố nhà ở, trụ sở cơ quan, trường học phòng, chống bão, lốc", "2023-05-31",
    ["Sở Xây dựng"]),
  task("II.4", "Chuẩn bị vật tư, phương tiện, lực lượng bảo đảm giao thông thông suốt trên các tuyến quốc lộ, tỉnh lộ " +
    "khi có sạt lở", "2023-06-30", ["Sở Giao thông vận tải"], [HUYEN]),
  task("II.5", "Tổ chức diễn tập phòng, chống thiên tai và tìm kiếm cứu nạn cấp tỉnh năm 2023 tại huyện Chợ Đồn",
    "2023-09-30", [QS], [NN, "UBND huyện Chợ Đồn"]),
  task("II.6", "Thẩm định, tham mưu bổ sung kinh phí mua sắm trang thiết bị cứu hộ, cứu nạn", "2023-06-30",
    ["Sở Tài chính"], [NN]),
  task("II.8.a", "Kiện toàn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn cấp huyện", "2023-03-30", [HUYEN]),
  task("II.8.b", "Xây dựng, phê duyệt Phương án ứng phó thiên tai cấp huyện", "2023-05-14", [HUYEN]),
  task("II.8.c", "Tổng kết công tác phòng, chống thiên tai năm 2023", "2023-12-09", [HUYEN]),
  task("1", "Tập huấn kỹ năng phòng, chống thiên tai cho lực lượng xung kích các xã thuộc huyện Ba Bể, huyện Pác Nặm",
    "2023-04-20", ["UBND huyện Ba Bể"], ["UBND huyện Pác Nặm", NN]),
  task("2", "Tập huấn kỹ năng phòng, chống thiên tai cho lực lượng xung kích các xã thuộc huyện Chợ Đồn, huyện Bạch " +
    "Thông", "2023-05-31", ["UBND huyện Chợ Đồn"], ["UBND huyện Bạch Thông"]),
  task("3", "Tập huấn kỹ năng phòng, chống thiên tai cho lực lượng xung kích các xã, phường thuộc huyện Na Rì, huyện " +
    "Ngân Sơn, huyện Chợ Mới và thành phố Bắc Kạn", "2023-06-14", [NN],
  ["UBND huyện Na Rì", "UBND huyện Ngân Sơn", "UBND huyện Chợ Mới", "UBND thành phố Bắc Kạn"]),
];

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 1450/KH-UBND", "Bắc Kạn, ngày 15 tháng 3 năm 2023", "KẾ HOẠCH",
    "Thực hiện công tác phòng, chống thiên tai và tìm kiếm cứu nạn trên địa bàn tỉnh Bắc Kạn năm 2023"),
  P("Căn cứ Luật Phòng, chống thiên tai ngày 19/6/2013 và Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống " +
    "thiên tai và Luật Đê điều ngày 17/6/2020; căn cứ Nghị định số 66/2021/NĐ-CP ngày 06/7/2021 của Chính phủ, Ủy ban " +
    "nhân dân tỉnh ban hành Kế hoạch thực hiện công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2023 như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  P("Chủ động phòng ngừa, ứng phó kịp thời, hiệu quả với các loại hình thiên tai, giảm thiểu thiệt hại về người và " +
    "tài sản; thực hiện tốt phương châm \"bốn tại chỗ\". Phân công cụ thể, rõ trách nhiệm của từng cơ quan, đơn vị, " +
    "địa phương."),
  R("II.", "NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN"),
  D("1.", "Sở Nông nghiệp và Phát triển nông thôn (cơ quan thường trực Ban Chỉ huy phòng, chống thiên tai và tìm kiếm " +
    "cứu nạn tỉnh):"),
  ...L([["a)", "Rà soát, cập nhật Phương án ứng phó thiên tai theo cấp độ rủi ro thiên tai trên địa bàn tỉnh năm 2023, " +
    "trình Ủy ban nhân dân tỉnh phê duyệt trước ngày 30/4/2023."],
  ["b)", "Chủ trì, phối hợp với UBND các huyện, thành phố kiểm tra an toàn các hồ chứa, đập dâng thủy lợi trước mùa " +
    "mưa lũ; hoàn thành trong tháng 5/2023."]]),
  D("2.", "Sở Tài nguyên và Môi trường chủ trì, phối hợp với UBND các huyện, thành phố rà soát, khoanh vùng các khu " +
    "vực có nguy cơ cao xảy ra sạt lở đất, lũ quét; công bố danh mục khu vực nguy hiểm trước ngày 15/6/2023."),
  D("3.", "Sở Xây dựng hướng dẫn các biện pháp gia cố nhà ở, trụ sở cơ quan, trường học phòng, chống bão, lốc; chậm " +
    "nhất ngày 31/5/2023."),
  D("4.", "Sở Giao thông vận tải phối hợp với UBND các huyện, thành phố chuẩn bị vật tư, phương tiện, lực lượng bảo " +
    "đảm giao thông thông suốt trên các tuyến quốc lộ, tỉnh lộ khi có sạt lở; hoàn thành trong quý II/2023."),
  D("5.", "Bộ Chỉ huy Quân sự tỉnh chủ trì, phối hợp với Sở Nông nghiệp và Phát triển nông thôn, UBND huyện Chợ Đồn " +
    "tổ chức diễn tập phòng, chống thiên tai và tìm kiếm cứu nạn cấp tỉnh năm 2023 tại huyện Chợ Đồn; thời gian " +
    "tháng 9/2023."),
  D("6.", "Sở Tài chính phối hợp với Sở Nông nghiệp và Phát triển nông thôn thẩm định, tham mưu bổ sung kinh phí mua " +
    "sắm trang thiết bị cứu hộ, cứu nạn; hoàn thành trong quý II/2023."),
  D("7.", "Sở Thông tin và Truyền thông, Đài Phát thanh - Truyền hình tỉnh, Báo Bắc Kạn thường xuyên tuyên truyền, phổ " +
    "biến kiến thức, kỹ năng phòng, tránh thiên tai cho Nhân dân."),
  D("8.", "Ủy ban nhân dân các huyện, thành phố:"),
  ...L([["a)", "Kiện toàn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn cấp huyện trước ngày 31/3/2023."],
    ["b)", "Xây dựng, phê duyệt Phương án ứng phó thiên tai cấp huyện, hoàn thành trước ngày 15/5/2023."],
    ["c)", "Tổng kết công tác phòng, chống thiên tai năm 2023, báo cáo gửi về Sở Nông nghiệp và Phát triển nông thôn " +
      "trước ngày 10/12/2023."]]),
  D("9.", "Tổ chức tập huấn kỹ năng cho lực lượng xung kích cấp xã theo Phụ lục kèm theo Kế hoạch này."),
  R("III.", "TỔ CHỨC THỰC HIỆN"),
  P("Các sở, ban, ngành, UBND các huyện, thành phố định kỳ hằng quý báo cáo kết quả thực hiện về Sở Nông nghiệp và " +
    "Phát triển nông thôn để tổng hợp, báo cáo Ủy ban nhân dân tỉnh. Trong quá trình thực hiện, nếu có vướng mắc, " +
    "phản ánh về Sở Nông nghiệp và Phát triển nông thôn để được hướng dẫn./."),
  ...sign(["Ban Chỉ đạo QG về PCTT (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "CT, các PCT UBND tỉnh",
    "Các sở, ban, ngành", "UBND các huyện, thành phố"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
  "Đinh Quang Tuyên"),
  { t: "br" },
  P("PHỤ LỤC", { bold: true, align: "center", indent: false }),
  P("LỊCH TẬP HUẤN KỸ NĂNG PHÒNG, CHỐNG THIÊN TAI CHO LỰC LƯỢNG XUNG KÍCH CẤP XÃ", { bold: true, align: "center",
    indent: false }),
  P("(Kèm theo Kế hoạch số 1450/KH-UBND ngày 15/3/2023 của UBND tỉnh Bắc Kạn)", { italic: true, align: "center",
    indent: false }),
  { t: "table", widths: [600, 3700, 1800, 2200, 1500], header: 1, rows: [
    ["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
    ["1", tasks[10].title, "UBND huyện Ba Bể", "UBND huyện Pác Nặm; Sở Nông nghiệp và PTNT", "Ngày 20/4/2023"],
    ["2", tasks[11].title, "UBND huyện Chợ Đồn", "UBND huyện Bạch Thông", "Tháng 5/2023"],
    ["3", tasks[12].title, "Sở Nông nghiệp và PTNT", "UBND các huyện: Na Rì, Ngân Sơn, Chợ Mới; UBND thành phố Bắc " +
      "Kạn", "Trước 15/6/2023"],
  ] },
];

const unicodeCopy = (out) => {
  const tmp = fs.mkdtempSync("/tmp/author31a-");
  const src = path.join(tmp, "unicode.docx");
  return toDocx(blocks, src, { auto: true }).then(() => {
    execFileSync("soffice", ["-env:UserInstallation=file:///tmp/author31a-lo", "--headless", "--convert-to", "pdf",
      "--outdir", tmp, src], { stdio: "ignore" });
    execFileSync("gs", ["-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.5",
      "-dPDFSETTINGS=/printer", "-o", out, path.join(tmp, "unicode.pdf")], { stdio: "ignore" });
  });
};
let pending;
await build(DIR, {
  blocks, printer: (out) => { pending = unicodeCopy(out); }, extra: { transform: tcvn3 },
  expected: {
    id: ID,
    style: "Kế hoạch 1450/KH-UBND of UBND tỉnh Bắc Kạn, 15/3/2023: natural-disaster prevention and search and rescue " +
      "2023. Word files in the TCVN3 (ABC) encoding: runs in fonts .VnTime / .VnTimeH whose characters are the " +
      "TCVN3 bytes as U+00A1-U+00FE ('KÕ ho¹ch', 'Bé ChØ huy', ư = U+00AD which looks like a soft hyphen, đ = U+00AE, " +
      "Đ = U+00A7); upper-case toned letters (Ủ in 'Ủy ban') are the lower-case code in a .VnTimeH run; all-caps " +
      "headings and the motto are whole .VnTimeH runs of lower-case codes. A reader must decode by font before " +
      "anything else. plan.txt is the Unikey conversion, UTF-16LE with BOM and CRLF. Prose II: 1.a-b, 2-6, 8.a-c " +
      "dated; 7 'thường xuyên' and 9 (refers to the appendix) no task; the appendix table (STT 1-3) holds three " +
      "training tasks, ref = its STT. Dates: II.1.a 'trước ngày 30/4' -> 29/4 Sat -> eff 4/5 (30/4-3/5 off); " +
      "II.1.b 'trong tháng 5' -> 31/5; II.2 'trước 15/6' -> 14/6; II.3 'chậm nhất 31/5'; II.4, II.6 quý II -> 30/6; " +
      "II.5 tháng 9 -> 30/9 Sat -> eff 2/10; II.8.a 'trước 31/3' -> 30/3; II.8.b 'trước 15/5' -> 14/5 Sun -> eff " +
      "15/5; II.8.c 'trước 10/12' -> 9/12 Sat -> eff 11/12; appendix 1 'Ngày 20/4/2023'; 2 tháng 5 -> 31/5; 3 " +
      "'Trước 15/6/2023' -> 14/6. 'trình UBND tỉnh', 'báo cáo gửi về Sở …' are recipients. Bộ Chỉ huy Quân sự tỉnh " +
      "is no directory unit (unresolved). 'UBND các huyện, thành phố' = @districts. III quarterly reporting: no " +
      "task. Legal-basis dates: no tasks. PDF: a Unicode copy, LibreOffice then Ghostscript.",
    province: "Bắc Kạn",
    plan: { number: "1450/KH-UBND", date: "2023-03-15" },
    tasks,
    unresolved: [QS],
    successors: [],
  },
});
await pending;
const txt = fs.readFileSync(path.join(DIR, "plan.txt"), "utf8").replace(/\r?\n/g, "\r\n");
fs.writeFileSync(path.join(DIR, "plan.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(txt, "utf16le")]));
