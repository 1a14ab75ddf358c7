// A justified line a printer draws word by word, at even gaps: one of its words may happen to start right under the
// tab stop where the list items' texts start ("3.<tab>Sở …"), yet the gap before it is a space like the others, and
// the line is one line of the item, not two columns.
import { createRequire } from "node:module";
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { readPdfPlan } from "../../src/plan/read-pdf.ts";
import { blocksOf } from "../support/ooxml.ts";

const require = createRequire(import.meta.url);
const FONT = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSerif.ttf");
const SIZE = 12;
const STOP = 142;
// Items differ from page to page: lines alike at one place on every page are the page's furniture.
const UNITS = ["Sở Tài chính", "Sở Nội vụ", "Sở Tư pháp", "Sở Xây dựng", "Sở Y tế", "Công an tỉnh", "Thanh tra tỉnh"];

/** Words drawn one by one from x, each gap `gap` points wide. */
function spread(doc: PDFKit.PDFDocument, words: string[], x: number, y: number, gap: number): void {
  for (const word of words) {
    doc.text(word, x, y, { lineBreak: false });
    x += doc.widthOfString(word) + gap;
  }
}

function itemsPdf(lines: number): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 0 });
  doc.registerFont("serif", FONT).font("serif").fontSize(SIZE);
  let y = 60;
  const line = (draw: () => void) => {
    draw();
    y += 16;
    if (y > 780) {
      doc.addPage();
      y = 60;
    }
  };
  for (let n = 1; n <= lines; n++) {
    line(() => {
      doc.text(`${n}.`, 99, y, { lineBreak: false });
      doc.text(`${UNITS[n % UNITS.length]} chủ trì thẩm định dự toán`, STOP, y, { lineBreak: false });
    });
    // "tài liệu" ends so that "lưu" starts under the stop, after a gap as wide as the others.
    const first = "tài liệu";
    const gap = STOP - 71 - doc.widthOfString(first);
    line(() =>
      spread(doc, ["tài liệu", "lưu", "trữ", "điện", "tử;", "chậm", "nhất", "ngày", `${n}/6/2025.`], 71, y, gap),
    );
  }
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  doc.end();
  return done;
}

describe("a justified line drawn word by word", () => {
  it("reads a word starting under a tab stop as the next word of the line", async () => {
    const blocks = blocksOf(await readPdfPlan(await itemsPdf(2)));
    expect(blocks).toContain("tài liệu lưu trữ điện tử; chậm nhất ngày 1/6/2025.");
    expect(blocks.some((b) => b === "tài liệu")).toBe(false);
  });

  it("reads every such line of a long list whole", async () => {
    const texts = blocksOf(await readPdfPlan(await itemsPdf(300))).filter((b): b is string => typeof b === "string");
    const lines = [...texts.join("\n").matchAll(/tài liệu(.{0,24})/g)].map((m) => m[1] ?? "");
    expect(lines.length).toBeGreaterThan(250);
    expect(lines.every((rest) => rest.startsWith(" lưu trữ điện tử;"))).toBe(true);
  });
});
