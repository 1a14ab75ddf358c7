// Real PDF files for the PDF reader's tests, drawn with pdfkit and DejaVu (Vietnamese):
// justified paragraphs, ruled tables with merged cells, the Decree 30/2020 header and
// signature blocks side by side, footnotes with their rule and raised marks, running
// headers and page numbers. Plus hand-written files for the hostile cases.
import { createRequire } from "node:module";
import { deflateSync } from "node:zlib";
import PDFDocument from "pdfkit";

const require = createRequire(import.meta.url);
const REGULAR = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSerif.ttf");
const BOLD = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSerif-Bold.ttf");

export type PdfCell = string | { text: string; rowSpan?: number; colSpan?: number; backgroundColor?: string };

/** One thing on the page, in reading order. */
export type PdfPart =
  | { kind: "paragraph"; text: string; bold?: boolean; center?: boolean; indent?: boolean; size?: number }
  /** A paragraph in slanted type, as a writer fakes italics with a font that has none: "[text]" slanted. */
  | { kind: "slanted"; text: string }
  /** A paragraph with raised footnote marks: "[1]" in the text is drawn as a superscript 1. */
  | { kind: "marked"; text: string }
  | { kind: "table"; rows: PdfCell[][]; widths: number[] }
  | { kind: "columns"; left: string[]; right: string[] }
  /** Notes at the page's foot, under a short rule unless `rule` is false. */
  | { kind: "footnotes"; notes: string[]; rule?: boolean }
  | { kind: "page-break" };

export interface PdfOptions {
  /** Running text drawn at the top of every page, "#" standing for the page number. */
  running?: string;
  userPassword?: string;
  ownerPassword?: string;
}

const SIZE = 13;
const MARGIN = { top: 57, bottom: 57, left: 85, right: 57 };

function marked(doc: PDFKit.PDFDocument, text: string): void {
  // pdfkit has no superscript: the line is drawn run by run, marks raised and smaller.
  const x0 = doc.page.margins.left;
  let x = x0;
  const y = doc.y;
  for (const part of text.split(/(\[\d+\])/)) {
    if (!part) continue;
    const mark = part.match(/^\[(\d+)\]$/);
    doc.fontSize(mark ? 8 : SIZE);
    doc.text(mark ? mark[1]! : part, x, mark ? y - 3 : y, { lineBreak: false });
    x += doc.widthOfString(mark ? mark[1]! : part);
  }
  doc.fontSize(SIZE);
  doc.x = x0;
  doc.y = y + doc.currentLineHeight(true) + 4;
}

function slanted(doc: PDFKit.PDFDocument, text: string): void {
  const y = doc.y;
  let x = MARGIN.left;
  // The split keeps the bracketed parts at odd places.
  text.split(/\[([^\]]*)\]/).forEach((part, i) => {
    if (!part) return;
    doc.text(part, x, y, { lineBreak: false, oblique: i % 2 === 1 });
    x += doc.widthOfString(part);
  });
  doc.x = MARGIN.left;
  doc.y = y + doc.currentLineHeight(true) + 4;
}

function columns(doc: PDFKit.PDFDocument, left: string[], right: string[]): void {
  const top = doc.y;
  doc.fontSize(12).text(left.join("\n"), MARGIN.left - 25, top, { width: 180, align: "center" });
  const leftEnd = doc.y;
  doc.text(right.join("\n"), 270, top, { width: 290, align: "center" });
  doc.x = MARGIN.left;
  doc.y = Math.max(leftEnd, doc.y) + 10;
  doc.fontSize(SIZE);
}

function footnotes(doc: PDFKit.PDFDocument, notes: string[], rule = true): void {
  const top = doc.page.height - MARGIN.bottom - notes.length * 14 - 6;
  if (rule)
    doc
      .moveTo(MARGIN.left, top)
      .lineTo(MARGIN.left + 120, top)
      .lineWidth(0.5)
      .stroke();
  notes.forEach((note, i) => {
    const y = top + 6 + i * 14;
    doc.fontSize(7).text(String(i + 1), MARGIN.left, y - 2, { lineBreak: false });
    doc.fontSize(10).text(note, MARGIN.left + 6, y, { lineBreak: false });
  });
  doc.fontSize(SIZE);
}

