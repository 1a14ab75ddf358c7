// Builder for author5b's documents of held-out set 5. The content model and plan.txt come from set 3's
// builder (P, N, T, header, signature, numbering, toText); this file writes the Word XML itself, with
// what set 3's builder lacks: several sections (a landscape appendix), header rows repeated on every
// page, Word numbering inside table cells, and a "gdocs" habit (runs cut at every few words, no first-line
// indents, "●" bullets, headings as Heading styles, borders set cell by cell).
// Run from a folder where `docx` is installed: cd /tmp/docxgen-author5b && node <repo>/test/...
import { createRequire } from "node:module";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { writeFileSync, mkdirSync, renameSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { P, toText } from "../../plan-heldout-3/make-docx/lib.mjs";

export { P, N, T, PAGE, header, signature, numbering } from "../../plan-heldout-3/make-docx/lib.mjs";

const require = createRequire(join(process.cwd(), "noop.js"));
const d = require("docx");

const HERE = dirname(fileURLToPath(import.meta.url));

/** Starts a new Word section; `landscape` turns its pages. */
export const SECTION = (o = {}) => ({ kind: "section", ...o });

let habit = "word";

// Google Docs writes a run per formatting span and often cuts spans further; Word keeps whole runs.
function cut(text) {
  if (habit !== "gdocs") return [text];
  const words = text.split(/(?<= )/);
  const out = [];
  for (let i = 0; i < words.length; i += 3) out.push(words.slice(i, i + 3).join(""));
  return out;
}

function docRuns(runs, o) {
  const base = { bold: o.bold, italics: o.italic, size: o.size };
  return runs.flatMap((r) => {
    if (typeof r === "string") return cut(r).map((t) => new d.TextRun({ text: t, ...base }));
    if (r.br) return [new d.TextRun({ break: 1 })];
    if (r.tab) return [new d.TextRun({ children: [new d.Tab()] })];
    if (r.fn) return [new d.FootnoteReferenceRun(r.fn)];
    const text = r.b ?? r.i;
    const style = { ...base, bold: r.b !== undefined || o.bold, italics: r.i !== undefined || o.italic };
    return cut(text).map((t) => new d.TextRun({ text: t, ...style }));
  });
}

function alignment(blk) {
  if (blk.center) return d.AlignmentType.CENTER;
  if (blk.right) return d.AlignmentType.RIGHT;
  if (blk.left) return d.AlignmentType.LEFT;
  return d.AlignmentType.JUSTIFIED;
}

function docPara(blk, typed) {
  const numbered = blk.kind === "n" && !typed;
  const runs = blk.kind === "n" && typed && blk.label ? [blk.label + (blk.inCell ? "" : " "), ...blk.runs] : blk.runs;
  const indent = numbered || blk.noIndent || habit === "gdocs" ? undefined : { firstLine: blk.firstLine ?? 567 };
  return new d.Paragraph({
    children: docRuns(runs, blk),
    alignment: alignment(blk),
    heading: blk.heading && habit === "gdocs" ? d.HeadingLevel[`HEADING_${blk.heading}`] : undefined,
    numbering: numbered ? { reference: blk.ref, level: blk.level, instance: blk.instance ?? 0 } : undefined,
    indent,
    spacing: habit === "gdocs" ? { line: 276, before: 0, after: 120 } : { before: 60, after: 60 },
  });
}

function cellParas(cell) {
  if (typeof cell === "string") return [P(cell)];
  return cell.paras ?? [P(cell.text ?? "", { bold: cell.b, center: cell.center })];
}

const NONE = { style: d.BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE };

function docTable(t, typed) {
  const byCell = habit === "gdocs";
  return new d.Table({
    width: { size: t.widths.reduce((a, b) => a + b, 0), type: d.WidthType.DXA },
    columnWidths: t.widths,
    layout: byCell ? d.TableLayoutType.FIXED : undefined,
    borders: t.layout && !byCell ? { ...NO_BORDERS, insideHorizontal: NONE, insideVertical: NONE } : undefined,
    rows: t.rows.map(
      (row, ri) =>
        new d.TableRow({
          // Word writes <w:tblHeader/> on header rows only, never an "off" on the others.
          tableHeader: ri < (t.headerRows ?? (t.header ? 1 : 0)) ? true : undefined,
          cantSplit: t.cantSplit,
          children: row
            .filter((cell) => cell !== null)
            .map(
              (cell) =>
                new d.TableCell({
                  rowSpan: cell.rowSpan,
                  columnSpan: cell.colSpan,
                  borders: t.layout && byCell ? NO_BORDERS : undefined,
                  verticalAlign: d.VerticalAlign.CENTER,
                  children: cellParas(cell).map((p) => docPara({ noIndent: true, size: t.size, ...p }, typed)),
                }),
            ),
        }),
    ),
  });
}

function pageOf(landscape) {
  const size = { width: 11906, height: 16838 };
  if (landscape) return { size: { ...size, orientation: d.PageOrientation.LANDSCAPE }, margin: margins(true) };
  return { size, margin: margins(false) };
}
function margins(landscape) {
  return landscape
    ? { top: 1418, bottom: 1134, left: 1134, right: 1134 }
    : { top: 1134, bottom: 1134, left: 1701, right: 1134 };
}

function buildDoc(blocks, numbering, footnotes, typed) {
  const sections = [{ landscape: false, children: [] }];
  for (const b of blocks) {
    if (b.kind === "section") sections.push({ landscape: !!b.landscape, children: [] });
    else if (b.kind === "t") sections.at(-1).children.push(docTable(b, typed));
    else if (b.kind === "page") sections.at(-1).children.push(new d.Paragraph({ children: [new d.PageBreak()] }));
    else sections.at(-1).children.push(docPara(b, typed));
  }
  return new d.Document({
    creator: habit === "gdocs" ? "" : "UBND",
    styles: { default: { document: { run: { font: "Times New Roman", size: 28 } } } },
    numbering: { config: numbering },
    footnotes: Object.fromEntries(
      Object.entries(footnotes).map(([k, v]) => [
        k,
        { children: [new d.Paragraph({ children: [new d.TextRun({ text: v, size: 22 })] })] },
      ]),
    ),
    sections: sections.map((s) => ({ properties: { page: pageOf(s.landscape) }, children: s.children })),
  });
}

/** A "●"/"○" bullet list as Google Docs writes one, or a Word dash list. */
export function bullets(reference, marks = ["-"]) {
  return {
    reference,
    levels: marks.map((mark, level) => ({
      level,
      format: d.LevelFormat.BULLET,
      text: mark,
      alignment: d.AlignmentType.LEFT,
      style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
    })),
  };
}

/** Writes plan-auto.docx, plan-typed.docx, plan.txt and plan.pdf (LibreOffice) into ../<folder>. */
export async function writeAll(folder, { blocks, numbering = [], footnotes = {}, style = "word" }) {
  habit = style;
  const dir = join(HERE, "..", folder);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "plan-auto.docx"), await d.Packer.toBuffer(buildDoc(blocks, numbering, footnotes, false)));
  writeFileSync(join(dir, "plan-typed.docx"), await d.Packer.toBuffer(buildDoc(blocks, numbering, footnotes, true)));
  const text = toText(blocks.filter((b) => b.kind !== "section"), footnotes);
  writeFileSync(join(dir, "plan.txt"), text.replace(/ +(?=[\t\n])/g, ""));
  const profile = "-env:UserInstallation=file:///tmp/lo-author5b";
  const args = [profile, "--headless", "--convert-to", "pdf", "--outdir", dir, join(dir, "plan-auto.docx")];
  execFileSync("soffice", args, { stdio: "ignore" });
  renameSync(join(dir, "plan-auto.pdf"), join(dir, "plan.pdf"));
}
