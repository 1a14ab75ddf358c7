// Builder for author6a's document 02: a task list laid out with TAB STOPS, not a table, written
// three ways from one content model (plan-auto.docx with Word numbering whose suffix is a tab,
// plan-typed.docx with "1." typed, plan.txt) and drawn into plan.pdf by pdfkit (not LibreOffice),
// each tab row's pieces placed at the tab stops' positions.
// Run from a folder where `docx` and `pdfkit` are installed (see README.md).
import { createRequire } from "node:module";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { writeFileSync, mkdirSync, createWriteStream } from "node:fs";

const require = createRequire(join(process.cwd(), "noop.js"));
const d = require("docx");
const PDFDocument = require("pdfkit");

const HERE = dirname(fileURLToPath(import.meta.url));
const FONTS = join(HERE, "../../../node_modules/dejavu-fonts-ttf/ttf");
const LEFT = 1701; // twips: 3 cm left margin
const TEXT_WIDTH = 9071;

// ---- content model ------------------------------------------------------------------------
// {kind:"p", text, bold, italic, center, indent} a paragraph
// {kind:"h", label, text} a Roman heading (Word numbering in plan-auto.docx)
// {kind:"row", label, cells:[...]} a tab row: label, then each cell after a tab
// {kind:"cont", cells:[...]} a continuation line: a tab, then the cells
// {kind:"head", left:[...], right:[...]} the header or signature block (borderless two columns)
export const p = (text, o = {}) => ({ kind: "p", text, ...o });
export const h = (label, text) => ({ kind: "h", label, text });
export const row = (label, cells, o = {}) => ({ kind: "row", label, cells, ...o });
export const cont = (cells) => ({ kind: "cont", cells: [].concat(cells) });
export const twoCols = (left, right) => ({ kind: "head", left, right });

/** Splits a long text into pieces of at most `max` characters at spaces, as an office breaks lines by hand. */
export function chunks(text, max) {
  const out = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && (line + " " + word).length > max) {
      out.push(line);
      line = word;
    } else line = line ? line + " " + word : word;
  }
  if (line) out.push(line);
  return out;
}

// ---- plan.txt ------------------------------------------------------------------------------
function lineText(b) {
  if (b.kind === "p") return b.text;
  if (b.kind === "h") return `${b.label} ${b.text}`;
  if (b.kind === "row") return [b.label, ...b.cells].join("\t");
  if (b.kind === "cont") return ["", ...b.cells].join("\t");
  return [...b.left, ...b.right]
    .map((l) => l.text.trim())
    .filter(Boolean)
    .join("\n\n");
}
export function toText(blocks) {
  const out = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const tight = (b.kind === "row" || b.kind === "cont") && i > 0 && ["row", "cont"].includes(blocks[i - 1].kind);
    out.push((out.length && !tight ? "\n" : "") + lineText(b));
  }
  return out.join("\n") + "\n";
}

// ---- Word ----------------------------------------------------------------------------------
function tabStops(stops) {
  return stops.map((position) => ({ type: d.TabStopType.LEFT, position }));
}
function runs(text, o = {}) {
  return [new d.TextRun({ text, bold: o.bold, italics: o.italic, size: o.size })];
}
function tabbed(cells, o) {
  return cells.flatMap((c, k) => [...(k ? [new d.TextRun({ children: [new d.Tab()] })] : []), ...runs(c, o)]);
}

function wordBlock(b, auto, stops) {
  const list = { tabStops: tabStops(stops), indent: { left: stops[0], hanging: stops[0] }, spacing: { after: 0 } };
  if (b.kind === "row") {
    const body = tabbed(b.cells, { size: 24, bold: b.bold });
    if (auto && b.ref)
      return new d.Paragraph({
        ...list,
        numbering: { reference: b.ref, level: 0, instance: b.instance ?? 0 },
        children: body,
      });
    const tab = new d.TextRun({ children: [new d.Tab()] });
    const label = [new d.TextRun({ text: b.label, size: 24, bold: b.bold }), tab];
    return new d.Paragraph({ ...list, children: [...label, ...body] });
  }
  if (b.kind === "cont") {
    const children = [new d.TextRun({ children: [new d.Tab()] }), ...tabbed(b.cells, { size: 24, italic: b.italic })];
    return new d.Paragraph({ ...list, children });
  }
  if (b.kind === "h") {
    const children = runs(auto ? b.text : `${b.label} ${b.text}`, { bold: true });
    const numbering = auto ? { reference: "roman", level: 0 } : undefined;
    const indent = auto ? undefined : { firstLine: 567 };
    return new d.Paragraph({ children, numbering, indent, spacing: { before: 120 } });
  }
  return new d.Paragraph({
    children: runs(b.text, b),
    alignment: b.center ? d.AlignmentType.CENTER : d.AlignmentType.JUSTIFIED,
    indent: b.center || b.noIndent ? undefined : { firstLine: 567 },
    spacing: { before: 60, after: 60 },
  });
}

