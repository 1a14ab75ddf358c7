/* eslint max-lines: ["error", {"max": 420, "skipBlankLines": true, "skipComments": true}] */
// (the line above: the author's generator is kept as written, a little over the 400 lines of a project file)
// 01: Lai Châu (after the reorganisation), UBND tỉnh, Kế hoạch 52/KH-UBND, 12/3/2026 — phát triển kinh tế tập thể,
// hợp tác xã năm 2026. Habit: the PORTAL'S ".doc" IS WORD'S "WEB PAGE" (HTML): plan.doc is what the e-office
// system serves for download, Word's HTML with the xmlns:v/o/w namespaces, MsoNormal classes, <o:p></o:p>, @list
// definitions, mso-list paragraphs whose typed markers sit in <![if !supportLists]>…<![endif]>, a task table with
// rowspan (a merged time cell, a merged lead cell) and colspan (Roman group rows), charset utf-8 in a <meta>, lines
// wrapped at ~76 columns as Word writes its source. plan.pdf = Chromium's print of that HTML. The Word files,
// plan.txt and expected.json come from the kit; plan.doc is written after office-copies.
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { build, task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";

const ID = "01-lai-chau-2026-portal-doc-really-word-html-mso-list-supportlists-rowspan-colspan-table";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const TC = "Sở Tài chính", NN = "Sở Nông nghiệp và Môi trường", CT = "Sở Công Thương", KH = "Sở Khoa học và Công nghệ";
const LM = "Liên minh Hợp tác xã tỉnh", XA = "UBND cấp xã", NV = "Sở Nội vụ", TP = "Sở Tư pháp";
const BAO = "Báo và Phát thanh, Truyền hình Lai Châu", NHCS = "Ngân hàng Chính sách xã hội chi nhánh tỉnh Lai Châu";

// rows: [content, lead cell, coord cell, time cell, due|null, lead[], coord[], merge]
// merge: {time: n} the time cell spans n rows from here; {lead: n} the lead cell spans n rows;
// "time"/"lead" = continued
const groups = [
  ["TUYÊN TRUYỀN, HOÀN THIỆN CƠ CHẾ, CHÍNH SÁCH", [
    ["Tuyên truyền, phổ biến Luật Hợp tác xã năm 2023 và các văn bản hướng dẫn thi hành đến các tổ hợp tác, hợp tác xã",
      BAO, `${TC}; ${LM}`, "Thường xuyên", null],
    ["Rà soát, đề xuất sửa đổi chính sách hỗ trợ phát triển hợp tác xã trên địa bàn tỉnh giai đoạn 2026-2030", TC,
      `${TP}; ${NN}`, "Trước ngày 30/4/2026", "2026-04-29", [TC], [TP, NN]],
    ["Xây dựng cơ sở dữ liệu về hợp tác xã, tổ hợp tác trên địa bàn tỉnh, kết nối với hệ thống dùng chung", KH,
      `${TC}; ${XA}`, "Quý II/2026", "2026-06-30", [KH], [TC, XA], { time: 2 }],
    ["Cập nhật đầy đủ thông tin đăng ký hợp tác xã lên Hệ thống thông tin quốc gia về hợp tác xã", TC, XA, "",
      "2026-06-30", [TC], [XA], "time"],
  ]],
  ["HỖ TRỢ HỢP TÁC XÃ NÂNG CAO HIỆU QUẢ HOẠT ĐỘNG", [
    ["Hỗ trợ thành lập mới hợp tác xã nông nghiệp gắn với chuỗi giá trị sản phẩm chủ lực của tỉnh", NN,
      `${LM}; ${XA}`, "Tháng 9/2026", "2026-09-30", [NN], [LM, XA]],
    ["Mở lớp tập huấn nâng cao năng lực quản trị, kế toán cho cán bộ quản lý hợp tác xã", LM, NV,
      "Chậm nhất ngày 15/7/2026", "2026-07-15", [LM], [NV]],
    ["Hỗ trợ hợp tác xã tham gia Chương trình OCOP, hội chợ xúc tiến thương mại trong và ngoài tỉnh", CT, NN,
      "Quý III/2026", "2026-09-30", [CT], [NN]],
    ["Hướng dẫn hợp tác xã tiếp cận nguồn vốn vay ưu đãi và Quỹ hỗ trợ phát triển hợp tác xã", TC, NHCS,
      "Tháng 8/2026", "2026-08-31", [TC], [NHCS], { lead: 2 }],
    ["Tham mưu bố trí kinh phí hỗ trợ hợp tác xã trong dự toán ngân sách tỉnh năm 2027", "", NN,
      "Trước ngày 15/11/2026", "2026-11-14", [TC], [NN], "lead"],
    ["Hỗ trợ ứng dụng chuyển đổi số, bán hàng trên sàn thương mại điện tử cho các hợp tác xã", KH, `${CT}; ${LM}`,
      "Tháng 10/2026", "2026-10-31", [KH], [CT, LM]],
  ]],
  ["KIỂM TRA, GIÁM SÁT, SƠ KẾT, BÁO CÁO", [
    ["Rà soát hợp tác xã ngừng hoạt động trên địa bàn, đề nghị giải thể hoặc thu hồi giấy chứng nhận đăng ký", XA,
      TC, "Đến ngày 30/10/2026", "2026-10-30", [XA], [TC]],
    ["Giám sát việc thực hiện chính sách hỗ trợ hợp tác xã tại cơ sở",
      "Ủy ban MTTQ Việt Nam tỉnh", "Hội Nông dân tỉnh", "Hằng năm", null],
    ["Sơ kết 6 tháng thực hiện Kế hoạch, báo cáo UBND tỉnh kết quả và đề xuất giải pháp", TC,
      `Các sở, ban, ngành; ${XA}`, "Trước ngày 10/7/2026", "2026-07-09", [TC], ["@departments", XA]],
    ["Tổng hợp, đánh giá kết quả phát triển kinh tế tập thể, hợp tác xã năm 2026", TC, LM,
      "Trước ngày 15/12/2026", "2026-12-14", [TC], [LM]],
  ]],
];

const ROMAN = ["I", "II", "III"];
const rows = [["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"]];
const tasks = [];
let stt = 0;
// for the Word HTML: {group, roman} | {stt, content, lead, coord, time, leadSpan, timeSpan, skipLead, skipTime}
const hrows = [];
groups.forEach(([g, items], gi) => {
  rows.push([{ text: ROMAN[gi], bold: true, align: "center" }, { text: g, span: 4, bold: true }]);
  hrows.push({ group: g, roman: ROMAN[gi] });
  for (const [content, lc, cc, time, due, lead, coord, merge] of items) {
    stt++;
    const m = merge ?? {};
    const leadCell = m.lead ? { text: lc, vm: "restart", rows: m.lead } : merge === "lead" ? { text: "", vm: "continue" } : lc;
    const timeCell = m.time ? { text: time, vm: "restart", rows: m.time } : merge === "time" ? { text: "", vm: "continue" } : time;
    rows.push([{ text: String(stt), align: "center", list: { kind: "cell", inst: "stt" } }, content, leadCell, cc, timeCell]);
    hrows.push({ stt, content, lead: lc, coord: cc, time, leadSpan: m.lead, timeSpan: m.time,
      skipLead: merge === "lead", skipTime: merge === "time" });
    if (due) tasks.push(task(String(stt), content, due, lead, coord));
  }
});

const NUMBER = "Số: 52/KH-UBND", PLACE = "Lai Châu, ngày 12 tháng 3 năm 2026";
const TITLE = "Phát triển kinh tế tập thể, hợp tác xã tỉnh Lai Châu năm 2026";
const INTRO = "Thực hiện Luật Hợp tác xã năm 2023 và Chiến lược phát triển kinh tế tập thể, hợp tác xã giai đoạn " +
  "2021-2030; để tiếp tục củng cố, nâng cao chất lượng hoạt động của các tổ hợp tác, hợp tác xã trên địa bàn, " +
  "Ủy ban nhân dân tỉnh Lai Châu ban hành Kế hoạch năm 2026 như sau:";
const AIMS = [
  "Cụ thể hóa các chỉ tiêu về kinh tế tập thể trong Kế hoạch phát triển kinh tế - xã hội năm 2026: thành lập mới " +
    "ít nhất 25 hợp tác xã, tỷ lệ hợp tác xã hoạt động hiệu quả đạt trên 60%.",
  "Phân công rõ cơ quan chủ trì, cơ quan phối hợp và thời gian hoàn thành từng nội dung; các cơ quan, đơn vị " +
    "chủ động phối hợp, tránh chồng chéo.",
];
const ORG = [
  "Thủ trưởng các sở, ban, ngành, Chủ tịch UBND cấp xã căn cứ nội dung được phân công tổ chức thực hiện; " +
    "định kỳ hằng quý báo cáo kết quả về Sở Tài chính để tổng hợp.",
  "Sở Tài chính chủ trì theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; kịp thời tham mưu UBND tỉnh " +
    "điều chỉnh, bổ sung những nội dung cần thiết.",
];
const RECIPIENTS = ["Bộ Tài chính (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "Chủ tịch, các PCT UBND tỉnh",
  "Các sở, ban, ngành tỉnh", "Liên minh HTX tỉnh", "UBND các xã, phường"];
const ROLE = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", SIGNER = "Hà Trọng Hải";

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", NUMBER, PLACE, "KẾ HOẠCH", TITLE),
  { t: "p", align: "justify", text: INTRO },
  { t: "p", num: "I.", text: "MỤC ĐÍCH, YÊU CẦU", bold: true, list: { kind: "roman", inst: "r" } },
  ...AIMS.map((text, i) => ({ t: "p", num: `${i + 1}.`, text, align: "justify", list: { kind: "decimal", inst: "a" } })),
  { t: "p", num: "II.", text: "NHIỆM VỤ CỤ THỂ", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "table", widths: [600, 3500, 1700, 2100, 1500], header: 1, rows },
  { t: "p", num: "III.", text: "TỔ CHỨC THỰC HIỆN", bold: true, list: { kind: "roman", inst: "r" } },
  ...ORG.map((text, i) => ({ t: "p", num: `${i + 1}.`, text, align: "justify", list: { kind: "decimal", inst: "o" } })),
  ...sign(RECIPIENTS, ROLE, SIGNER),
];

