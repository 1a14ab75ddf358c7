// A task table saved as CSV (a task system's "Xuất CSV", Excel's "Save as CSV" in a locale whose list separator is a
// semicolon) is a sheet written with another separator: every line holding anything has as many fields as the others,
// quotes honoured (a field may hold the separator, a quote or a line break). Read as a sheet copied as text is
// (`text-sheet.ts`), its quoted fields whole and their lines joined by a space as the workbook readers join a cell's.
import { csvRows } from "../formats/csv.ts";
import { isSheetCopy } from "./text-sheet.ts";

const SEPARATORS = [",", ";"] as const;

const cellText = (field: string) => field.replace(/[ \t]*\r?\n[ \t]*|\t/g, " ");

/**
 * The lines of a CSV table, its fields parted by tabs as a sheet copied as text is; null for any other text (prose,
 * whose lines never hold as many commas each, or text with tabs, read as a sheet copy already). Where both
 * separators make a table, the one that parts more fields is the file's.
 */
export function csvSheetLines(text: string): string[] | null {
  if (text.includes("\t")) return null;
  let best: string[] | null = null;
  for (const separator of SEPARATORS) {
    const rows = csvRows(text, separator);
    const lines = rows?.map((fields) => (fields.some((f) => f.trim()) ? fields.map(cellText).join("\t") : ""));
    if (!lines || !isSheetCopy(lines)) continue;
    if (!best || widthOf(lines) > widthOf(best)) best = lines;
  }
  return best;
}

const widthOf = (lines: string[]) => lines.find((line) => line)!.split("\t").length;
