// author7a's printers other than LibreOffice: headless Chromium (01, 04) and pdfmake (03).
import { join } from "node:path";
import { need, cellBlocks, runText } from "./lib.mjs";

/** plan.pdf printed by headless Chromium (playwright-core), with Chromium's own running head and foot. */
export async function chromiumPdf(dir, html, pdfOptions) {
  const { chromium } = need("playwright-core");
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: "load" });
    await page.pdf({ path: join(dir, "plan.pdf"), format: "A4", printBackground: true, ...pdfOptions });
  } finally {
    await browser.close();
  }
}

// ---- pdfmake (a PDF drawn without Word, LibreOffice or a browser) ---------------------------
function pmRuns(runs, o = {}) {
  return runs
    .filter((r) => !(typeof r === "object" && (r.page || r.pages)))
    .map((r) => {
      if (typeof r === "string") return { text: r };
      if (r.br) return { text: "\n" };
      if (r.tab) return { text: "    " };
      if (r.link) return { text: r.text, link: r.link, color: "#0563C1", decoration: "underline" };
      return {
        text: runText(r),
        bold: r.b !== undefined || r.bi !== undefined || undefined,
        italics: r.i !== undefined || r.bi !== undefined || undefined,
        decoration: r.u !== undefined ? "underline" : undefined,
      };
    })
    .map((x) => ({ ...x, bold: x.bold ?? o.bold, italics: x.italics ?? o.italic }));
}
function pmPara(b, inCell = false) {
  const runs = (b.kind === "n" && b.label ? [b.label + " "] : []).concat(b.runs);
  const indent = !inCell && !b.noIndent && !b.center && !b.right ? 28 : 0;
  return {
    text: pmRuns(runs, b),
    alignment: b.center ? "center" : b.right ? "right" : b.left || inCell ? "left" : "justify",
    fontSize: b.size ? b.size / 2 : undefined,
    margin: inCell ? [0, 1, 0, 1] : [0, (b.before ?? 60) / 20, 0, (b.after ?? 60) / 20],
    leadingIndent: indent || undefined,
    pageBreak: b.pageBreakBefore ? "before" : undefined,
  };
}
function pmTable(t, width) {
  const total = t.widths.reduce((a, b) => a + b, 0);
  const widths = t.widths.map((w) => (w / total) * width - 8);
  const grid = [];
  const carry = [];
  t.rows.forEach((row) => {
    const out = [];
    let i = 0;
    for (let col = 0; col < t.widths.length;) {
      if (carry[col] > 0) {
        carry[col] -= 1;
        out.push({});
        col += 1;
        continue;
      }
      const cell = row[i++];
      if (cell === undefined) {
        out.push({ text: "" });
        col += 1;
        continue;
      }
      const span = (typeof cell === "object" && cell.colSpan) || 1;
      const rows = (typeof cell === "object" && cell.rowSpan) || 1;
      const cw = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      const stack = cellBlocks(cell).map((b) =>
        b.kind === "t" ? pmTable(b, cw - 4) : pmPara({ bold: cell.b, center: cell.center, ...b }, true),
      );
      const node = { stack, fontSize: t.size ? t.size / 2 : undefined };
      if (span > 1) node.colSpan = span;
      if (rows > 1) {
        node.rowSpan = rows;
        carry[col] = rows - 1;
      }
      out.push(node);
      for (let k = 1; k < span; k++) out.push({});
      col += span;
    }
    grid.push(out);
  });
  return {
    table: { headerRows: t.header ?? 0, widths, body: grid, dontBreakRows: false },
    layout: t.layout
      ? "noBorders"
      : { hLineWidth: () => 0.6, vLineWidth: () => 0.6, paddingLeft: () => 3, paddingRight: () => 3 },
    margin: [0, 4, 0, 4],
  };
}
export function pmContent(blocks, width) {
  return blocks.map((b) =>
    b.kind === "t" ? pmTable(b, width) : b.kind === "page" ? { text: "", pageBreak: "after" } : pmPara(b),
  );
}
/** plan.pdf drawn by pdfmake with the DejaVu Serif fonts. */
export async function pdfmakePdf(dir, def) {
  const PdfPrinter = need("pdfmake");
  const f = "/usr/share/fonts/truetype/dejavu/";
  const printer = new PdfPrinter({
    Serif: {
      normal: f + "DejaVuSerif.ttf",
      bold: f + "DejaVuSerif-Bold.ttf",
      italics: f + "DejaVuSerif-Italic.ttf",
      bolditalics: f + "DejaVuSerif-BoldItalic.ttf",
    },
  });
  const doc = printer.createPdfKitDocument({ defaultStyle: { font: "Serif", fontSize: 12 }, ...def });
  const { createWriteStream } = await import("node:fs");
  await new Promise((resolve, reject) => {
    const out = createWriteStream(join(dir, "plan.pdf"));
    out.on("finish", resolve);
    out.on("error", reject);
    doc.pipe(out);
    doc.end();
  });
}