// ---- Word's "Web Page" (.htm saved as .doc by the portal) ----
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
// Word wraps its HTML source near column 76 at spaces (a newline is whitespace to every reader of HTML).
function wrapSrc(html) {
  return html.split("\n").map((line) => {
    const out = [];
    let cur = line;
    while (cur.length > 76) {
      let cut = cur.lastIndexOf(" ", 76);
      if (cut <= 0) cut = cur.indexOf(" ", 76);
      if (cut <= 0) break;
      out.push(cur.slice(0, cut));
      cur = cur.slice(cut + 1);
    }
    out.push(cur);
    return out.join("\n");
  }).join("\n");
}
const span = (t, style = "") => `<span lang=VI${style ? ` style='${style}'` : ""}>${esc(t)}</span>`;
const op = "<o:p></o:p>";
const pN = (text, { align, bold, italic, size, indent = true } = {}) => {
  let inner = span(text, size ? `font-size:${size}pt` : "");
  if (italic) inner = `<i>${inner}</i>`;
  if (bold) inner = `<b>${inner}</b>`;
  const st = [align ? `text-align:${align}` : "", indent && !align ? "text-indent:35.45pt" : "",
    "margin-bottom:6.0pt"].filter(Boolean).join(";");
  return `<p class=MsoNormal${align && align !== "justify" ? ` align=${align}` : ""} style='${st}'>${inner.replace(/<\/span>/, `${op}</span>`)}</p>`;
};
const cellP = (text, { align, bold, size = 12 } = {}) => String(text).split("\n").map((t) => {
  let inner = `<span lang=VI style='font-size:${size}.0pt'>${t ? esc(t) : "&nbsp;"}${op}</span>`;
  if (bold) inner = `<b>${inner}</b>`;
  return `<p class=MsoNormal${align ? ` align=${align} style='text-align:${align}'` : ""}>${inner}</p>`;
}).join("\n");
// a paragraph of a Word list: the typed marker inside the supportLists conditional
const listP = (marker, text, list, lfo, { bold, cls = "MsoListParagraphCxSpMiddle", gap = "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;" } = {}) => {
  const b = (s) => (bold ? `<b>${s}</b>` : s);
  return `<p class=${cls} style='margin-top:0cm;margin-right:0cm;margin-bottom:6.0pt;margin-left:0cm;` +
    `text-align:justify;text-indent:35.45pt;mso-list:${list} level1 ${lfo}'><![if !supportLists]>` +
    b(`<span lang=VI style='mso-fareast-font-family:"Times New Roman"'><span style='mso-list:Ignore'>${marker}` +
      `<span style='font:7.0pt "Times New Roman"'>${gap} </span></span></span>`) + "<![endif]>" +
    b(`<span lang=VI>${esc(text)}${op}</span>`) + "</p>";
};
const B = "border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt";
const WPT = [30, 175, 85, 105, 75];
const td = (inner, w, extra = "") => `<td width=${Math.round(w * 1.333)}${extra} valign=top style='width:${w}.0pt;${B}'>\n${inner}\n</td>`;

