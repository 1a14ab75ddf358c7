// Held-out set 7, document 08: a DEPARTMENT's plan (Sở Nội vụ of the merged Thái Nguyên, August 2025) assigning
// work to its own offices and centres and to the communes. The appendix is landscape; in Word it is split into
// two tables (header repeated, numbering continued) with a running head and page numbers; group rows "I", "II",
// "III" (one with its own deadline that blank rows take). plan.pdf drawn by pdf-lib (+ @pdf-lib/fontkit,
// DejaVu Serif): portrait pages for the plan, the appendix on PORTRAIT pages ROTATED 90° (/Rotate 90) with the
// content drawn sideways, a running head with a date and page numbers on each page.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { numbering, writeWordAndText, require, blockText, grid, cellText, cellRuns, runText } from "./lib.mjs";
import { FOLDER, L, RUNNING, blocks } from "./08-data.mjs";

const dir = await writeWordAndText(FOLDER, {
  blocks,
  numbering: [
    numbering(L, [
      ["UPPER_ROMAN", "%1.", { bold: true }],
      ["DECIMAL", "%2."],
    ]),
  ],
  first: { title: "Kế hoạch 1864/KH-SNV", pageNumbers: true },
});
writeFileSync(
  join(dir, "communes.json"),
  JSON.stringify([
    "UBND phường Phan Đình Phùng",
    "UBND phường Gia Sàng",
    "UBND phường Quyết Thắng",
    "UBND phường Sông Công",
    "UBND phường Phổ Yên",
    "UBND phường Bắc Kạn",
    "UBND phường Đức Xuân",
    "UBND xã Đại Từ",
    "UBND xã Phú Bình",
    "UBND xã Định Hóa",
    "UBND xã Võ Nhai",
    "UBND xã Ba Bể",
    "UBND xã Chợ Đồn",
    "UBND xã Na Rì",
    "UBND xã Ngân Sơn",
    "UBND xã Bạch Thông",
    "UBND xã Chợ Mới",
  ]) + "\n",
);

// ---- plan.pdf by pdf-lib ------------------------------------------------------------------
const { PDFDocument, degrees, rgb } = require("pdf-lib");
const fontkit = require("@pdf-lib/fontkit");
const FONT_DIR = "/usr/share/fonts/truetype/dejavu";
const pdf = await PDFDocument.create();
pdf.registerFontkit(fontkit);
const font = {
  normal: await pdf.embedFont(readFileSync(join(FONT_DIR, "DejaVuSerif.ttf")), { subset: true }),
  bold: await pdf.embedFont(readFileSync(join(FONT_DIR, "DejaVuSerif-Bold.ttf")), { subset: true }),
  italic: await pdf.embedFont(readFileSync(join(FONT_DIR, "DejaVuSerif-Italic.ttf")), { subset: true }),
};
pdf.setTitle("Kế hoạch 1864/KH-SNV");
pdf.setProducer("pdf-lib (https://github.com/Hopding/pdf-lib)");
pdf.setCreator("pdf-lib");

const A4W = 595.28;
const A4H = 841.89;
// A "surface" is a page seen as the reader sees it: width/height and a draw that maps its coordinates
// (origin bottom-left of the displayed page) to the real page, rotated for landscape pages.
let pageNo = 0;
function newSurface(landscape) {
  const page = pdf.addPage([A4W, A4H]);
  pageNo += 1;
  if (!landscape)
    return {
      page,
      W: A4W,
      H: A4H,
      landscape,
      text: (s, x, y, f, size) => page.drawText(s, { x, y, font: f, size }),
      line: (x1, y1, x2, y2) =>
        page.drawLine({ start: { x: x1, y: y1 }, end: { x: x2, y: y2 }, thickness: 0.6, color: rgb(0, 0, 0) }),
    };
  page.setRotation(degrees(90));
  // displayed (X, Y) -> page (A4W - Y, X); text runs along +y (rotated 90° counter-clockwise)
  return {
    page,
    W: A4H,
    H: A4W,
    landscape,
    text: (s, X, Y, f, size) => page.drawText(s, { x: A4W - Y, y: X, font: f, size, rotate: degrees(90) }),
    line: (X1, Y1, X2, Y2) =>
      page.drawLine({
        start: { x: A4W - Y1, y: X1 },
        end: { x: A4W - Y2, y: X2 },
        thickness: 0.6,
        color: rgb(0, 0, 0),
      }),
  };
}

