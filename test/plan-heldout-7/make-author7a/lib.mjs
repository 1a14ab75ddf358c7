// author7a's builder for held-out set 7, documents 01-04: one content model written as
// plan-auto.docx (Word numbering), plan-typed.docx (numbers typed), plan.txt (as an office copies
// the body out), an HTML page (for Chromium) and a pdfmake document definition.
// The model knows sections (portrait / landscape, each with its own running head and footer),
// tables whose header rows repeat, tables inside table cells, and keeps every character it is
// given (non-breaking spaces, soft hyphens, zero-width spaces, decomposed letters) untouched.
// Run the document scripts from a folder where `docx` (and for 03 `pdfmake`, for 01/04
// `playwright-core`) are installed; see README.md.
import { createRequire } from "node:module";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { writeFileSync, mkdirSync, renameSync } from "node:fs";
import { execFileSync } from "node:child_process";

export const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = join(HERE, "..", "..", "..");
const localRequire = createRequire(join(process.cwd(), "noop.js"));
const repoRequire = createRequire(join(REPO, "noop.js"));
export function need(name) {
  try {
    return localRequire(name);
  } catch {
    return repoRequire(name);
  }
}
const d = need("docx");

// ---- content model --------------------------------------------------------------
// runs: string | {b} bold | {i} italic | {bi} bold italic | {br:true} line break | {tab:true}
//       | {u} underlined | {link, text} hyperlink | {page:true} / {pages:true} (running heads only)
export const P = (runs, o = {}) => ({ kind: "p", runs: [].concat(runs), ...o });
// a numbered paragraph: label as typed ("1.", "a)", "-"), Word numbering reference and level
export const N = (label, ref, level, runs, o = {}) => ({ kind: "n", label, ref, level, runs: [].concat(runs), ...o });
export const PAGE = { kind: "page" };
// table: widths in twips; rows of cells; cell = string | {paras:[P|N|T], rowSpan, colSpan, b, center}
// o.header = number of header rows repeated on each page; o.layout = borderless
export const T = (widths, rows, o = {}) => ({ kind: "t", widths, rows, ...o });
// a section: {landscape, head: [P], foot: [P], firstHead/firstFoot (title page), blocks}

export function runText(r) {
  if (typeof r === "string") return r;
  if (r.br) return "\n";
  if (r.tab) return "\t";
  if (r.page || r.pages) return "";
  if (r.link) return r.text;
  return r.b ?? r.i ?? r.bi ?? r.u ?? "";
}
export const paraText = (blk, typed = true) =>
  (blk.kind === "n" && typed && blk.label ? blk.label + " " : "") + blk.runs.map(runText).join("");

export function cellBlocks(cell) {
  if (typeof cell === "string") return [P(cell)];
  return cell.paras ?? [P(cell.text ?? "", { bold: cell.b, center: cell.center })];
}

// ---- plan.txt -------------------------------------------------------------------
// Table rows: one line each, cells separated by tabs, a cell's paragraphs joined by a space.
// A table inside a cell comes out as Word writes it to text: its rows on lines of their own,
// cells separated by tabs, so the outer row is cut where the inner table stands.
function cellText(cell) {
  const out = [""];
  for (const b of cellBlocks(cell)) {
    if (b.kind === "t") {
      out.push(...tableLines(b));
      out.push("");
    } else {
      const t = paraText(b);
      out[out.length - 1] = out[out.length - 1] ? out[out.length - 1] + " " + t : t;
    }
  }
  // Word keeps a paragraph after a table in a cell: the outer row goes on after its mark
  return out;
}