function wordHead(b) {
  const none = { style: d.BorderStyle.NONE, size: 0, color: "FFFFFF" };
  const cell = (lines) =>
    new d.TableCell({
      children: lines.map(
        (l) =>
          new d.Paragraph({
            alignment: l.left ? d.AlignmentType.LEFT : d.AlignmentType.CENTER,
            children: runs(l.text, l),
          }),
      ),
    });
  return new d.Table({
    width: { size: TEXT_WIDTH, type: d.WidthType.DXA },
    columnWidths: [3800, 5271],
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    rows: [new d.TableRow({ children: [cell(b.left), cell(b.right)] })],
  });
}

function wordDoc(blocks, auto, stops, lists) {
  const numbering = [
    { reference: "roman", levels: [{ level: 0, format: d.LevelFormat.UPPER_ROMAN, text: "%1.", suffix: d.LevelSuffix.SPACE,
      style: { paragraph: { indent: { left: 0, firstLine: 567 } }, run: { bold: true } } }] },
    ...lists.map((reference) => ({
      reference,
      levels: [{ level: 0, format: d.LevelFormat.DECIMAL, text: "%1.", suffix: d.LevelSuffix.TAB,
        style: { paragraph: { indent: { left: stops[0], hanging: stops[0] } }, run: { size: 24 } } }],
    })),
  ];
  return new d.Document({
    creator: "Văn phòng UBND tỉnh",
    styles: { default: { document: { run: { font: "Times New Roman", size: 28 } } } },
    numbering: { config: numbering },
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: LEFT, right: 1134 } },
        },
        children: blocks.map((b) => (b.kind === "head" ? wordHead(b) : wordBlock(b, auto, stops))),
      },
    ],
  });
}

// ---- PDF (pdfkit) ---------------------------------------------------------------------------
function drawPdf(file, blocks, stops) {
  const doc = new PDFDocument({ size: "A4", margins: { top: 57, bottom: 57, left: LEFT / 20, right: 57 } });
  doc.pipe(createWriteStream(file));
  doc.registerFont("r", join(FONTS, "DejaVuSerif.ttf"));
  doc.registerFont("b", join(FONTS, "DejaVuSerif-Bold.ttf"));
  doc.registerFont("i", join(FONTS, "DejaVuSerif-Italic.ttf"));
  doc.registerFont("c", join(FONTS, "DejaVuSerifCondensed.ttf"));
  doc.registerFont("cb", join(FONTS, "DejaVuSerifCondensed-Bold.ttf"));
  const x0 = LEFT / 20;
  const width = TEXT_WIDTH / 20;
  const font = (o) => (o.bold ? "b" : o.italic ? "i" : "r");
  const ensure = (hgt) => {
    if (doc.y + hgt > doc.page.height - 57) doc.addPage();
  };
  for (const b of blocks) {
    if (b.kind === "head") {
      const y = doc.y;
      let yl = y;
      for (const l of b.left) {
        doc.font(font(l)).fontSize(l.size ? l.size / 2 : 12);
        doc.text(l.text, x0, yl, { width: 3800 / 20, align: l.left ? "left" : "center" });
        yl = doc.y;
      }
      let yr = y;
      for (const l of b.right) {
        doc.font(font(l)).fontSize(l.size ? l.size / 2 : 12);
        doc.text(l.text, x0 + 3800 / 20, yr, { width: 5271 / 20, align: "center" });
        yr = doc.y;
      }
      doc.y = Math.max(yl, yr) + 6;
    } else if (b.kind === "row" || b.kind === "cont") {
      const pieces = b.kind === "row" ? [b.label, ...b.cells] : ["", ...b.cells];
      doc.font(b.bold ? "cb" : "c").fontSize(11);
      ensure(16);
      const y = doc.y;
      let bottom = y;
      pieces.forEach((piece, k) => {
        if (!piece) return;
        const x = x0 + (k ? stops[k - 1] : 0) / 20;
        const w = (k < stops.length ? stops[k] - (k ? stops[k - 1] : 0) : TEXT_WIDTH - stops[k - 1]) / 20 - 4;
        // Word does not wrap at a tab stop: a piece stays on its line, as typed.
        doc.text(piece, x, y, { width: Math.max(w, doc.widthOfString(piece) + 1), lineBreak: false });
        bottom = Math.max(bottom, doc.y);
      });
      doc.x = x0;
      doc.y = bottom + 1;
    } else {
      const text = b.kind === "h" ? `${b.label} ${b.text}` : b.text;
      doc.font(b.kind === "h" ? "b" : font(b)).fontSize(12);
      ensure(18);
      doc.text(text, x0, doc.y + 3, {
        width,
        align: b.center ? "center" : "justify",
        indent: b.center || b.noIndent ? 0 : 28,
      });
    }
  }
  doc.end();
}

/** Writes plan-auto.docx, plan-typed.docx, plan.txt and plan.pdf into ../<folder>. */
export async function writeAll(folder, { blocks, stops, lists }) {
  const dir = join(HERE, "..", folder);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "plan-auto.docx"), await d.Packer.toBuffer(wordDoc(blocks, true, stops, lists)));
  writeFileSync(join(dir, "plan-typed.docx"), await d.Packer.toBuffer(wordDoc(blocks, false, stops, lists)));
  writeFileSync(join(dir, "plan.txt"), toText(blocks));
  drawPdf(join(dir, "plan.pdf"), blocks, stops);
}
