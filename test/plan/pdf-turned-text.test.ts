// Header cells whose labels are set vertically (Word's and LibreOffice's "text direction": bottom to top, or top to
// bottom) in a narrow column: the PDF draws each label turned a quarter round. Each is read in its cell, its lines
// in their order, as the Word file's cell reads; vertical text outside a table (a signing note up the margin) is no
// text of the plan.
import { createRequire } from "node:module";
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import type { TextRun } from "../../src/plan/pdf/geometry.ts";
import { findTables, placeTurned, tableRows } from "../../src/plan/pdf/tables.ts";
import { readPdfPlan } from "../../src/plan/read-pdf.ts";
import { blocksOf } from "../support/ooxml.ts";
import { ruledTable, turnedRun } from "../support/large-file-inputs.ts";

const require = createRequire(import.meta.url);
const FONT = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSerif.ttf");

const XS = [60, 95, 300, 335, 385, 520];
const YS = [120, 230, 265, 300];
const SIZE = 10;

/** Text written up from (x, y), its glyphs' tops to the left; `down` written down, tops to the right. */
function turnedText(doc: PDFKit.PDFDocument, text: string, x: number, y: number, down = false): void {
  doc
    .save()
    .rotate(down ? 90 : -90, { origin: [x, y] })
    .text(text, x, y, { lineBreak: false })
    .restore();
}

function tablePdf(): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 40 });
  doc.registerFont("regular", FONT).font("regular").fontSize(SIZE);
  doc.text("Bảng phân công nhiệm vụ năm 2026", 60, 90, { lineBreak: false });
  for (const y of YS) doc.moveTo(XS[0]!, y).lineTo(XS.at(-1)!, y);
  for (const x of XS) doc.moveTo(x, YS[0]!).lineTo(x, YS.at(-1)!);
  doc.lineWidth(0.5).stroke();
  const level = (text: string, column: number, row: number) =>
    doc.text(text, XS[column]! + 4, YS[row]! + 8, { lineBreak: false });
  level("TT", 0, 0);
  level("Nội dung công việc", 1, 0);
  level("Ghi chú", 4, 0);
  // "Đơn vị thực hiện" up its cell; "Hạn hoàn thành" and "(năm 2026)" its two lines, up, left line first.
  turnedText(doc, "Đơn vị thực hiện", XS[2]! + 10, YS[1]! - 6);
  turnedText(doc, "Hạn hoàn thành", XS[3]! + 10, YS[1]! - 6);
  turnedText(doc, "(năm 2026)", XS[3]! + 24, YS[1]! - 6);
  [
    ["1", "Kiểm kê kho lưu trữ", "Sở Nội vụ", "Quý II", "Gửi Văn phòng"],
    ["2", "Chỉnh lý hồ sơ tồn đọng", "Sở Tư pháp", "20/8", ""],
  ].forEach((cells, r) => cells.forEach((text, c) => level(text, c, r + 1)));
  // A note written up the left margin, beside the table: no cell's.
  turnedText(doc, "Ký số bởi: Văn phòng Sở", 30, 700);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  doc.end();
  return done;
}

describe("labels turned a quarter round in a table's header", () => {
  it("are read in their cells, lines in order, and vertical text beside the table is left out", async () => {
    const blocks = blocksOf(await readPdfPlan(await tablePdf()));
    expect(blocks).toEqual([
      "Bảng phân công nhiệm vụ năm 2026",
      ["TT", "Nội dung công việc", "Đơn vị thực hiện", "Hạn hoàn thành (năm 2026)", "Ghi chú"],
      ["1", "Kiểm kê kho lưu trữ", "Sở Nội vụ", "Quý II", "Gửi Văn phòng"],
      ["2", "Chỉnh lý hồ sơ tồn đọng", "Sở Tư pháp", "20/8", ""],
    ]);
  });

  it("read written down the page too, the right line first", () => {
    const rules = [
      ...[0, 100].map((y) => ({ x1: 0, y1: y, x2: 60, y2: y })),
      ...[0, 30, 60].map((x) => ({ x1: x, y1: 0, x2: x, y2: 100 })),
    ];
    const [table] = findTables(rules);
    // Down: along the text is down the page (upright x = page y), the next line to the left (upright y = width - x).
    const down = (text: string, x: number, y: number, width: number) => ({
      run: { text, x: y, y: 595 - x, width, size: 9, font: "F" } satisfies TextRun,
      x: x + 4.5,
      y: y + width / 2,
    });
    for (const turned of [down("Phối hợp", 50, 10, 40), down("(nếu có)", 39, 12, 36)])
      expect(placeTurned(table!, turned)).toBe(true);
    expect(tableRows(table!, 0)).toEqual([["", "Phối hợp (nếu có)"]]);
  });

  it("placed thousands at a time, in a table of thousands of rows", () => {
    const rows = 3000;
    const [table] = findTables(ruledTable(rows));
    for (let r = 0; r < rows; r++) expect(placeTurned(table!, { run: turnedRun(r), x: 45, y: r * 20 + 10 })).toBe(true);
    const read = tableRows(table!, 0);
    expect(read[2999]).toEqual(["", "Tổ 3000", ""]);
  });
});
