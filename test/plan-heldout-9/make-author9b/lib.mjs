// author9b's builder for held-out set 9, documents 05-08 (written for this set).
// A document is one content model (a list of blocks), written out as plan.txt (as an office copies it),
// plan-auto.docx (Word numbering, symbol fonts, footnotes, merged cells, text boxes, section columns) and
// plan-typed.docx (the same with every number and glyph typed). Each document's script draws plan.pdf.
import { createRequire } from "node:module";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { writeFileSync, mkdirSync, renameSync } from "node:fs";
import { execFileSync } from "node:child_process";

const require = createRequire(join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "package.json"));
const d = require("docx");

export const HERE = dirname(fileURLToPath(import.meta.url));
export const dirOf = (folder) => join(HERE, "..", folder);

// ---- content model ----------------------------------------------------------------------
// run: string | {b} | {i} | {bi} | {fn: footnote text} | {sym: [font, hex], uni: "☐"} | {br: true}
// P paragraph; N numbered paragraph (label typed in txt/typed Word, Word numbering in auto Word);
// T table (cells: string or {t, b, i, align, rowSpan, colSpan, fill}); BOX text box holding paragraphs.
export const P = (runs, o = {}) => ({ k: "p", runs: [].concat(runs), ...o });
export const N = (label, list, level, runs, o = {}) => ({ k: "n", label, list, level, runs: [].concat(runs), ...o });
export const T = (widths, rows, o = {}) => ({ k: "t", widths, rows, borders: true, headerRows: 0, ...o });
export const BOX = (paras, o = {}) => ({ k: "box", paras, ...o });
export const PAGE = { k: "page" };
export const SECTION = (o = {}) => ({ k: "section", ...o });

let footnotes = [];
export function runText(r) {
  if (typeof r === "string") return r;
  if (r.br) return "\n";
  if (r.fn) return `[${footnotes.indexOf(r) + 1}]`;
  if (r.sym) return r.uni;
  return r.b ?? r.i ?? r.bi ?? "";
}
export const runsText = (runs) => runs.map(runText).join("");
const blockText = (b) => (b.k === "n" ? `${b.label} ` : "") + runsText(b.runs);
const cellRuns = (c) => (typeof c === "string" ? [c] : [].concat(c.t ?? ""));
const cellText = (c) => runsText(cellRuns(c)).replace(/\s*\n\s*/g, " ").trim();

function collectFootnotes(blocks) {
  footnotes = [];
  const visit = (runs) => runs.forEach((r) => typeof r === "object" && r.fn && footnotes.push(r));
  for (const b of blocks) {
    if (b.runs) visit(b.runs);
    if (b.k === "t") b.rows.forEach((row) => row.forEach((c) => visit(cellRuns(c))));
    if (b.k === "box") b.paras.forEach((p) => visit(p.runs));
  }
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
    const cols = t.widths.map((_, c) => t.rows.map((r) => r[c]).filter((x) => x !== undefined));
    return cols
      .flat()
      .flatMap((c) => runsText(cellRuns(c)).split("\n"))
      .map((s) => s.trim())
      .filter(Boolean)
      .join("\n\n");
  }
  return grid(t)
    .map((line) =>
      line.flatMap((g) => [g.covered ? "" : cellText(g.cell), ...Array(g.span - 1).fill("")]).join("\t"),
    )
    .join("\n");
}

export function toText(blocks) {
  collectFootnotes(blocks);
  const parts = [];
  for (const b of blocks) {
    if (b.k === "p" || b.k === "n") parts.push(blockText(b));
    else if (b.k === "t") parts.push(tableText(b));
    else if (b.k === "box") parts.push(...b.paras.map(blockText));
  }
  const notes = footnotes.map((f, i) => `[${i + 1}] ${f.fn}`);
  return [...parts.filter((s) => s.length), ...notes].join("\n\n") + "\n";
}

// ---- Word -------------------------------------------------------------------------------
const ALIGN = { center: "CENTER", right: "RIGHT", left: "LEFT", justify: "JUSTIFIED" };
function wordRuns(runs, o, typed) {
  const base = { bold: o.bold, italics: o.italic, size: o.size, font: o.font };
  return runs.flatMap((r) => {
    if (typeof r === "string") {
      return r.split("\n").map((s, k) => new d.TextRun({ text: s, break: k ? 1 : undefined, ...base }));
    }
    if (r.br) return [new d.TextRun({ break: 1, ...base })];
    if (r.fn) return [new d.FootnoteReferenceRun(footnotes.indexOf(r) + 1)];
    if (r.sym) {
      if (typed) return [new d.TextRun({ text: r.uni, ...base, font: "Segoe UI Symbol" })];
      return [new d.SymbolRun({ char: r.sym[1], symbolfont: r.sym[0], size: o.size })];
    }
    return [
      new d.TextRun({
        text: runText(r),
        ...base,
        bold: r.b !== undefined || r.bi !== undefined || o.bold,
        italics: r.i !== undefined || r.bi !== undefined || o.italic,
      }),
    ];
  });
}

