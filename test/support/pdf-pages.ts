// Pages as the PDF reader keeps them, written by hand for the layout tests: text runs placed on a landscape A4 page
// with no ruling lines, and the table rows the layout reads from them.
import type { Block } from "../../src/plan/document.ts";
import type { PageContent, TextRun } from "../../src/plan/pdf/geometry.ts";

/** A run of 10-point text at (x, y), `width` points wide. */
export const run = (text: string, x: number, y: number, width: number): TextRun => ({
  text,
  x,
  y,
  width,
  size: 10,
  font: "F",
});

/** A landscape A4 page holding `runs` and no ruling line. */
export const page = (runs: TextRun[]): PageContent => ({ width: 842, height: 595, runs, rules: [] });

/** The cells of the table rows among `blocks`. */
export const rows = (blocks: Block[]): string[][] => blocks.flatMap((b) => (b.type === "row" ? [b.cells] : []));
