// author7b's builder for held-out set 7, documents 05-08 (written anew, not copied from earlier sets).
// One content model per document, written out as plan.txt (as an office copies it), plan-auto.docx
// (Word numbering, merged cells, header block and signature in borderless tables, sections) and
// plan-typed.docx (the same with every number typed). Each document's own script draws plan.pdf.
// Run from a folder where `docx` is installed (see README.md).
import { createRequire } from "node:module";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { writeFileSync, mkdirSync, renameSync } from "node:fs";
import { execFileSync } from "node:child_process";

export const require = createRequire(join(process.cwd(), "noop.js"));
const d = require("docx");

export const HERE = dirname(fileURLToPath(import.meta.url));
export const dirOf = (folder) => join(HERE, "..", folder);

// ---- content model ------------------------------------------------------------------
// runs: string | {b: text} | {i: text} | {bi: text} | {br: true}
// P: paragraph; N: numbered paragraph (label typed in text/typed Word, Word numbering in auto Word);
// T: table, cell = string | {t: runs, b, i, align, rowSpan, colSpan}; SECTION: a new Word section.
export const P = (runs, o = {}) => ({ k: "p", runs: [].concat(runs), ...o });
export const N = (label, list, level, runs, o = {}) => ({ k: "n", label, list, level, runs: [].concat(runs), ...o });
export const T = (widths, rows, o = {}) => ({ k: "t", widths, rows, borders: true, headerRows: 0, ...o });
export const SECTION = (o = {}) => ({ k: "section", ...o });
export const PAGE = { k: "page" };

export function runText(r) {
  if (typeof r === "string") return r;
  if (r.br) return "\n";
  return r.b ?? r.i ?? r.bi ?? "";
}
export const blockText = (b) => (b.k === "n" ? `${b.label} ` : "") + b.runs.map(runText).join("");
export const cellRuns = (c) => (typeof c === "string" ? [c] : [].concat(c.t ?? ""));
export const cellText = (c) =>
  cellRuns(c)
    .map(runText)
    .join("")
    .replace(/\n/g, " ")
    .trim();

/** A grid of the table: for each row, the cell (or null when covered by a merge from above) per column. */
export function grid(t) {
  const out = [];
  const carry = [];
  for (const row of t.rows) {
    const line = [];
    let col = 0;
    let i = 0;
    const total = t.widths.length;
    while (col < total) {
      if (carry[col] > 0) {
        carry[col] -= 1;
        line.push({ covered: true, col });
        col += 1;
        continue;
      }
      if (i >= row.length) break;
      const cell = row[i++];
      const span = (typeof cell === "object" && cell.colSpan) || 1;
      const rs = (typeof cell === "object" && cell.rowSpan) || 1;
      if (rs > 1) carry[col] = rs - 1;
      line.push({ cell, col, span, rowSpan: rs });
      col += span;
    }
    out.push(line);
  }
  return out;
}

// ---- plan.txt -----------------------------------------------------------------------
function tableText(t) {
  if (!t.borders) {
    // a layout table (header block, signature): each cell's lines, column after column
    const cols = t.widths.map((_, c) => t.rows.map((r) => r[c]).filter((x) => x !== undefined));
    return cols
      .flat()
      .flatMap((c) => cellRuns(c).map(runText).join("").split("\n"))
      .map((s) => s.trim())
      .filter(Boolean)
      .join("\n\n");
  }
  return grid(t)
    .map((line) => line.map((g) => (g.covered ? "" : cellText(g.cell))).join("\t"))
    .join("\n");
}

export function toText(blocks) {
  return (
    blocks
      .filter((b) => b.k === "p" || b.k === "n" || b.k === "t")
      .map((b) => (b.k === "t" ? tableText(b) : blockText(b)))
      .filter((s) => s.length)
      .join("\n\n") + "\n"
  );
}

