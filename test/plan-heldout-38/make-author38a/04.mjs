// 04: Thái Nguyên (after the reorganisation), Sở Nông nghiệp và Môi trường, Kế hoạch 1245/KH-SNNMT, 06/10/2025 —
// phòng cháy, chữa cháy rừng mùa khô 2025-2026. Habit: the e-office system's export is RTF SAVED UNDER A .doc NAME,
// in the Vietnamese Windows code page: plan.doc is {\rtf1\ansi\ansicpg1258 …} with \fcharset163 fonts, every
// letter outside ASCII written as \'xx bytes of Windows-1258, whose tone marks are separate combining bytes ("Sở" =
// S \'f5\'d2), NO \u escapes; the task table in \trowd / \cellx rows, a time cell merged over two rows (\clvmgf,
// \clvmrg). plan.doc is written after office-copies (plan.odt, plan.rtf stay LibreOffice's); the Word files,
// plan.txt, plan.pdf (LibreOffice's print of plan-auto.docx) and expected.json come from the kit.
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { build, task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { rtfText } from "./cp1258.mjs";

const ID = "04-thai-nguyen-2025-e-office-doc-really-rtf-ansicpg1258-fcharset163-combining-tone-bytes-clvmgf-time";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const KL = "Chi cục Kiểm lâm", XA = "UBND các xã, phường", CA = "Công an tỉnh", QS = "Bộ Chỉ huy Quân sự tỉnh";
const BQL = "Ban Quản lý rừng phòng hộ, đặc dụng tỉnh", HAT = "Hạt Kiểm lâm các khu vực";
const KT = "Phòng Kế hoạch - Tài chính", BAO = "Báo và Phát thanh, Truyền hình Thái Nguyên";
const g = (n) => (n === XA ? "@communes" : n);

// [content, lead, coord, time cell, due | null, merge]
const R = [
  ["Kiện toàn Ban Chỉ huy phòng cháy, chữa cháy rừng cấp xã sau sắp xếp đơn vị hành chính", XA, KL,
    "Trước ngày 31/10/2025", "2025-10-30"],
  ["Rà soát, xây dựng phương án phòng cháy, chữa cháy rừng cho các vùng trọng điểm cháy", KL, XA,
    "Tháng 11/2025", "2025-11-30"],
  ["Tuyên truyền phòng cháy, chữa cháy rừng trên sóng phát thanh, truyền hình và mạng xã hội", BAO, KL,
    "Thường xuyên", null],
  ["Kiểm tra, bảo dưỡng phương tiện, dụng cụ chữa cháy rừng tại các trạm, chốt bảo vệ rừng", KL, BQL,
    "Quý IV/2025", "2025-12-31", "first"],
  ["Làm đường băng cản lửa, xử lý thực bì tại các khu rừng trồng tập trung", BQL, XA, "", "2025-12-31", "next"],
  ["Tham mưu bố trí kinh phí phòng cháy, chữa cháy rừng năm 2026", KT, "Sở Tài chính",
    "Trước ngày 15/12/2025", "2025-12-14"],
  ["Kiểm tra công tác phòng cháy, chữa cháy rừng tại các xã trọng điểm", KL, CA, "Giữa tháng 01/2026",
    "2026-01-15"],
  ["Báo cáo tình hình phòng cháy, chữa cháy rừng của địa phương gửi Sở Nông nghiệp và Môi trường (qua Chi cục " +
    "Kiểm lâm)", XA, "", "Cuối tháng 02/2026", "2026-02-28"],
  ["Diễn tập chữa cháy rừng cấp tỉnh năm 2026 tại khu vực rừng trọng điểm", KL, `${CA}; ${QS}`, "Tháng 3/2026",
    "2026-03-31"],
  ["Trực phòng cháy, chữa cháy rừng 24/24 giờ trong thời gian cao điểm nắng nóng", HAT, XA,
    "Từ 01/12/2025 đến 30/4/2026", "2026-04-30"],
  ["Điều tra, xử lý các vụ vi phạm quy định về phòng cháy, chữa cháy rừng", CA, KL, "Khi phát sinh", null],
  ["Sơ kết công tác phòng cháy, chữa cháy rừng mùa khô 2025-2026, báo cáo UBND tỉnh", KL, "Văn phòng Sở",
    "Trước ngày 20/5/2026", "2026-05-19"],
];
const rows = [["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"]];
const tasks = [];
R.forEach(([content, lc, cc, time, due, merge], i) => {
  const timeCell = merge === "first" ? { text: time, vm: "restart", align: "center" } :
    merge === "next" ? { text: "", vm: "continue" } : { text: time, align: "center" };
  rows.push([{ text: String(i + 1), align: "center", list: { kind: "cell", inst: "tt" } }, content, lc, cc, timeCell]);
  if (due) tasks.push(task(String(i + 1), content, due, lc.split("; ").map(g), cc.split("; ").filter(Boolean).map(g)));
});

const NUMBER = "Số: 1245/KH-SNNMT", PLACE = "Thái Nguyên, ngày 06 tháng 10 năm 2025";
const blocks = [
  ...head(["UBND TỈNH THÁI NGUYÊN", "SỞ NÔNG NGHIỆP\nVÀ MÔI TRƯỜNG"], NUMBER, PLACE, "KẾ HOẠCH",
    "Phòng cháy, chữa cháy rừng mùa khô 2025-2026"),
  { t: "p", align: "justify", text: "Thực hiện Luật Lâm nghiệp năm 2017 và chỉ đạo của UBND tỉnh về tăng cường công " +
    "tác quản lý, bảo vệ rừng; trước diễn biến thời tiết khô hanh, nguy cơ cháy rừng cao, Sở Nông nghiệp và Môi " +
    "trường xây dựng Kế hoạch phòng cháy, chữa cháy rừng mùa khô 2025-2026 như sau:" },
  { t: "p", num: "I.", text: "MỤC ĐÍCH, YÊU CẦU", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", align: "justify", text: "Chủ động phòng ngừa, phát hiện sớm và xử lý kịp thời khi xảy ra cháy rừng, không " +
    "để cháy lớn, giảm thiểu thiệt hại về tài nguyên rừng; phân công rõ trách nhiệm của từng đơn vị." },
  { t: "p", num: "II.", text: "NHIỆM VỤ CỤ THỂ", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "table", widths: [600, 3600, 1900, 1900, 1500], header: 1, rows },
  { t: "p", num: "III.", text: "TỔ CHỨC THỰC HIỆN", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", align: "justify", text: "Chi cục Kiểm lâm là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch; các đơn vị, " +
    "địa phương báo cáo đột xuất ngay khi xảy ra cháy rừng qua số điện thoại trực của Chi cục Kiểm lâm." },
  ...sign(["UBND tỉnh (b/c)", "Giám đốc, các PGĐ Sở", "Công an tỉnh", "UBND các xã, phường", "Các đơn vị thuộc Sở"],
    "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Hoàng Văn Lực"),
];

// ---- the e-office export: RTF in Windows-1258 ----
const ALIGN = { center: "\\qc", right: "\\qr", justify: "\\qj", left: "\\ql" };
const cellOf = (c) => (typeof c === "string" ? { text: c } : c);
const txt = (s, { bold, italic } = {}) => {
  const t = String(s).split("\n").map(rtfText).join("\\line ");
  return bold || italic ? `{${bold ? "\\b" : ""}${italic ? "\\i" : ""} ${t}}` : t;
};
function rtfPara(b) {
  const ind = b.indent === false || b.align === "center" ? "" : "\\fi567";
  return `\\pard\\plain\\f0\\fs26${ALIGN[b.align ?? "justify"]}${ind}\\sa120\\sl312\\slmult1 ` +
    txt((b.num ? b.num + " " : "") + b.text, b) + "\\par\n";
}
function rtfTable(b) {
  const hdr = b.header ?? 0;
  const brd = b.borders === false ? "" : ["t", "l", "b", "r"].map((s) => `\\clbrdr${s}\\brdrs\\brdrw10`).join("");
  return b.rows.map((row, ri) => {
    let x = 0, col = 0;
    const defs = row.map((raw) => {
      const c = cellOf(raw);
      const span = c.span ?? 1;
      x += b.widths.slice(col, col + span).reduce((a, w) => a + w, 0);
      col += span;
      const vm = c.vm === "restart" ? "\\clvmgf" : c.vm === "continue" ? "\\clvmrg" : "";
      return `\\clvertalt${brd}${vm}\\cellx${x}`;
    }).join("");
    const cells = row.map((raw) => {
      const c = cellOf(raw);
      const paras = c.paras ?? String(c.vm === "continue" ? "" : c.text).split("\n").map((t) => ({ text: t }));
      return paras.map((q, k) => `\\pard\\plain\\intbl\\f0\\fs24${ALIGN[q.align ?? c.align ?? (ri < hdr ? "center" :
        "left")]} ` + txt(q.text, { bold: q.bold ?? c.bold ?? ri < hdr, italic: q.italic ?? c.italic }) +
        (k < paras.length - 1 ? "\\par\n" : "")).join("") + "\\cell\n";
    }).join("");
    return `\\trowd\\trgaph108\\trleft-108\\trqc${ri < hdr ? "\\trhdr" : ""}${defs}\n${cells}\\row\n`;
  }).join("") + "\\pard\\plain\\f0\\fs26\\par\n";
}
function rtf() {
  const body = blocks.map((b) => (b.t === "table" ? rtfTable(b) : rtfPara(b))).join("");
  return "{\\rtf1\\ansi\\ansicpg1258\\deff0\\deflang1066\\deflangfe1066" +
    "{\\fonttbl{\\f0\\froman\\fprq2\\fcharset163 Times New Roman;}{\\f1\\fswiss\\fprq2\\fcharset163 Arial;}}\n" +
    "{\\colortbl;\\red0\\green0\\blue0;}\n" +
    "{\\info{\\title KeHoach_1245_KH-SNNMT}{\\author vanthu.snnmt}{\\operator eOffice}" +
    "{\\creatim\\yr2025\\mo10\\dy6\\hr14\\min22}}\n" +
    "{\\*\\generator eOffice RTF Writer 3.2;}\n" +
    "\\paperw11906\\paperh16838\\margl1701\\margr1134\\margt1134\\margb1134\\widowctrl\\ftnbj\\viewkind1\n" +
    "\\sectd\\pgwsxn11906\\pghsxn16838\n" + body + "}\n";
}

await build(DIR, {
  blocks,
  printer: "libreoffice",
  expected: {
    id: ID,
    style: "Kế hoạch 1245/KH-SNNMT of Sở Nông nghiệp và Môi trường tỉnh Thái Nguyên (under UBND tỉnh), 06/10/2025 " +
      "(after the reorganisation: merged departments, communes; 'UBND các xã, phường' = @communes; the Sở's own " +
      "units Chi cục Kiểm lâm, Phòng Kế hoạch - Tài chính, Văn phòng Sở, Hạt Kiểm lâm các khu vực and Ban Quản lý " +
      "rừng phòng hộ, đặc dụng tỉnh, Bộ Chỉ huy Quân sự tỉnh unresolved), phòng cháy, chữa cháy rừng mùa khô " +
      "2025-2026. HABIT: plan.doc is the e-office system's export, RTF under a .doc name, in the Vietnamese Windows " +
      "code page: \\ansi\\ansicpg1258, fonts \\fcharset163, every non-ASCII letter as \\'xx bytes of Windows-1258 " +
      "with the tone marks as separate combining bytes ('Sở' = S\\'f5\\'d2, 'Kế' = K\\'ea\\'ec), no \\u escapes; " +
      "the table in \\trowd/\\cellx rows, the time 'Quý IV/2025' in a cell merged over rows 4-5 (\\clvmgf, " +
      "\\clvmrg). plan.rtf and plan.odt are LibreOffice's (Unicode). Table TT | Nội dung công việc | Đơn vị chủ " +
      "trì | Đơn vị phối hợp | Thời gian, TT 1-12: ref = TT. Dates: 1 'Trước ngày 31/10/2025' -> 30/10 Thu; 2 " +
      "'Tháng 11/2025' 30/11 Sun -> 1/12; 3 'Thường xuyên' none; 4, 5 'Quý IV/2025' 31/12 Wed (each row, not " +
      "inherited); 6 'Trước ngày 15/12/2025' -> 14/12 Sun -> 15/12; 7 'Giữa tháng 01/2026' 15/1 Thu; 8 'Cuối " +
      "tháng 02/2026' 28/2 Sat -> 2/3 (the Sở and Chi cục receive the report: no coordinator); 9 'Tháng 3/2026' " +
      "31/3 Tue; 10 'Từ 01/12/2025 đến 30/4/2026' -> 30/4 holiday, 1/5 holiday, weekend -> 4/5; 11 'Khi phát sinh' " +
      "none; 12 'Trước ngày 20/5/2026' -> 19/5 Tue (report to UBND tỉnh: a recipient). plan.pdf: LibreOffice's " +
      "print of plan-auto.docx.",
    province: "Thái Nguyên",
    plan: { number: "1245/KH-SNNMT", date: "2025-10-06" },
    tasks,
    unresolved: [KL, KT, "Văn phòng Sở", HAT, BQL, QS],
    successors: [],
  },
});
execFileSync("npx", ["tsx", "scripts/plan-corpus/office-copies.ts", DIR, "--doc", "--odt", "--rtf"],
  { stdio: "inherit", cwd: path.resolve(DIR, "../../..") });
fs.writeFileSync(path.join(DIR, "plan.doc"), rtf().replace(/\n/g, "\r\n"), "latin1");
