// author8b's builder for held-out set 8, documents 05-08 (written for this set).
// A document is one content model (blocks), written out as plan.txt (as an office copies it),
// plan-auto.docx (Word numbering, merged cells, header block and signature in borderless tables)
// and plan-typed.docx (the same with every number typed). Each document's script draws plan.pdf
// its own way. Run from a folder where `docx` is installed (see README.md).
import { createRequire } from "node:module";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { writeFileSync, mkdirSync, renameSync } from "node:fs";
import { execFileSync } from "node:child_process";

export const require = createRequire(join(process.cwd(), "noop.js"));
const d = require("docx");

export const HERE = dirname(fileURLToPath(import.meta.url));
export const dirOf = (folder) => join(HERE, "..", folder);

// ---- content model ----------------------------------------------------------------------
// runs: string | {b} | {i} | {bi} | {u} | {br: true}
// P: paragraph; N: numbered paragraph (label typed in text and typed Word, Word numbering in auto Word);
// T: table; a cell is a string ("\n" starts a new paragraph) or {t, b, i, align, rowSpan, colSpan, fill, num}
// where num = {label, list, level, instance} numbers the cell's first paragraph.
export const P = (runs, o = {}) => ({ k: "p", runs: [].concat(runs), ...o });
export const N = (label, list, level, runs, o = {}) => ({ k: "n", label, list, level, runs: [].concat(runs), ...o });
export const T = (widths, rows, o = {}) => ({ k: "t", widths, rows, borders: true, headerRows: 0, ...o });
export const PAGE = { k: "page" };
export const SECTION = (o = {}) => ({ k: "section", ...o });

export function runText(r) {
  if (typeof r === "string") return r;
  if (r.br) return "\n";
  return r.b ?? r.i ?? r.bi ?? r.u ?? "";
}
export const runsText = (runs) => runs.map(runText).join("");
export const blockText = (b) => (b.k === "n" ? `${b.label} ` : "") + runsText(b.runs);
export const cellRuns = (c) => (typeof c === "string" ? [c] : [].concat(c.t ?? ""));
export const cellLabel = (c) => (typeof c === "object" && c.num ? `${c.num.label}` : "");
export function cellText(c) {
  const body = runsText(cellRuns(c));
  const label = cellLabel(c);
  return (label && body ? `${label} ${body}` : label || body).replace(/\s*\n\s*/g, " ").trim();
}

/** The table as a grid: per row, per column, the cell or {covered} under a vertical merge. */
export function grid(t) {
  const carry = [];
  return t.rows.map((row) => {
    const line = [];
    let col = 0;
    let i = 0;
    while (col < t.widths.length) {
      if (carry[col] > 0) {
        carry[col] -= 1;
        line.push({ covered: true, col, span: 1 });
        col += 1;
        continue;
      }
      if (i >= row.length) break;
      const cell = row[i++];
      const span = (typeof cell === "object" && cell.colSpan) || 1;
      const rs = (typeof cell === "object" && cell.rowSpan) || 1;
      if (rs > 1) for (let k = 0; k < span; k++) carry[col + k] = rs - 1;
      line.push({ cell, col, span, rowSpan: rs });
      col += span;
    }
    return line;
  });
}

// ---- plan.txt ---------------------------------------------------------------------------
function tableText(t) {
  if (!t.borders) {
    // a layout table (header block, signature): each cell's lines, column after column
    const cols = t.widths.map((_, c) => t.rows.map((r) => r[c]).filter((x) => x !== undefined));
    return cols
      .flat()
      .flatMap((c) => runsText(cellRuns(c)).split("\n"))
      .map((s) => s.trim())
      .filter(Boolean)
      .join("\n\n");
  }
  // a merged cell's text stands in its first row and column; the cells it covers are empty
  return grid(t)
    .map((line) =>
      line
        .flatMap((g) => [g.covered ? "" : cellText(g.cell), ...Array(g.span - 1).fill("")])
        .join("\t")
        .replace(/\t+$/, (m) => (t.trimTabs ? "" : m)),
    )
    .join("\n");
}

export function toText(blocks) {
  const parts = blocks
    .filter((b) => b.k === "p" || b.k === "n" || b.k === "t")
    .map((b) => (b.k === "t" ? tableText(b) : blockText(b)))
    .filter((s) => s.length);
  return parts.join("\n\n") + "\n";
}

// ---- Word -------------------------------------------------------------------------------
const ALIGN = { center: "CENTER", right: "RIGHT", left: "LEFT", justify: "JUSTIFIED" };
function wordRuns(runs, o = {}) {
  const base = { bold: o.bold, italics: o.italic, size: o.size };
  return runs.flatMap((r) => {
    if (typeof r === "string") {
      return r.split("\n").map((s, k) => new d.TextRun({ text: s, break: k ? 1 : undefined, ...base }));
    }
    if (r.br) return [new d.TextRun({ break: 1, ...base })];
    return [
      new d.TextRun({
        text: runText(r),
        ...base,
        bold: r.b !== undefined || r.bi !== undefined || o.bold,
        italics: r.i !== undefined || r.bi !== undefined || o.italic,
        underline: r.u !== undefined ? { type: d.UnderlineType.SINGLE } : undefined,
      }),
    ];
  });
}

