// 05: Thái Nguyên, UBND tỉnh (after the reorganisation), 24/3/2026 — a plan (kinh tế tập thể, hợp tác xã 2026) as a
// WORD FILE CONVERTED FROM A PDF, the kind PDF converters give: every printed line is its own paragraph, placed in a
// positioned frame (w:framePr anchored to the page, exact height) — the header's two columns as two frames on the
// same line, the signature likewise; pages end in hard page breaks. The task table (III) is rebuilt as a Word
// table with MANY NARROW grid columns: every cell spans several (gridSpan), the rows' cell edges do not line up
// (each row's edges are a little off the row above), some rows start or end off the grid (gridBefore / gridAfter),
// each printed line of a cell its own paragraph; one vertical merge (Chủ trì of 2.1-2.2). plan.txt is the text
// copy (as read from the PDF: normal paragraphs and tab-separated rows). plan.pdf: the converted plan-auto.docx
// printed by LibreOffice, then Ghostscript: it looks like an ordinary plan.
import fs from "node:fs";
import { execFileSync } from "node:child_process";
import { addKind, build, task, toText, wrap } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "05-thai-nguyen-2026-pdf-converted-word-line-frames-table-many-narrow-gridspan-columns";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const TC = "Sở Tài chính";
const NM = "Sở Nông nghiệp và Môi trường";
const CT = "Sở Công Thương";
const LM = "Liên minh Hợp tác xã tỉnh";
const NH = "Ngân hàng Nhà nước Chi nhánh Khu vực 5";
const XA = "UBND cấp xã";
const XAW = "UBND các xã, phường";

// [stt, content, lead written, coordinators written, time written, group?, vMerge of the lead cell]
const ROWS = [
  ["1", "Hoàn thiện cơ chế, chính sách và tổ chức bộ máy quản lý nhà nước về kinh tế tập thể", "", "", "Quý II/2026",
    true],
  ["1.1", "Tham mưu trình HĐND tỉnh ban hành Nghị quyết quy định chính sách hỗ trợ phát triển hợp tác xã trên địa " +
    "bàn tỉnh giai đoạn 2026-2030", TC, "Sở Nông nghiệp và Môi trường; Sở Tư pháp",
  "Trình kỳ họp HĐND tỉnh tháng 7/2026"],
  ["1.2", "Kiện toàn Ban Chỉ đạo phát triển kinh tế tập thể tỉnh sau hợp nhất", TC, "Sở Nội vụ", ""],
  ["1.3", "Rà soát, hướng dẫn hợp tác xã tổ chức lại theo Luật Hợp tác xã năm 2023; giải thể hợp tác xã ngừng hoạt " +
    "động", XAW, TC, "Tháng 5/2026"],
  ["2", "Hỗ trợ phát triển hợp tác xã nông nghiệp", "", "", "", true],
  ["2.1", "Xây dựng 10 mô hình hợp tác xã nông nghiệp ứng dụng công nghệ cao, liên kết theo chuỗi giá trị", NM, XAW,
    "Quý IV/2026", false, "restart"],
  ["2.2", "Hỗ trợ hợp tác xã tham gia Chương trình OCOP; đánh giá, phân hạng sản phẩm OCOP đợt 1 năm 2026", NM, CT,
    "Trước ngày 30/6/2026", false, "continue"],
  ["2.3", "Tập huấn cho cán bộ quản lý hợp tác xã về chuyển đổi số, thương mại điện tử", LM,
    "Sở Khoa học và Công nghệ; Sở Công Thương", "Tháng 8/2026"],
  ["3", "Hỗ trợ tiếp cận vốn, đất đai và thị trường", "", "", "", true],
  ["3.1", "Hỗ trợ hợp tác xã tiếp cận vốn vay Quỹ Hỗ trợ phát triển hợp tác xã và các tổ chức tín dụng", LM, NH,
    "Quý III/2026"],
  ["3.2", "Rà soát quỹ đất bố trí cho hợp tác xã xây dựng trụ sở, nhà xưởng, kho bãi", NM, XAW, "Trước ngày 20/5/2026"],
  ["3.3", "Tổ chức Hội chợ sản phẩm hợp tác xã, kết nối cung cầu tiêu thụ nông sản", CT, LM,
    "Từ ngày 15/10 đến ngày 18/10/2026"],
  ["4", "Thông tin, báo cáo", "", "", "", true],
  ["4.1", "Cập nhật dữ liệu hợp tác xã vào Hệ thống thông tin quốc gia về hợp tác xã", TC, XAW, "Thường xuyên"],
  ["4.2", "Sơ kết 6 tháng thực hiện Kế hoạch, báo cáo UBND tỉnh", TC, "Các sở, ban, ngành", "Trước ngày 10/7/2026"],
  ["4.3", "Tổng kết tình hình kinh tế tập thể năm 2026, báo cáo UBND tỉnh và Bộ Tài chính", TC, LM, "Ngày 15/12/2026"],
];

