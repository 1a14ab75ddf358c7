// 01: Thái Nguyên (after the reorganisation), Sở Nội vụ, 12/3/2026 — văn thư, lưu trữ năm 2026, saved by Word 365:
// the milestones table sits in a text box written as Word does today, w:r/mc:AlternateContent holding mc:Choice
// (w:drawing/wp:anchor/wps:wsp/wps:txbx/w:txbxContent) AND mc:Fallback (w:pict/v:shape/v:textbox/w:txbxContent):
// the same table twice in the XML, once on the page. Dates and place names in the prose (and the place-date line)
// are wrapped in Word 2003-2010 smart tags (w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags", element
// "date" with w:smartTagPr Year/Month/Day, "place" holding "City"). Two more dated tasks in the prose of section III.
// plan.pdf: LibreOffice (the printer function first gives both Word files Word 365's root namespaces).
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import JSZip from "jszip";
import { build, task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";

const ID = "01-thai-nguyen-2026-smarttag-dates-alternatecontent-textbox-milestones";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ";
const KH = "Sở Khoa học và Công nghệ";
const VP = "Văn phòng UBND tỉnh";
const XA = "UBND cấp xã";
const XP = "UBND các xã, phường";
const LT = "Trung tâm Lưu trữ lịch sử tỉnh";

// ⟦d:Y-M-D⟧…⟦/⟧ a date smart tag, ⟦p⟧…⟦/⟧ a place smart tag, ⟦c⟧…⟦/⟧ a place holding a City smart tag.
const d = (iso, text) => `⟦d:${iso}⟧${text}⟦/⟧`;
const p = (text) => `⟦p⟧${text}⟦/⟧`;
const c = (text) => `⟦c⟧${text}⟦/⟧`;

const r = (stt, text, lead, coord, time) => [{ text: stt, align: "center" }, text, lead, coord, time];
const rows = [
  ["STT", "Mốc công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"],
  r("1", "Ban hành văn bản hướng dẫn lập hồ sơ điện tử và nộp lưu hồ sơ, tài liệu vào Lưu trữ lịch sử tỉnh năm 2026",
    NV, VP, "Trước ngày 31/3/2026"),
  r("2", "Thu nhận hồ sơ, tài liệu của các cơ quan cấp huyện đã kết thúc hoạt động về Lưu trữ lịch sử tỉnh", NV,
    XP, "Quý II/2026"),
  r("3", "Số hóa tài liệu lưu trữ có giá trị sử dụng thường xuyên (đợt 1)", LT, KH, "Tháng 5/2026"),
  r("4", "Nâng cấp Hệ thống quản lý văn bản và điều hành, tích hợp chức năng lập hồ sơ điện tử", KH,
    `${NV}; ${VP}`, "Chậm nhất ngày 30/6/2026"),
  r("5", "Tập huấn nghiệp vụ văn thư, lưu trữ cho công chức cấp xã", NV, XA, "Từ ngày 15/7 đến ngày 25/7/2026"),
  r("6", "Hướng dẫn, đôn đốc việc quản lý văn bản đi, đến trên môi trường điện tử", NV, "Các sở, ban, ngành",
    "Thường xuyên"),
  r("7", "Kiểm tra công tác văn thư, lưu trữ tại các sở, ban, ngành và UBND các xã, phường", NV, "", "Quý III/2026"),
  r("8", "Chỉnh lý tài liệu tồn đọng của các cơ quan sau sắp xếp tổ chức bộ máy", "Các sở, ban, ngành", NV,
    "Tháng 10/2026"),
  r("9", "Thẩm định danh mục tài liệu hết giá trị đề nghị tiêu hủy", NV, "Sở Tài chính", "Giữa tháng 11/2026"),
  r("10", "Báo cáo kết quả công tác văn thư, lưu trữ năm 2026 gửi Sở Nội vụ tổng hợp", `Các sở, ban, ngành; ${XP}`,
    "", "Trước ngày 10/12/2026"),
];

const blocks = [
  ...head(["UBND TỈNH THÁI NGUYÊN", "SỞ NỘI VỤ"], "Số: 48/KH-SNV",
    `${c("Thái Nguyên")}, ${d("2026-03-12", "ngày 12 tháng 3 năm 2026")}`, "KẾ HOẠCH",
    "Công tác văn thư, lưu trữ và lập hồ sơ điện tử năm 2026"),
  { t: "p", align: "justify", text: `Căn cứ Luật Lưu trữ ${d("2024-06-21", "ngày 21/6/2024")}; căn cứ Kế hoạch ` +
    `số 15/KH-UBND ${d("2026-01-20", "ngày 20/01/2026")} của UBND tỉnh về cải cách hành chính năm 2026, Sở Nội ` +
    `vụ ${p("tỉnh Thái Nguyên")} xây dựng Kế hoạch công tác văn thư, lưu trữ năm 2026 như sau:` },
  { t: "p", num: "I.", text: "MỤC ĐÍCH, YÊU CẦU", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", align: "justify", text: "Quản lý thống nhất hồ sơ, tài liệu của các cơ quan sau sắp xếp đơn vị hành " +
    `chính; bảo quản an toàn tài liệu tại kho Lưu trữ lịch sử tỉnh (${p("phường Phan Đình Phùng")}) và từng bước ` +
    "số hóa tài liệu có giá trị sử dụng thường xuyên." },
  { t: "p", num: "II.", text: "CÁC MỐC THỰC HIỆN", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", align: "justify", text: "Các mốc công việc chính trong năm được tổng hợp tại khung dưới đây:" },
  { t: "table", box: true, boxHeight: 430, widths: [700, 3600, 1700, 1700, 1400], header: 1, rows },
  { t: "p", num: "III.", text: "TỔ CHỨC THỰC HIỆN", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", num: "1.", list: { kind: "decimal", inst: "t" }, align: "justify", text: "Phòng Văn thư - Lưu trữ " +
    "xây dựng đề cương báo cáo sơ kết 6 tháng công tác văn thư, lưu trữ, hoàn thành trước " +
    `${d("2026-06-05", "ngày 05/6/2026")}; theo dõi, đôn đốc các đơn vị thực hiện các mốc nêu tại mục II.` },
  { t: "p", num: "2.", list: { kind: "decimal", inst: "t" }, align: "justify", text: "Văn phòng Sở bố trí kinh " +
    "phí mua sắm giá, hộp, cặp bảo quản tài liệu cho kho lưu trữ, xong trước " +
    `${d("2026-04-20", "ngày 20/4/2026")}.` },
  { t: "p", num: "3.", list: { kind: "decimal", inst: "t" }, align: "justify", text: "Các sở, ban, ngành, UBND " +
    "các xã, phường bố trí công chức làm công tác văn thư, lưu trữ tham gia đầy đủ các lớp tập huấn; trong quá " +
    "trình thực hiện có vướng mắc, phản ánh về Sở Nội vụ (qua Phòng Văn thư - Lưu trữ) để được hướng dẫn." },
  ...sign(["UBND tỉnh (b/c)", "Giám đốc, các PGĐ Sở", "Các sở, ban, ngành", XP],
    "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Hoàng Thị Thu Hà"),
];

// Word XML: smart tags around the marked runs, and the VML text box rewritten as Word 365 saves a text box.
const ST = 'w:uri="urn:schemas-microsoft-com:office:smarttags"';
const T = '<w:t xml:space="preserve">';
function smart(inner, rPr) {
  const open = (tag) => {
    if (tag.startsWith("d:")) {
      const [y, m, dd] = tag.slice(2).split("-").map(Number);
      return `</w:t></w:r><w:smartTag ${ST} w:element="date"><w:smartTagPr><w:attr w:name="Year" w:val="${y}"/>` +
        `<w:attr w:name="Day" w:val="${dd}"/><w:attr w:name="Month" w:val="${m}"/></w:smartTagPr><w:r>${rPr}${T}`;
    }
    if (tag === "c") return `</w:t></w:r><w:smartTag ${ST} w:element="place"><w:smartTag ${ST} w:element="City">` +
      `<w:r>${rPr}${T}`;
    return `</w:t></w:r><w:smartTag ${ST} w:element="place"><w:r>${rPr}${T}`;
  };
  const stack = [];
  return inner.replace(/⟦([^⟧]*)⟧/g, (m, tag) => {
    if (tag !== "/") { stack.push(tag); return open(tag); }
    const t = stack.pop();
    return `</w:t></w:r>${t === "c" ? "</w:smartTag></w:smartTag>" : "</w:smartTag>"}<w:r>${rPr}${T}`;
  });
}
const EMU = 635;
function textBox(body) {
  const re = /<w:r><w:pict><v:shape id="box(\d+)" type="#_x0000_t202" style="width:([\d.]+)pt;height:([\d.]+)pt"[^>]*>([\s\S]*?)<\/v:shape><\/w:pict><\/w:r>/g;
  return body.replace(re, (m, id, wpt, hpt, rest) => {
      const content = /<w:txbxContent>[\s\S]*<\/w:txbxContent>/.exec(rest)[0];
      const cx = Math.round(wpt * 20 * EMU);
      const cy = Math.round(hpt * 20 * EMU);
      const choice = '<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" ' +
        'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1" wp14:anchorId="3A1F2C' +
        `0${id}" wp14:editId="5B7D2E1${id}"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column">` +
        '<wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0' +
        `</wp:posOffset></wp:positionV><wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent l="0" t="0" r="19050" ` +
        `b="19050"/><wp:wrapTopAndBottom/><wp:docPr id="${id}" name="Text Box ${id}"/><wp:cNvGraphicFramePr/>` +
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData ' +
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>' +
        `<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect">` +
        '<a:avLst/></a:prstGeom><a:solidFill><a:schemeClr val="lt1"/></a:solidFill><a:ln w="12700"><a:solidFill>' +
        '<a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr><wps:txbx>' + content + "</wps:txbx>" +
        '<wps:bodyPr rot="0" spcFirstLastPara="0" vertOverflow="overflow" horzOverflow="overflow" vert="horz" ' +
        'wrap="square" lIns="50800" tIns="50800" rIns="50800" bIns="50800" numCol="1" spcCol="0" rtlCol="0" ' +
        'fromWordArt="0" anchor="t" anchorCtr="0" forceAA="0" compatLnSpc="1"><a:prstTxWarp prst="textNoShape">' +
        "<a:avLst/></a:prstTxWarp><a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor>" +
        "</w:drawing>";
      const fallback = `<w:pict><v:shape id="Text Box ${id}" o:spid="_x0000_s10${id}" type="#_x0000_t202" ` +
        `style="position:absolute;margin-left:0;margin-top:0;width:${wpt}pt;height:${hpt}pt;z-index:251659264;` +
        'visibility:visible;mso-wrap-style:square;mso-wrap-distance-left:9pt;mso-wrap-distance-top:0;' +
        'mso-wrap-distance-right:9pt;mso-wrap-distance-bottom:0;mso-position-horizontal:absolute;' +
        'mso-position-horizontal-relative:text;mso-position-vertical:absolute;mso-position-vertical-relative:text;' +
        'v-text-anchor:top" fillcolor="white [3201]" strokeweight="1pt"><v:textbox style="mso-fit-shape-to-text:t" ' +
        `inset="4pt,4pt,4pt,4pt">${content}</v:textbox><w10:wrap type="topAndBottom"/></v:shape></w:pict>`;
      return `<w:r><mc:AlternateContent><mc:Choice Requires="wps">${choice}</mc:Choice><mc:Fallback>${fallback}` +
        "</mc:Fallback></mc:AlternateContent></w:r>";
    });
}
function transform(body) {
  const tagged = body.replace(/<w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)((?:(?!<\/w:r>).)*)<\/w:r>/g,
    (m, rPr, inner) => (inner.includes("⟦") ? `<w:r>${rPr}${smart(inner, rPr)}</w:r>` : m))
    .replace(/<w:r><w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr><w:t xml:space="preserve"><\/w:t><\/w:r>/g, "");
  return textBox(tagged);
}
// Word 365's root: the namespaces of the drawing and the markup-compatibility layer, w14/wp14 ignorable.
const ROOT = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" ' +
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' +
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ' +
  'xmlns:w10="urn:schemas-microsoft-com:office:word" mc:Ignorable="w14 wp14"';
async function rooted(file) {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = await zip.file("word/document.xml").async("string");
  zip.file("word/document.xml", xml.replace("<w:document ", `<w:document ${ROOT} `));
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
}
async function printer(out) {
  for (const f of ["plan-typed.docx", "plan-auto.docx"]) await rooted(path.join(DIR, f));
  const tmp = fs.mkdtempSync("/tmp/make-author34a-");
  execFileSync("soffice", ["-env:UserInstallation=file:///tmp/make-author34a-lo", "--headless", "--convert-to",
    "pdf", "--outdir", tmp, path.join(DIR, "plan-auto.docx")], { stdio: "ignore" });
  fs.copyFileSync(path.join(tmp, "plan-auto.pdf"), out);
}

const tasks = [
  task("1", "Ban hành văn bản hướng dẫn lập hồ sơ điện tử và nộp lưu hồ sơ, tài liệu vào Lưu trữ lịch sử tỉnh",
    "2026-03-30", [NV], [VP]),
  task("2", "Thu nhận hồ sơ, tài liệu của các cơ quan cấp huyện đã kết thúc hoạt động về Lưu trữ lịch sử tỉnh",
    "2026-06-30", [NV], [XA]),
  task("3", "Số hóa tài liệu lưu trữ có giá trị sử dụng thường xuyên (đợt 1)", "2026-05-31", [LT], [KH]),
  task("4", "Nâng cấp Hệ thống quản lý văn bản và điều hành, tích hợp chức năng lập hồ sơ điện tử", "2026-06-30",
    [KH], [NV, VP]),
  task("5", "Tập huấn nghiệp vụ văn thư, lưu trữ cho công chức cấp xã", "2026-07-25", [NV], [XA]),
  task("7", "Kiểm tra công tác văn thư, lưu trữ tại các sở, ban, ngành và UBND các xã, phường", "2026-09-30", [NV]),
  task("8", "Chỉnh lý tài liệu tồn đọng của các cơ quan sau sắp xếp tổ chức bộ máy", "2026-10-31", ["@departments"],
    [NV]),
  task("9", "Thẩm định danh mục tài liệu hết giá trị đề nghị tiêu hủy", "2026-11-15", [NV], ["Sở Tài chính"]),
  task("10", "Báo cáo kết quả công tác văn thư, lưu trữ năm 2026", "2026-12-09", ["@departments", XA]),
  task("III.1", "Phòng Văn thư - Lưu trữ xây dựng đề cương báo cáo sơ kết 6 tháng công tác văn thư, lưu trữ",
    "2026-06-04", ["Phòng Văn thư - Lưu trữ"]),
  task("III.2", "Văn phòng Sở bố trí kinh phí mua sắm giá, hộp, cặp bảo quản tài liệu cho kho lưu trữ",
    "2026-04-19", ["Văn phòng Sở"]),
];

await build(DIR, {
  blocks, printer, extra: { transform },
  expected: {
    id: ID,
    style: "Kế hoạch 48/KH-SNV of Sở Nội vụ tỉnh Thái Nguyên, 12/3/2026 (after the reorganisation: merged " +
      "departments, 'UBND các xã, phường' = UBND cấp xã), văn thư - lưu trữ 2026, as saved by Word 365. The " +
      "milestones table (STT | Mốc công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn) is inside a text box " +
      "written w:r/mc:AlternateContent: mc:Choice Requires=wps (w:drawing/wp:anchor/wps:wsp/wps:txbx/" +
      "w:txbxContent) and mc:Fallback (w:pict/v:shape/v:textbox/w:txbxContent) hold the SAME table: each task " +
      "counts once. Dates and place names in the prose and in the place-date line are wrapped in w:smartTag " +
      "(urn:schemas-microsoft-com:office:smarttags, 'date' with smartTagPr Year/Day/Month, 'place' and " +
      "'place'>'City'); the words read as plain text. Background dates (Luật Lưu trữ 21/6/2024, KH 15/KH-UBND " +
      "20/01/2026) are no tasks. ref = STT; the two dated prose items of III are III.1, III.2 (their leads are the " +
      "Sở's own offices, kept as written, unresolved); III.3 has no date. Dates (2026): 1 'Trước 31/3' -> 30/3 " +
      "Mon; 2 'Quý II' 30/6 Tue; 3 'Tháng 5' 31/5 Sun -> 1/6 (lead Trung tâm Lưu trữ lịch sử tỉnh, not in the " +
      "directory); 4 'Chậm nhất 30/6'; 5 'Từ 15/7 đến 25/7' 25/7 Sat -> 27/7; 6 'Thường xuyên' no task; 7 'Quý " +
      "III' 30/9 Wed; 8 'Tháng 10' 31/10 Sat -> 2/11; 9 'Giữa tháng 11' 15/11 Sun -> 16/11; 10 'Trước 10/12' -> " +
      "9/12 Wed (Sở Nội vụ the recipient); III.1 'trước ngày 05/6' -> 4/6 Thu; III.2 'xong trước ngày 20/4' -> " +
      "19/4 Sun -> 20/4. Printed by LibreOffice from plan-auto.docx.",
    province: "Thái Nguyên",
    plan: { number: "48/KH-SNV", date: "2026-03-12" },
    tasks,
    unresolved: [XA, LT, "Phòng Văn thư - Lưu trữ", "Văn phòng Sở"],
    successors: [],
  },
});