function wrap(text, f, size, width) {
  const out = [];
  for (const para of text.split("\n")) {
    let cur = "";
    for (const w of para.split(" ")) {
      const trial = cur ? `${cur} ${w}` : w;
      if (f.widthOfTextAtSize(trial, size) > width && cur) {
        out.push(cur);
        cur = w;
      } else cur = trial;
    }
    out.push(cur);
  }
  return out;
}

let surf;
let margin;
let y;
const SIZE = 12.5;
const LEAD = SIZE * 1.32;

function decorate() {
  // Decree 30: page numbers at the top centre from the second page; the appendix carries a running head
  if (pageNo > 1) {
    const n = String(pageNo);
    surf.text(n, surf.W / 2 - font.normal.widthOfTextAtSize(n, 11) / 2, surf.H - 26, font.normal, 11);
  }
  if (surf.landscape) {
    const w = font.italic.widthOfTextAtSize(RUNNING, 10);
    surf.text(RUNNING, surf.W - margin.right - w, surf.H - 44, font.italic, 10);
  }
}

function start(landscape) {
  surf = newSurface(landscape);
  margin = landscape ? { left: 45, right: 45, top: 52, bottom: 36 } : { left: 85, right: 55, top: 60, bottom: 55 };
  y = surf.H - margin.top;
  decorate();
}

function paragraph(b) {
  const text = blockText(b);
  const allBold = b.runs.every((r) => typeof r === "object" && r.b !== undefined);
  const allItalic = b.runs.every((r) => typeof r === "object" && r.i !== undefined);
  const f = allBold ? font.bold : allItalic ? font.italic : font.normal;
  const width = surf.W - margin.left - margin.right;
  const center = b.align === "center";
  const indent = center ? 0 : 28;
  // the first line is set in by the indent: wrap it narrower by filling it with the indent's width of spaces
  const lines = wrap(text, f, SIZE, width - indent);
  // re-wrap the rest at full width
  const first = lines[0];
  const rest = wrap(text.slice(first.length).trim(), f, SIZE, width).filter(Boolean);
  const all = [first, ...rest];
  all.forEach((line, k) => {
    if (y - LEAD < margin.bottom) start(surf.landscape);
    y -= LEAD;
    if (center) {
      surf.text(line, surf.W / 2 - f.widthOfTextAtSize(line, SIZE) / 2, y, f, SIZE);
      return;
    }
    const x0 = margin.left + (k === 0 ? indent : 0);
    const avail = width - (k === 0 ? indent : 0);
    const words = line.split(" ");
    if (k === all.length - 1 || words.length < 2) {
      surf.text(line, x0, y, f, SIZE);
      return;
    }
    // justified: words placed one by one, the slack shared between the gaps
    const natural = words.reduce((a, w) => a + f.widthOfTextAtSize(w, SIZE), 0);
    const gap = (avail - natural) / (words.length - 1);
    let x = x0;
    for (const w of words) {
      surf.text(w, x, y, f, SIZE);
      x += f.widthOfTextAtSize(w, SIZE) + gap;
    }
  });
  y -= 3;
}

