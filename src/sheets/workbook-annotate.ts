// The annotated copy written with exceljs: for CSV lists, which come back as a workbook,
// and for files whose XML the patch of xlsx-annotate.ts does not handle.
import ExcelJS from "exceljs";
import { FILLS, type AnnotateInput } from "./annotation.ts";

export type AnnotateSource = { xlsx: Uint8Array; sheetName: string } | { csvRows: string[][] };

async function open(source: AnnotateSource): Promise<{ workbook: ExcelJS.Workbook; sheet: ExcelJS.Worksheet }> {
  const workbook = new ExcelJS.Workbook();
  if ("csvRows" in source) {
    const sheet = workbook.addWorksheet("Danh sách");
    for (const row of source.csvRows) sheet.addRow(row);
    return { workbook, sheet };
  }
  await workbook.xlsx.load(source.xlsx as unknown as ArrayBuffer);
  const sheet =
    workbook.getWorksheet(source.sheetName) ??
    [...workbook.worksheets].sort((a, b) => b.actualRowCount - a.actualRowCount)[0]!;
  return { workbook, sheet };
}

export async function annotateWithExceljs(source: AnnotateSource, input: AnnotateInput): Promise<Uint8Array> {
  const { workbook, sheet } = await open(source);
  const errorColumn = sheet.columnCount + 1;
  const header = sheet.getRow(input.headerRow).getCell(errorColumn);
  header.value = input.errorColumnTitle;
  header.font = { bold: true, color: { argb: "FF9C0006" } };
  sheet.getColumn(errorColumn).width = 60;
  for (const note of input.notes) {
    const row = sheet.getRow(note.row);
    const cell = row.getCell(errorColumn);
    cell.value = note.message;
    cell.alignment = { wrapText: true, vertical: "top" };
    for (const { column, severity } of note.cells) {
      row.getCell(column).fill = { type: "pattern", pattern: "solid", fgColor: { argb: FILLS[severity] } };
    }
  }
  const list = workbook.addWorksheet(input.findingsSheet.name);
  for (const row of input.findingsSheet.rows) list.addRow(row);
  list.getRow(1).font = { bold: true };
  // The last column holds the message: wide.
  list.columns.forEach((c, i, all) => (c.width = i === all.length - 1 ? 80 : 18));
  // Inline strings write a third faster than a shared-string table, and Excel reads both.
  return new Uint8Array(await workbook.xlsx.writeBuffer({ useSharedStrings: false } as ExcelJS.XlsxWriteOptions));
}
