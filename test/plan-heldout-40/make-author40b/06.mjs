// 06: Bắc Kạn 2024 (before the reorganisation: old departments, districts), UBND tỉnh, Kế hoạch 168/KH-UBND ngày
// 22/3/2024, phòng, chống thiên tai và tìm kiếm cứu nạn năm 2024. Habit: plan.doc is WORD FLAT OPC XML ("Word XML
// Document (*.xml)", Word 2007+'s single file: <?mso-application progid="Word.Document"?>, <pkg:package>, each part
// of plan-auto.docx a <pkg:part> with <pkg:xmlData>, the signature stamp image as <pkg:binaryData>) under a .doc name,
// as a document system serves it. Content: Word numbering (roman headings, decimal items, STT in the table), a
// vMerged time cell "Quý II/2024" over rows 1-3, and a footnote on row 4's time cell that gives its deadline.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { execFileSync } from "node:child_process";
import { build, task, toText } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { toFlatOpc } from "./flatopc.mjs";

const ID = "06-bac-kan-2024-word-flat-opc-xml-pkg-package-saved-as-doc-numbering-vmerge-time-footnote-deadline";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NN = "Sở Nông nghiệp và Phát triển nông thôn", TN = "Sở Tài nguyên và Môi trường", GT = "Sở Giao thông vận tải";
const CT = "Sở Công Thương", YT = "Sở Y tế", GD = "Sở Giáo dục và Đào tạo", TT = "Sở Thông tin và Truyền thông";
const CA = "Công an tỉnh", QS = "Bộ Chỉ huy Quân sự tỉnh", DL = "Công ty Điện lực Bắc Kạn";
const H = "UBND các huyện, thành phố", S = "Các sở, ban, ngành";
const BB = "UBND huyện Ba Bể", PN = "UBND huyện Pác Nặm", CD = "UBND huyện Chợ Đồn", NR = "UBND huyện Na Rì";
const FN = "Văn bản số 1865/BTNMT-KTTVBĐKH ngày 14/3/2024 của Bộ Tài nguyên và Môi trường về rà soát, cảnh báo " +
  "nguy cơ sạt lở đất, lũ quét: các tỉnh hoàn thành, gửi kết quả về Bộ trước ngày 31/5/2024.";

// [title, lead cell, coord cell, time cell (vm: "restart" | "continue"), due | null, lead[], coord[]]
const data = [
  ["Rà soát, cập nhật Kế hoạch phòng, chống thiên tai cấp tỉnh giai đoạn 2021-2025", "Sở Nông nghiệp và PTNT",
    `${S}; ${H}`, { text: "Quý II/2024", vm: "restart" }, "2024-06-30", [NN], ["@departments", "@districts"]],
  ["Kiểm tra an toàn hồ đập, công trình thủy lợi trước mùa mưa lũ", "Sở Nông nghiệp và PTNT", H,
    { text: "", vm: "continue" }, "2024-06-30", [NN], ["@districts"]],
  ["Kiểm tra, gia cố hệ thống lưới điện tại các khu vực thường xuyên xảy ra giông lốc", DL, CT,
    { text: "", vm: "continue" }, "2024-06-30", [DL], [CT]],
  ["Rà soát khu dân cư có nguy cơ sạt lở đất, lũ quét, cắm biển cảnh báo", TN, `${BB}; ${PN}; ${CD}`,
    { text: "Theo văn bản hướng dẫn của Bộ⟦fn1⟧" }, "2024-05-30", [TN], [BB, PN, CD]],
  ["Chuẩn bị vật tư, phương tiện, lực lượng cứu hộ, cứu nạn theo phương châm \"bốn tại chỗ\"", QS, `${CA}; ${YT}`,
    { text: "Trước 31/5/2024" }, "2024-05-30", [QS], [CA, YT]],
  ["Bảo đảm giao thông thông suốt trên các tuyến quốc lộ, tỉnh lộ trong mùa mưa bão", GT, H,
    { text: "Từ tháng 6 đến tháng 9/2024" }, "2024-09-30", [GT], ["@districts"]],
  ["Diễn tập ứng phó sự cố sạt lở đất và tìm kiếm cứu nạn cấp huyện", NR, `Sở Nông nghiệp và PTNT; ${QS}`,
    { text: "Quý III/2024" }, "2024-09-30", [NR], [NN, QS]],
  ["Tuyên truyền kiến thức, kỹ năng phòng, tránh thiên tai cho người dân", "Đài Phát thanh - Truyền hình tỉnh",
    `Báo Bắc Kạn; ${TT}`, { text: "Thường xuyên" }, null],
  ["Bảo đảm an toàn trường, lớp học và học sinh trong mùa mưa bão", GD, H, { text: "Trước ngày 05/9/2024" },
    "2024-09-04", [GD], ["@districts"]],
  ["Tổng kết công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2024", "Sở Nông nghiệp và PTNT", `${S}; ${H}`,
    { text: "Trước ngày 10/12/2024" }, "2024-12-09", [NN], ["@departments", "@districts"]],
];

