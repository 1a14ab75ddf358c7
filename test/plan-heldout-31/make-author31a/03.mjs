// 03: Lai Châu, UBND tỉnh, 08/5/2025 — OCOP evaluation round 1 of 2025. Part II is a flowchart drawn in Word: seven
// anchored DrawingML text boxes (wps:wsp with wps:txbx / w:txbxContent, positioned on their own page) each holding
// "Bước n: <work>", "Chủ trì: …; phối hợp: …", "Thời hạn: …", joined by straight arrow connectors; part III is prose
// (typed numbers in plan-typed, Word lists in plan-auto) with dated duties. plan.txt: the plan as the office typed it
// into an e-mail, one block per step. plan.pdf: LibreOffice (plan-auto).
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "03-lai-chau-2025-process-flowchart-text-boxes-steps";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NN = "Sở Nông nghiệp và Phát triển nông thôn";
const KHCN = "Sở Khoa học và Công nghệ";
const VPDP = "Văn phòng Điều phối nông thôn mới tỉnh";

// [work, lead text, coordinator text, time text, expected due | null, lead, coordinators]
const STEPS = [
  ["Tiếp nhận ý tưởng sản phẩm, hướng dẫn chủ thể hoàn thiện hồ sơ đăng ký tham gia Chương trình OCOP",
    "UBND các huyện, thành phố", "UBND các xã, phường, thị trấn", "Trước ngày 25/5/2025", "2025-05-24",
    ["@districts"], ["@communes"]],
  ["Tổ chức đánh giá, phân hạng sản phẩm cấp huyện; lựa chọn sản phẩm đạt từ 3 sao đề nghị đánh giá cấp tỉnh",
    "UBND các huyện, thành phố", "", "Hoàn thành ngày 13/6/2025", "2025-06-13", ["@districts"], []],
  ["Tiếp nhận, kiểm tra hồ sơ sản phẩm đề nghị đánh giá, phân hạng cấp tỉnh", NN, "", "Trước ngày 18/6/2025",
    "2025-06-17", [NN], []],
  ["Lấy mẫu, phân tích chỉ tiêu chất lượng, an toàn thực phẩm của sản phẩm đề nghị đánh giá cấp tỉnh", KHCN, "Sở Y tế",
    "Chậm nhất ngày 20/6/2025", "2025-06-20", [KHCN], ["Sở Y tế"]],
  ["Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh họp, chấm điểm sản phẩm", NN + " (cơ quan thường trực Hội đồng)",
    "", "Từ ngày 23/6 đến ngày 26/6/2025", "2025-06-26", [NN], []],
  ["Tổng hợp kết quả, trình UBND tỉnh ban hành Quyết định công nhận sản phẩm OCOP năm 2025 (đợt 1)", NN, VPDP,
    "Trước ngày 01/7/2025", "2025-06-30", [NN], [VPDP]],
  ["Cấp Giấy chứng nhận, công bố kết quả; hướng dẫn chủ thể sử dụng biểu trưng OCOP trên bao bì sản phẩm", VPDP,
    "UBND các huyện, thành phố", "Sau khi có Quyết định công nhận", null],
];
const stepTask = (s, i) => task(`Bước ${i + 1}`, s[0], s[4], s[5], s[6]);
const DUTIES = [
  "Sở Tài chính tham mưu bố trí kinh phí hỗ trợ tổ chức đánh giá, phân hạng sản phẩm OCOP cấp tỉnh; hoàn thành trong " +
    "tháng 5/2025.",
  "Sở Công Thương chủ trì, phối hợp với Hiệp hội Doanh nghiệp tỉnh tổ chức Tuần hàng giới thiệu sản phẩm OCOP Lai Châu; " +
    "thời gian trong quý III/2025.",
  "Sở Thông tin và Truyền thông hỗ trợ các chủ thể OCOP đưa sản phẩm lên sàn thương mại điện tử, xong trước ngày " +
    "15/6/2025.",
  "Báo Lai Châu, Đài Phát thanh - Truyền hình tỉnh thường xuyên tuyên truyền về Chương trình OCOP và các sản phẩm được " +
    "công nhận.",
  "UBND các huyện, thành phố báo cáo kết quả đánh giá, phân hạng sản phẩm cấp huyện về Sở Nông nghiệp và Phát triển " +
    "nông thôn trước ngày 25/6/2025.",
];
const tasks = [
  ...STEPS.filter((s) => s[4]).map(stepTask),
  task("III.1", "Tham mưu bố trí kinh phí hỗ trợ tổ chức đánh giá, phân hạng sản phẩm OCOP cấp tỉnh", "2025-05-31",
    ["Sở Tài chính"]),
  task("III.2", "Tổ chức Tuần hàng giới thiệu sản phẩm OCOP Lai Châu", "2025-09-30", ["Sở Công Thương"],
    ["Hiệp hội Doanh nghiệp tỉnh"]),
  task("III.3", "Hỗ trợ các chủ thể OCOP đưa sản phẩm lên sàn thương mại điện tử", "2025-06-14",
    ["Sở Thông tin và Truyền thông"]),
  task("III.5", "Báo cáo kết quả đánh giá, phân hạng sản phẩm cấp huyện", "2025-06-24", ["@districts"]),
];

