// 03: Bắc Kạn, UBND tỉnh, 08/4/2024 — phòng, chống thiên tai và tìm kiếm cứu nạn năm 2024.
// plan.pdf is drawn by our own small generator (pdfkit, installed with `npm install --no-save pdfkit` in
// /tmp/author32a-npm; DejaVu Serif embedded): its content stream draws the task table COLUMN BY COLUMN (the grid,
// then every STT, then every task cell, then every Chủ trì, every Phối hợp, every Thời hạn), as some report
// generators do, so stream order is not reading order: `pdftotext -layout` shows the rows, `pdftotext -raw` the
// columns. plan.txt = what copying the whole page from a PDF viewer gives (`pdftotext -raw`: column by column).
// The Word files are the normal plan (the same table, row by row; plan-auto numbers STT with a Word list).
import fs from "node:fs";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const PDFDocument = createRequire("/tmp/author32a-npm/")("pdfkit");
const ID = "03-bac-kan-2024-pdf-table-drawn-column-by-column";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NN = "Sở Nông nghiệp và Phát triển nông thôn";
const QS = "Bộ Chỉ huy Quân sự tỉnh";
const TN = "Sở Tài nguyên và Môi trường";
const XA = "UBND cấp xã";

// [stt, task, lead, coordinators, deadline]
const ROWS = [
  ["1", "Kiện toàn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh", "Sở Nông nghiệp và Phát triển " +
    "nông thôn", "Bộ Chỉ huy Quân sự tỉnh", "Trước 30/4/2024"],
  ["2", "Rà soát, cập nhật phương án ứng phó thiên tai theo cấp độ rủi ro", "Sở Nông nghiệp và Phát triển nông " +
    "thôn", "UBND các huyện, thành phố", "Tháng 5/2024"],
  ["3", "Kiểm tra an toàn hồ chứa, đập thủy lợi trước mùa mưa lũ", "Sở Nông nghiệp và Phát triển nông thôn",
    "UBND các huyện, thành phố", "Trước 15/5/2024"],
  ["4", "Dự trữ thuốc, hóa chất, trang thiết bị y tế phục vụ ứng phó thiên tai", "Sở Y tế", "Sở Tài chính", "Trước 31/5/2024"],
  ["5", "Rà soát các điểm có nguy cơ sạt lở, lũ quét; lập phương án di dời hộ dân vùng nguy hiểm",
    "UBND các huyện, thành phố", "Sở Tài nguyên và Môi trường", "Quý II/2024"],
  ["6", "Phương án bảo đảm giao thông, khắc phục sạt lở trên các tuyến quốc lộ, tỉnh lộ", "Sở Giao thông vận tải",
    "Công an tỉnh", "15/6/2024"],
  ["7", "Bố trí kinh phí dự phòng khắc phục hậu quả thiên tai", "Sở Tài chính", "Sở Kế hoạch và Đầu tư",
    "Chậm nhất 20/6/2024"],
  ["8", "Tập huấn kỹ năng cho lực lượng xung kích phòng, chống thiên tai cấp xã", "UBND các xã, phường, thị trấn",
    "Sở Nông nghiệp và Phát triển nông thôn", "Từ 01/7 đến 31/8/2024"],
  ["9", "Sơ kết công tác phòng, chống thiên tai 6 tháng đầu năm", "Sở Nông nghiệp và Phát triển nông thôn",
    "Các sở, ban, ngành; UBND các huyện, thành phố", "Trước 10/7/2024"],
  ["10", "Diễn tập phòng, chống thiên tai và tìm kiếm cứu nạn cấp tỉnh năm 2024", "Bộ Chỉ huy Quân sự tỉnh",
    "Sở Nông nghiệp và Phát triển nông thôn, UBND huyện Ba Bể", "Tháng 9/2024"],
  ["11", "Xây dựng bản đồ cảnh báo nguy cơ sạt lở đất, lũ quét trên địa bàn tỉnh", "Sở Tài nguyên và Môi trường",
    "Sở Nông nghiệp và Phát triển nông thôn", "31/10/2024"],
  ["12", "Tuyên truyền, phổ biến kỹ năng phòng tránh thiên tai cho Nhân dân", "Sở Thông tin và Truyền thông",
    "Đài Phát thanh và Truyền hình Bắc Kạn", "Thường xuyên"],
  ["13", "Tổng kết công tác phòng, chống thiên tai năm 2024", "Sở Nông nghiệp và Phát triển nông thôn",
    "Các sở, ban, ngành", "Tháng 12/2024"],
];
const HDR = ["STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn"];
const INTRO = "Thực hiện Luật Phòng, chống thiên tai năm 2013 (sửa đổi, bổ sung năm 2020); Chỉ thị số 03/CT-TTg " +
  "ngày 22/01/2024 của Thủ tướng Chính phủ, UBND tỉnh ban hành Kế hoạch công tác phòng, chống thiên tai và tìm " +
  "kiếm cứu nạn năm 2024 như sau:";