const tasks = [
  task("1.1", ROWS[1][1], "2026-07-31", [TC], [NM, "Sở Tư pháp"]),
  task("1.2", ROWS[2][1], "2026-06-30", [TC], ["Sở Nội vụ"], true),
  task("1.3", ROWS[3][1], "2026-05-31", [XA], [TC]),
  task("2.1", ROWS[5][1], "2026-12-31", [NM], [XA]),
  task("2.2", ROWS[6][1], "2026-06-29", [NM], [CT]),
  task("2.3", ROWS[7][1], "2026-08-31", [LM], ["Sở Khoa học và Công nghệ", CT]),
  task("3.1", ROWS[9][1], "2026-09-30", [LM], [NH]),
  task("3.2", ROWS[10][1], "2026-05-19", [NM], [XA]),
  task("3.3", ROWS[11][1], "2026-10-18", [CT], [LM]),
  task("4.2", "Sơ kết 6 tháng thực hiện Kế hoạch", "2026-07-09", [TC], ["@departments"]),
  task("4.3", "Tổng kết tình hình kinh tế tập thể năm 2026", "2026-12-15", [TC], [LM]),
  task("IV.2", "Báo cáo kết quả thực hiện Kế hoạch 6 tháng đầu năm 2026", "2026-06-24", ["@departments", XA]),
  task("IV.4", "Xây dựng kế hoạch tư vấn, hỗ trợ thành lập mới hợp tác xã, tổ hợp tác năm 2026", "2026-04-14", [LM]),
];

// ---- the logical text (plan.txt) ----
const ISSUER = "ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN";
const NUMBER = "Số: 71/KH-UBND";
const PLACE = "Thái Nguyên, ngày 24 tháng 3 năm 2026";
const SUB = "Phát triển kinh tế tập thể, hợp tác xã trên địa bàn tỉnh Thái Nguyên năm 2026";
// [num, text, kind: "r" (roman, bold) | "d" (1.) | "l" (a)) | "" (plain), listInst]
const BEFORE = [
  ["", "Thực hiện Luật Hợp tác xã năm 2023; Nghị định số 92/2024/NĐ-CP ngày 18/7/2024 của Chính phủ quy định chi " +
    "tiết một số điều của Luật Hợp tác xã; căn cứ tình hình thực tế, UBND tỉnh ban hành Kế hoạch phát triển kinh tế " +
    "tập thể, hợp tác xã năm 2026 như sau:"],
  ["I.", "MỤC ĐÍCH, YÊU CẦU", "r"],
  ["1.", "Nâng cao hiệu quả hoạt động của các hợp tác xã sau khi hợp nhất tỉnh Thái Nguyên và tỉnh Bắc Kạn; phát " +
    "huy vai trò của kinh tế tập thể trong phát triển kinh tế nông nghiệp, nông thôn ở các xã, phường.", "d", "a"],
  ["2.", "Phân công cụ thể cơ quan chủ trì, phối hợp, thời hạn hoàn thành từng nhiệm vụ; các cơ quan, đơn vị chủ " +
    "động triển khai, bảo đảm hiệu quả, tránh hình thức.", "d", "a"],
  ["II.", "CHỈ TIÊU CHỦ YẾU NĂM 2026", "r"],
  ["", "Thành lập mới ít nhất 60 hợp tác xã, 150 tổ hợp tác; tỷ lệ hợp tác xã hoạt động hiệu quả đạt 65% trở lên; " +
    "doanh thu bình quân của một hợp tác xã đạt 3,5 tỷ đồng/năm; 100% cán bộ quản lý hợp tác xã mới thành lập được " +
    "bồi dưỡng kiến thức quản trị."],
];
const CAPTION = [["III.", "NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", "r"],
  ["", "Các nhiệm vụ cụ thể, cơ quan chủ trì, phối hợp và thời hạn hoàn thành tại bảng sau:"]];
