// 04: Thái Nguyên (after the reorganisation), UBND tỉnh, Kế hoạch 74/KH-UBND, 23/3/2026 — quản lý chất thải rắn sinh
// hoạt năm 2026. Habit: the TASK APPENDIX SITS IN A TEXT BOX on its own page: in plan-auto.docx the caption and the
// table are a w:txbxContent inside mc:AlternateContent (mc:Choice Requires="wps": wp:anchor / wps:wsp / wps:txbx; and
// mc:Fallback: the VML v:shape with v:textbox holding the same content), as Word 2010+ writes a text box;
// plan-typed.docx
// keeps the appendix as a normal table. A FRAMED paragraph (w:framePr, boxed) in section II gives the common deadline:
// "Các nhiệm vụ không ghi thời hạn tại Phụ lục hoàn thành chậm nhất ngày 15/12/2026" — the two rows with an empty
// time cell take it (inherited). plan.pdf: LibreOffice's print of plan-auto.docx (the box drawn).
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import JSZip from "jszip";
import { build, task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";

const ID = "04-thai-nguyen-2026-appendix-table-inside-text-box-wps-txbx-vml-fallback-framed-common-deadline";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const MT = "Sở Nông nghiệp và Môi trường", XD = "Sở Xây dựng", TC = "Sở Tài chính", XA = "UBND cấp xã";
const COMMON = "2026-12-15";

// [content, lead cell, coord cell, time cell, due|null|COMMON, lead[], coord[]]
const rowsData = [
  ["Rà soát, cập nhật vị trí các khu xử lý chất thải rắn sinh hoạt tập trung trên địa bàn tỉnh", MT, XD,
    "Tháng 5/2026", "2026-05-31", [MT], [XD]],
  ["Ban hành hướng dẫn kỹ thuật phân loại chất thải rắn sinh hoạt tại nguồn", MT, XA, "Trước ngày 30/4/2026",
    "2026-04-29", [MT], [XA]],
  ["Xây dựng đơn giá dịch vụ thu gom, vận chuyển, xử lý chất thải rắn sinh hoạt", TC, `${MT}; ${XD}`, "", COMMON,
    [TC], [MT, XD]],
  ["Đầu tư lò đốt chất thải rắn sinh hoạt quy mô nhỏ cho các xã vùng cao", XA, MT, "Quý IV/2026", "2026-12-31",
    [XA], [MT]],
  ["Kiểm tra, xử lý các bãi chôn lấp chất thải không hợp vệ sinh", MT, `Công an tỉnh; ${XA}`, "Tháng 9/2026",
    "2026-09-30", [MT], ["Công an tỉnh", XA]],
  ["Tuyên truyền về phân loại rác tại nguồn trên báo chí, hệ thống thông tin cơ sở",
    "Báo và Phát thanh, Truyền hình Thái Nguyên", MT, "Thường xuyên", null],
  ["Đưa nội dung phân loại rác vào hoạt động ngoại khóa của các trường học", "Sở Giáo dục và Đào tạo", "Tỉnh đoàn",
    "Tháng 10/2026", "2026-10-31", ["Sở Giáo dục và Đào tạo"], ["Tỉnh đoàn"]],
  ["Ứng dụng phần mềm giám sát hành trình phương tiện thu gom, vận chuyển chất thải", "Sở Khoa học và Công nghệ", MT,
    "", COMMON, ["Sở Khoa học và Công nghệ"], [MT]],
  ["Hướng dẫn quản lý chất thải y tế lây nhiễm tại các cơ sở khám bệnh, chữa bệnh", "Sở Y tế", MT, "Quý II/2026",
    "2026-06-30", ["Sở Y tế"], [MT]],
  ["Kiểm tra việc thu gom rác thải tại chợ, trung tâm thương mại", "Sở Công Thương", XA, "15/8/2026", "2026-08-15",
    ["Sở Công Thương"], [XA]],
  ["Duy trì phong trào \"Ngày Chủ nhật xanh\" tại khu dân cư", "Hội Liên hiệp Phụ nữ tỉnh; Tỉnh đoàn", XA,
    "Hằng tháng", null],
  ["Thu gom, xử lý rác thải tại các khu, điểm du lịch trước mùa du lịch hè", "Sở Văn hóa, Thể thao và Du lịch", XA,
    "Trước ngày 01/6/2026", "2026-05-31", ["Sở Văn hóa, Thể thao và Du lịch"], [XA]],
  ["Tham mưu bố trí kinh phí sự nghiệp môi trường năm 2027 cho thu gom, xử lý chất thải", TC, MT,
    "Trước ngày 20/11/2026", "2026-11-19", [TC], [MT]],
  ["Sơ kết, báo cáo UBND tỉnh kết quả thực hiện Kế hoạch năm 2026", MT, `Các sở, ban, ngành; ${XA}`,
    "Chậm nhất ngày 10/12/2026", "2026-12-10", [MT], ["@departments", XA]],
];

const rows = [["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn"]];
const tasks = [];
rowsData.forEach(([content, lc, cc, time, due, lead, coord], i) => {
  rows.push([{ text: String(i + 1), align: "center", list: { kind: "cell", inst: "tt" } }, content, lc, cc,
    { text: time, align: "center" }]);
  if (due) tasks.push(task(String(i + 1), content, due, lead, coord, due === COMMON && !time));
});

const NOTE = "Các nhiệm vụ không ghi thời hạn tại Phụ lục kèm theo hoàn thành chậm nhất ngày 15/12/2026.";
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 74/KH-UBND", "Thái Nguyên, ngày 23 tháng 3 năm 2026", "KẾ HOẠCH",
    "Quản lý chất thải rắn sinh hoạt trên địa bàn tỉnh năm 2026"),
  { t: "p", align: "justify", text: "Thực hiện Luật Bảo vệ môi trường năm 2020 và các văn bản hướng dẫn; để nâng cao hiệu " +
    "quả thu gom, vận chuyển, xử lý chất thải rắn sinh hoạt sau khi sắp xếp đơn vị hành chính, UBND tỉnh ban hành Kế " +
    "hoạch như sau:" },
  { t: "p", num: "I.", text: "MỤC TIÊU", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", align: "justify", text: "Đến hết năm 2026, tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý đạt 98%; " +
    "khu vực nông thôn đạt 80%; 100% xã, phường triển khai phân loại chất thải tại nguồn." },
  { t: "p", num: "II.", text: "NHIỆM VỤ", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", align: "justify", text: "Các nhiệm vụ cụ thể, cơ quan chủ trì, phối hợp và thời hạn thực hiện tại Phụ lục kèm " +
    "theo Kế hoạch này." },
  { t: "p", text: "⟦FRAME⟧" + NOTE, bold: true, italic: true, indent: false },
  { t: "p", num: "III.", text: "TỔ CHỨC THỰC HIỆN", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", align: "justify", text: "Sở Nông nghiệp và Môi trường là cơ quan thường trực, hướng dẫn, đôn đốc, tổng hợp " +
    "kết quả thực hiện; các sở, ban, ngành và UBND cấp xã chủ động triển khai nhiệm vụ được giao, kịp thời phản ánh " +
    "khó khăn, vướng mắc về Sở Nông nghiệp và Môi trường." },
  ...sign(["Bộ Nông nghiệp và Môi trường (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "CT, các PCT UBND tỉnh",
    "Các sở, ban, ngành", "UBND các xã, phường"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Huy Dũng"),
  { t: "br" },
  { t: "p", text: "⟦BOX⟧PHỤ LỤC", bold: true, align: "center", indent: false },
  { t: "p", text: "DANH MỤC NHIỆM VỤ QUẢN LÝ CHẤT THẢI RẮN SINH HOẠT NĂM 2026", bold: true, align: "center", indent: false },
  { t: "p", text: "(Kèm theo Kế hoạch số 74/KH-UBND ngày 23/3/2026 của UBND tỉnh Thái Nguyên)", italic: true,
    align: "center", indent: false },
  { t: "table", widths: [500, 3500, 1900, 1900, 1300], header: 1, rows },
];

// Word XML. Call 1 = plan-typed.docx (the appendix stays a normal table), call 2 = plan-auto.docx (a text box).
let call = 0;
const boxOf = (inner) => {
  const wPt = 467, hPt = 700, emu = (pt) => Math.round(pt * 12700);
  const content = `<w:txbxContent>${inner}</w:txbxContent>`;
  return '<w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent>' +
    '<mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" ' +
    'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1" wp14:anchorId="3C1F5A2E" ' +
    'wp14:editId="6B0D9E41"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>center</wp:align>' +
    '</wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>' +
    `<wp:extent cx="${emu(wPt)}" cy="${emu(hPt)}"/><wp:effectExtent l="0" t="0" r="19050" b="19050"/><wp:wrapTopAndBottom/>` +
    '<wp:docPr id="1" name="Text Box 1"/><wp:cNvGraphicFramePr/><a:graphic ' +
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData ' +
    'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>' +
    `<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${emu(wPt)}" cy="${emu(hPt)}"/></a:xfrm><a:prstGeom prst="rect">` +
    '<a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="6350"><a:solidFill>' +
    '<a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr><wps:txbx>' + content + '</wps:txbx><wps:bodyPr rot="0" ' +
    'vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/>' +
    '</wps:bodyPr></wps:wsp></a:graphicData></a:graphic><wp14:sizeRelH relativeFrom="margin"><wp14:pctWidth>0' +
    '</wp14:pctWidth></wp14:sizeRelH><wp14:sizeRelV relativeFrom="margin"><wp14:pctHeight>0</wp14:pctHeight>' +
    '</wp14:sizeRelV></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shapetype id="_x0000_t202" ' +
    'coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path ' +
    'gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="Text Box 1" o:spid="_x0000_s1026" ' +
    `type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:${wPt}pt;height:${hPt}pt;` +
    "z-index:251659264;visibility:visible;mso-wrap-style:square;mso-width-percent:0;mso-height-percent:0;" +
    "mso-wrap-distance-left:9pt;mso-wrap-distance-top:0;mso-wrap-distance-right:9pt;mso-wrap-distance-bottom:0;" +
    "mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:absolute;" +
    'mso-position-vertical-relative:text;v-text-anchor:top" fillcolor="white" strokeweight=".5pt"><v:textbox>' +
    content + '</v:textbox><w10:wrap type="topAndBottom" anchorx="margin"/></v:shape></w:pict></mc:Fallback>' +
    "</mc:AlternateContent></w:r></w:p>";
};
function transform(doc) {
  call++;
  // the framed note: a boxed frame in the text column (as Word's Insert Frame writes it)
  doc = doc.replace(/<w:p><w:pPr>((?:(?!<\/w:pPr>).)*)<\/w:pPr>((?:(?!<\/w:p>).)*⟦FRAME⟧(?:(?!<\/w:p>).)*)<\/w:p>/s,
    (_, ppr, rest) => '<w:p><w:pPr><w:framePr w:w="9071" w:hSpace="180" w:wrap="around" w:vAnchor="text" ' +
      'w:hAnchor="margin" w:y="114"/><w:pBdr><w:top w:val="single" w:sz="6" w:space="4" w:color="auto"/><w:left ' +
      'w:val="single" w:sz="6" w:space="4" w:color="auto"/><w:bottom w:val="single" w:sz="6" w:space="4" w:color="auto"/>' +
      '<w:right w:val="single" w:sz="6" w:space="4" w:color="auto"/></w:pBdr><w:spacing w:before="120" w:after="240"/>' +
      '<w:jc w:val="both"/></w:pPr>' + rest.replace("⟦FRAME⟧", "") + "</w:p>");
  if (call === 1) return doc.replace("⟦BOX⟧", "");
  const start = doc.lastIndexOf("<w:p>", doc.indexOf("⟦BOX⟧"));
  const end = doc.indexOf("</w:tbl>", start) + "</w:tbl>".length;
  const inner = doc.slice(start, end).replace("⟦BOX⟧", "").replace(/<w:sz w:val="24"\/>/g, '<w:sz w:val="22"/>') +
    '<w:p><w:pPr><w:spacing w:after="0"/></w:pPr></w:p>';
  return doc.slice(0, start) + boxOf(inner) + doc.slice(end).replace(/^<w:p\/>/, "");
}

await build(DIR, {
  blocks, printer: () => {}, extra: { transform },
  expected: {
    id: ID,
    style: "Kế hoạch 74/KH-UBND of UBND tỉnh Thái Nguyên, 23/3/2026 (after the reorganisation: merged departments, no " +
      "districts; 'UBND cấp xã' unresolved; Báo và Phát thanh, Truyền hình Thái Nguyên the merged press), quản lý chất " +
      "thải rắn sinh hoạt 2026. Habit: the appendix (caption 'PHỤ LỤC …' and the task table TT | Nhiệm vụ | Chủ trì | " +
      "Phối hợp | Thời hạn, rows 1-14, ref = TT) sits on its own page INSIDE A TEXT BOX in plan-auto.docx " +
      "(mc:AlternateContent: mc:Choice wps:wsp/wps:txbx/w:txbxContent holding the w:tbl, mc:Fallback VML v:shape/" +
      "v:textbox with the same content); plan-typed.docx has the table in the body. A framed, boxed paragraph " +
      "(w:framePr) in II: 'Các nhiệm vụ không ghi thời hạn tại Phụ lục kèm theo hoàn thành chậm nhất ngày 15/12/2026' " +
      "-> rows 3 and 8 (empty time cells) due 15/12/2026 Tue, inherited = true. Dates: 1 'Tháng 5/2026' 31/5 Sun -> 1/6 " +
      "Mon; 2 'Trước ngày 30/4/2026' -> 29/4 Wed; 4 'Quý IV/2026' 31/12 Thu (UBND cấp xã lead); 5 'Tháng 9/2026' 30/9 " +
      "Wed; 6 'Thường xuyên' no task; 7 'Tháng 10/2026' 31/10 Sat -> 2/11 Mon; 9 'Quý II/2026' 30/6 Tue; 10 '15/8/2026' " +
      "Sat -> 17/8 Mon; 11 'Hằng tháng' no task; 12 'Trước ngày 01/6/2026' -> 31/5 Sun -> 1/6 Mon; 13 'Trước ngày " +
      "20/11/2026' -> 19/11 Thu; 14 'Chậm nhất ngày 10/12/2026' Thu ('báo cáo UBND tỉnh' a recipient; 'Các sở, ban, " +
      "ngành' @departments). plan.pdf: LibreOffice's print of plan-auto.docx.",
    province: "Thái Nguyên",
    plan: { number: "74/KH-UBND", date: "2026-03-23" },
    tasks, unresolved: [XA], successors: [],
  },
});

// The root of document.xml declares what Word declares for a drawing text box (mc, wp, wp14, wps, w10, w14).
const NSX = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" ' +
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' +
  'xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ' +
  'mc:Ignorable="w14 wp14"';
for (const name of ["plan-typed.docx", "plan-auto.docx"]) {
  const file = path.join(DIR, name);
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = await zip.file("word/document.xml").async("string");
  zip.file("word/document.xml", xml.replace("<w:document ", `<w:document ${NSX} `));
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}
const tmp = fs.mkdtempSync("/tmp/author37a-04-");
execFileSync("soffice", ["-env:UserInstallation=file:///tmp/lo-author37a", "--headless", "--convert-to", "pdf",
  "--outdir", tmp, path.join(DIR, "plan-auto.docx")], { stdio: "ignore" });
fs.copyFileSync(path.join(tmp, "plan-auto.pdf"), path.join(DIR, "plan.pdf"));
