// author38b: a small page layout for the kit's content model (paragraphs, tables, the head/sign tables), drawn with
// pdfkit by a `glyphs` mode that is the document's habit:
//   "nfd"   (05): each line's text decomposed (NFD); base letters drawn in runs, EVERY combining mark drawn by its
//           own text operation at its own position (a second mark above raised and moved right, as stacked
//           Vietnamese marks are placed), as a PDF made from decomposed text or by a font without precomposed
//           glyphs carries them;
//   "words" (06): a "Print to PDF" driver that writes no space character: every word its own positioned text
//           operation (BT … Tm … TJ ET), the gaps between words only distance (justified lines: wider gaps).
import fs from "node:fs";
import PDFDocument from "pdfkit";
import { clean } from "../../plan-corpus/author-kit/lib.mjs";

const PAGE = { w: 595.28, h: 841.89, top: 57, bottom: 60, left: 71, right: 57 };
const ABOVE = new Set([0x300, 0x301, 0x302, 0x303, 0x306, 0x309]);
const isMark = (ch) => /\p{M}/u.test(ch);

export function renderPdf(file, blocks, o) {
  const doc = new PDFDocument({ size: "A4", margin: 0, autoFirstPage: true,
    info: { Title: o.title ?? "", Creator: o.creator ?? "", Producer: o.producer ?? "" } });
  const out = fs.createWriteStream(file);
  doc.pipe(out);
  const fonts = { r: o.fonts[0], b: o.fonts[1], i: o.fonts[2], bi: o.fonts[3] ?? o.fonts[1] };
  const fontOf = (bold, italic) => (bold && italic ? fonts.bi : bold ? fonts.b : italic ? fonts.i : fonts.r);
  const width = (s, f, size) => doc.font(f).fontSize(size).widthOfString(s.normalize("NFC"));
  const lh = (size) => size * (o.leading ?? 1.28);
  let y = PAGE.top;

  function drawWord(s, x, yy, f, size) {
    doc.font(f).fontSize(size);
    if (o.glyphs !== "nfd") return doc.text(s, x, yy, { lineBreak: false });
    let run = "", above = 0, pen = x;
    const flush = () => {
      if (run) doc.text(run, pen, yy, { lineBreak: false });
      pen += run ? doc.widthOfString(run) : 0;
      run = "";
    };
    for (const ch of s.normalize("NFD")) {
      if (!isMark(ch)) { run += ch; above = 0; continue; }
      flush();
      const cp = ch.codePointAt(0);
      const second = ABOVE.has(cp) && above++ > 0;
      doc.text(ch, pen, yy - (second ? size * 0.12 : 0), { lineBreak: false });
    }
    flush();
  }
  // one line: words placed by the mode; align left | center | right | justify (not the paragraph's last line)
  function drawLine(words, x, yy, avail, f, size, align, last) {
    const sp = width(" ", f, size);
    const ws = words.map((w) => width(w, f, size));
    const natural = ws.reduce((a, b) => a + b, 0) + sp * (words.length - 1);
    let gap = sp, start = x;
    if (align === "center") start = x + (avail - natural) / 2;
    else if (align === "right") start = x + avail - natural;
    else if (align === "justify" && !last && words.length > 1 && o.glyphs === "words") {
      gap = (avail - natural + sp * (words.length - 1)) / (words.length - 1);
    }
    if (o.glyphs === "nfd") return drawWord(words.join(" "), start, yy, f, size);
    let px = start;
    words.forEach((w, i) => { drawWord(w, px, yy, f, size); px += ws[i] + gap; });
  }
  function wrapText(text, avail, f, size, first = avail) {
    const lines = [];
    for (const para of String(text).split("\n")) {
      let cur = [];
      for (const word of para.split(/ +/).filter(Boolean)) {
        const next = [...cur, word];
        if (cur.length && width(next.join(" "), f, size) > (lines.length ? avail : first)) {
          lines.push(cur);
          cur = [word];
        } else cur = next;
      }
      lines.push(cur);
    }
    return lines;
  }
  const newPage = () => { doc.addPage({ size: "A4", margin: 0 }); y = PAGE.top; };

  function paragraph(b) {
    const size = o.size, f = fontOf(b.bold, b.italic);
    const text = (b.num ? b.num + " " : "") + clean(b.text);
    const avail = PAGE.w - PAGE.left - PAGE.right;
    const indent = b.indent === false || b.align === "center" ? 0 : 28;
    const lines = wrapText(text, avail, f, size, avail - indent);
    lines.forEach((ws, i) => {
      if (y + lh(size) > PAGE.h - PAGE.bottom) newPage();
      const x = PAGE.left + (i ? 0 : indent);
      drawLine(ws, x, y, avail - (i ? 0 : indent), f, size, b.align ?? "justify", i === lines.length - 1);
      y += lh(size);
    });
    y += o.after ?? 4;
  }

  function cellLines(c, w, size, hdr) {
    const paras = c.paras ?? [{ text: c.text ?? "", bold: c.bold, italic: c.italic, align: c.align }];
    return paras.flatMap((q) => {
      const f = fontOf(q.bold ?? c.bold ?? hdr, q.italic ?? c.italic);
      const t = clean((q.num ? q.num + " " : "") + (q.text ?? ""));
      return wrapText(t, w - 8, f, size).map((ws) => ({ ws, f, align: q.align ?? c.align ?? (hdr ? "center" : "left") }));
    });
  }

  function table(b) {
    const size = b.borders === false ? o.headSize ?? o.size : o.tableSize;
    const W = b.widths.map((x) => x / 20);
    const tw = W.reduce((a, x) => a + x, 0);
    const x0 = PAGE.left + Math.max(0, (PAGE.w - PAGE.left - PAGE.right - tw) / 2);
    const rows = b.rows.map((row, ri) => {
      let col = 0;
      const cells = row.map((raw) => {
        const c = typeof raw === "string" ? { text: raw } : raw;
        const span = c.span ?? 1;
        const x = x0 + W.slice(0, col).reduce((a, v) => a + v, 0);
        const w = W.slice(col, col + span).reduce((a, v) => a + v, 0);
        col += span;
        const lines = c.vm === "continue" ? [] : cellLines(c, w, size, ri < (b.header ?? 0));
        return { c, x, w, lines };
      });
      const h = Math.max(...cells.map((k) => k.lines.length)) * lh(size) + 6;
      return { cells, h, ri };
    });
    const bordered = b.borders !== false;
    const drawRow = (r, last) => {
      for (const k of r.cells) {
        k.lines.forEach((ln, i) => drawLine(ln.ws, k.x + 4, y + 3 + i * lh(size), k.w - 8, ln.f, size,
          ln.align, true));
        if (!bordered) continue;
        doc.lineWidth(0.5);
        const next = rows[r.ri + 1]?.cells.find((n) => Math.abs(n.x - k.x) < 0.1);
        const merged = !last && next?.c.vm === "continue";
        doc.moveTo(k.x, y).lineTo(k.x, y + r.h).moveTo(k.x + k.w, y).lineTo(k.x + k.w, y + r.h).stroke();
        if (r.ri === 0 || k.c.vm !== "continue" || r.top) doc.moveTo(k.x, y).lineTo(k.x + k.w, y).stroke();
        if (!merged) doc.moveTo(k.x, y + r.h).lineTo(k.x + k.w, y + r.h).stroke();
      }
    };
    for (const r of rows) {
      if (y + r.h > PAGE.h - PAGE.bottom) {
        newPage();
        for (const hr of rows.slice(0, b.header ?? 0)) { drawRow(hr, false); y += hr.h; }
        r.top = true;
      }
      drawRow(r, r === rows.at(-1));
      y += r.h;
    }
    y += 8;
  }

  for (const b of blocks) {
    if (b.t === "table") table(b);
    else if (b.t === "br") newPage();
    else if (b.t === "p") paragraph(b);
  }
  doc.end();
  return new Promise((resolve) => out.on("finish", resolve));
}
