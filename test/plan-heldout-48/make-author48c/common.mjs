// author48c's helpers over the authors' kit workbook helpers (test/plan-corpus/author-kit/book.mjs): cells, title
// and note rows, the style's date lines, a unit cell read into the answer's units and the workbook's save come from
// the kit; here only the last day of a month and a zero-padded number.
export { C, H, title, note, blank, when, saveBook, unitsOf } from "../../plan-corpus/author-kit/book.mjs";

/** The ISO day that ends month `m` of year `y`. */
export function monthEnd(y, m) {
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

export const pad = (n) => String(n).padStart(2, "0");
