// author8a's content model for held-out set 8 (documents 01-04), and what is written from it besides
// Word (ooxml.mjs): plan.txt as an office copies the text out of its Word file, an HTML page (for
// WeasyPrint), a flat JSON (for the ReportLab printer pdf04.py), and the files of a document folder.
//
// runs:   string | {b} bold | {i} italic | {bi} | {u} underlined | {br:true} | {tab:true} | {page:true}
// blocks: P(runs, o)  o = {align, bold, italic, size, indent:{left, first, hanging}, label (typed number),
//                          num:{list, lvl, inst} (Word numbering in plan-auto.docx), style ("Heading2"),
//                          keepNext, pageBreakBefore, spacing:{before, after}, sep (after the label)}
//         T(widths, rows, o)  o = {borders:false (a layout table), header: rows repeated, size,
//                               cellLines: a cell's paragraphs come out of plan.txt one a line}
//         cell = string | {blocks, text, span, vmerge:"restart"|"continue", bold, align, shade}
// model:  {title, lists:{name:[levels]}, styleNumbering: list name, headingStyles, sections:[{landscape,
//          head:[P], foot:[P], firstPlain, blocks}]}
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { writeFileSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { execFileSync } from "node:child_process";

export const HERE = dirname(fileURLToPath(import.meta.url));
export const P = (runs, o = {}) => ({ kind: "p", runs: [].concat(runs), ...o });
export const T = (widths, rows, o = {}) => ({ kind: "t", widths, rows, ...o });
export const PAGE = { kind: "page" };

export function runText(r) {
  if (typeof r === "string") return r;
  if (r.br) return "\n";
  if (r.tab) return "\t";
  if (r.page) return "";
  return r.text ?? r.b ?? r.i ?? r.bi ?? r.u ?? "";
}
export const paraText = (b) => (b.label ? b.label + (b.sep ?? " ") : "") + b.runs.map(runText).join("");

export function cellBlocks(cell) {
  if (typeof cell === "string") return [P(cell)];
  return cell.blocks ?? [P(cell.text ?? "")];
}

// ---- plan.txt --------------------------------------------------------------------------------
// A bordered table: a row a line, cells separated by tabs, a merged cell once, the rows a vertical
// merge covers with an empty cell. A cell's paragraphs are joined by a space, or (cellLines) by line
// breaks, as Word's "Plain Text" writes a cell holding a list: the first item goes on the row's line after
// the tab, the next ones on lines of their own, and the row's next cell follows the last one after a tab.
function tableLines(t) {
  return t.rows.map((row) =>
    row
      .map((cell) => {
        if (typeof cell === "object" && cell.vmerge === "continue") return "";
        return cellBlocks(cell)
          .map(paraText)
          .join(t.cellLines ? "\n" : " ");
      })
      .join("\t"),
  );
}

// A layout table (header block, signature) is copied column by column, a paragraph a line.
function layoutLines(t) {
  const out = [];
  const cols = Math.max(...t.rows.map((r) => r.length));
  for (let c = 0; c < cols; c++)
    for (const r of t.rows) if (r[c]) for (const b of cellBlocks(r[c])) out.push(paraText(b));
  return out.filter((s) => s.trim());
}

export function toText(model) {
  const parts = [];
  for (const s of model.sections)
    for (const b of s.blocks) {
      if (b.kind === "page" || b.textSkip) continue;
      if (b.kind === "t")
        parts.push((b.borders === false ? layoutLines(b).join("\n\n") : tableLines(b).join("\n")).trimEnd());
      else parts.push(paraText(b));
    }
  return (
    parts
      .join("\n\n")
      .replace(/\n{3,}/g, "\n\n")
      .trim() + "\n"
  );
}

// ---- HTML ------------------------------------------------------------------------------------
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
function htmlRuns(runs) {
  return runs
    .map((r) => {
      if (typeof r === "string") return esc(r);
      if (r.br) return "<br>";
      if (r.tab) return "&emsp;";
      if (r.b !== undefined) return `<b>${esc(r.b)}</b>`;
      if (r.i !== undefined) return `<i>${esc(r.i)}</i>`;
      if (r.bi !== undefined) return `<b><i>${esc(r.bi)}</i></b>`;
      if (r.u !== undefined) return `<u>${esc(r.u)}</u>`;
      return esc(runText(r));
    })
    .join("");
}
function htmlPara(b, inCell) {
  const style = [];
  const align = b.align ?? (inCell ? "left" : "justify");
  style.push(`text-align:${align === "both" ? "justify" : align}`);
  const ind = b.indent ?? (inCell || b.align === "center" ? { first: 0 } : { first: 567 });
  if (ind.hanging) style.push(`padding-left:${ind.left / 20}pt;text-indent:-${ind.hanging / 20}pt`);
  else style.push(`margin-left:${(ind.left ?? 0) / 20}pt;text-indent:${(ind.first ?? 0) / 20}pt`);
  if (b.size) style.push(`font-size:${b.size / 2}pt`);
  if (b.pageBreakBefore) style.push("break-before:page");
  let inner = htmlRuns([...(b.label ? [b.label + (b.sep ?? " ")] : []), ...b.runs]) || "&nbsp;";
  if (b.bold) inner = `<b>${inner}</b>`;
  if (b.italic) inner = `<i>${inner}</i>`;
  return `<p style="${style.join(";")}">${inner}</p>`;
}
function htmlTable(t) {
  const total = t.widths.reduce((a, b) => a + b, 0);
  // grid column of every cell, to give a merge's first cell its rowspan
  const grid = t.rows.map((row) => {
    let col = 0;
    return row.map((cell) => {
      const at = col;
      col += (typeof cell === "object" && cell.span) || 1;
      return at;
    });
  });
  const rowspan = (ri, col) => {
    let n = 1;
    for (let k = ri + 1; k < t.rows.length; k++) {
      const i = grid[k].indexOf(col);
      if (i < 0 || t.rows[k][i]?.vmerge !== "continue") break;
      n++;
    }
    return n;
  };
  const rowHtml = (row, ri) =>
    "<tr>" +
    row
      .map((cell, ci) => {
        const c = typeof cell === "string" ? { text: cell } : cell;
        if (c.vmerge === "continue") return "";
        const attrs = [];
        if (c.span > 1) attrs.push(`colspan="${c.span}"`);
        if (c.vmerge === "restart") attrs.push(`rowspan="${rowspan(ri, grid[ri][ci])}"`);
        const inner = cellBlocks(c)
          .map((b) => htmlPara({ bold: c.bold, align: c.align, ...b }, true))
          .join("");
        return `<td ${attrs.join(" ")}>${inner}</td>`;
      })
      .join("") +
    "</tr>";
  const cols = t.widths.map((w) => `<col style="width:${((100 * w) / total).toFixed(2)}%">`).join("");
  const head = t.rows
    .slice(0, t.header ?? 0)
    .map(rowHtml)
    .join("");
  const body = t.rows
    .slice(t.header ?? 0)
    .map((r, i) => rowHtml(r, i + (t.header ?? 0)))
    .join("");
  const size = t.size ? ` style="font-size:${t.size / 2}pt"` : "";
  return `<table class="${t.borders === false ? "layout" : "grid"}"${size}><colgroup>${cols}</colgroup><thead>${head}</thead><tbody>${body}</tbody></table>`;
}

/** An HTML page of the model, paged by CSS (@page with a running head and page numbers). */
export function toHtml(model, css = "") {
  const sections = model.sections.map((s, i) => {
    const inner = s.blocks
      .map((b) =>
        b.kind === "t" ? htmlTable(b) : b.kind === "page" ? '<div style="break-after:page"></div>' : htmlPara(b),
      )
      .join("\n");
    return `<section class="s${i}${s.landscape ? " land" : ""}">${inner}</section>`;
  });
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${esc(model.title ?? "")}</title><style>
body { font-family: "Liberation Serif", "Times New Roman", serif; font-size: 13pt; line-height: 1.25; }
p { margin: 3pt 0; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0; table-layout: fixed; }
table.grid td { border: 0.6pt solid #000; padding: 2pt 4pt; vertical-align: middle; }
table.layout td { vertical-align: top; padding: 0 2pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
${css}</style></head><body>${sections.join("\n")}</body></html>`;
}

// ---- flat JSON for ReportLab -----------------------------------------------------------------
const rlEsc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
function rlRuns(b) {
  const runs = [...(b.label ? [b.label + (b.sep ?? " ")] : []), ...b.runs];
  return runs
    .map((r) => {
      if (typeof r === "string") return rlEsc(r);
      if (r.br) return "<br/>";
      if (r.b !== undefined) return `<b>${rlEsc(r.b)}</b>`;
      if (r.i !== undefined) return `<i>${rlEsc(r.i)}</i>`;
      if (r.bi !== undefined) return `<b><i>${rlEsc(r.bi)}</i></b>`;
      return rlEsc(runText(r));
    })
    .join("");
}
const rlPara = (b, inCell) => ({
  p: rlRuns(b),
  bold: Boolean(b.bold),
  italic: Boolean(b.italic),
  align: b.align ?? (inCell ? "left" : "both"),
  first: (b.indent ?? (inCell || b.align === "center" ? { first: 0 } : { first: 567 })).first ?? 0,
  left: b.indent?.left ?? 0,
  hanging: b.indent?.hanging ?? 0,
  size: b.size ? b.size / 2 : null,
  before: b.spacing?.before ?? 60,
  pageBreakBefore: Boolean(b.pageBreakBefore),
});
export function toFlat(model) {
  return model.sections.map((s) => ({
    landscape: Boolean(s.landscape),
    head: (s.head ?? []).map((p) => rlRuns(p)),
    blocks: s.blocks.map((b) =>
      b.kind === "t"
        ? {
            table: b.rows.map((row) =>
              row.map((cell) => {
                const c = typeof cell === "string" ? { text: cell } : cell;
                const paras = cellBlocks(c).map((x) => rlPara({ bold: c.bold, align: c.align, ...x }, true));
                return { span: c.span ?? 1, vmerge: c.vmerge ?? null, paras };
              }),
            ),
            widths: b.widths,
            borders: b.borders !== false,
            header: b.header ?? 0,
            size: b.size ? b.size / 2 : null,
          }
        : b.kind === "page"
          ? { page: true }
          : rlPara(b, false),
    ),
  }));
}

// ---- Decree 30 parts ---------------------------------------------------------------------------
export const C = (text, o = {}) => ({ blocks: [P(text, { align: "center", spacing: { before: 0, after: 0 }, ...o })] });

/** The header block: organ [upper line, own name], "Số: …", "<place>, ngày …" in a borderless table. */
export function headerBlock(organ, number, placeDate, widths = [3600, 5471]) {
  return T(
    widths,
    [
      [C(organ[0]), C("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, size: 24 })],
      [C(organ[1], { bold: true }), C("Độc lập - Tự do - Hạnh phúc", { bold: true })],
      [C(number), C(placeDate, { italic: true })],
    ],
    { borders: false },
  );
}

/** "Nơi nhận:" and its list on the left, the signature on the right, in a borderless table. */
export function signature(recipients, signLines, widths = [4400, 4671]) {
  const tight = { spacing: { before: 0, after: 0 }, indent: { first: 0 } };
  return T(
    widths,
    [
      [
        {
          blocks: [
            P("Nơi nhận:", { ...tight, bold: true, italic: true, size: 24, align: "left" }),
            ...recipients.map((r) => P(r, { ...tight, size: 22, align: "left" })),
          ],
        },
        { blocks: signLines.map((s) => P(s, { ...tight, align: "center", bold: true })) },
      ],
    ],
    { borders: false },
  );
}

// ---- writing a document's folder ---------------------------------------------------------------
export function folderOf(name) {
  const dir = join(HERE, "..", name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

export async function writeWordAndText(dir, model) {
  const { docxBuffer } = await import("./ooxml.mjs");
  writeFileSync(join(dir, "plan-auto.docx"), await docxBuffer(model, false));
  writeFileSync(join(dir, "plan-typed.docx"), await docxBuffer(model, true));
  writeFileSync(join(dir, "plan.txt"), toText(model));
}

/** plan.pdf exported by LibreOffice from plan-auto.docx (its own profile: other LibreOffices may run). */
export function libreOfficePdf(dir) {
  const tmp = join("/tmp", `author8a-lo-${process.pid}`);
  mkdirSync(tmp, { recursive: true });
  execFileSync(
    "soffice",
    [
      "-env:UserInstallation=file:///tmp/author8a-lo-profile",
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      tmp,
      join(dir, "plan-auto.docx"),
    ],
    { stdio: "ignore", timeout: 600000 },
  );
  renameSync(join(tmp, "plan-auto.pdf"), join(dir, "plan.pdf"));
  rmSync(tmp, { recursive: true, force: true });
}

/** plan.pdf printed by WeasyPrint (Debian's weasyprint) from the model's HTML page. */
export function weasyPdf(dir, model, css) {
  const html = join("/tmp", `author8a-${process.pid}.html`);
  writeFileSync(html, toHtml(model, css));
  execFileSync("weasyprint", [html, join(dir, "plan.pdf")], { stdio: "inherit", timeout: 600000 });
  rmSync(html, { force: true });
}

/** plan.pdf drawn by ReportLab (Debian's python3-reportlab) through pdf04.py from the flat model. */
export function reportLabPdf(dir, model, meta = {}) {
  const json = join("/tmp", `author8a-${process.pid}.json`);
  writeFileSync(json, JSON.stringify({ meta, sections: toFlat(model) }));
  execFileSync("/usr/bin/python3", [join(HERE, "pdf04.py"), json, join(dir, "plan.pdf")], {
    stdio: "inherit",
    timeout: 600000,
  });
  rmSync(json, { force: true });
}
