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

type Row = Block & { type: "row" };

const width = (rows: Row[]) => rows.reduce((most, r) => Math.max(most, r.cells.length), 0);

/** The columns of a table's rows that are written month-first. */
function monthFirstColumns(rows: Row[]): Set<number> {
  const swapped = new Set<number>();
  const columns = width(rows);
  for (let column = 0; column < columns; column++)
    if (monthFirst(rows.map((r) => r.cells[column] ?? ""))) swapped.add(column);
  return swapped;
}

/**
 * The tables of a document's runs of rows. Page furniture or a note between rows splits one table into runs, and a
 * run with no day past 12 would be read day-first while the rest of its column is read month-first: a run whose first
 * row repeats a table's header belongs to that table, and one of the last table's width whose first row holds figures
 * (a ref or a date: a header names its columns in words) continues it.
 */
function tables(runs: Row[][]): number[] {
  const byHeader = new Map<string, number>();
  const out: number[] = [];
  for (const [i, run] of runs.entries()) {
    const header = run[0]!.cells.join("\t");
    const last = out.length > 0 ? out[out.length - 1]! : -1;
    const repeated = byHeader.get(header);
    const continued = last >= 0 && width(run) === width(runs[i - 1]!) && /\d/.test(header);
    const table = repeated ?? (continued ? last : i);
    if (table === i) byHeader.set(header, i);
    out.push(table);
  }
  return out;
}

/** The document's blocks, each table's month-first date columns written day-first as the rest of the reader reads. */
export function dayFirstColumns(blocks: Block[]): Block[] {
  const runs: Row[][] = [];
  let previous: Block | undefined;
  for (const block of blocks) {
    if (block.type === "row") {
      if (previous?.type === "row") runs[runs.length - 1]!.push(block);
      else runs.push([block]);
    }
    previous = block;
  }
  const tableOf = tables(runs);
  const rowsOf = new Map<number, Row[]>();
  for (const [i, run] of runs.entries()) {
    const rows = rowsOf.get(tableOf[i]!) ?? [];
    for (const row of run) rows.push(row);
    rowsOf.set(tableOf[i]!, rows);
  }
  const swappedOf = new Map([...rowsOf].map(([table, rows]) => [table, monthFirstColumns(rows)]));
  const swappedRow = new Map<Row, Set<number>>();
  for (const [i, run] of runs.entries()) for (const row of run) swappedRow.set(row, swappedOf.get(tableOf[i]!)!);
  return blocks.map((block) => {
    const swapped = block.type === "row" ? swappedRow.get(block) : undefined;
    if (block.type !== "row" || !swapped || swapped.size === 0) return block;
    return { ...block, cells: block.cells.map((cell, i) => (swapped.has(i) ? dayFirst(cell) : cell)) };
  });
}
