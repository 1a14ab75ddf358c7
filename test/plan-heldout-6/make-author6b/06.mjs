// Held-out set 6, document 06: Sở Nội vụ Lai Châu's "Bảng theo dõi tiến độ" of the province's 2026
// PAR plan, kept as an Excel workbook with status columns (plan.xlsx, exceljs), the same table in Word
// (plan-auto.docx with Word numbering in the STT cells and merged cells, plan-typed.docx), plan.txt,
// and plan.pdf drawn by pdfkit (not LibreOffice/Chromium) with the DejaVu fonts.
// Run from a folder where exceljs, docx and pdfkit are installed (the repository, or a scratch folder):
//   node <repo>/test/plan-heldout-6/make-author6b/06.mjs
import { createRequire } from "node:module";
import { createWriteStream, mkdirSync } from "node:fs";
import { join } from "node:path";
import { HERE, N, P, T, numbering, writeAll } from "./lib.mjs";
import { FILL, FOOT_LEFT, FOOT_RIGHT, HEAD, LEGEND, ROWS, SUB, TITLE, TOP } from "./06-data.mjs";

const require = createRequire(join(process.cwd(), "noop.js"));
const ExcelJS = require("exceljs");
const PDFDocument = require("pdfkit");

const FOLDER = "06-lai-chau-2026-excel-progress-tracker-status";
const DIR = join(HERE, "..", FOLDER);
const FONTS = join(HERE, "..", "..", "..", "node_modules", "dejavu-fonts-ttf", "ttf");
mkdirSync(DIR, { recursive: true });

const dmy = (v) =>
  v instanceof Date
    ? `${String(v.getUTCDate()).padStart(2, "0")}/${String(v.getUTCMonth() + 1).padStart(2, "0")}/${v.getUTCFullYear()}`
    : v;

// rows a lead merged down covers
function leadSpan(i) {
  let n = 1;
  while (Array.isArray(ROWS[i + n]) && ROWS[i + n][2] === null) n += 1;
  return n;
}

// ---- plan.xlsx --------------------------------------------------------------------------
async function writeXlsx() {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Phòng Cải cách hành chính";
  const ws = wb.addWorksheet("Theo doi tien do", {
    pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: "frozen", ySplit: 6 }],
  });
  ws.columns = [6, 44, 22, 28, 16, 34, 15, 22].map((width) => ({ width }));
  const border = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };
  ws.getCell("A1").value = TOP[0];
  ws.getCell("A2").value = TOP[1];
  ws.mergeCells("A1:C1");
  ws.mergeCells("A2:C2");
  ws.getCell("A2").font = { bold: true };
  for (const [r, text] of [
    [3, TITLE],
    [4, SUB],
  ]) {
    ws.mergeCells(`A${r}:H${r}`);
    ws.getCell(`A${r}`).value = text;
    ws.getCell(`A${r}`).alignment = { horizontal: "center", wrapText: true };
    ws.getCell(`A${r}`).font = { bold: r === 3, italic: r === 4 };
  }
  ws.getRow(4).height = 32;
  ws.getRow(6).values = HEAD;
  ws.getRow(6).font = { bold: true };
  ws.getRow(6).eachCell((c) => {
    c.border = border;
    c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  });
  let r = 7;
  const merges = []; // lead cells merged down, once their rows are written
  ROWS.forEach((row, i) => {
    const xr = ws.getRow(r);
    if (typeof row === "string") {
      ws.mergeCells(`A${r}:H${r}`);
      xr.getCell(1).value = row;
      xr.getCell(1).font = { bold: true };
      xr.getCell(1).border = border;
    } else {
      const [no, task, lead, coord, time, result, status, note] = row;
      const values = [Number(no), task, lead, coord.map((c) => `- ${c}`).join("\n"), time, result, status, note];
      values.forEach((v, k) => {
        if (v !== null) xr.getCell(k + 1).value = v;
      });
      for (let c = 1; c <= 8; c += 1) {
        xr.getCell(c).border = border;
        xr.getCell(c).alignment = { vertical: "middle", wrapText: true, horizontal: c === 1 ? "center" : "left" };
      }
      if (time instanceof Date) xr.getCell(5).numFmt = "dd/mm/yyyy";
      xr.getCell(7).fill = { type: "pattern", pattern: "solid", fgColor: { argb: FILL[status] } };
      if (lead !== null && leadSpan(i) > 1) merges.push(`C${r}:C${r + leadSpan(i) - 1}`);
    }
    r += 1;
  });
  for (const range of merges) ws.mergeCells(range);
  r += 1;
  ws.mergeCells(`A${r}:H${r}`);
  ws.getCell(`A${r}`).value = LEGEND[0];
  ws.getCell(`A${r}`).font = { italic: true };
  ws.getCell(`A${r}`).alignment = { wrapText: true };
  ws.getRow(r).height = 30;
  r += 2;
  FOOT_RIGHT.forEach((text, k) => {
    ws.getCell(`F${r + k}`).value = text;
    if (FOOT_LEFT[k]) ws.getCell(`B${r + k}`).value = FOOT_LEFT[k];
  });
  ws.autoFilter = "A6:H6";
  await wb.xlsx.writeFile(join(DIR, "plan.xlsx"));
}