const AFTER = [
  ["IV.", "TỔ CHỨC THỰC HIỆN", "r"],
  ["1.", "Sở Tài chính là cơ quan thường trực, hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch; " +
    "tham mưu UBND tỉnh xử lý các khó khăn, vướng mắc phát sinh.", "d", "b"],
  ["2.", "Các sở, ban, ngành, UBND các xã, phường báo cáo kết quả thực hiện Kế hoạch 6 tháng đầu năm 2026, gửi Sở " +
    "Tài chính trước ngày 25/6/2026 để tổng hợp.", "d", "b"],
  ["3.", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh tuyên truyền, vận " +
    "động hội viên, đoàn viên tham gia hợp tác xã, tổ hợp tác.", "d", "b"],
  ["4.", "Liên minh Hợp tác xã tỉnh xây dựng kế hoạch tư vấn, hỗ trợ thành lập mới hợp tác xã, tổ hợp tác năm 2026, " +
    "hoàn thành trước ngày 15/4/2026.", "d", "b"],
];
const RECIP = ["Bộ Tài chính (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
  "Các sở, ban, ngành tỉnh", "Liên minh HTX tỉnh", "UBND các xã, phường"];
const ROLE = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH";
const SIGNER = "Phạm Hoàng Sơn";

const lp = ([num, text, kind]) => ({ t: "p", text, num: num || undefined, bold: kind === "r", align: "justify" });
const logical = [
  ...head(ISSUER, NUMBER, PLACE, "KẾ HOẠCH", SUB), ...BEFORE.map(lp), ...CAPTION.map(lp),
  { t: "table", widths: [700, 3600, 1800, 1800, 1500], header: 1, rows: [
    ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành"],
    ...ROWS.map(([stt, text, lead, co, time, , vm]) => [stt, text, { text: lead, vm }, co, time]),
  ] },
  ...AFTER.map(lp), ...sign(RECIP, ROLE, SIGNER),
];

// ---- the converted layout (both docx) ----
addKind("s-roman", ["upperRoman", "%1."]);
addKind("s-dec", ["decimal", "%1."]);
const X0 = 1418;
const W = 9354;
const LH = 345;
const TOP = 1134;
const BOTTOM = 15500;
const out = [];
let y = TOP;
const newPage = () => { out.push({ t: "br" }); y = TOP; };
const line = (text, { x = X0, w = W, align = "left", size = 26, ...o } = {}) =>
  out.push({ t: "p", text, frame: { x, y, w, h: LH }, align, size, ...o });
