// CSV tables as Excel and web systems write them (sample lists, plans' task tables): RFC 4180 quotes (a field may
// hold the delimiter, a quote or a line break), an optional BOM, CRLF or LF, and comma, semicolon or tab as delimiter.
// csv-parse reads them; the delimiter is the one under which the first lines, quotes
// honoured, split into the same number of fields.
import { parse } from "csv-parse/sync";

const DELIMITERS = [",", ";", "\t"] as const;
const SAMPLE_LINES = 5;

function rowsWith(text: string, delimiter: string, toLine?: number): string[][] {
  return parse(text, {
    bom: true,
    delimiter,
    relax_column_count: true,
    // Hand-made files put a stray quote inside an unquoted field ("Tổ 5 "A""): keep it as text.
    relax_quotes: true,
    skip_empty_lines: false,
    ...(toLine ? { to_line: toLine } : {}),
  }) as string[][];
}

/** The delimiter of a table's first lines, or null when they are no table (prose, JSON). */
export function detectDelimiter(head: string): string | null {
  let best: { delimiter: string; width: number } | null = null;
  for (const delimiter of DELIMITERS) {
    let rows: string[][];
    try {
      // The head may end inside a quoted field: only whole lines count.
      rows = rowsWith(head, delimiter, SAMPLE_LINES).filter((r) => r.some((v) => v.trim() !== ""));
    } catch {
      continue;
    }
    const width = rows[0]?.length ?? 0;
    if (rows.length < 2 || width < 3 || rows.some((r) => r.length !== width)) continue;
    if (!best || width > best.width) best = { delimiter, width };
  }
  return best?.delimiter ?? null;
}

/** The rows of a whole text under one delimiter, or null when its quotes do not close. */
export function csvRows(text: string, delimiter: string): string[][] | null {
  try {
    return rowsWith(text, delimiter);
  } catch {
    return null;
  }
}

export function parseCsv(text: string): string[][] {
  return rowsWith(text, detectDelimiter(text.slice(0, 8192)) ?? ",");
}
