// author44a's helpers over the authors' kit sheet model: cells, title rows, notes under a table, and the workbook
// written as the office saves it (plan.xlsx), its clipboard copy (plan.txt: each sheet's tab name on a line of its
// own, then its cells), LibreOffice's print and .xls/.ods copies.
// (Folded into the authors' kit after set 47: author-kit/book.mjs; this file re-exports it.)
export { C, H, title, note, blank, when, saveBook } from "../../plan-corpus/author-kit/book.mjs";
