// author6b's copy of set 3's builder (test/plan-heldout-3/make-docx/lib.mjs), for set 6 documents 05-08:
// one content model written three ways, plan-auto.docx (Word numbering), plan-typed.docx (numbers typed),
// plan.txt (as an office pastes it), then plan.pdf by LibreOffice from plan-auto.docx.
// Run from a folder where `docx` is installed (the repository, or a scratch folder).
import { createRequire } from "node:module";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { writeFileSync, mkdirSync } from "node:fs";
import { execFileSync } from "node:child_process";

const require = createRequire(join(process.cwd(), "noop.js"));
const d = require("docx");

export const HERE = dirname(fileURLToPath(import.meta.url));
const TEXT_WIDTH = 9071; // A4 minus the 3 cm and 2 cm side margins, in twips

// ---- content model --------------------------------------------------------------
// runs: string | {b} bold | {i} italic | {br:true} line break | {tab:true} | {fn:n} footnote ref
//       | {ins, del} tracked change (del shown struck, ins is what stays)
export const P = (runs, o = {}) => ({ kind: "p", runs: [].concat(runs), ...o });
export const N = (label, ref, level, runs, o = {}) => ({ kind: "n", label, ref, level, runs: [].concat(runs), ...o });
export const PAGE = { kind: "page" };
// cell: string | {paras:[block], rowSpan, colSpan, b}
export const T = (widths, rows, o = {}) => ({ kind: "t", widths, rows, ...o });

function runText(r) {
  if (typeof r === "string") return r;
  if (r.br) return "\n";
  if (r.tab) return "\t";
  if (r.fn) return `[${r.fn}]`;
  if (r.nbh) return "-"; // Word's non-breaking hyphen pastes as a plain one
  if (r.sym) return "- "; // a symbol-font bullet, retyped as a dash
  if (r.link) return r.text;
  if (r.ins !== undefined) return r.ins;
  return r.b ?? r.i ?? "";
}
const paraText = (blk, typed = true) =>
  (blk.kind === "n" && typed ? blk.label + " " : "") + blk.runs.map(runText).join("");

function cellParas(cell) {
  if (typeof cell === "string") return [P(cell)];
  return cell.paras ?? [P(cell.text ?? "", { bold: cell.b, center: cell.center })];
}

// ---- plan.txt -------------------------------------------------------------------
function tableText(t) {
  const lines = [];
  const carry = []; // column index -> rows still covered by a vMerge above
  for (const row of t.rows) {
    const out = [];
    let col = 0;
    let i = 0;
    while (i < row.length || carry.some((c, k) => c > 0 && k >= col)) {
      if (carry[col] > 0) {
        carry[col] -= 1;
        out.push("");
        col += 1;
        continue;
      }
      if (i >= row.length) break;
      const cell = row[i++];
      const span = cell.colSpan ?? 1;
      if (cell.rowSpan > 1) carry[col] = cell.rowSpan - 1;
      out.push(
        cellParas(cell)
          .map((p) => paraText(p))
          .join(" ")
          .trim(),
      );
      col += span;
    }
    lines.push(out.join("\t"));
  }
  return t.layout
    ? t.rows[0]
        .map((_, c) =>
          t.rows.map((r) =>
            r[c]
              ? cellParas(r[c])
                  .map((p) => paraText(p))
                  .join("\n\n")
              : "",
          ),
        )
        .flat()
        .filter(Boolean)
        .join("\n\n")
    : lines.join("\n");
}

export function toText(blocks, footnotes = {}) {
  const parts = blocks.filter((b) => b.kind !== "page").map((b) => (b.kind === "t" ? tableText(b) : paraText(b)));
  const notes = Object.entries(footnotes).map(([k, v]) => `[${k}] ${v}`);
  return [...parts, ...(notes.length ? ["_____", ...notes] : [])].join("\n\n") + "\n";
}

// ---- docx -----------------------------------------------------------------------
const AUTHOR = "Văn thư";
function docRuns(runs, o) {
  const base = { bold: o.bold, italics: o.italic };
  return runs.flatMap((r, k) => {
    if (typeof r === "string") return [new d.TextRun({ text: r, ...base })];
    if (r.br) return [new d.TextRun({ break: 1 })];
    if (r.tab) return [new d.TextRun({ children: [new d.Tab()] })];
    if (r.fn) return [new d.FootnoteReferenceRun(r.fn)];
    if (r.nbh) return [new d.TextRun({ children: [new d.NoBreakHyphen()], ...base })];
    if (r.sym) return [new d.SymbolRun({ char: r.sym, symbolfont: "Symbol" }), new d.TextRun({ text: " ", ...base })];
    if (r.link)
      return [
        new d.ExternalHyperlink({ link: r.link, children: [new d.TextRun({ text: r.text, style: "Hyperlink", ...base })] }),
      ];
    if (r.ins !== undefined)
      return [
        new d.DeletedTextRun({ id: 900 + k, author: AUTHOR, date: r.date, text: r.del, ...base }),
        new d.InsertedTextRun({ id: 950 + k, author: AUTHOR, date: r.date, text: r.ins, ...base }),
      ];
    return [
      new d.TextRun({
        text: r.b ?? r.i,
        ...base,
        bold: r.b !== undefined || o.bold,
        italics: r.i !== undefined || o.italic,
      }),
    ];
  });
}

