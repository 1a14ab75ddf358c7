// author50c's helpers over the authors' kit (test/plan-corpus/author-kit/book.mjs, sheet.mjs), whose `saveBook` and
// `showDate` took in what this author first wrote here: dates shown by any day-month-year number format an office sets,
// and a sheet's `hidden: true` (a tab the office hid). Here only the month's last day and a day's ISO form.
export { C, H, title, note, blank, when, unitsOf, saveBook } from "../../plan-corpus/author-kit/book.mjs";
export { task, effective } from "../../plan-corpus/author-kit/lib.mjs";
export { writeExpected, D } from "../../plan-corpus/author-kit/sheet.mjs";

/** The ISO day that ends month `m` of year `y`. */
export const monthEnd = (y, m) => new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
export const iso = (d) => d.toISOString().slice(0, 10);
