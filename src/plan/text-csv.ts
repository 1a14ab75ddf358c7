// A task table saved as CSV (a task system's "Xuất CSV", Excel's "Save as CSV" in a locale whose list separator is a
// semicolon) is a sheet written with another separator: every line holding anything has as many fields as the others,
// quotes honoured (a field may hold the separator, a quote or a line break). Read as a sheet copied as text is
// (`text-sheet.ts`), its quoted fields whole and their lines joined by a space as the workbook readers join a cell's.
// Prose has commas too: a text is a table only when every line holding anything has the same three fields or more,
// and some field is a cell's value alone, a number or a date ("1", "30/6/2026"), as a task table's STT or time is.
import { csvRows } from "../formats/csv.ts";

const SEPARATORS = [",", ";"] as const;
const MIN_FIELDS = 3;
const MIN_LINES = 3;
const CELL_VALUE = /^\s*(?:\d{1,4}(?:[./]\d{1,4}){0,2}|[IVX]{1,6})\s*$/;

const widest = (rows: string[][]) => Math.max(...rows.map((r) => r.length));
const cellText = (field: string) => field.replace(/[ \t]*\r?\n[ \t]*/g, " ");

const isBlank = (fields: string[]) => fields.length === 1 && !fields[0]!.trim();

/**
 * The rows of a text under one separator when they make a table, null otherwise. Sheets saved one after another are
 * parted by an empty line, each as wide as its own range and two lines long at least (a paragraph is no sheet).
 */
function tableRows(text: string, separator: string): string[][] | null {
  const rows = csvRows(text, separator);
  if (!rows) return null;
  const parts: string[][][] = [[]];
  for (const fields of rows) {
    if (!isBlank(fields)) parts.at(-1)!.push(fields);
    else if (parts.at(-1)!.length) parts.push([]);
  }
  const sheets = parts.filter((part) => part.length);
  // A later sheet may be narrower ("STT | Cơ quan phối hợp" after the task list), yet two fields at least.
  const even = (part: string[][], k: number) =>
    part.length >= 2 && part[0]!.length >= (k ? 2 : MIN_FIELDS) && part.every((r) => r.length === part[0]!.length);
  if (!sheets.length || !sheets.every(even) || sheets.flat().length < MIN_LINES) return null;
  return rows.some((fields) => fields.some((f) => CELL_VALUE.test(f))) ? rows : null;
}

/**
 * The lines of a CSV table, its fields parted by tabs as a sheet copied as text is; null for any other text (prose,
 * or text with tabs, read as a sheet copy already). Where both separators make a table, the one that parts more
 * fields is the file's.
 */
export function csvSheetLines(text: string): string[] | null {
  if (text.includes("\t")) return null;
  let best: string[][] | null = null;
  for (const separator of SEPARATORS) {
    const rows = tableRows(text, separator);
    if (rows && (!best || widest(rows) > widest(best))) best = rows;
  }
  return best && best.map((fields) => (isBlank(fields) ? "" : fields.map(cellText).join("\t")));
}