const GOAL = "Chủ động phòng ngừa, ứng phó kịp thời, hiệu quả với các loại hình thiên tai, giảm thiểu thiệt hại về " +
  "người và tài sản; phân công rõ cơ quan chủ trì, phối hợp và thời hạn hoàn thành từng nhiệm vụ.";
const ORG = ["1. Các sở, ban, ngành, UBND các huyện, thành phố căn cứ nhiệm vụ được giao chủ động triển khai; báo " +
  "cáo nhanh tình hình thiệt hại khi có thiên tai xảy ra.", "2. Sở Nông nghiệp và Phát triển nông thôn (Cơ quan " +
  "thường trực Ban Chỉ huy) theo dõi, đôn đốc, tổng hợp, báo cáo UBND tỉnh theo quy định."];

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 236/KH-UBND", "Bắc Kạn, ngày 08 tháng 4 năm 2024", "KẾ HOẠCH",
    "Công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2024"),
  { t: "p", text: INTRO, align: "justify" },
  { t: "p", text: "I. MỤC ĐÍCH, YÊU CẦU", bold: true },
  { t: "p", text: GOAL, align: "justify" },
  { t: "p", text: "II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold: true },
  { t: "table", header: 1, widths: [600, 3300, 2100, 2100, 1300], rows: [HDR,
    ...ROWS.map(([n, ...r]) => [{ text: n, align: "center", list: { kind: "cell", inst: "t" } }, ...r])] },
  { t: "p", text: "III. TỔ CHỨC THỰC HIỆN", bold: true },
  ...ORG.map((text) => ({ t: "p", text, align: "justify" })),
  ...sign(["Bộ Nông nghiệp và PTNT (b/c)", "TT. Tỉnh ủy, TT. HĐND tỉnh (b/c)", "Các sở, ban, ngành",
    "UBND các huyện, thành phố"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Phạm Duy Hưng"),
];

// --- the PDF, drawn by hand ---
const FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif";
async function drawPdf(out) {
  const doc = new PDFDocument({ size: "A4", margins: { top: 50, bottom: 50, left: 60, right: 45 } });
  const done = new Promise((res) => doc.pipe(fs.createWriteStream(out)).on("finish", res));
  doc.registerFont("R", FONT + ".ttf").registerFont("B", FONT + "-Bold.ttf").registerFont("I", FONT + "-Italic.ttf");
  const L = 60;
  const Wd = 595 - 60 - 45;
  const text = (s, font, size, x, y, w, align = "left") => doc.font(font).fontSize(size).text(s, x, y,
    { width: w, align });
  // header
  text("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "B", 10.5, L, 50, 190, "center");
  text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", "B", 10.5, L + 190, 50, 300, "center");
  text("Số: 236/KH-UBND", "R", 10.5, L, 90, 190, "center");
  text("Bắc Kạn, ngày 08 tháng 4 năm 2024", "I", 10.5, L + 190, 90, 300, "center");
  text("KẾ HOẠCH", "B", 12, L, 120, Wd, "center");
  text("Công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2024", "B", 11, L, 137, Wd, "center");
  let y = 165;
  const para = (s, font = "R", indent = 28) => {
    doc.font(font).fontSize(10.5).text(s, L, y, { width: Wd, align: "justify", indent });
    y = doc.y + 5;
  };
  para(INTRO);
  para("I. MỤC ĐÍCH, YÊU CẦU", "B");
  para(GOAL);
  para("II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", "B");
  // the table: measure every cell, then draw the grid, then each column top to bottom
  const cw = [30, 160, 105, 110, 85];
  const xs = cw.map((_, i) => L + cw.slice(0, i).reduce((a, b) => a + b, 0));
  const pad = 3;
  const size = 9.5;
  const all = [HDR, ...ROWS];
  const hs = all.map((r, ri) => Math.max(...r.map((c, ci) => doc.font(ri ? "R" : "B").fontSize(size)
    .heightOfString(c || " ", { width: cw[ci] - 2 * pad })))).map((h) => h + 2 * pad);
  // a table that does not fit under the prose starts on a new page (the generator never splits a table)
  if (y + hs.reduce((a, b) => a + b, 0) > 842 - 50) { doc.addPage(); y = 50; }
  const ys = [y];
  for (const h of hs) ys.push(ys[ys.length - 1] + h);
  doc.lineWidth(0.6);
  for (const yy of ys) doc.moveTo(L, yy).lineTo(L + Wd, yy).stroke();
  for (const x of [...xs, L + Wd]) doc.moveTo(x, ys[0]).lineTo(x, ys[ys.length - 1]).stroke();
  for (let ci = 0; ci < cw.length; ci++) {
    all.forEach((r, ri) => {
      if (r[ci]) text(r[ci], ri ? "R" : "B", size, xs[ci] + pad, ys[ri] + pad, cw[ci] - 2 * pad,
        ri === 0 || ci === 0 || ci === 4 ? "center" : "left");
    });
  }
  y = ys[ys.length - 1] + 10;
  if (y > 700) { doc.addPage(); y = 50; }
  para("III. TỔ CHỨC THỰC HIỆN", "B");
  for (const s of ORG) para(s);
  y += 6;
  if (y > 680) { doc.addPage(); y = 50; }
  text("Nơi nhận:", "B", 9.5, L, y, 200);
  text(["- Bộ Nông nghiệp và PTNT (b/c);", "- TT. Tỉnh ủy, TT. HĐND tỉnh (b/c);", "- Các sở, ban, ngành;",
    "- UBND các huyện, thành phố;", "- Lưu: VT."].join("\n"), "R", 9, L, y + 13, 200);
  text("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nPhạm Duy Hưng", "B", 10.5, L + 240, y, 250, "center");
  doc.end();
  await done;
}

fs.mkdirSync(DIR, { recursive: true });
await drawPdf(DIR + "plan.pdf");
const raw = execFileSync("pdftotext", ["-raw", "-nopgbrk", DIR + "plan.pdf", "-"]).toString();

const tasks = [
  task("1", "Kiện toàn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh", "2024-04-29", [NN], [QS]),
  task("2", "Rà soát, cập nhật phương án ứng phó thiên tai theo cấp độ rủi ro", "2024-05-31", [NN], ["@districts"]),
  task("3", "Kiểm tra an toàn hồ chứa, đập thủy lợi trước mùa mưa lũ", "2024-05-14", [NN], ["@districts"]),
  task("4", "Dự trữ thuốc, hóa chất, trang thiết bị y tế phục vụ ứng phó thiên tai", "2024-05-30", ["Sở Y tế"], ["Sở Tài chính"]),
  task("5", "Rà soát các điểm có nguy cơ sạt lở, lũ quét; lập phương án di dời hộ dân vùng nguy hiểm",
    "2024-06-30", ["@districts"], [TN]),
  task("6", "Phương án bảo đảm giao thông, khắc phục sạt lở trên các tuyến quốc lộ, tỉnh lộ", "2024-06-15",
    ["Sở Giao thông vận tải"], ["Công an tỉnh"]),
  task("7", "Bố trí kinh phí dự phòng khắc phục hậu quả thiên tai", "2024-06-20", ["Sở Tài chính"],
    ["Sở Kế hoạch và Đầu tư"]),
  task("8", "Tập huấn kỹ năng cho lực lượng xung kích phòng, chống thiên tai cấp xã", "2024-08-31", [XA], [NN]),
  task("9", "Sơ kết công tác phòng, chống thiên tai 6 tháng đầu năm", "2024-07-09", [NN],
    ["@departments", "@districts"]),
  task("10", "Diễn tập phòng, chống thiên tai và tìm kiếm cứu nạn cấp tỉnh năm 2024", "2024-09-30", [QS],
    [NN, "UBND huyện Ba Bể"]),
  task("11", "Xây dựng bản đồ cảnh báo nguy cơ sạt lở đất, lũ quét trên địa bàn tỉnh", "2024-10-31", [TN], [NN]),
  task("13", "Tổng kết công tác phòng, chống thiên tai năm 2024", "2024-12-31", [NN], ["@departments"]),
];

await build(DIR, {
  blocks, printer: () => {}, txt: raw,
  expected: {
    id: ID,
    style: "Kế hoạch 236/KH-UBND of UBND tỉnh Bắc Kạn, 08/4/2024, phòng, chống thiên tai và TKCN 2024. Task table " +
      "STT | Nhiệm vụ | Chủ trì | Phối hợp | Thời hạn. plan.pdf (own generator, pdfkit, DejaVu Serif) draws the " +
      "table COLUMN BY COLUMN: the grid, then all 13 STT, then all task cells, then all Chủ trì, all Phối hợp, all " +
      "Thời hạn; stream order is not reading order (pdftotext -layout shows rows, -raw columns). plan.txt is what " +
      "copying the page from a PDF viewer gives: the prose in order, then the table as five runs, one per column " +
      "(header word then the cells top to bottom, wrapped cells over several lines); rows are matched by position " +
      "(every cell is filled, so each run has 13 entries; the n-th STT goes with the n-th task, unit and deadline). The Word files are the normal plan (row by row). " +
      "ref = STT. Dates (2024): 1 trước 30/4 -> 29/4 (2024 day off), 30/4, 1/5 off -> eff 2/5; 2 tháng 5 -> 31/5 " +
      "Fri; 3 trước 15/5 -> 14/5 Tue; 4 trước 31/5 -> 30/5 Thu; 5 quý II -> 30/6 Sun -> 1/7; 6 15/6 Sat -> 17/6; " +
      "7 chậm nhất 20/6 Thu; 8 từ 01/7 đến 31/8 -> 31/8 Sat -> 2/9, 3/9 off -> 4/9, lead 'UBND các xã, phường, " +
      "thị trấn' = UBND cấp xã (unresolved); 9 trước 10/7 -> 9/7 Tue; 10 tháng 9 -> 30/9 Mon; 11 31/10 Thu; 12 " +
      "'Thường xuyên' no task; 13 tháng 12 -> 31/12 Tue. 'Các sở, ban, ngành' = @departments, 'UBND các huyện, " +
      "thành phố' = @districts. Part III (báo cáo khi có thiên tai) undated, no task; legal-basis dates no tasks.",
    province: "Bắc Kạn",
    plan: { number: "236/KH-UBND", date: "2024-04-08" },
    tasks,
    unresolved: [XA],
    successors: [],
  },
});