// The flowchart: boxes and arrows anchored to one paragraph, positioned on the page (EMU).
const CM = 360000;
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const bp = (runs) => '<w:p><w:pPr><w:spacing w:after="0"/><w:ind w:firstLine="0"/></w:pPr>' + runs.map(([t, b]) =>
  `<w:r><w:rPr>${b ? "<w:b/>" : ""}<w:sz w:val="22"/></w:rPr><w:t xml:space="preserve">${esc(t)}</w:t></w:r>`)
  .join("") + "</w:p>";
let shapeId = 0;
const anchor = (x, y, cx, cy, name, wsp) => `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>` +
  `<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="${251659264 + ++shapeId}" ` +
  'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>' +
  `<wp:positionH relativeFrom="page"><wp:posOffset>${x}</wp:posOffset></wp:positionH><wp:positionV ` +
  `relativeFrom="page"><wp:posOffset>${y}</wp:posOffset></wp:positionV><wp:extent cx="${cx}" cy="${cy}"/>` +
  `<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="${shapeId}" name="${name}"/>` +
  '<wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/' +
  `wordprocessingShape">${wsp}</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice></mc:AlternateContent>` +
  "</w:r>";
const line = (tail) => `<a:ln w="12700"><a:solidFill><a:srgbClr val="000000"/></a:solidFill>${tail}</a:ln>`;
const box = (x, y, cx, cy, name, paras) => anchor(x, y, cx, cy, name, `<wps:wsp><wps:cNvSpPr/><wps:spPr><a:xfrm>` +
  `<a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>` +
  `<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>${line("")}</wps:spPr><wps:txbx><w:txbxContent>${paras}` +
  '</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" ' +
  'bIns="45720" anchor="ctr"><a:noAutofit/></wps:bodyPr></wps:wsp>');
const arrow = (x, y, cy) => anchor(x, y, 0, cy, "Mũi tên " + shapeId, '<wps:wsp><wps:cNvCnPr/><wps:spPr><a:xfrm>' +
  `<a:off x="0" y="0"/><a:ext cx="0" cy="${cy}"/></a:xfrm><a:prstGeom prst="straightConnector1"><a:avLst/>` +
  `</a:prstGeom>${line('<a:tailEnd type="triangle" w="med" len="med"/>')}</wps:spPr><wps:bodyPr/></wps:wsp>`);
function flowchart() {
  const x = 2.5 * CM; const w = 16 * CM; const h = 2.45 * CM; const gap = 0.8 * CM;
  let y = 3.6 * CM;
  const out = [];
  STEPS.forEach((s, i) => {
    const who = "Chủ trì: " + s[1] + (s[2] ? "; phối hợp: " + s[2] : "");
    out.push(box(x, Math.round(y), w, Math.round(h), `Bước ${i + 1}`, bp([[`Bước ${i + 1}: `, true], [s[0], false]]) +
      bp([[who, false]]) + bp([["Thời hạn: ", true], [s[3], false]])));
    y += h;
    if (i < STEPS.length - 1) out.push(arrow(x + w / 2, Math.round(y), Math.round(gap)));
    y += gap;
  });
  return out.join("");
}
const transform = (xml) => xml.replace(/<w:p>(<w:pPr>(?:(?!<w:p>).)*?<\/w:pPr>)((?:(?!<w:p>).)*?)⟦FLOW⟧/,
  '<w:p><w:r><w:br w:type="page"/></w:r></w:p><w:p>$1' + flowchart() + "$2");