function draw(doc: PDFKit.PDFDocument, part: PdfPart): void {
  if (part.kind === "paragraph") {
    doc.font(part.bold ? "bold" : "regular").fontSize(part.size ?? SIZE);
    doc.text(part.text, MARGIN.left, doc.y, {
      align: part.center ? "center" : "justify",
      indent: part.indent === false || part.center ? 0 : 28,
      paragraphGap: 4,
    });
    doc.font("regular").fontSize(SIZE);
  } else if (part.kind === "marked") marked(doc, part.text);
  else if (part.kind === "slanted") slanted(doc, part.text);
  else if (part.kind === "table") {
    doc.fontSize(11);
    // Word's default cell margins (0.19 cm).
    doc.table({ columnStyles: part.widths.map((width) => ({ width, padding: [2, 5.4] })), data: part.rows });
    doc.fontSize(SIZE).moveDown(0.5);
    doc.x = MARGIN.left;
  } else if (part.kind === "columns") columns(doc, part.left, part.right);
  else if (part.kind === "footnotes") footnotes(doc, part.notes, part.rule);
  else doc.addPage();
}

export function pdfFrom(parts: PdfPart[], options: PdfOptions = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margins: MARGIN,
    bufferPages: true,
    ...(options.userPassword || options.ownerPassword
      ? {
          userPassword: options.userPassword,
          ownerPassword: options.ownerPassword,
          permissions: { printing: "highResolution" },
        }
      : {}),
  });
  doc.registerFont("regular", REGULAR).registerFont("bold", BOLD);
  doc.font("regular").fontSize(SIZE);
  for (const part of parts) draw(doc, part);
  if (options.running) {
    const { count } = doc.bufferedPageRange();
    for (let i = 0; i < count; i++) {
      doc.switchToPage(i);
      doc.fontSize(10).text(options.running.replace("#", String(i + 1)), 0, 25, {
        width: doc.page.width,
        align: "center",
        lineBreak: false,
      });
    }
  }
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  doc.end();
  return done;
}

/** A page of PNG only, as a scanner makes: no text at all. */
export function scannedPdf(png: Buffer, pages = 2): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 0 });
  for (let i = 0; i < pages; i++) {
    if (i > 0) doc.addPage();
    doc.image(png, 0, 0, { width: doc.page.width });
  }
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  doc.end();
  return done;
}

/** A PDF written object by object; `stream` objects carry their (already encoded) data. */
export function rawPdf(objects: (string | { dictionary: string; data: Buffer })[]): Buffer {
  const parts: Buffer[] = [Buffer.from("%PDF-1.4\n")];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objects.forEach((object, i) => {
    offsets.push(length);
    const body =
      typeof object === "string"
        ? Buffer.from(`${i + 1} 0 obj\n${object}\nendobj\n`)
        : Buffer.concat([
            Buffer.from(`${i + 1} 0 obj\n<< ${object.dictionary} /Length ${object.data.length} >>\nstream\n`),
            object.data,
            Buffer.from("\nendstream\nendobj\n"),
          ]);
    parts.push(body);
    length += body.length;
  });
  const xref = offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  parts.push(
    Buffer.from(
      `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`,
    ),
  );
  return Buffer.concat(parts);
}

/** `pages` pages (each a line of text), all drawing the same content stream. */
export function manyPagesPdf(pages: number): Buffer {
  const kids = Array.from({ length: pages }, (_, i) => `${i + 5} 0 R`).join(" ");
  return rawPdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    { dictionary: "", data: Buffer.from("BT /F1 12 Tf 72 720 Td (Ke hoach trien khai nhiem vu) Tj ET") },
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ...Array.from(
      { length: pages },
      () =>
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> >>",
    ),
  ]);
}

/** One page whose deflated content stream inflates to `megabytes` of drawing operators. */
export function hugeContentPdf(megabytes: number): Buffer {
  const content = Buffer.alloc(Math.round(megabytes * 1024 * 1024)).fill("0 0 m 100 100 l S\n");
  return rawPdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
    { dictionary: "/Filter /FlateDecode", data: deflateSync(content, { level: 9 }) },
  ]);
}
