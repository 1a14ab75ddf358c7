// author49c's helpers over the authors' kit workbook helpers (test/plan-corpus/author-kit/book.mjs): cells, title
// and note rows, the style's date lines and the workbook's save come from the kit; here an Excel serial day, the
// last day of a month, and a unit list written one way and answered another. (The save with a patched package and
// filtered rows left out of plan.txt, first written here, has been the kit's saveBook since set 49.)
export { C, H, title, note, blank, when, saveBook } from "../../plan-corpus/author-kit/book.mjs";
export { task } from "../../plan-corpus/author-kit/lib.mjs";
export { writeExpected, D, clipboard } from "../../plan-corpus/author-kit/sheet.mjs";

/** The ISO day that ends month `m` of year `y`. */
export const monthEnd = (y, m) => new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);

/** Excel's serial number of an ISO day (1900 date system). */
export const serial = (iso) => (Date.parse(iso + "T00:00:00Z") - Date.UTC(1899, 11, 30)) / 86400000;

/** The answer's units for written names: `map` turns a written name into its answer names (kept as written else). */
export const answer = (names, map) => [...new Set(names.flatMap((n) => map[n] ?? [n]))];