function wordHtml() {
  const hdr = `<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=630 style='width:472.5pt;
 border-collapse:collapse;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>
 <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>
  <td width=253 valign=top style='width:190.0pt;padding:0cm 5.4pt 0cm 5.4pt'>
  ${cellP("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", { align: "center", bold: true, size: 13 })}
  </td>
  <td width=377 valign=top style='width:282.5pt;padding:0cm 5.4pt 0cm 5.4pt'>
  ${cellP("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", { align: "center", bold: true, size: 13 })}
  </td>
 </tr>
 <tr style='mso-yfti-irow:1;mso-yfti-lastrow:yes'>
  <td width=253 valign=top style='width:190.0pt;padding:0cm 5.4pt 0cm 5.4pt'>
  ${cellP(NUMBER, { align: "center", size: 13 })}
  </td>
  <td width=377 valign=top style='width:282.5pt;padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal align=center style='text-align:center'><i><span lang=VI style='font-size:13.0pt'>${esc(PLACE)}${op}</span></i></p>
  </td>
 </tr>
</table>`;
  const trs = [];
  trs.push(` <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes;page-break-inside:avoid'>\n` +
    rows[0].map((h, i) => td(cellP(h, { align: "center", bold: true }), WPT[i])).join("\n") + "\n </tr>");
  let li = 0;
  hrows.forEach((r, i) => {
    const cells = [];
    if (r.group) {
      cells.push(td(cellP(r.roman, { align: "center", bold: true }), WPT[0]));
      cells.push(td(cellP(r.group, { bold: true }), WPT.slice(1).reduce((a, x) => a + x, 0), " colspan=4"));
    } else {
      li++;
      // the STT cell: a Word list paragraph (l2), its number typed by Word in the supportLists block
      cells.push(td(`<p class=MsoNormal align=center style='margin-left:0cm;text-align:center;text-indent:0cm;` +
        `mso-list:l2 level1 lfo3'><![if !supportLists]><span lang=VI style='font-size:12.0pt'><span ` +
        `style='mso-list:Ignore'>${li}<span style='font:7.0pt "Times New Roman"'>&nbsp; </span></span></span>` +
        `<![endif]><span lang=VI style='font-size:12.0pt'>${op}</span></p>`, WPT[0]));
      cells.push(td(cellP(r.content, { align: "justify" }), WPT[1]));
      if (!r.skipLead) cells.push(td(cellP(r.lead), WPT[2], r.leadSpan ? ` rowspan=${r.leadSpan}` : ""));
      cells.push(td(cellP(r.coord), WPT[3]));
      if (!r.skipTime) cells.push(td(cellP(r.time, { align: "center" }), WPT[4], r.timeSpan ? ` rowspan=${r.timeSpan}` : ""));
    }
    const last = i === hrows.length - 1 ? ";mso-yfti-lastrow:yes" : "";
    trs.push(` <tr style='mso-yfti-irow:${i + 1}${last};page-break-inside:avoid'>\n${cells.join("\n")}\n </tr>`);
  });
  const task = `<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 width=627
 style='width:470.0pt;border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;
 mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>
 <thead>
${trs[0]}
 </thead>
${trs.slice(1).join("\n")}
</table>`;
  const signT = `<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=630 style='width:472.5pt;
 border-collapse:collapse;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>
 <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes;mso-yfti-lastrow:yes'>
  <td width=280 valign=top style='width:210.0pt;padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal><b><i><span lang=VI style='font-size:12.0pt'>Nơi nhận:${op}</span></i></b></p>
  ${RECIPIENTS.map((r) => cellP("- " + r + ";", { size: 11 })).join("\n  ")}
  ${cellP("- Lưu: VT, KT.", { size: 11 })}
  </td>
  <td width=350 valign=top style='width:262.5pt;padding:0cm 5.4pt 0cm 5.4pt'>
  ${cellP(ROLE + "\n\n\n\n" + SIGNER, { align: "center", bold: true, size: 13 })}
  </td>
 </tr>
</table>`;
  const body = [
    hdr,
    `<p class=MsoNormal align=center style='text-align:center'><span lang=VI>&nbsp;${op}</span></p>`,
    pN("KẾ HOẠCH", { align: "center", bold: true, size: 14 }),
    pN(TITLE, { align: "center", bold: true, size: 14 }),
    pN(INTRO, { align: "justify" }).replace("text-align:justify", "text-align:justify;text-indent:35.45pt"),
    listP("I.", "MỤC ĐÍCH, YÊU CẦU", "l0", "lfo1", { bold: true, cls: "MsoListParagraphCxSpFirst" }),
    ...AIMS.map((t, i) => listP(`${i + 1}.`, t, "l1", "lfo2", { gap: "&nbsp;&nbsp;&nbsp;" })),
    listP("II.", "NHIỆM VỤ CỤ THỂ", "l0", "lfo1", { bold: true, cls: "MsoListParagraphCxSpLast" }),
    task,
    `<p class=MsoNormal><span lang=VI>${op}</span></p>`,
    listP("III.", "TỔ CHỨC THỰC HIỆN", "l0", "lfo1", { bold: true, cls: "MsoListParagraphCxSpFirst", gap: "&nbsp;&nbsp;&nbsp;" }),
    ...ORG.map((t, i) => listP(`${i + 1}.`, t, "l1", "lfo4", { gap: "&nbsp;&nbsp;&nbsp;" })),
    signT,
  ].join("\n\n");
  const html = `<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<title>KẾ HOẠCH</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Van phong UBND tinh</o:Author>
  <o:LastAuthor>vanthu.ubnd</o:LastAuthor>
  <o:Revision>3</o:Revision>
  <o:Created>2026-03-11T08:12:00Z</o:Created>
  <o:LastSaved>2026-03-12T02:40:00Z</o:LastSaved>
  <o:Pages>3</o:Pages>
  <o:Company>UBND tinh Lai Chau</o:Company>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
</xml><![endif]-->
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Print</w:View>
  <w:Zoom>100</w:Zoom>
  <w:SpellingState>Clean</w:SpellingState>
  <w:GrammarState>Clean</w:GrammarState>
  <w:TrackMoves>false</w:TrackMoves>
  <w:TrackFormatting/>
  <w:PunctuationKerning/>
  <w:ValidateAgainstSchemas/>
  <w:DoNotPromoteQF/>
  <w:LidThemeOther>VI</w:LidThemeOther>
  <w:LidThemeAsian>X-NONE</w:LidThemeAsian>
  <w:LidThemeComplexScript>X-NONE</w:LidThemeComplexScript>
  <w:Compatibility>
   <w:BreakWrappedTables/>
   <w:SnapToGridInCell/>
   <w:WrapTextWithPunct/>
   <w:UseAsianBreakRules/>
  </w:Compatibility>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-parent:"";
	margin:0cm;
	mso-pagination:widow-orphan;
	font-size:13.0pt;
	font-family:"Times New Roman",serif;
	mso-fareast-font-family:"Times New Roman";}
p.MsoListParagraph, p.MsoListParagraphCxSpFirst, p.MsoListParagraphCxSpMiddle, p.MsoListParagraphCxSpLast
	{mso-style-priority:34;
	mso-style-qformat:yes;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	mso-add-space:auto;
	font-size:13.0pt;
	font-family:"Times New Roman",serif;}
.MsoChpDefault
	{mso-style-type:export-only;
	mso-default-props:yes;
	font-size:13.0pt;}
@page WordSection1
	{size:595.3pt 841.9pt;
	margin:56.7pt 42.5pt 56.7pt 85.05pt;
	mso-header-margin:35.4pt;
	mso-footer-margin:35.4pt;
	mso-paper-source:0;}
div.WordSection1
	{page:WordSection1;}
 /* List Definitions */
 @list l0
	{mso-list-id:1187451201;
	mso-list-type:hybrid;
	mso-list-template-ids:-1480291742 67698705 67698713 67698715 67698703 67698713 67698715 67698703 67698713 67698715;}
@list l0:level1
	{mso-level-number-format:roman-upper;
	mso-level-text:"%1\\.";
	mso-level-tab-stop:none;
	mso-level-number-position:left;
	margin-left:0cm;
	text-indent:35.45pt;}
@list l1
	{mso-list-id:512934883;
	mso-list-type:hybrid;
	mso-list-template-ids:1702235148 67698703 67698713 67698715 67698703 67698713 67698715 67698703 67698713 67698715;}
@list l1:level1
	{mso-level-tab-stop:none;
	mso-level-number-position:left;
	margin-left:0cm;
	text-indent:35.45pt;}
@list l2
	{mso-list-id:2016494271;
	mso-list-type:hybrid;
	mso-list-template-ids:-96733652 67698703 67698713 67698715 67698703 67698713 67698715 67698703 67698713 67698715;}
@list l2:level1
	{mso-level-text:"%1";
	mso-level-tab-stop:none;
	mso-level-number-position:center;
	margin-left:0cm;
	text-indent:0cm;}
@list l1:level1 lfo4
	{mso-level-start-at:1;}
ol
	{margin-bottom:0cm;}
ul
	{margin-bottom:0cm;}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{mso-style-name:"Table Normal";
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-noshow:yes;
	mso-style-priority:99;
	mso-style-parent:"";
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	mso-para-margin:0cm;
	font-size:10.0pt;
	font-family:"Times New Roman",serif;}
table.MsoTableGrid
	{mso-style-name:"Table Grid";
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-priority:39;
	mso-style-unhide:no;
	border:solid windowtext 1.0pt;
	mso-border-alt:solid windowtext .5pt;
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	mso-border-insideh:.5pt solid windowtext;
	mso-border-insidev:.5pt solid windowtext;
	mso-para-margin:0cm;
	font-size:10.0pt;
	font-family:"Times New Roman",serif;}
</style>
<![endif]-->
</head>

<body lang=EN-US style='tab-interval:36.0pt;word-wrap:break-word'>

<div class=WordSection1>

${wrapSrc(body)}

</div>

</body>

</html>
`;
  return html.replace(/\n/g, "\r\n");
}

