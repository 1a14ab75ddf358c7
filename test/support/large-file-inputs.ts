// The large inputs of the PDF, OpenDocument and workbook tests, built at any size: a test reads one at its
// own size and asserts what comes out; `npm run bench` (bench/large-inputs.ts) reads it at n and 4n.
import type { PageGlyphs } from "../../src/plan/pdf/fallback-fonts.ts";
import type { PageContent, Rule, TextRun } from "../../src/plan/pdf/geometry.ts";
import { compoundFile, wordFile } from "../plan/doc/word-file.ts";
import { cell, row } from "../plan/ods/ods-file.ts";
import * as biff from "../plan/xls/biff.ts";
import { BOX, odtTable, p, type OdtParts } from "../plan/odt/odt-file.ts";
import { paragraph, rawDocx, run } from "./ooxml.ts";

/** A line of the main font with gaps, and `n` words pdf.js gave no width drawn where its first gap opens. */
export function zeroWidthWords(n = 2000): { runs: TextRun[]; glyphs: PageGlyphs } {
  const run = (text: string, x: number, width: number, font: string): TextRun => ({
    text,
    x,
    y: 100,
    width,
    size: 12,
    font,
  });
  const widths = new Map([
    ["t", 0.3],
    ["n", 0.5],
    ["h", 0.5],
    [" ", 0.25],
  ]);
  const glyphs: PageGlyphs = new Map([["a", { widths, text: "", spaced: [], gaps: [] }]]);
  return {
    runs: [run("t nh t nh t nh", 100, 60, "a"), ...Array.from({ length: n }, () => run("ỉ", 104, 0, "b"))],
    glyphs,
  };
}

/** The rules of a table of three columns and `n` rows. */
export const ruledTable = (n = 3000): Rule[] => [
  ...Array.from({ length: n + 1 }, (_, r) => ({ x1: 0, y1: r * 20, x2: 90, y2: r * 20 })),
  ...[0, 30, 60, 90].map((x) => ({ x1: x, y1: 0, x2: x, y2: n * 20 })),
];

/** The text turned on its side in row `r` of that table. */
export const turnedRun = (r: number): TextRun => ({
  text: `Tổ ${r + 1}`,
  x: 800 - r * 20,
  y: 45,
  width: 16,
  size: 8,
  font: "F",
});

/** A font whose letters are half its size wide (a space a quarter), for struck runs. */
const widths = new Map([..."abcdefghijklmnopqrstuvwxyzàáạăđêếệôơưọ0123456789/.,"].map((c) => [c, 0.5]));
widths.set(" ", 0.25);
export const STRUCK_PAGE: PageGlyphs = new Map([["F", { widths, text: "", spaced: [], gaps: [] }]]);
export const natural = (text: string, size: number) => [...text].reduce((sum, c) => sum + widths.get(c)! * size, 0);
export const strike = (x1: number, x2: number, y: number): Rule => ({ x1, x2, y1: y, y2: y });

/** `n` lines of two days, and 50 strikes over the first day of the first 50. */
export function struckRuns(n = 5000): { runs: TextRun[]; rules: Rule[] } {
  const runs: TextRun[] = Array.from({ length: n }, (_, i) => ({
    text: "ngay 10/6/2025 ngay 20/6/2025",
    x: 60,
    y: 20 + i * 15,
    width: natural("ngay 10/6/2025 ngay 20/6/2025", 10),
    size: 10,
    font: "F",
  }));
  const rules = runs.slice(0, 50).map((r) => strike(60, 60 + natural("ngay 10/6/2025", 10), r.y - 3));
  return { runs, rules };
}

/** An OCR's table: its header line, and `n` rows whose cells only gaps of two spaces part. */
export const scannedRows = (n = 20000, header = "TT  Nội dung  Chủ trì  Phối hợp  Thời hạn") => [
  header,
  ...Array.from({ length: n }, (_, i) => `${((i + 1) % 900) + 1}  Kiểm tra hồ sơ  Văn phòng  Công an xã  Tháng 9`),
];

/** An .odt of `n` paragraphs. */
export const odtParagraphs = (n = 20_000): OdtParts => ({
  body: Array.from({ length: n }, (_, i) => p(`Đoạn ${i}`)).join(""),
});