function wordPara(b, typed, o = {}) {
  // an item typed by hand in a Word list (Vietnamese "đ)", which lowerLetter never writes) keeps its label
  const numbered = b.k === "n" && !typed && !b.typed;
  const runs = b.k === "n" && !numbered ? [`${b.label} `, ...b.runs] : b.runs;
  const align = b.align ?? o.align ?? "justify";
  const indent = numbered || b.noIndent || align === "center" || align === "right" ? undefined : { firstLine: 567 };
  return new d.Paragraph({
    children: wordRuns(runs, { bold: b.bold, italic: b.italic, size: b.size ?? o.size }),
    alignment: d.AlignmentType[ALIGN[align]],
    numbering: numbered ? { reference: b.list, level: b.level ?? 0, instance: b.instance } : undefined,
    indent: b.indent ?? indent,
    spacing: { before: b.before ?? 60, after: b.after ?? 60, line: b.line },
    keepNext: b.keepNext,
  });
}

function wordCellParas(c, size, typed) {
  const o = typeof c === "object" ? c : {};
  const paras = runsText(cellRuns(c)).includes("\n") ? splitParas(cellRuns(c)) : [cellRuns(c)];
  return paras.map((runs, k) => {
    const num = k === 0 && o.num;
    const lead = num && typed ? [`${num.label}${runsText(runs) ? " " : ""}`] : [];
    return new d.Paragraph({
      children: wordRuns([...lead, ...runs], { bold: o.b, italic: o.i, size }),
      alignment: d.AlignmentType[ALIGN[o.align ?? "left"]],
      numbering: num && !typed ? { reference: num.list, level: num.level ?? 0, instance: num.instance } : undefined,
      spacing: { before: 20, after: 20 },
    });
  });
}

// a cell's runs split at "\n" into paragraphs
function splitParas(runs) {
  const paras = [];
  let cur = [];
  for (const r of runs) {
    if (typeof r === "string" && r.includes("\n")) {
      r.split("\n").forEach((p, k) => {
        if (k > 0) {
          paras.push(cur);
          cur = [];
        }
        if (p) cur.push(p);
      });
    } else cur.push(r);
  }
  paras.push(cur);
  return paras;
}

function wordTable(t, typed) {
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
          children: row.map((c) => {
            const o = typeof c === "object" ? c : {};
            return new d.TableCell({
              rowSpan: o.rowSpan,
              columnSpan: o.colSpan,
              shading: o.fill ? { fill: o.fill, type: d.ShadingType.CLEAR, color: "auto" } : undefined,
              verticalAlign: d.VerticalAlign[t.valign ?? "CENTER"],
              children: wordCellParas(c, size, typed),
            });
          }),
        }),
    ),
  });
}

function wordChildren(blocks, typed) {
  const out = [];
  for (const b of blocks) {
    if (b.k === "t") out.push(wordTable(b, typed));
    else if (b.k === "page") out.push(new d.Paragraph({ children: [new d.PageBreak()] }));
    else out.push(wordPara(b, typed));
  }
  return out;
}

const A4 = { width: 11906, height: 16838 };
function sectionProps(s) {
  return {
    type: d.SectionType.NEXT_PAGE,
    page: {
      size: s.landscape
        ? { width: A4.width, height: A4.height, orientation: d.PageOrientation.LANDSCAPE }
        : { width: A4.width, height: A4.height },
      margin: s.margin ?? { top: 1134, bottom: 1134, left: 1701, right: 1134 },
    },
  };
}

function pageNumberFooter() {
  const run = new d.TextRun({ children: [d.PageNumber.CURRENT], size: 24 });
  const para = new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [run] });
  return { default: new d.Footer({ children: [para] }) };
}

function wordDoc(blocks, numbering, typed, first) {
  const sections = [];
  let cur = { props: first, blocks: [] };
  for (const b of blocks) {
    if (b.k === "section") {
      sections.push(cur);
      cur = { props: { ...first, ...b }, blocks: [] };
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
      footers: s.props.pageNumbers ? pageNumberFooter() : undefined,
      children: wordChildren(s.blocks, typed).concat(
        s.blocks.at(-1)?.k === "t" ? [new d.Paragraph({ children: [] })] : [],
      ),
    })),
  });
}

/** A Word numbering definition: levels [format, text, {start, bold, left}]. */
export function numbering(reference, levels) {
  return {
    reference,
    levels: levels.map(([format, text, o = {}], level) => ({
      level,
      format: d.LevelFormat[format],
      text,
      alignment: d.AlignmentType.LEFT,
      suffix: o.tab ? d.LevelSuffix.TAB : d.LevelSuffix.SPACE,
      start: o.start ?? 1,
      style: {
        paragraph: { indent: { left: o.left ?? 0, firstLine: o.left === undefined ? 567 : 0 } },
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

/** `file` in `dir` converted to plan.pdf by LibreOffice (Writer for .docx, Calc for .xlsx). */
export function libreOfficePdf(dir, file = "plan-auto.docx") {
  const profile = "file:///tmp/lo-author8b";
  execFileSync(
    "soffice",
    [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, join(dir, file)],
    {
      stdio: "ignore",
      timeout: 590000,
    },
  );
  renameSync(join(dir, file.replace(/\.\w+$/, ".pdf")), join(dir, "plan.pdf"));
}

// ---- shared blocks ----------------------------------------------------------------------
/** "Nơi nhận" and the signature side by side in a borderless table. */
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