function layoutTable(t) {
  // borderless header/signature tables: each cell's lines in its column, no rules
  const total = t.widths.reduce((a, b) => a + b, 0);
  const width = surf.W - margin.left - margin.right;
  const xs = [];
  let acc = margin.left;
  for (const w of t.widths) {
    xs.push(acc);
    acc += (w / total) * width;
  }
  const size = t.role === "header" ? 10.5 : 11.5;
  let top = y;
  for (const r of t.rows) {
    let lowest = top;
    r.forEach((cell, k) => {
      const o = typeof cell === "object" ? cell : {};
      const colW = (t.widths[k] / total) * width;
      let cy = top;
      const segments = cellRuns(cell);
      // split runs into lines at "\n", keeping each run's style
      const lines = [];
      let cur = [];
      for (const seg of segments) {
        const txt = runText(seg);
        const f =
          typeof seg === "object" && (seg.bi !== undefined || seg.b !== undefined)
            ? font.bold
            : o.b
              ? font.bold
              : o.i
                ? font.italic
                : font.normal;
        txt.split("\n").forEach((part, j) => {
          if (j > 0) {
            lines.push(cur);
            cur = [];
          }
          if (part) cur.push([part, f]);
        });
      }
      lines.push(cur);
      for (const ln of lines) {
        const text = ln.map((p) => p[0]).join("");
        const f = ln[0]?.[1] ?? font.normal;
        for (const piece of wrap(text, f, size, colW - 4)) {
          cy -= size * 1.3;
          const w = f.widthOfTextAtSize(piece, size);
          const x = o.align === "center" ? xs[k] + (colW - w) / 2 : xs[k] + 2;
          if (piece) surf.text(piece, x, cy, f, size);
        }
      }
      lowest = Math.min(lowest, cy);
    });
    top = lowest;
  }
  y = top - 6;
}

function ruledTable(t) {
  const total = t.widths.reduce((a, b) => a + b, 0);
  const width = surf.W - margin.left - margin.right;
  const colX = [margin.left];
  for (const w of t.widths) colX.push(colX.at(-1) + (w / total) * width);
  const size = 9.5;
  const lead = size * 1.25;
  const pad = 3;
  const g = grid(t);
  const measure = (line) =>
    line.map((x) => {
      if (x.covered) return null;
      const o = typeof x.cell === "object" ? x.cell : {};
      const f = o.b ? font.bold : font.normal;
      const w = colX[x.col + x.span] - colX[x.col];
      const lines = wrap(cellText(x.cell), f, size, w - 2 * pad);
      return { ...x, o, f, w, lines };
    });
  const heightOf = (cells) => Math.max(...cells.filter(Boolean).map((c) => c.lines.length)) * lead + 2 * pad;
  const drawRow = (cells, h) => {
    const top = y;
    surf.line(margin.left, top, colX.at(-1), top);
    for (const cell of cells.filter(Boolean)) {
      let cy = top - pad;
      for (const ln of cell.lines) {
        cy -= lead * 0.92;
        const tw = cell.f.widthOfTextAtSize(ln, size);
        const x = cell.o.align === "center" ? colX[cell.col] + (cell.w - tw) / 2 : colX[cell.col] + pad;
        if (ln) surf.text(ln, x, cy, cell.f, size);
        cy -= lead * 0.08;
      }
    }
    // vertical rules at the row's cell borders
    const borders = new Set([colX[0], colX.at(-1)]);
    for (const cell of cells.filter(Boolean)) borders.add(colX[cell.col]);
    for (const bx of borders) surf.line(bx, top, bx, top - h);
    y = top - h;
    surf.line(margin.left, y, colX.at(-1), y);
  };
  const head = g.slice(0, t.headerRows).map(measure);
  const body = g.slice(t.headerRows).map(measure);
  for (const r of head) drawRow(r, heightOf(r));
  for (const r of body) {
    const h = heightOf(r);
    if (y - h < margin.bottom) {
      start(true);
      for (const hr of head) drawRow(hr, heightOf(hr));
    }
    drawRow(r, h);
  }
  y -= 8;
}

start(false);
for (const b of blocks) {
  if (b.k === "section") start(true);
  else if (b.k === "page") start(surf.landscape);
  else if (b.k === "t") (b.borders ? ruledTable : layoutTable)(b);
  else paragraph(b);
}
writeFileSync(join(dir, "plan.pdf"), await pdf.save());
console.log("built", FOLDER);