const HTML = wordHtml();
const tmpHtml = `/tmp/author37a-01-plan.htm`;
fs.writeFileSync(tmpHtml, HTML);

await build(DIR, {
  blocks,
  printer: (out) => execFileSync("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
    "--user-data-dir=/tmp/author37a-chrome", `--print-to-pdf=${out}`, "file://" + tmpHtml], { stdio: "ignore" }),
  expected: {
    id: ID,
    style: "Kế hoạch 52/KH-UBND of UBND tỉnh Lai Châu, 12/3/2026 (after the reorganisation: merged departments, no " +
      "districts; 'UBND cấp xã' unresolved; Báo và Phát thanh, Truyền hình Lai Châu the merged press), phát triển kinh " +
      "tế tập thể, hợp tác xã 2026. Habit: plan.doc is no Word 97 file but Word's 'Web Page' HTML as portals serve it " +
      "(xmlns:v/o/w, MsoNormal, <o:p></o:p>, @list l0-l2, mso-list paragraphs whose typed markers 'I.', '1.' and the STT " +
      "numbers sit in <![if !supportLists]><span style='mso-list:Ignore'>…</span><![endif]>, charset utf-8 meta, CRLF, " +
      "source wrapped at ~76 columns). Table STT | Nội dung | Chủ trì | Phối hợp | Thời gian, Roman group rows " +
      "(colspan=4), STT 1-14 running across the groups (ref = STT). Merges: the time cell 'Quý II/2026' spans rows 3-4 " +
      "(rowspan, vMerge in plan-auto.docx; each row gets 30/6, not inherited), the lead 'Sở Tài chính' spans rows 8-9. " +
      "Dates: 1 'Thường xuyên' no task; 2 'Trước ngày 30/4/2026' -> 29/4 Wed; 3-4 'Quý II/2026' 30/6 Tue; 5 'Tháng 9/2026' " +
      "30/9 Wed; 6 'Chậm nhất ngày 15/7/2026' Wed (Liên minh Hợp tác xã tỉnh lead, unresolved); 7 'Quý III/2026' 30/9; 8 " +
      "'Tháng 8/2026' 31/8 Mon (Ngân hàng Chính sách xã hội chi nhánh tỉnh Lai Châu unresolved); 9 'Trước ngày 15/11/2026' " +
      "-> 14/11 Sat -> 16/11 Mon; 10 'Tháng 10/2026' 31/10 Sat -> 2/11 Mon; 11 'Đến ngày 30/10/2026' Fri (UBND cấp xã " +
      "lead); 12 'Hằng năm' no task; 13 'Trước ngày 10/7/2026' -> 9/7 Thu ('báo cáo UBND tỉnh' a recipient; 'Các sở, ban, " +
      "ngành' @departments); 14 'Trước ngày 15/12/2026' -> 14/12 Mon. plan.pdf: Chromium's print of the Word HTML.",
    province: "Lai Châu",
    plan: { number: "52/KH-UBND", date: "2026-03-12" },
    tasks, unresolved: [LM, NHCS, XA], successors: [],
  },
});
// office-copies makes plan.doc and plan.odt from plan-auto.docx; plan.doc is then replaced by the portal's file.
execFileSync("npx", ["tsx", "scripts/plan-corpus/office-copies.ts", DIR], { stdio: "inherit",
  cwd: path.resolve(DIR, "../../..") });
fs.writeFileSync(path.join(DIR, "plan.doc"), HTML);