const P = (text, extra = {}) => ({ t: "p", text, align: "justify", ...extra });
const R = (num, text) => P(text, { num, bold: true, list: { kind: "roman", inst: "r" } });
const D = (num, text, inst = "d") => P(text, { num, list: { kind: "decimal", inst } });
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 1720/KH-UBND", "Lai Châu, ngày 08 tháng 5 năm 2025", "KẾ HOẠCH",
    "Tổ chức đánh giá, phân hạng sản phẩm thuộc Chương trình Mỗi xã một sản phẩm (OCOP) tỉnh Lai Châu năm 2025 (đợt 1)"),
  P("Căn cứ Quyết định số 148/QĐ-TTg ngày 24/02/2023 của Thủ tướng Chính phủ ban hành Bộ tiêu chí và quy trình đánh " +
    "giá, phân hạng sản phẩm Chương trình Mỗi xã một sản phẩm; UBND tỉnh ban hành Kế hoạch như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  D("1.", "Đánh giá, phân hạng đúng quy trình, khách quan các sản phẩm OCOP của tỉnh; nâng cao giá trị, sức cạnh tranh " +
    "của sản phẩm nông nghiệp đặc trưng.", "d1"),
  D("2.", "Các cơ quan, đơn vị thực hiện đúng thời hạn từng bước của quy trình.", "d1"),
  R("II.", "QUY TRÌNH ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM"),
  P("Quy trình gồm 07 bước, cơ quan chủ trì, phối hợp và thời hạn thực hiện từng bước theo sơ đồ dưới đây."),
  P("SƠ ĐỒ QUY TRÌNH ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP NĂM 2025 (ĐỢT 1)⟦FLOW⟧", { bold: true, align: "center",
    indent: false }),
  { t: "br" },
  R("III.", "TỔ CHỨC THỰC HIỆN"),
  ...DUTIES.map((t, i) => D(`${i + 1}.`, t, "d3")),
  P("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nông nghiệp và Phát " +
    "triển nông thôn để tổng hợp, báo cáo UBND tỉnh./."),
  ...sign(["Bộ Nông nghiệp và PTNT (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Các sở, ban, ngành",
    "UBND các huyện, thành phố"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hà Trọng Hải"),
];

function emailText() {
  const o = ["From: Van phong UBND tinh Lai Chau <vanphong@laichau.gov.vn>", "Sent: Thursday, May 8, 2025 3:27 PM",
    "To: cac so, ban, nganh; UBND cac huyen, thanh pho", "Subject: KH 1720/KH-UBND danh gia, phan hang san pham OCOP " +
    "2025 (dot 1)", "", "Kính gửi các cơ quan, đơn vị,", "Văn phòng UBND tỉnh gửi nội dung Kế hoạch số 1720/KH-UBND ngày " +
    "08/5/2025 của UBND tỉnh (bản scan gửi qua Hệ thống quản lý văn bản), đề nghị các đơn vị triển khai.", "",
  "KẾ HOẠCH Tổ chức đánh giá, phân hạng sản phẩm thuộc Chương trình Mỗi xã một sản phẩm (OCOP) tỉnh Lai Châu năm 2025 " +
    "(đợt 1)", "", "I. MỤC ĐÍCH, YÊU CẦU", "1. " + blocks[5].text, "2. " + blocks[6].text, "",
  "II. QUY TRÌNH ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM", "Quy trình gồm 07 bước như sau:", ""];
  STEPS.forEach((s, i) => o.push(`Bước ${i + 1}: ${s[0]}`, `- Chủ trì: ${s[1]}`, ...(s[2] ? [`- Phối hợp: ${s[2]}`] : []),
    `- Thời hạn: ${s[3]}`, ""));
  o.push("III. TỔ CHỨC THỰC HIỆN", ...DUTIES.map((t, i) => `${i + 1}. ${t}`), "", "Trân trọng.", "--", "Văn phòng UBND " +
    "tỉnh Lai Châu", "Phòng Kinh tế", "");
  return o.join("\n");
}

await build(DIR, {
  blocks, printer: "libreoffice", txt: emailText(), extra: { transform },
  expected: {
    id: ID,
    style: "Kế hoạch 1720/KH-UBND of UBND tỉnh Lai Châu, 08/5/2025 (before the reorganisation): OCOP evaluation round " +
      "1. Part II is a flowchart in Word on its own page: seven anchored DrawingML text boxes (wps:wsp/wps:txbx/" +
      "w:txbxContent, page-positioned, wrapNone) with arrow connectors between them; each box: 'Bước n: <work>', " +
      "'Chủ trì: …; phối hợp: …', 'Thời hạn: …'. In document order the boxes sit inside the title paragraph of the " +
      "chart. ref = 'Bước n' as the plan names the step. Part III prose (typed numbers / Word list) with dated " +
      "duties, ref III.n. plan.txt is the e-mail the office sent, the steps typed one block each ('- Chủ trì:', " +
      "'- Phối hợp:', '- Thời hạn:'). Dates: Bước 1 'Trước ngày 25/5/2025' -> 24/5 Sat -> eff 26/5; Bước 2 " +
      "'Hoàn thành ngày 13/6' Fri; Bước 3 'Trước 18/6' -> 17/6; Bước 4 'Chậm nhất 20/6' Fri; Bước 5 'Từ 23/6 đến " +
      "26/6' -> 26/6; Bước 6 'Trước ngày 01/7/2025' -> 30/6 Mon ('trình UBND tỉnh' recipient); Bước 7 'Sau khi có " +
      "Quyết định công nhận' (event, no date): no task. Bước 5: the Hội đồng meets, the Sở (its standing body, " +
      "named as 'Chủ trì') is the lead. III.1 'trong tháng 5/2025' -> 31/5 Sat -> eff 2/6; III.2 quý III -> 30/9 " +
      "(Sở Công Thương and Hiệp hội Doanh nghiệp tỉnh survive the reorganisation); III.3 'trước 15/6' -> 14/6 Sat " +
      "-> eff 16/6; III.4 thường xuyên no task; III.5 'trước 25/6' -> 24/6 (report to the Sở = recipient). 'UBND " +
      "các xã, phường, thị trấn' = @communes (every commune). Văn phòng Điều phối nông thôn mới tỉnh: no directory " +
      "unit, unresolved. E-mail 'Sent' date and the legal basis: no tasks. PDF: LibreOffice of plan-auto.",
    province: "Lai Châu",
    plan: { number: "1720/KH-UBND", date: "2025-05-08" },
    tasks,
    unresolved: [VPDP],
    successors: [],
  },
});