// ---- Word files and plan.txt (lib.mjs) --------------------------------------------------------
const W = [550, 3200, 1800, 2300, 1450, 2300, 1150, 1250];
const cellP = (text, o = {}) => P(text, { noIndent: true, left: true, ...o });
function wordBlocks() {
  const rows = [HEAD.map((h) => ({ paras: [cellP(h, { bold: true, center: true })] }))];
  ROWS.forEach((row, i) => {
    if (typeof row === "string") {
      const [roman, ...rest] = row.split(" ");
      rows.push([{ colSpan: 8, paras: [N(roman, "muc", 0, [{ b: rest.join(" ") }], { bold: true, noIndent: true, left: true })] }]);
      return;
    }
    const [no, task, lead, coord, time, result, status, note] = row;
    const cells = [
      { paras: [N(no, "stt", 0, [], { center: true, noIndent: true })] },
      { paras: [cellP(task)] },
    ];
    if (lead !== null) cells.push({ rowSpan: leadSpan(i), paras: [cellP(lead)] });
    cells.push(
      { paras: coord.length ? coord.map((c) => cellP(`- ${c}`)) : [cellP("")] },
      { paras: [cellP(dmy(time), { center: true })] },
      { paras: [cellP(result)] },
      { paras: [cellP(status, { center: true })] },
      { paras: [cellP(note)] },
    );
    rows.push(cells);
  });
  return [
    P(TOP[0], { noIndent: true, left: true }),
    P([{ b: TOP[1] }], { noIndent: true, left: true }),
    P([{ b: TITLE }], { center: true }),
    P([{ i: SUB }], { center: true }),
    T(W, rows, { header: true }),
    P([{ i: LEGEND[0] }], { noIndent: true }),
    T(
      [6000, 8000],
      [
        [
          { paras: FOOT_LEFT.map((t) => P(t, { center: true, noIndent: true, bold: t === FOOT_LEFT[0] })) },
          { paras: FOOT_RIGHT.map((t, k) => P(t, { center: true, noIndent: true, bold: k > 0, italic: k === 0 })) },
        ],
      ],
      { layout: true },
    ),
  ];
}

