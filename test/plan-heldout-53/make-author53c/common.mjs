// author53c's helpers: the authors' kit (test/plan-corpus/author-kit/book.mjs, sheet.mjs, lib.mjs) and its
// `sheet-head.mjs` (the Decree 30 header block and the Nơi nhận | signature rows typed in a sheet's cells, which
// author52c wrote here and author53c copied; folded in after set 53). The kit's `saveBook` writes plan.xlsx, plan.txt
// (Excel's copy), plan.pdf (LibreOffice's print) and the .xls/.ods copies;
// `showDate` shows a number format's quoted words ("\"Trước ngày \"dd/mm/yyyy").
export { C, H, title, note, blank, when, saveBook } from "../../plan-corpus/author-kit/book.mjs";
export { task, effective } from "../../plan-corpus/author-kit/lib.mjs";
export { writeExpected, D, isoOf, showDate } from "../../plan-corpus/author-kit/sheet.mjs";
export { headerRows, signRows, answerUnits, monthEnd, dayBefore } from "../../plan-corpus/author-kit/sheet-head.mjs";
