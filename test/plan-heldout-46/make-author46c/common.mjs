// author46c's helpers over the authors' kit sheet model (test/plan-corpus/author-kit/sheet.mjs): cells, title and
// note rows, a unit cell read into the answer's units, the style's date lines, and the workbook written as the
// office saves it. A sheet may carry `setup(ws)`: what the office set on the sheet after typing it (an autofilter
// on the header, frozen header rows, print titles), applied to the exceljs worksheet before it is saved.
// (Folded into the authors' kit after set 47, unitsOf after set 48: author-kit/book.mjs; this file re-exports it.)
export { C, H, title, note, blank, when, saveBook, unitsOf } from "../../plan-corpus/author-kit/book.mjs";