// ---- plan.pdf by pdfkit -----------------------------------------------------------------------
function writePdf() {
  const doc = new PDFDocument({ size: "A4", layout: "landscape", margin: 36, info: { Title: TITLE, Author: "Sở Nội vụ" } });
  doc.pipe(createWriteStream(join(DIR, "plan.pdf")));
  doc.registerFont("R", join(FONTS, "DejaVuSans.ttf"));
  doc.registerFont("B", join(FONTS, "DejaVuSans-Bold.ttf"));
  doc.registerFont("I", join(FONTS, "DejaVuSans-Oblique.ttf"));
  const left = 36;
  const total = doc.page.width - 72;
  const sum = W.reduce((a, b) => a + b, 0);
  const cols = W.map((w) => (w / sum) * total);
  const pad = 3;
  const size = 8;
  doc.font("R").fontSize(9).text(TOP[0], left, 36);
  doc.font("B").text(TOP[1]);
  doc.moveDown(0.5);
  doc.font("B").fontSize(11).text(TITLE, left, doc.y, { width: total, align: "center" });
  doc.font("I").fontSize(9).text(SUB, left + 60, doc.y + 2, { width: total - 120, align: "center" });
  doc.moveDown(0.8);

  const cellLines = (row) => {
    const [no, task, lead, coord, time, result, status, note] = row;
    return [no, task, lead ?? "", coord.map((c) => `- ${c}`).join("\n"), dmy(time), result, status, note];
  };
  const heightOf = (texts, font) =>
    Math.max(
      ...texts.map((t, c) => doc.font(font).fontSize(size).heightOfString(t || " ", { width: cols[c] - 2 * pad })),
    ) +
    2 * pad;
  const newPage = () => {
    doc.addPage();
    doc.y = 36;
    drawRow(HEAD, "B", HEAD.map(() => "center"));
  };
  // skip: the columns a merged cell above covers; tall: a merged cell drawn over `tall` points
  function drawRow(texts, font, align = [], { skip = [], merged = null } = {}) {
    const h = heightOf(texts, font);
    const y = doc.y;
    let x = left;
    texts.forEach((t, c) => {
      if (!skip.includes(c)) {
        const tall = merged && merged.col === c ? merged.height : h;
        doc.rect(x, y, cols[c], tall).lineWidth(0.5).stroke();
        doc
          .font(font)
          .fontSize(size)
          .text(t, x + pad, y + pad, { width: cols[c] - 2 * pad, align: align[c] ?? "left" });
      }
      x += cols[c];
    });
    doc.x = left;
    doc.y = y + h;
  }
  const drawSection = (text, next) => {
    const h = doc.font("B").fontSize(size).heightOfString(text, { width: total - 2 * pad }) + 2 * pad;
    if (doc.y + h + next > doc.page.height - 36) newPage();
    const y = doc.y;
    doc.rect(left, y, total, h).lineWidth(0.5).stroke();
    doc.text(text, left + pad, y + pad, { width: total - 2 * pad });
    doc.x = left;
    doc.y = y + h;
  };
  const ALIGN = ["center", "left", "left", "left", "center", "left", "center", "left"];
  drawRow(HEAD, "B", HEAD.map(() => "center"));
  ROWS.forEach((row, i) => {
    if (typeof row === "string") {
      drawSection(row, heightOf(cellLines(ROWS[i + 1]), "R"));
      return;
    }
    if (row[2] === null) {
      drawRow(cellLines(row), "R", ALIGN, { skip: [2] });
      return;
    }
    // a lead merged down: the group stays on one page, the lead cell spans it
    const span = leadSpan(i);
    const group = ROWS.slice(i, i + span).map((r) => heightOf(cellLines(r), "R"));
    const height = group.reduce((a, b) => a + b, 0);
    if (doc.y + height > doc.page.height - 36) newPage();
    drawRow(cellLines(row), "R", ALIGN, { merged: { col: 2, height } });
  });
  doc.moveDown(0.8);
  doc.font("I").fontSize(8).text(LEGEND[0], left, doc.y, { width: total });
  doc.moveDown(1);
  const y = doc.y;
  FOOT_LEFT.forEach((t, k) => doc.font(k === 0 ? "B" : "R").fontSize(9).text(t || " ", left, y + k * 13, { width: 300, align: "center" }));
  FOOT_RIGHT.forEach((t, k) =>
    doc.font(k === 0 ? "I" : "B").fontSize(9).text(t || " ", left + total - 330, y + k * 13, { width: 330, align: "center" }),
  );
  doc.end();
}

await writeXlsx();
await writeAll(FOLDER, {
  blocks: wordBlocks(),
  landscape: true,
  pdf: false,
  numbering: [
    numbering("muc", [["upperRoman", "%1.", { indent: { left: 0, firstLine: 0 } }]]),
    numbering("stt", [["decimal", "%1", { indent: { left: 0, firstLine: 0 } }]]),
  ],
});
writePdf();
console.log("built", FOLDER);