function wordPara(b, typed, o = {}) {
  const numbered = b.k === "n" && !typed && !b.typed;
  const runs = b.k === "n" && !numbered ? [`${b.label} `, ...b.runs] : b.runs;
  const align = b.align ?? o.align ?? "justify";
  const indent = numbered || b.noIndent || align === "center" || align === "right" ? undefined : { firstLine: 567 };
  return new d.Paragraph({
    children: wordRuns(runs, { bold: b.bold, italic: b.italic, size: b.size ?? o.size }, typed),
    alignment: d.AlignmentType[ALIGN[align]],
    numbering: numbered ? { reference: b.list, level: b.level ?? 0, instance: b.instance } : undefined,
    indent: b.indent ?? indent,
    spacing: { before: b.before ?? 60, after: b.after ?? 60 },
    keepNext: b.keepNext,
  });
}

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
          children: row.map((c) => {
            const o = typeof c === "object" ? c : {};
            return new d.TableCell({
              rowSpan: o.rowSpan,
              columnSpan: o.colSpan,
              shading: o.fill ? { fill: o.fill, type: d.ShadingType.CLEAR, color: "auto" } : undefined,
              verticalAlign: d.VerticalAlign[t.valign ?? "CENTER"],
              textDirection: o.vertical ? d.TextDirection.BOTTOM_TO_TOP_LEFT_TO_RIGHT : undefined,
              children: splitParas(cellRuns(c)).map(
                (runs) =>
                  new d.Paragraph({
                    children: wordRuns(runs, { bold: o.b, italic: o.i, size }, typed),
                    alignment: d.AlignmentType[ALIGN[o.align ?? "left"]],
                    spacing: { before: 20, after: 20 },
                  }),
              ),
            });
          }),
        }),
    ),
  });
}

function wordBox(b, typed) {
  const paras = b.paras.map((p) => wordPara(p, typed, { size: 24, align: "left" }));
  if (typed && b.typedAsParas) return paras;
  return [
    new d.Textbox({
      alignment: d.AlignmentType.LEFT,
      style: { width: b.width ?? "453pt", height: b.height ?? "120pt", position: "static" },
      children: paras,
    }),
    new d.Paragraph({ children: [], spacing: { before: 0, after: 40 } }),
  ];
}

function wordChildren(blocks, typed) {
  const out = [];
  for (const b of blocks) {
    if (b.k === "t") out.push(wordTable(b, typed));
    else if (b.k === "box") out.push(...wordBox(b, typed));
    else if (b.k === "page") out.push(new d.Paragraph({ children: [new d.PageBreak()] }));
    else out.push(wordPara(b, typed));
  }
  return out;
}

const A4 = { width: 11906, height: 16838 };
function sectionProps(s, first) {
  return {
    type: s === first ? undefined : s.continuous ? d.SectionType.CONTINUOUS : d.SectionType.NEXT_PAGE,
    column: s.columns ? { count: s.columns, space: 425, separate: true } : undefined,
    page: {
      size: s.landscape
        ? { width: A4.width, height: A4.height, orientation: d.PageOrientation.LANDSCAPE }
        : { width: A4.width, height: A4.height },
      margin: s.margin ?? { top: 1134, bottom: 1134, left: 1701, right: 1134 },
    },
  };
}

function wordDoc(blocks, numbering, typed, first) {
  collectFootnotes(blocks);
  const sections = [];
  let cur = { props: first, blocks: [] };
  for (const b of blocks) {
    if (b.k === "section") {
      sections.push(cur);
      cur = { props: { margin: first.margin, ...b }, blocks: [] };
    } else cur.blocks.push(b);
  }
  sections.push(cur);
  const notes = {};
  footnotes.forEach((f, i) => {
    notes[i + 1] = { children: [new d.Paragraph({ children: [new d.TextRun({ text: f.fn, size: 20 })] })] };
  });
  return new d.Document({
    creator: first.creator ?? "Văn thư",
    title: first.title,
    styles: { default: { document: { run: { font: "Times New Roman", size: 28 } } } },
    numbering: { config: numbering },
    footnotes: notes,
    sections: sections.map((s) => ({
      properties: sectionProps(s.props, first),
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
      suffix: d.LevelSuffix.SPACE,
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
  writeFileSync(join(dir, "plan.txt"), toText(blocks).normalize("NFC"));
  return dir;
}

/** `file` in `dir` converted to plan.pdf by LibreOffice Writer, with a profile of author9b's own. */
export function libreOfficePdf(dir, file = "plan-auto.docx") {
  execFileSync(
    "soffice",
    ["-env:UserInstallation=file:///tmp/author9b-lo-profile", "--headless", "--convert-to", "pdf", "--outdir", dir,
      join(dir, file)],
    { stdio: "ignore", timeout: 590000 },
  );
  renameSync(join(dir, file.replace(/\.\w+$/, ".pdf")), join(dir, "plan.pdf"));
}

export function writeExpected(folder, expected) {
  const dir = dirOf(folder);
  mkdirSync(dir, { recursive: true });
  const lines = expected.tasks.map((t) => `    ${JSON.stringify(t)}`).join(",\n");
  const head = { ...expected };
  delete head.tasks;
  const json = JSON.stringify({ id: folder, ...head }, null, 2).replace(/\n}$/, `,\n  "tasks": [\n${lines}\n  ]\n}`);
  writeFileSync(join(dir, "expected.json"), json.normalize("NFC") + "\n");
}

// ---- shared blocks ----------------------------------------------------------------------
/** Issuer | motto, number | place and date: the Decree 30/2020 header in a borderless table. */
export function headerBlock(issuer, number, placeDate, widths = [3700, 5371]) {
  return T(
    widths,
    [
      [
        { t: issuer.join("\n"), b: true, align: "center" },
        { t: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", b: true, align: "center" },
      ],
      [
        { t: number, align: "center" },
        { t: [{ i: placeDate }], align: "center" },
      ],
    ],
    { borders: false, size: 26, valign: "TOP" },
  );
}

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
    { borders: false, size: 22, valign: "TOP" },
  );
}
