// author47b's helpers over the authors' kit sheet model (test/plan-corpus/author-kit/sheet.mjs): cells, title and
// note rows, the style's date lines, and the workbook saved as the office saves it (plan.xlsx), its clipboard copy
// (plan.txt: each sheet's tab name on a line, then its cells), LibreOffice's print and the .xls/.ods copies.
// (Folded into the authors' kit after set 47: author-kit/book.mjs; this file re-exports it.)
export { C, H, title, note, blank, when, saveBook } from "../../plan-corpus/author-kit/book.mjs";

/** Units written in a cell, split on "; " or ", " between names, mapped by `map` (written -> answer name). */
export const unitsOf = (cell, map = {}) => (cell ? cell.split(/;\s*/).map((n) => map[n.trim()] ?? n.trim()) : []);
