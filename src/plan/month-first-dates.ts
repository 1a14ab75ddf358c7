// An English-locale workbook shows its dates month-first ("m/d/yyyy"); copied as text or printed to PDF, its date
// column reads "3/9/2023" for 9 March. One date of the column that is a day only month-first ("6/30/2023": there is
// no 30th month) says how the column is written, and then every date of it is read so ("3/9/2023" is 9 March). A
// column with a date that is a day only day-first ("30/6/2023") is the plan's usual order and is left as it is.
import type { Block } from "./document.ts";

const DATE = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/g;

/** Each date of a cell ("3/31/2023", "Trước 6/30/2023") as its first and second numbers. */
function dates(cell: string): [number, number][] {
  return [...cell.matchAll(DATE)].map((m) => [Number(m[1]), Number(m[2])]);
}

/** Whether the column's dates are written month-first: one can only be, none can only be day-first. */
function monthFirst(cells: string[]): boolean {
  const all = cells.flatMap(dates);
  return all.some(([a, b]) => a <= 12 && b > 12 && b <= 31) && !all.some(([a]) => a > 12);
}

const dayFirst = (cell: string) =>
  cell.replace(DATE, (_, month: string, day: string, year: string) => `${day}/${month}/${year}`);

/** The rows of one table (a run of rows), each month-first date column written day-first. */
function rewriteTable(rows: (Block & { type: "row" })[]): Block[] {
  const width = Math.max(...rows.map((r) => r.cells.length));
  const swapped = new Set<number>();
  for (let column = 0; column < width; column++)
    if (monthFirst(rows.map((r) => r.cells[column] ?? ""))) swapped.add(column);
  if (swapped.size === 0) return rows;
  return rows.map((row) => ({ ...row, cells: row.cells.map((cell, i) => (swapped.has(i) ? dayFirst(cell) : cell)) }));
}

/** The document's blocks, each table's month-first date columns written day-first as the rest of the reader reads. */
export function dayFirstColumns(blocks: Block[]): Block[] {
  const out: Block[] = [];
  let table: (Block & { type: "row" })[] = [];
  const flush = () => {
    if (table.length > 0) out.push(...rewriteTable(table));
    table = [];
  };
  for (const block of blocks) {
    if (block.type === "row") table.push(block);
    else {
      flush();
      out.push(block);
    }
  }
  flush();
  return out;
}
