// Runs in a child process with its own memory limit: loads an uploaded workbook (or CSV),
// hands its cells back as plain data, then writes the annotated copy. A file that blows
// up here takes this process down, not the bot.
import ExcelJS from "exceljs";
import type { Cell, RawSheet } from "../domain/list-check.ts";
import { parseCsv } from "./csv.ts";

export type WorkerRequest =
  | { type: "read"; buffer: Uint8Array; kind: "xlsx" | "csv"; maxRows: number; maxColumns: number }
  | { type: "annotate"; input: AnnotateInput };

export interface AnnotateInput {
  headerRow: number;
  errorColumnTitle: string;
  notes: { row: number; message: string; cells: { column: number; severity: "error" | "warning" }[] }[];
  findingsSheet: { name: string; rows: (string | number)[][] };
}

export type WorkerReply =
  | { type: "sheet"; sheet: RawSheet }
  | { type: "too-many-rows"; rows: number }
  | { type: "unreadable"; message: string }
  | { type: "annotated"; buffer: Uint8Array };

const FILL = { error: "FFFFC7CE", warning: "FFFFEB9C" };

function cellOf(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value !== "object") return value as Cell;
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("formula" in value || "sharedFormula" in value) return cellOf((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ("text" in value) return typeof value.text === "string" ? value.text : cellOf(value.text as ExcelJS.CellValue);
  return null;
}

function rangeOf(ref: string) {
  const [a, b = a] = ref.split(":");
  const decode = (r: string) => {
    const [, letters, digits] = r.match(/^([A-Z]+)(\d+)$/)!;
    const col = [...letters!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return { row: Number(digits), col };
  };
  const s = decode(a!);
  const e = decode(b!);
  return { top: s.row, left: s.col, bottom: e.row, right: e.col };
}

let workbook: ExcelJS.Workbook;
let sheet: ExcelJS.Worksheet;

async function read(request: Extract<WorkerRequest, { type: "read" }>): Promise<WorkerReply> {
  workbook = new ExcelJS.Workbook();
  if (request.kind === "csv") {
    sheet = workbook.addWorksheet("Danh sách");
    for (const row of parseCsv(Buffer.from(request.buffer).toString("utf8"))) sheet.addRow(row);
  } else {
    await workbook.xlsx.load(request.buffer as unknown as ArrayBuffer);
    // The list is on the sheet with the most rows (title sheets and notes have few).
    sheet = [...workbook.worksheets].sort((a, b) => b.actualRowCount - a.actualRowCount)[0]!;
  }
  if (!sheet) return { type: "unreadable", message: "no worksheet" };
  if (sheet.actualRowCount > request.maxRows) return { type: "too-many-rows", rows: sheet.actualRowCount };
  const width = Math.min(sheet.columnCount, request.maxColumns);
  const rows: RawSheet["rows"] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: Cell[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      cells.push(cell.isMerged && cell.master !== cell ? null : cellOf(cell.value));
    }
    rows.push({ number, cells });
  });
  const merges = ((sheet.model as { merges?: string[] }).merges ?? []).map(rangeOf);
  return { type: "sheet", sheet: { rows, merges } };
}

async function annotate(input: AnnotateInput): Promise<WorkerReply> {
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
      row.getCell(column).fill = { type: "pattern", pattern: "solid", fgColor: { argb: FILL[severity] } };
    }
  }
  const list = workbook.addWorksheet(input.findingsSheet.name);
  for (const row of input.findingsSheet.rows) list.addRow(row);
  list.getRow(1).font = { bold: true };
  list.columns.forEach((c, i) => (c.width = i === 4 ? 80 : 18));
  // Inline strings write a third faster than a shared-string table, and Excel reads both.
  const written = await workbook.xlsx.writeBuffer({ useSharedStrings: false } as ExcelJS.XlsxWriteOptions);
  return { type: "annotated", buffer: new Uint8Array(written) };
}

process.on("message", async (request: WorkerRequest) => {
  try {
    process.send!(request.type === "read" ? await read(request) : await annotate(request.input));
  } catch (error) {
    process.send!({ type: "unreadable", message: (error as Error).message } satisfies WorkerReply);
  }
});