function tableLines(t) {
  if (t.layout && !t.asRows) return layoutLines(t);
  const lines = [];
  const carry = [];
  for (const row of t.rows) {
    let parts = [""];
    let col = 0;
    let i = 0;
    const addCell = (textLines, first) => {
      const sep = first ? "" : "\t";
      parts[parts.length - 1] += sep + textLines[0];
      for (const extra of textLines.slice(1)) parts.push(extra);
    };
    let first = true;
    while (i < row.length || carry.some((c, k) => c > 0 && k >= col)) {
      if (carry[col] > 0) {
        carry[col] -= 1;
        addCell([""], first);
        first = false;
        col += 1;
        continue;
      }
      if (i >= row.length) break;
      const cell = row[i++];
      const span = (typeof cell === "object" && cell.colSpan) || 1;
      if (typeof cell === "object" && cell.rowSpan > 1) carry[col] = cell.rowSpan - 1;
      addCell(cellText(cell), first);
      first = false;
      for (let k = 1; k < span; k++) addCell([""], false);
      col += span;
    }
    lines.push(...parts);
  }
  return lines;
}

// A borderless layout table (header block, signature) is copied column by column, a paragraph a line.
function layoutLines(t) {
  const out = [];
  const cols = Math.max(...t.rows.map((r) => r.length));
  for (let c = 0; c < cols; c++)
    for (const r of t.rows) {
      if (!r[c]) continue;
      for (const b of cellBlocks(r[c])) {
        const s = b.kind === "t" ? tableLines(b).join("\n") : paraText(b);
        if (s.trim()) out.push(s, "");
      }
    }
  return out;
}

export function toText(sections) {
  const parts = [];
  for (const s of sections)
    for (const b of s.blocks) {
      if (b.kind === "page") continue;
      if (b.kind === "t") parts.push(tableLines(b).join("\n").replace(/\n+$/, ""));
      else if (b.textSkip) continue;
      else parts.push(paraText(b));
    }
  return (
    parts
      .filter((p) => p !== undefined)
      .join("\n\n")
      .replace(/\n{3,}/g, "\n\n")
      .trim() + "\n"
  );
}

// ---- docx -----------------------------------------------------------------------
function docRuns(runs, o) {
  const base = { bold: o.bold, italics: o.italic, size: o.size };
  return runs.flatMap((r) => {
    if (typeof r === "string") return r ? [new d.TextRun({ text: r, ...base })] : [];
    if (r.br) return [new d.TextRun({ break: 1 })];
    if (r.tab) return [new d.TextRun({ children: [new d.Tab()] })];
    if (r.page) return [new d.TextRun({ children: [d.PageNumber.CURRENT], ...base })];
    if (r.pages) return [new d.TextRun({ children: [d.PageNumber.TOTAL_PAGES], ...base })];
    if (r.link)
      return [
        new d.ExternalHyperlink({
          link: r.link,
          children: [new d.TextRun({ text: r.text, style: "Hyperlink", ...base })],
        }),
      ];
    return [
      new d.TextRun({
        text: runText(r),
        ...base,
        bold: r.b !== undefined || r.bi !== undefined || o.bold,
        italics: r.i !== undefined || r.bi !== undefined || o.italic,
        underline: r.u !== undefined ? {} : undefined,
      }),
    ];
  });
}

function docPara(blk, typed) {
  const numbered = blk.kind === "n" && !typed && blk.ref;
  const runs = blk.kind === "n" && (typed || !blk.ref) && blk.label ? [blk.label + " ", ...blk.runs] : blk.runs;
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
    spacing: { before: blk.before ?? 60, after: blk.after ?? 60 },
    keepNext: blk.keepNext,
    pageBreakBefore: blk.pageBreakBefore,
  });
}