const rows = [["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]];
const tasks = [
  task("II.1", "kiện toàn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn cấp huyện, cấp xã", "2024-04-14",
    ["@districts"]),
  task("II.2", "Phương án ứng phó thiên tai theo cấp độ rủi ro năm 2024", "2024-04-30", [NN], [QS]),
];
data.forEach(([title, lc, cc, time, due, lead, co], i) => {
  rows.push([{ text: String(i + 1), align: "center", list: { kind: "cell", inst: "stt" } }, title, lc, cc,
    { ...time, align: "center" }]);
  if (due) tasks.push(task(String(i + 1), title, due, lead, co));
});
tasks.push(task(null, "báo cáo kết quả thực hiện Kế hoạch", "2024-11-29", ["@departments", "@districts"]));

const P = (text, o = {}) => ({ t: "p", align: "justify", text, ...o });
const R = (num, text) => ({ t: "p", num, text, bold: true, list: { kind: "roman", inst: "r" } });
const D = (num, text, inst) => P(text, { num, list: { kind: "decimal", inst } });
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 168/KH-UBND", "Bắc Kạn, ngày 22 tháng 3 năm 2024", "KẾ HOẠCH",
    "Phòng, chống thiên tai và tìm kiếm cứu nạn trên địa bàn tỉnh Bắc Kạn năm 2024"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  P("Chủ động phòng ngừa, ứng phó kịp thời, hiệu quả với các loại hình thiên tai; giảm thiểu thiệt hại về người " +
    "và tài sản; nâng cao năng lực chỉ huy, điều hành của Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn " +
    "các cấp."),
  R("II.", "NHIỆM VỤ TRỌNG TÂM"),
  D("1.", "UBND các huyện, thành phố kiện toàn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn cấp huyện, " +
    "cấp xã, hoàn thành trước ngày 15/4/2024.", "ii"),
  D("2.", "Sở Nông nghiệp và PTNT (cơ quan thường trực) chủ trì, phối hợp với Bộ Chỉ huy Quân sự tỉnh xây dựng, " +
    "trình UBND tỉnh phê duyệt Phương án ứng phó thiên tai theo cấp độ rủi ro năm 2024 trong tháng 4/2024.", "ii"),
  D("3.", "Duy trì nghiêm chế độ trực ban, theo dõi chặt chẽ diễn biến thời tiết, kịp thời thông tin cảnh báo đến " +
    "người dân.", "ii"),
  R("III.", "PHÂN CÔNG NHIỆM VỤ CỤ THỂ"),
  { t: "table", widths: [700, 3700, 1900, 2100, 1600], header: 1, rows },
  R("IV.", "TỔ CHỨC THỰC HIỆN"),
  P("Các sở, ban, ngành, UBND các huyện, thành phố báo cáo kết quả thực hiện Kế hoạch gửi Sở Nông nghiệp và PTNT " +
    "trước ngày 30/11/2024 để tổng hợp, báo cáo UBND tỉnh và Ban Chỉ đạo quốc gia về phòng, chống thiên tai."),
  ...sign(["Ban Chỉ đạo quốc gia về PCTT (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", S, H],
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đinh Quang Tuyên⟦stamp⟧"),
];
const txt = toText(JSON.parse(JSON.stringify(blocks).replaceAll("⟦fn1⟧", " [1]"))) + "\n\n[1] " + FN + "\n";

// the digital-signature stamp: a red ring, 48x48 RGBA PNG
function stampPng() {
  const n = 48, raw = Buffer.alloc(n * (n * 4 + 1));
  for (let y = 0; y < n; y++) for (let x = 0; x < n; x++) {
    const r = Math.hypot(x - 23.5, y - 23.5), o = y * (n * 4 + 1) + 1 + x * 4;
    if (r < 23 && r > 18) raw.set([200, 16, 16, 255], o);
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4), crc = Buffer.alloc(4), td = Buffer.concat([Buffer.from(type), data]);
    len.writeUInt32BE(data.length);
    crc.writeUInt32BE(zlib.crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(n, 0); ihdr.writeUInt32BE(n, 4); ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const X = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const fnRef = '</w:t></w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/>' +
  '</w:r><w:r><w:t xml:space="preserve">';
const emu = 12 * 12700 * 5;
const stamp = '</w:t></w:r><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">' +
  `<wp:extent cx="${emu}" cy="${emu}"/><wp:docPr id="1" name="Picture 1" descr="Chữ ký số"/>` +
  '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData ' +
  'uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic ' +
  'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="0" ' +
  'name="kyso.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rId9"/><a:stretch><a:fillRect/>' +
  `</a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${emu}" cy="${emu}"/></a:xfrm>` +
  '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline>' +
  '</w:drawing></w:r><w:r><w:t xml:space="preserve">';
const fnP = (inner) => `<w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>${inner}</w:p>`;
const footnotes = `${X}<w:footnotes ${W}><w:footnote w:type="separator" w:id="-1">${fnP("<w:r><w:separator/></w:r>")}` +
  `</w:footnote><w:footnote w:type="continuationSeparator" w:id="0">${fnP("<w:r><w:continuationSeparator/></w:r>")}` +
  '</w:footnote><w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle ' +
  'w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> ' + FN +
  "</w:t></w:r></w:p></w:footnote></w:footnotes>";
const core = `${X}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
  'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>KE HOACH PCTT 2024</dc:title>' +
  "<dc:creator>Hoang Van Duc</dc:creator><cp:lastModifiedBy>VP UBND tinh Bac Kan</cp:lastModifiedBy>" +
  '<dcterms:created xsi:type="dcterms:W3CDTF">2024-03-20T01:12:00Z</dcterms:created>' +
  '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-03-22T03:40:00Z</dcterms:modified></cp:coreProperties>';
const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const extra = {
  transform: (xml) => xml.replace("⟦fn1⟧", fnRef).replace("⟦stamp⟧", stamp),
  parts: { "word/footnotes.xml": footnotes, "word/media/image1.png": stampPng(), "docProps/core.xml": core },
  rels: `<Relationship Id="rId8" Type="${rel}footnotes" Target="footnotes.xml"/>` +
    `<Relationship Id="rId9" Type="${rel}image" Target="media/image1.png"/>`,
  pkgRels: '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/' +
    'core-properties" Target="docProps/core.xml"/>',
  types: '<Default Extension="png" ContentType="image/png"/><Override PartName="/word/footnotes.xml" ' +
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>' +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
  styles: '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:pPr><w:spacing ' +
    'w:after="0"/></w:pPr><w:rPr><w:sz w:val="20"/></w:rPr></w:style><w:style w:type="character" ' +
    'w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/>' +
    "</w:rPr></w:style>",
};

const DATES = "II.1 'hoàn thành trước ngày 15/4/2024' -> 14/4 Sun -> 15/4 Mon; II.2 'trong tháng 4/2024' 30/4 Tue " +
  "(29/4-1/5 holidays) -> 2/5 Thu; II.3 no date, no task; rows 1-3 'Quý II/2024' (one cell merged down over the " +
  "three rows, each row's own time, not inherited) 30/6 Sun -> 1/7 Mon; row 4 'Theo văn bản hướng dẫn của Bộ' with " +
  "footnote 1 (at the page foot; in plan.txt ' [1]' and the note after the signature): the Bộ's letter asks for the " +
  "results 'trước ngày 31/5/2024' -> 30/5 Thu ('gửi kết quả về Bộ' a recipient); 5 'Trước 31/5/2024' -> 30/5 Thu; " +
  "6 'Từ tháng 6 đến tháng 9/2024' 30/9 Mon; 7 'Quý III/2024' 30/9 Mon; 8 'Thường xuyên' no task; 9 'Trước ngày " +
  "05/9/2024' -> 4/9 Wed; 10 'Trước ngày 10/12/2024' -> 9/12 Mon; IV (no number, ref null) 'trước ngày 30/11/2024' " +
  "-> 29/11 Fri, the Sở and UBND tỉnh recipients.";

await build(DIR, {
  blocks, printer: "libreoffice", txt, extra,
  expected: {
    id: ID,
    style: "Kế hoạch 168/KH-UBND of UBND tỉnh Bắc Kạn, 22/3/2024 (before the reorganisation: old departments, " +
      "districts), phòng, chống thiên tai và TKCN 2024. HABIT: plan.doc is WORD FLAT OPC XML under a .doc name " +
      "(Word 2007+'s 'Word XML Document': <?mso-application progid=\"Word.Document\"?> <pkg:package>, each part of " +
      "plan-auto.docx a pkg:part with its pkg:contentType, XML parts in pkg:xmlData (document, styles, numbering, " +
      "footnotes, core properties, rels), the signature stamp PNG as base64 pkg:binaryData). Word numbering: " +
      "I.-IV. roman list, II's items a decimal list (refs II.1, II.2), table STT | Nội dung nhiệm vụ | Cơ quan chủ " +
      "trì | Cơ quan phối hợp | Thời gian thực hiện, STT 1-10 an automatic cell list (ref = STT). " + DATES +
      " 'Sở Nông nghiệp và PTNT' = Sở Nông nghiệp và Phát triển nông thôn; 'UBND các huyện, thành phố' = " +
      "@districts; 'Các sở, ban, ngành' = @departments; Bộ Chỉ huy Quân sự tỉnh unresolved. plan.pdf LibreOffice's " +
      "print of plan-auto.docx.",
    province: "Bắc Kạn",
    plan: { number: "168/KH-UBND", date: "2024-03-22" },
    tasks, unresolved: [QS], successors: [],
  },
});

// office-copies writes plan.doc (Word 97), plan.odt, plan.rtf; plan.doc is then the Flat OPC XML of plan-auto.docx.
execFileSync("npx", ["tsx", "scripts/plan-corpus/office-copies.ts", DIR, "--doc", "--odt", "--rtf"],
  { stdio: "inherit", cwd: new URL("../../../", import.meta.url).pathname });
fs.writeFileSync(path.join(DIR, "plan.doc"), await toFlatOpc(fs.readFileSync(path.join(DIR, "plan-auto.docx"))));