// ---- Word -----------------------------------------------------------------------------
const ALIGN = { center: "CENTER", right: "RIGHT", left: "LEFT", justify: "JUSTIFIED" };
function wordRuns(runs, o = {}) {
  const base = { bold: o.bold, italics: o.italic, size: o.size };
  return runs.map((r) => {
    if (typeof r === "string") return new d.TextRun({ text: r, ...base });
    if (r.br) return new d.TextRun({ break: 1, ...base });
    return new d.TextRun({
      text: runText(r),
      ...base,
      bold: r.b !== undefined || r.bi !== undefined || o.bold,
      italics: r.i !== undefined || r.bi !== undefined || o.italic,
    });
  });
}

function wordPara(b, typed, o = {}) {
  const numbered = b.k === "n" && !typed;
  const runs = b.k === "n" && typed ? [`${b.label} `, ...b.runs] : b.runs;
  const align = b.align ?? o.align ?? "justify";
  return new d.Paragraph({
    children: wordRuns(runs, { bold: b.bold, italic: b.italic, size: b.size ?? o.size }),
    alignment: d.AlignmentType[ALIGN[align]],
    numbering: numbered ? { reference: b.list, level: b.level ?? 0 } : undefined,
    indent: numbered || b.noIndent || o.noIndent || align === "center" ? undefined : { firstLine: 567 },
    spacing: { before: o.tight ? 0 : 60, after: o.tight ? 0 : 60 },
    keepNext: b.keepNext,
  });
}

function wordCellParas(c, size) {
  const runs = cellRuns(c);
  // a cell's "\n" in a string starts a new paragraph
  const paras = [];
  let cur = [];
  for (const r of runs) {
    if (typeof r === "string" && r.includes("\n")) {
      const parts = r.split("\n");
      parts.forEach((p, k) => {
        if (k > 0) {
          paras.push(cur);
          cur = [];
        }
        if (p) cur.push(p);
      });
    } else cur.push(r);
  }
  paras.push(cur);
  const o = typeof c === "object" ? c : {};
  return paras.map(
    (runs) =>
      new d.Paragraph({
        children: wordRuns(runs, { bold: o.b, italic: o.i, size }),
        alignment: d.AlignmentType[ALIGN[o.align ?? "left"]],
        spacing: { before: 20, after: 20 },
      }),
  );
}