/** An .odt table of `n` rows under one cell merged down over them all. */
export function odtMergedRows(n = 5000): OdtParts {
  const merged = `<table:table-cell table:style-name="Box" table:number-rows-spanned="${n}">${p("Sở Tư pháp")}</table:table-cell>`;
  const rows = Array.from({ length: n }, (_, i) => [
    String(i + 1),
    `Nhiệm vụ ${i}`,
    i === 0 ? merged : "<table:covered-table-cell/>",
  ]);
  return { body: odtTable(rows), automatic: BOX };
}

/** A Word 97 file whose text is cut into `n` pieces. */
export function docOfPieces(n = 100_000): Buffer {
  const pieces = Array.from({ length: n }, (_, i): [number, number, number] => [i, i + 1, 1024 + i]);
  return wordFile({ text: `${"a".repeat(n - 1)}\r`, pieces });
}

/** A Word 97 file of `n` paragraphs in one piece. */
export const docOfParagraphs = (n = 20_000) =>
  wordFile({ text: "So Noi vu hoan thanh truoc ngay 30/6/2026.\r".repeat(n) });

/** A Word file whose body is an HTML part Word imports (w:altChunk), between its own paragraphs. */
export const chunked = (html: string | Buffer, before = "") =>
  rawDocx({
    body: `${before}<w:altChunk r:id="chunk1"/>${paragraph(run("Nơi nhận:"))}`,
    chunks: { chunk1: { target: "export.html", content: html } },
  });

/** A web page as an application exports it. */
export const page = (body: string, head = '<meta charset="utf-8">') =>
  `<!DOCTYPE html><html><head>${head}<title>Báo cáo</title><style>p{margin:0}</style></head><body>${body}</body></html>`;

/** A page's table of `n` rows under one cell merged down over them all (rowspan="0"). */
export function mergedHtmlRows(n = 20_000): string {
  const rows = Array.from({ length: n }, (_, i) => `<tr><td>${i + 1}</td><td>Nhiệm vụ ${i + 1}</td></tr>`);
  return page(
    `<table border="1"><tr><td>0</td><td>Nhóm</td><td rowspan="0">Sở Nội vụ</td></tr>${rows.join("")}</table>`,
  );
}

/** A rectangle drawn round text (test/plan/pdf-frames.test.ts). */
export const box = (left: number, right: number, top: number, bottom: number): Rule[] => [
  { x1: left, y1: top, x2: right, y2: top },
  { x1: left, y1: bottom, x2: right, y2: bottom },
  { x1: left, y1: top, x2: left, y2: bottom },
  { x1: right, y1: top, x2: right, y2: bottom },
];

/** Text in a box, 4.5 points a character. */
export const framedRun = (text: string, x: number, y: number): TextRun => ({
  text,
  x,
  y,
  width: text.length * 4.5,
  size: 10,
  font: "F",
});

/** A page of rules and text. */
export const framePage = (rules: Rule[], runs: TextRun[]): PageContent => ({ width: 595, height: 842, runs, rules });

/** `n` boxes drawn over one another 0.35 points apart, each round a step's words. */
export function stackedBoxes(n = 2_000): { rules: Rule[]; runs: TextRun[] } {
  const rules: Rule[] = [];
  const runs: TextRun[] = [];
  for (let i = 0; i < n; i++) {
    rules.push(...box(80, 500, 100 + i * 0.35, 100.3 + i * 0.35));
    runs.push(framedRun(`Bước ${i + 1}`, 90, 100.15 + i * 0.35));
  }
  return { rules, runs };
}

/** An Excel 97-2003 workbook of n task rows (number, title, date), in a compound file. */
export function xlsOfRows(n = 10_000): Buffer {
  const rows = Array.from({ length: n }, (_, i) => [
    biff.rk(i, 0, 0, i + 1),
    biff.label(i, 1, `Nhiệm vụ số ${i + 1}`),
    biff.number(i, 2, 1, 46000 + (i % 300)),
  ]).flat();
  const globals = [biff.format(164, "dd/mm/yyyy"), biff.xf(0), biff.xf(164)];
  return compoundFile({ Workbook: biff.workbook(globals, [{ name: "KH", records: rows }]) });
}

/** An .ods sheet of n rows whose first cell is merged down over them all. */
export const odsMergedRows = (n = 5000) =>
  `<table:table table:name="KH"><table:table-row>${cell("Sở Nội vụ", ` table:number-rows-spanned="${n}"`)}${cell("Nhiệm vụ 1")}</table:table-row>` +
  Array.from({ length: n - 1 }, (_, i) => row(`<table:covered-table-cell/>${cell(`Nhiệm vụ ${i + 2}`)}`)).join("") +
  "</table:table>";
