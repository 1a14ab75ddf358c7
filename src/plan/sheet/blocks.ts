// A worksheet's rows as plan blocks, the same for every workbook format: a row with a single
// filled cell in the first column is a paragraph (titles, notes), any other row a table row.
// A ref typed as a number loses its trailing zero (1.10 is stored 1.1): a General number that
// breaks its column's sequence is read as the sequence means it, 1.10 after 1.9. Dates typed day-first into a
// month-first locale are read as the sheet shows them (typed-day-first.ts).
import type { Block } from "../document.ts";
import type { SheetRow } from "./grid.ts";
import { typedDayFirst } from "./typed-day-first.ts";

/** "1.1" after "1.9" in the same column, stored as a General number, reads "1.10". */
function sequenced(text: string, previous: string | undefined): string {
  const current = /^(\d+)\.(\d+)$/.exec(text);
  const before = previous ? /^(\d+)\.(\d+)$/.exec(previous) : null;
  if (!current || !before || current[1] !== before[1]) return text;
  const next = String(Number(before[2]) + 1);
  return next !== current[2] && next.replace(/0+$/, "") === current[2] ? `${current[1]}.${next}` : text;
}

/** A sheet's rows as blocks, under its tab's name when it has rows (a tab may name the unit they are given to). */
export function sheetBlocks(rows: SheetRow[], tab = ""): Block[] {
  const blocks: Block[] = [];
  const last: string[] = [];
  for (const row of typedDayFirst(rows)) {
    const cells = row.cells.map((text, column) => {
      const value = row.generalNumbers.has(column) ? sequenced(text, last[column]) : text;
      if (value) last[column] = value;
      return value;
    });
    const filled = cells.filter((c) => c);
    if (filled.length === 1 && cells[0]) blocks.push({ type: "text", text: cells[0] });
    else if (filled.length > 0) blocks.push({ type: "row", cells });
  }
  return tab.trim() && blocks.length > 0 ? [{ type: "text", text: tab.trim(), tab: true }, ...blocks] : blocks;
}