function para([num, text, kind, inst], { align = "left", indent = 567 } = {}) {
  const bold = kind === "r";
  const full = (num ? num + " " : "") + text;
  const lines = wrap(full, (W / 20) * 0.92, 13, bold, ((W - indent) / 20) * 0.92);
  lines.forEach((t, i) => {
    if (y + LH > BOTTOM) newPage();
    const first = i === 0 && num;
    line(first ? t.slice(num.length + 1) : t, { x: X0 + (i ? 0 : indent), w: W - (i ? 0 : indent), bold, align,
      num: first ? num : undefined, list: first && kind ? { kind: kind === "r" ? "s-roman" : "s-dec",
        inst: kind === "r" ? "roman" : inst } : undefined });
    y += LH;
  });
  y += 90;
}
// header: two frames on each line
[["ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], ["TỈNH THÁI NGUYÊN", "Độc lập - Tự do - Hạnh phúc"],
  [null, null], [NUMBER, PLACE]].forEach(([l, r], i) => {
  if (l) line(l, { x: 1134, w: 3800, align: "center", bold: i < 2 });
  if (r) line(r, { x: 4934, w: 6100, align: "center", bold: i < 2, italic: i === 3 });
  y += i === 2 ? 120 : LH;
});
y += 300;
line("KẾ HOẠCH", { align: "center", bold: true });
y += LH;
for (const t of wrap(SUB, W / 20 - 40, 13, true)) { line(t, { align: "center", bold: true }); y += LH; }
y += 200;
BEFORE.forEach((p) => para(p));
// the table page: the caption lines as ordinary paragraphs (one per printed line), then the rebuilt table
newPage();
for (const [num, text, kind] of CAPTION) {
  wrap((num ? num + " " : "") + text, (W / 20) * 0.9, 13, kind === "r").forEach((t, i) => out.push({ t: "p",
    text: i === 0 && num ? t.slice(num.length + 1) : t, num: i === 0 && num ? num : undefined, bold: kind === "r",
    indent: false, after: 0, size: 26, list: i === 0 && num ? { kind: "s-roman", inst: "roman" } : undefined }));
}
// cell edges of each row (twips from the table's left); the grid is their union
const BASE = [0, 680, 4150, 5900, 7680, 9350];
const JIT = [[0, 0, 0, 0, 0, 0], [0, 40, -35, 0, 55, 0], [0, 20, 60, 30, -20, 0], [45, 0, 0, -40, 0, 0],
  [0, -30, 25, 70, 0, -75], [0, 55, 0, 0, 35, 0], [0, 10, 0, 0, -45, 0], [0, -15, -50, 20, 0, 0]];
const edgesOf = (ri) => {
  const j = ri === 6 || ri === 7 ? JIT[6].map((v, k) => (k === 2 || k === 3 ? 0 : v + (ri === 7 ? 15 : 0))) :
    JIT[ri % JIT.length];
  return BASE.map((b, k) => b + j[k]);
};
const allRows = [["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành"], ...ROWS];
const rowEdges = allRows.map((r, ri) => {
  const e = edgesOf(ri);
  return r[5] ? [e[0], e[1], e[4], e[5]] : e;
});
const grid = [...new Set(rowEdges.flat())].sort((a, b) => a - b);
const widths = grid.slice(1).map((g, i) => g - grid[i]);
const gi = (x) => grid.indexOf(x);
const cellLines = (text, w, bold) => wrap(text, (w / 20 - 12) * 0.9, 12, bold).join("\n");
const convRows = allRows.map((r, ri) => {
  const e = rowEdges[ri];
  const texts = r[5] ? [r[0], r[1], r[4]] : r.slice(0, 5);
  const cells = texts.map((t, k) => {
    const c = { text: cellLines(t, e[k + 1] - e[k], ri === 0 || r[5]), span: gi(e[k + 1]) - gi(e[k]) };
    if (ri === 0 || r[5]) c.bold = true;
    if (k === 0 || k === texts.length - 1) c.align = "center";
    if (k === 2 && !r[5] && r[6]) c.vm = r[6];
    if (c.vm === "continue") c.text = "";
    return c;
  });
  if (e[0] > 0) cells.unshift({ grid: "before", n: gi(e[0]), w: e[0] });
  if (e.at(-1) < grid.at(-1)) cells.push({ grid: "after", n: grid.length - 1 - gi(e.at(-1)), w: grid.at(-1) - e.at(-1) });
  return cells;
});
out.push({ t: "table", widths, header: 1, rows: convRows });
newPage();
AFTER.forEach((p) => para(p));
y += 150;
const sigTop = y;
line("Nơi nhận:", { x: X0, w: 4300, bold: true, italic: true, size: 24 });
y += 300;
for (const r of RECIP.map((x) => "- " + x + ";").concat("- Lưu: VT.")) {
  line(r, { x: X0, w: 4300, size: 22 });
  y += 270;
}
y = sigTop;
for (const [i, r] of [...ROLE.split("\n"), "", "", "", SIGNER].entries()) {
  if (r) line(r, { x: 6000, w: 4900, align: "center", bold: true });
  y += i >= 3 && i < 6 ? 300 : LH;
}
out.push({ t: "p", text: "", after: 0, indent: false });

// LibreOffice miscounts Word list numbers spread over separate frames (a decimal item shows "I."), so the PDF is
// printed from plan-typed.docx (numbers typed, as converters write them): LibreOffice, then Ghostscript.
function typedThenGhostscript(pdfOut) {
  const tmp = fs.mkdtempSync("/tmp/author30b-");
  execFileSync("soffice", ["-env:UserInstallation=file:///tmp/author30b-lo", "--headless", "--convert-to", "pdf",
    "--outdir", tmp, DIR + "plan-typed.docx"], { stdio: "ignore" });
  execFileSync("gs", ["-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.5",
    "-dPDFSETTINGS=/printer", "-o", pdfOut, tmp + "/plan-typed.pdf"], { stdio: "ignore" });
}

await build(DIR, {
  blocks: out, printer: typedThenGhostscript, txt: toText(logical),
  expected: {
    id: ID,
    style: "Kế hoạch 71/KH-UBND of UBND tỉnh Thái Nguyên (after the reorganisation), 24/3/2026, kinh tế tập thể, " +
      "hợp tác xã 2026, as a WORD FILE CONVERTED FROM A PDF: every printed line its own paragraph in a positioned " +
      "frame (w:framePr, page-anchored, exact height; the header's issuer and motto columns, and the Nơi nhận / " +
      "signature columns, as frames side by side on the same lines), hard page breaks between pages; a numbered " +
      "paragraph's number only on its first line (plan-auto: a Word list with a space after the number, continuing " +
      "across frames). III's task table is rebuilt with many narrow grid columns: every cell spans several " +
      "(gridSpan), each row's edges a little off the row above, some rows with gridBefore / gridAfter, each printed " +
      "line of a cell a paragraph of its own; group rows 1-4 span Nội dung to Phối hợp. plan.txt and plan.pdf " +
      "(plan-typed via LibreOffice, then Ghostscript) read as an ordinary plan. Readings: ref = STT. Group rows are no tasks; group " +
      "1's 'Quý II/2026' passes to 1.2 (blank time cell) -> 30/6 Tue, inherited; 1.1 and 1.3 date themselves. 2.2's " +
      "Chủ trì is vertically merged with 2.1's (Sở NN&MT). Dates (2026): 1.1 'Trình kỳ họp HĐND tỉnh tháng 7/2026' " +
      "-> 31/7 Fri (disputable: the session's own day is not given); 1.3 'Tháng 5' 31/5 Sun -> 1/6; 2.1 'Quý IV' " +
      "31/12 Thu; 2.2 'Trước ngày 30/6' -> 29/6 Mon; 2.3 'Tháng 8' 31/8 Mon; 3.1 'Quý III' 30/9; 3.2 'Trước ngày " +
      "20/5' -> 19/5; 3.3 'Từ 15/10 đến 18/10' 18/10 Sun -> 19/10; 4.1 'Thường xuyên' no task; 4.2 'Trước ngày " +
      "10/7' -> 9/7 Thu; 4.3 'Ngày 15/12' Tue ('báo cáo UBND tỉnh / Bộ Tài chính' recipients, left out of the " +
      "titles). IV.2 'gửi Sở Tài chính trước ngày 25/6/2026' -> 24/6 (lead @departments + UBND các xã, phường = " +
      "UBND cấp xã, unresolved); IV.4 'trước ngày 15/4/2026' -> 14/4; IV.1, IV.3 undated. 'Liên minh Hợp tác xã " +
      "tỉnh', 'Ngân hàng Nhà nước Chi nhánh Khu vực 5' are no directory units: as written, unresolved.",
    province: "Thái Nguyên",
    plan: { number: "71/KH-UBND", date: "2026-03-24" },
    tasks,
    unresolved: [LM, NH, XA],
    successors: [],
  },
});