function wordTable(t) {
  const none = { style: d.BorderStyle.NONE, size: 0, color: "FFFFFF" };
  const size = t.size ?? 24;
  return new d.Table({
    width: { size: t.widths.reduce((a, b) => a + b, 0), type: d.WidthType.DXA },
    columnWidths: t.widths,
    layout: d.TableLayoutType.FIXED,
    borders: t.borders
      ? undefined
      : { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    rows: t.rows.map(
      (row, ri) =>
        new d.TableRow({
          tableHeader: ri < t.headerRows,
          cantSplit: t.cantSplit,
          children: row.map(
            (c) =>
              new d.TableCell({
                rowSpan: typeof c === "object" ? c.rowSpan : undefined,
                columnSpan: typeof c === "object" ? c.colSpan : undefined,
                verticalAlign: d.VerticalAlign[t.valign ?? "CENTER"],
                children: wordCellParas(c, size),
              }),
          ),
        }),
    ),
  });
}

function wordChildren(blocks, typed) {
  const out = [];
  for (const b of blocks) {
    if (b.k === "t") out.push(wordTable(b));
    else if (b.k === "page") out.push(new d.Paragraph({ children: [new d.PageBreak()] }));
    else out.push(wordPara(b, typed));
  }
  return out;
}

const A4 = { width: 11906, height: 16838 };
function sectionProps(s) {
  return {
    type: s.continuous ? d.SectionType.CONTINUOUS : d.SectionType.NEXT_PAGE,
    column: s.cols ? { count: s.cols, space: s.colSpace ?? 567, separate: s.separate } : undefined,
    page: {
      // docx swaps width and height itself for a landscape page
      size: s.landscape
        ? { width: A4.width, height: A4.height, orientation: d.PageOrientation.LANDSCAPE }
        : { width: A4.width, height: A4.height },
      margin: s.margin ?? { top: 1134, bottom: 1134, left: 1701, right: 1134 },
      pageNumbers: s.pageStart ? { start: s.pageStart } : undefined,
    },
  };
}

function headerFooter(s) {
  const out = {};
  if (s.runningHead)
    out.headers = {
      default: new d.Header({
        children: [
          new d.Paragraph({
            alignment: d.AlignmentType.RIGHT,
            children: [new d.TextRun({ text: s.runningHead, italics: true, size: 22 })],
          }),
        ],
      }),
    };
  if (s.pageNumbers)
    out.footers = {
      default: new d.Footer({
        children: [
          new d.Paragraph({
            alignment: d.AlignmentType.CENTER,
            children: [new d.TextRun({ children: [d.PageNumber.CURRENT], size: 22 })],
          }),
        ],
      }),
    };
  return out;
}

/** Blocks split at SECTION markers into Word sections. */
function wordDoc(blocks, numbering, typed, first = {}) {
  const sections = [];
  let cur = { props: first, blocks: [] };
  for (const b of blocks) {
    if (b.k === "section") {
      sections.push(cur);
      cur = { props: { ...first, ...b, continuous: b.continuous }, blocks: [] };
    } else cur.blocks.push(b);
  }
  sections.push(cur);
  return new d.Document({
    creator: first.creator ?? "Văn thư",
    title: first.title,
    styles: { default: { document: { run: { font: "Times New Roman", size: 28 } } } },
    numbering: { config: numbering },
    sections: sections.map((s) => ({
      properties: sectionProps(s.props),
      ...headerFooter(s.props),
      children: wordChildren(s.blocks, typed).concat(
        s.blocks.at(-1)?.k === "t" ? [new d.Paragraph({ children: [] })] : [],
      ),
    })),
  });
}

/** A Word numbering definition: levels [format, text, indentLeft?]. */
export function numbering(reference, levels) {
  return {
    reference,
    levels: levels.map(([format, text, o = {}], level) => ({
      level,
      format: d.LevelFormat[format],
      text,
      alignment: d.AlignmentType.LEFT,
      suffix: d.LevelSuffix.SPACE,
      start: o.start ?? 1,
      style: {
        paragraph: { indent: { left: 0, firstLine: 567 } },
        run: o.bold ? { bold: true } : undefined,
      },
    })),
  };
}

export async function writeWordAndText(folder, { blocks, numbering: num = [], first = {} }) {
  const dir = dirOf(folder);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "plan-auto.docx"), await d.Packer.toBuffer(wordDoc(blocks, num, false, first)));
  writeFileSync(join(dir, "plan-typed.docx"), await d.Packer.toBuffer(wordDoc(blocks, num, true, first)));
  writeFileSync(join(dir, "plan.txt"), toText(blocks));
  return dir;
}

/** plan.pdf exported by LibreOffice from plan-auto.docx. */
export function libreOfficePdf(dir) {
  execFileSync(
    "soffice",
    ["-env:UserInstallation=file:///tmp/lo-author7b", "--headless", "--convert-to", "pdf", "--outdir", dir, join(dir, "plan-auto.docx")],
    { stdio: "ignore" },
  );
  renameSync(join(dir, "plan-auto.pdf"), join(dir, "plan.pdf"));
}

// ---- shared blocks ----------------------------------------------------------------------
/** The header block: a borderless table, organ on the left, motto on the right. */
export function headerBlock({ organ, number, placeDate, widths = [3100, 5971] }) {
  const c = (t, o = {}) => ({ t: [].concat(t), align: "center", ...o });
  return T(
    widths,
    [
      [c(organ[0], { b: organ.length === 1 }), c("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { b: true })],
      [c(organ[1] ?? "", { b: true }), c("Độc lập - Tự do - Hạnh phúc", { b: true })],
      [c(`Số: ${number}`), c(placeDate, { i: true })],
    ],
    { borders: false, size: 24, role: "header" },
  );
}

/** "Nơi nhận" and the signature, side by side in a borderless table. */
export function signatureBlock(recipients, sign, widths = [4300, 4771]) {
  return T(
    widths,
    [
      [
        { t: [{ bi: "Nơi nhận:" }, "\n", recipients.join("\n")], align: "left" },
        { t: sign.join("\n"), align: "center", b: true },
      ],
    ],
    { borders: false, size: 24, valign: "TOP", role: "signature" },
  );
}