function docPara(blk, typed) {
  const numbered = blk.kind === "n" && !typed;
  const runs = blk.kind === "n" && typed ? [blk.label + " ", ...blk.runs] : blk.runs;
  return new d.Paragraph({
    children: docRuns(runs, blk),
    alignment: blk.center
      ? d.AlignmentType.CENTER
      : blk.right
        ? d.AlignmentType.RIGHT
        : blk.left
          ? d.AlignmentType.LEFT
          : d.AlignmentType.JUSTIFIED,
    numbering: numbered ? { reference: blk.ref, level: blk.level, instance: blk.instance ?? 0 } : undefined,
    indent: numbered || blk.noIndent ? undefined : { firstLine: blk.firstLine ?? 567 },
    spacing: { before: 60, after: 60 },
  });
}

function docTable(t, typed) {
  const none = { style: d.BorderStyle.NONE, size: 0, color: "FFFFFF" };
  return new d.Table({
    width: { size: t.widths.reduce((a, b) => a + b, 0) || TEXT_WIDTH, type: d.WidthType.DXA },
    columnWidths: t.widths,
    borders: t.layout
      ? { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none }
      : undefined,
    rows: t.rows.map(
      (row, ri) =>
        new d.TableRow({
          tableHeader: t.header && ri === 0,
          children: row.map(
            (cell) =>
              new d.TableCell({
                rowSpan: cell.rowSpan,
                columnSpan: cell.colSpan,
                verticalAlign: d.VerticalAlign.CENTER,
                children: cellParas(cell).map((p) => docPara({ noIndent: true, ...p }, typed)),
              }),
          ),
        }),
    ),
  });
}

function buildDoc(blocks, numbering, footnotes, typed, landscape = false) {
  const children = blocks.map((b) =>
    b.kind === "t"
      ? docTable(b, typed)
      : b.kind === "page"
        ? new d.Paragraph({ children: [new d.PageBreak()] })
        : docPara(b, typed),
  );
  return new d.Document({
    creator: "UBND tỉnh",
    styles: { default: { document: { run: { font: "Times New Roman", size: 28 } } } },
    numbering: { config: numbering },
    footnotes: Object.fromEntries(
      Object.entries(footnotes).map(([k, v]) => [
        k,
        { children: [new d.Paragraph({ children: [new d.TextRun({ text: v, size: 22 })] })] },
      ]),
    ),
    sections: [
      {
        properties: {
          page: {
            size: landscape
              ? { width: 16838, height: 11906, orientation: d.PageOrientation.LANDSCAPE }
              : { width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 },
          },
        },
        children,
      },
    ],
  });
}

/** Writes plan-auto.docx, plan-typed.docx, plan.txt and plan.pdf into ../<folder>. */
export async function writeAll(
  folder,
  { blocks, numbering = [], footnotes = {}, typed = true, landscape = false, pdf = true },
) {
  const dir = join(HERE, "..", folder);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "plan-auto.docx"), await d.Packer.toBuffer(buildDoc(blocks, numbering, footnotes, false, landscape)));
  if (typed)
    writeFileSync(join(dir, "plan-typed.docx"), await d.Packer.toBuffer(buildDoc(blocks, numbering, footnotes, true, landscape)));
  writeFileSync(join(dir, "plan.txt"), toText(blocks, footnotes));
  if (!pdf) return;
  execFileSync(
    "soffice",
    [
      "-env:UserInstallation=file:///tmp/lo-author6b",
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      join(dir, "plan-auto.docx"),
    ],
    { stdio: "ignore" },
  );
  execFileSync("mv", [join(dir, "plan-auto.pdf"), join(dir, "plan.pdf")]);
}

/** A Word numbering definition: levels given as [format, text] pairs, e.g. ["decimal", "%1."]. */
export function numbering(reference, levels) {
  return {
    reference,
    levels: levels.map(([format, text, o = {}], level) => ({
      level,
      format,
      text,
      alignment: d.AlignmentType.LEFT,
      suffix: d.LevelSuffix.SPACE,
      isLegalNumberingStyle: o.legal,
      start: o.start ?? 1,
      style: { paragraph: { indent: o.indent ?? { left: 0, firstLine: 567 } } },
    })),
  };
}

/** The header block as Word users lay it out: a borderless two-column table. */
export function header({ organ, number, placeDate }) {
  const c = (text, o = {}) => ({ paras: [P(text, { center: true, noIndent: true, ...o })] });
  return T(
    [3600, 5471],
    [
      [c(organ[0]), c("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true })],
      [c(organ[1], { bold: true }), c("Độc lập - Tự do - Hạnh phúc", { bold: true })],
      [c(number ? `Số: ${number}` : ""), c(placeDate ?? "", { italic: true })],
    ],
    { layout: true },
  );
}

/** "Nơi nhận" on the left, the signature on the right, in a borderless table. */
export function signature(recipients, signLines) {
  const left = [
    P("Nơi nhận:", { bold: true, italic: true, left: true, noIndent: true }),
    ...recipients.map((r) => P(r, { left: true, noIndent: true })),
  ];
  const right = signLines.map((s, k) =>
    P(s, { center: true, bold: k < signLines.length - 1 || signLines.length === 1, noIndent: true }),
  );
  return T([4300, 4771], [[{ paras: left }, { paras: right }]], { layout: true });
}
