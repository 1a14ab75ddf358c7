// author48c's helpers over the authors' kit workbook helpers (test/plan-corpus/author-kit/book.mjs): cells, title
// and note rows, the style's date lines and the workbook's save come from the kit; here only a unit cell read into
// the answer's units and the last day of a month.
export { C, H, title, note, blank, when, saveBook } from "../../plan-corpus/author-kit/book.mjs";

/** The answer's units for a cell of names separated by ";" (and/or line breaks); `map` turns written names. */
export function unitsOf(cell, map = {}) {
  if (!cell) return [];
  return cell
    .split(/;\s*/u)
    .map((n) => n.trim())
    .filter(Boolean)
    .flatMap((n) => map[n] ?? [n]);
}

/** The ISO day that ends month `m` of year `y`. */
export function monthEnd(y, m) {
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

export const pad = (n) => String(n).padStart(2, "0");
