// plan.pdf drawn with the repository's pdfkit from the block model (paragraphs and borderless layout tables).
import PDFDocument from "pdfkit";
import { createWriteStream } from "node:fs";

const FONTS = {
  regular: "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
  bold: "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
  italic: "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf",
  boldItalic: "/usr/share/fonts/truetype/dejavu/DejaVuSerif-BoldItalic.ttf",
};

const face = (o) => (o.bold && o.italic ? "boldItalic" : o.bold ? "bold" : o.italic ? "italic" : "regular");

export function pdfkitPdf(path, blocks, { title } = {}) {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 57, bottom: 57, left: 85, right: 57 },
    info: { Title: title ?? "", Producer: "PDFKit" },
    bufferPages: true,
  });
  for (const [k, f] of Object.entries(FONTS)) doc.registerFont(k, f);
  const out = createWriteStream(path);
  doc.pipe(out);
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const size = (o) => ((o.size ?? 26) / 2) * 0.92;

  for (const b of blocks) {
    if (b.t === "section" || b.t === "pagebreak") continue;
    if (b.t === "table") {
      const total = b.widths.reduce((a, w) => a + w, 0);
      for (const row of b.rows) {
        const top = doc.y;
        let x = left;
        let bottom = top;
        row.forEach((cell, ci) => {
          const c = typeof cell === "string" ? { text: cell } : cell;
          const w = (b.widths[ci] / total) * width;
          doc.y = top;
          for (const p of c.paras ?? [{ text: c.text ?? "" }]) {
            const o = { bold: c.bold, italic: c.italic, size: c.size, ...p };
            doc.font(face(o)).fontSize(size(o));
            doc.text(p.text || " ", x, doc.y, { width: w - 4, align: c.align ?? "left" });
          }
          bottom = Math.max(bottom, doc.y);
          x += w;
        });
        doc.x = left;
        doc.y = bottom + 4;
      }
      doc.moveDown(0.5);
      continue;
    }
    const o = { ...b };
    doc.font(face(o)).fontSize(size(o));
    if (b.before) doc.moveDown(b.before / 240);
    const text = (b.label ? b.label + (b.labelSep ?? " ") : "") + (b.spans ? b.spans.map((s) => s.text).join("") : b.text);
    doc.text(text, left, doc.y, {
      width,
      align: b.align === "justify" ? "justify" : (b.align ?? "left"),
      indent: b.indent ? 28 : 0,
      paragraphGap: 3,
    });
    if (b.after && b.after > 100) doc.moveDown(0.4);
  }
  const range = doc.bufferedPageRange();
  for (let i = 1; i < range.count; i++) {
    doc.switchToPage(i);
    doc.font("regular").fontSize(10).text(String(i + 1), left, 30, { width, align: "center", lineBreak: false });
  }
  doc.end();
  return new Promise((resolve) => out.on("finish", resolve));
}
