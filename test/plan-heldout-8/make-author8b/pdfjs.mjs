// plan.pdf drawn by the npm package "pdfjs" (rkusa's PDF writer, not Mozilla's viewer) from a content model
// of lib.mjs: Liberation Serif embedded as CID fonts, numbers typed, layout tables without borders.
import { createWriteStream, readFileSync } from "node:fs";
import { join } from "node:path";
import { require, runText, cellRuns } from "./lib.mjs";

// pdfjs 2.5 reads font names as opentype.js 1.3.3 gave them; 1.3.4+ nests them per platform
const opentype = require("opentype.js");
const parse = opentype.parse;
opentype.parse = (...args) => {
  const font = parse(...args);
  font.names = { ...(font.names.windows ?? {}), ...font.names };
  delete font.tables.gsub; // opentype.js 1.3 cannot apply DejaVu's contextual substitutions
  return font;
};
const pdf = require("pdfjs");

// Debian's Liberation Serif has no Vietnamese letters beyond Latin-1; DejaVu Serif has them all
const FONTS = "/usr/share/fonts/truetype/dejavu";
const load = (name) => new pdf.Font(readFileSync(join(FONTS, `DejaVuSerif${name}.ttf`)));
const F = { r: load(""), b: load("-Bold"), i: load("-Italic"), bi: load("-BoldItalic") };
const font = (bold, italic) => F[(bold ? "b" : "") + (italic ? "i" : "") || "r"];

function addRuns(text, runs, o) {
  for (const r of runs) {
    const s = runText(r);
    if (!s) continue;
    const bold = o.bold || (typeof r === "object" && (r.b !== undefined || r.bi !== undefined));
    const italic = o.italic || (typeof r === "object" && (r.i !== undefined || r.bi !== undefined));
    const lines = s.split("\n");
    lines.forEach((line, k) => {
      if (k > 0) text.br();
      if (line) text.add(line, { font: font(bold, italic) });
    });
  }
}

function paragraph(target, b, fontSize) {
  const align = b.align ?? "justify";
  const runs = b.k === "n" ? [`${b.label} `, ...b.runs] : b.runs;
  const box = target.cell({ paddingTop: (b.before ?? 60) / 20, paddingBottom: (b.after ?? 60) / 20 });
  const text = box.text({ textAlign: align, fontSize: b.size ? b.size / 2 : fontSize, lineHeight: 1.2 });
  if (b.k !== "n" && align === "justify" && !b.noIndent)
    text.add("\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0", { font: F.r });
  addRuns(text, runs, { bold: b.bold, italic: b.italic });
}

function layoutTable(doc, t) {
  const total = t.widths.reduce((a, b) => a + b, 0);
  const table = doc.table({ widths: t.widths.map((w) => (w / total) * 454), borderWidth: 0 });
  for (const row of t.rows) {
    const r = table.row();
    for (const c of row) {
      const o = typeof c === "object" ? c : {};
      const cell = r.cell({ paddingBottom: 2 });
      let gap = 0;
      for (const line of splitLines(cellRuns(c))) {
        if (!line.length) {
          gap += 15;
          continue;
        }
        const box = cell.cell({ paddingTop: gap });
        const text = box.text({ textAlign: o.align ?? "left", fontSize: t.pdfSize ?? 11.5 });
        addRuns(text, line, { bold: o.b, italic: o.i });
        gap = 0;
      }
    }
  }
}

// runs split at "\n" into lines of runs
function splitLines(runs) {
  const out = [[]];
  for (const r of runs) {
    const s = typeof r === "string" ? r : null;
    if (s === null) {
      out.at(-1).push(r);
      continue;
    }
    s.split("\n").forEach((part, k) => {
      if (k > 0) out.push([]);
      if (part) out.at(-1).push(part);
    });
  }
  return out;
}

/** Draws `blocks` (paragraphs, numbered items, borderless tables) to `path` with pdfjs. */
export async function pdfjsPdf(path, blocks, { fontSize = 12.5, pageNumbers = true } = {}) {
  const doc = new pdf.Document({
    font: F.r,
    fontSize,
    width: 595.28,
    height: 841.89,
    paddingTop: 56,
    paddingBottom: 56,
    paddingLeft: 85,
    paddingRight: 56,
  });
  doc.info.creator = "pdfjs";
  doc.info.title = "Kế hoạch";
  if (pageNumbers) doc.footer().pageNumber((n) => `${n}`, { textAlign: "center", fontSize: 11 });
  const out = createWriteStream(path);
  doc.pipe(out);
  for (const b of blocks) {
    if (b.k === "t") layoutTable(doc, b);
    else if (b.k === "page") doc.pageBreak();
    else if (b.k === "p" || b.k === "n") paragraph(doc, b, fontSize);
  }
  await doc.end();
  await new Promise((resolve) => out.on("finish", resolve));
}