const NONE = { style: d.BorderStyle.NONE, size: 0, color: "FFFFFF" };
function docTable(t, typed, width) {
  const total = t.widths.reduce((a, b) => a + b, 0);
  return new d.Table({
    width: { size: total || width, type: d.WidthType.DXA },
    columnWidths: t.widths,
    layout: d.TableLayoutType.FIXED,
    borders: t.layout
      ? { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE }
      : undefined,
    rows: t.rows.map((row, ri) => {
      let col = 0;
      return new d.TableRow({
        tableHeader: ri < (t.header ?? 0),
        cantSplit: t.cantSplit,
        children: row.map((cell) => {
          const span = (typeof cell === "object" && cell.colSpan) || 1;
          const w = t.widths.slice(col, col + span).reduce((a, b) => a + b, 0);
          col += span;
          const blocks = cellBlocks(cell);
          const children = [];
          for (const b of blocks) {
            if (b.kind === "t") {
              children.push(docTable(b, typed, w - 200));
              children.push(new d.Paragraph({ children: [], spacing: { before: 0, after: 0 } }));
            } else
              children.push(
                docPara(
                  { noIndent: true, bold: cell.b, center: cell.center, size: t.size, before: 20, after: 20, ...b },
                  typed,
                ),
              );
          }
          return new d.TableCell({
            rowSpan: cell.rowSpan,
            columnSpan: cell.colSpan,
            width: { size: w, type: d.WidthType.DXA },
            verticalAlign: t.layout ? d.VerticalAlign.TOP : d.VerticalAlign.CENTER,
            margins: t.layout ? { left: 40, right: 40 } : { left: 80, right: 80, top: 30, bottom: 30 },
            children,
          });
        }),
      });
    }),
  });
}

const A4 = { w: 11906, h: 16838 };
const MARGIN = { top: 1134, bottom: 1134, left: 1701, right: 1134, header: 567, footer: 567 };
const blockToDoc = (b, typed, width) =>
  b.kind === "t"
    ? docTable(b, typed, width)
    : b.kind === "page"
      ? new d.Paragraph({ children: [new d.PageBreak()] })
      : docPara(b, typed);

function headerOf(paras, Kind) {
  return new Kind({ children: (paras ?? []).map((p) => docPara({ noIndent: true, size: 24, ...p }, true)) });
}

export function buildDoc(model, typed) {
  return new d.Document({
    creator: model.creator ?? "Văn thư",
    title: model.title,
    styles: {
      default: { document: { run: { font: "Times New Roman", size: 28 } } },
      characterStyles: [
        { id: "Hyperlink", name: "Hyperlink", run: { color: "0563C1", underline: { type: d.UnderlineType.SINGLE } } },
      ],
    },
    numbering: { config: model.numbering ?? [] },
    sections: model.sections.map((s) => {
      const width = (s.landscape ? A4.h : A4.w) - MARGIN.left - MARGIN.right;
      return {
        properties: {
          titlePage: Boolean(s.firstHead || s.firstFoot),
          page: {
            size: s.landscape
              ? { width: A4.w, height: A4.h, orientation: d.PageOrientation.LANDSCAPE } // docx swaps them itself
              : { width: A4.w, height: A4.h, orientation: d.PageOrientation.PORTRAIT },
            margin: s.margin ?? MARGIN,
            pageNumbers: s.restartPages ? { start: 1 } : undefined,
          },
        },
        headers: {
          default: headerOf(s.head, d.Header),
          ...(s.firstHead ? { first: headerOf(s.firstHead === true ? [] : s.firstHead, d.Header) } : {}),
        },
        footers: {
          default: headerOf(s.foot, d.Footer),
          ...(s.firstFoot ? { first: headerOf(s.firstFoot === true ? [] : s.firstFoot, d.Footer) } : {}),
        },
        children: s.blocks.map((b) => blockToDoc(b, typed, width)),
      };
    }),
  });
}

/** A Word numbering definition: levels given as [format, text, {indent, start}] triples. */
export function numbering(reference, levels) {
  return {
    reference,
    levels: levels.map(([format, text, o = {}], level) => ({
      level,
      format,
      text,
      alignment: d.AlignmentType.LEFT,
      suffix: o.suffix === "tab" ? d.LevelSuffix.TAB : d.LevelSuffix.SPACE,
      start: o.start ?? 1,
      style: {
        paragraph: { indent: o.indent ?? { left: 0, firstLine: 567 } },
        run: o.bold ? { bold: true } : undefined,
      },
    })),
  };
}

