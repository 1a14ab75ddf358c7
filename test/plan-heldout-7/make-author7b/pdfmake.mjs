// plan.pdf drawn by pdfmake (0.2, its own layout engine) from author7b's content model, in DejaVu Serif:
// numbers typed, the header block and signature as borderless tables, justified paragraphs.
import { join } from "node:path";
import { createWriteStream } from "node:fs";
import { require, cellRuns, runText } from "./lib.mjs";

const FONT_DIR = "/usr/share/fonts/truetype/dejavu";
const fonts = {
  Serif: {
    normal: join(FONT_DIR, "DejaVuSerif.ttf"),
    bold: join(FONT_DIR, "DejaVuSerif-Bold.ttf"),
    italics: join(FONT_DIR, "DejaVuSerif-Italic.ttf"),
    bolditalics: join(FONT_DIR, "DejaVuSerif-BoldItalic.ttf"),
  },
};

const pt = (twips) => twips / 20;

function runs(list, base = {}) {
  return list.map((r) =>
    typeof r === "string"
      ? { text: r, ...base }
      : r.br
        ? { text: "\n" }
        : {
            text: runText(r),
            ...base,
            bold: r.b !== undefined || r.bi !== undefined || base.bold,
            italics: r.i !== undefined || r.bi !== undefined || base.italics,
          },
  );
}

function cell(c) {
  const o = typeof c === "object" ? c : {};
  return {
    text: runs(cellRuns(c), { bold: o.b, italics: o.i }),
    alignment: o.align ?? "left",
    rowSpan: o.rowSpan,
    colSpan: o.colSpan,
  };
}

function table(t) {
  const body = [];
  // pdfmake wants every row full: covered cells as {} placeholders
  const carry = [];
  for (const row of t.rows) {
    const line = [];
    let i = 0;
    for (let col = 0; col < t.widths.length;) {
      if (carry[col] > 0) {
        carry[col] -= 1;
        line.push({});
        col += 1;
        continue;
      }
      const c = row[i++];
      if (c === undefined) {
        line.push({});
        col += 1;
        continue;
      }
      const span = (typeof c === "object" && c.colSpan) || 1;
      if (typeof c === "object" && c.rowSpan > 1) carry[col] = c.rowSpan - 1;
      line.push(cell(c));
      for (let k = 1; k < span; k++) line.push({});
      col += span;
    }
    body.push(line);
  }
  return {
    table: { widths: t.widths.map(pt), body, headerRows: t.headerRows || 0, dontBreakRows: true },
    layout: t.borders ? undefined : "noBorders",
    fontSize: t.role === "header" ? 11.5 : t.role === "signature" ? 12 : 11,
    margin: [0, t.role === "signature" ? 10 : 0, 0, 6],
  };
}

export function definition(blocks) {
  const content = [];
  for (const b of blocks) {
    if (b.k === "t") content.push(table(b));
    else if (b.k === "p" || b.k === "n") {
      const text =
        b.k === "n" ? [{ text: `${b.label} `, bold: b.runs.some((r) => r.b) }, ...runs(b.runs)] : runs(b.runs);
      content.push({
        text,
        alignment: b.align ?? "justify",
        leadingIndent: b.align === "center" ? 0 : 28,
        bold: b.bold,
        margin: [0, 2, 0, 3],
      });
    }
  }
  return {
    pageSize: "A4",
    pageMargins: [85, 57, 57, 57],
    defaultStyle: { font: "Serif", fontSize: 12, lineHeight: 1.15 },
    info: { title: "Kế hoạch", creator: "pdfmake", producer: "pdfmake" },
    content,
  };
}

export function pdfmakePdf(dir, blocks) {
  const PdfPrinter = require("pdfmake");
  const printer = new PdfPrinter(fonts);
  const doc = printer.createPdfKitDocument(definition(blocks));
  return new Promise((resolve, reject) => {
    const out = createWriteStream(join(dir, "plan.pdf"));
    out.on("finish", resolve);
    out.on("error", reject);
    doc.pipe(out);
    doc.end();
  });
}