// ---- HTML (for Chromium) ----------------------------------------------------------
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
function htmlRuns(runs) {
  return runs
    .map((r) => {
      if (typeof r === "string") return esc(r);
      if (r.br) return "<br>";
      if (r.tab) return "&emsp;";
      if (r.link) return `<a href="${esc(r.link)}">${esc(r.text)}</a>`;
      if (r.b !== undefined) return `<b>${esc(r.b)}</b>`;
      if (r.i !== undefined) return `<i>${esc(r.i)}</i>`;
      if (r.bi !== undefined) return `<b><i>${esc(r.bi)}</i></b>`;
      if (r.u !== undefined) return `<u>${esc(r.u)}</u>`;
      return "";
    })
    .join("");
}
function htmlPara(b, tag = "p") {
  const cls = [b.center && "c", b.right && "r", b.left && "l", b.noIndent && "ni", b.cls].filter(Boolean).join(" ");
  let inner = htmlRuns((b.kind === "n" && b.label ? [b.label + " "] : []).concat(b.runs));
  if (b.bold) inner = `<b>${inner}</b>`;
  if (b.italic) inner = `<i>${inner}</i>`;
  return `<${tag}${cls ? ` class="${cls}"` : ""}>${inner}</${tag}>`;
}
function htmlTable(t) {
  const total = t.widths.reduce((a, b) => a + b, 0);
  const cols = t.widths.map((w) => `<col style="width:${((100 * w) / total).toFixed(1)}%">`).join("");
  const head = t.rows.slice(0, t.header ?? 0);
  const body = t.rows.slice(t.header ?? 0);
  const row = (r, th) =>
    "<tr>" +
    r
      .map((c) => {
        const attrs = [
          typeof c === "object" && c.rowSpan > 1 && `rowspan="${c.rowSpan}"`,
          typeof c === "object" && c.colSpan > 1 && `colspan="${c.colSpan}"`,
          typeof c === "object" && (c.center || th) && `class="c"`,
        ]
          .filter(Boolean)
          .join(" ");
        const inner = cellBlocks(c)
          .map((b) => (b.kind === "t" ? htmlTable(b) : htmlPara({ ...b, bold: b.bold || c.b || th })))
          .join("");
        const tag = th ? "th" : "td";
        return `<${tag}${attrs ? " " + attrs : ""}>${inner}</${tag}>`;
      })
      .join("") +
    "</tr>";
  return (
    `<table class="${t.layout ? "layout" : "grid"}${t.cls ? " " + t.cls : ""}"><colgroup>${cols}</colgroup>` +
    (head.length ? `<thead>${head.map((r) => row(r, true)).join("")}</thead>` : "") +
    `<tbody>${body.map((r) => row(r, false)).join("")}</tbody></table>`
  );
}
export function htmlBlocks(blocks) {
  return blocks
    .map((b) =>
      b.kind === "t" ? htmlTable(b) : b.kind === "page" ? `<div class="pb"></div>` : htmlPara(b, b.tag ?? "p"),
    )
    .join("\n");
}

// ---- writing -----------------------------------------------------------------------
export function folderOf(name) {
  const dir = join(HERE, "..", name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

export async function writeWord(dir, model) {
  writeFileSync(join(dir, "plan-auto.docx"), await d.Packer.toBuffer(buildDoc(model, false)));
  writeFileSync(join(dir, "plan-typed.docx"), await d.Packer.toBuffer(buildDoc(model, true)));
}

export function writeText(dir, model) {
  writeFileSync(join(dir, "plan.txt"), toText(model.sections));
}

/** plan.pdf exported by LibreOffice from plan-auto.docx. */
export function libreOfficePdf(dir) {
  execFileSync(
    "soffice",
    [
      "-env:UserInstallation=file:///tmp/lo-author7a",
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      join(dir, "plan-auto.docx"),
    ],
    { stdio: "ignore" },
  );
  renameSync(join(dir, "plan-auto.pdf"), join(dir, "plan.pdf"));
}
