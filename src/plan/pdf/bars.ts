// A Gantt chart printed to PDF: its bars are cells filled in a colour, holding no text. A cell whose middle a coloured
// rectangle covers is filled in that colour, and the cells read as marks are those a sheet's or a Word table's would
// be (`fill-marks.ts`: under a period's heading, in a row holding text, not coloured as the row's text cells are),
// each given an "x" as if typed, so that the period columns date the task by its last marked period. A table going on
// from the page before is headed by that page's header rows.
import { FILL_MARK, fillMarks, periodHeads, type CellFill } from "../fill-marks.ts";
import type { Fill } from "./geometry.ts";
import type { Cell, Table } from "./tables.ts";

/**
 * Cells looked at for the fills of one table: past it the fills are no chart's bars (hostile rectangles each covering
 * a huge grid), and none is read.
 */
export const MAX_FILLED_SLOTS = 200_000;

/** The first edge index whose slot's middle is at or past `v` (edges sorted). */
function firstMiddleFrom(edges: number[], v: number): number {
  let [low, high] = [0, edges.length - 1];
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((edges[mid]! + edges[mid + 1]!) / 2 < v) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The slots whose middles lie between `from` and `to`, as a range of indexes. */
function slotsBetween(edges: number[], from: number, to: number): [number, number] {
  return [firstMiddleFrom(edges, from), firstMiddleFrom(edges, to)];
}

const middle = (edges: number[], first: number, count: number) => (edges[first]! + edges[first + count]!) / 2;

/** Each cell's colour: the last fill painted over its middle, as the page shows it; null past the bound. */
function cellColours(table: Table, fills: Fill[]): Map<Cell, string> | null {
  const colours = new Map<Cell, string>();
  let looked = 0;
  for (const fill of fills) {
    const [top, bottom] = slotsBetween(table.ys, fill.y1, fill.y2);
    const [left, right] = slotsBetween(table.xs, fill.x1, fill.x2);
    looked += (bottom - top) * (right - left);
    if (looked > MAX_FILLED_SLOTS) return null;
    for (let r = top; r < bottom; r++)
      for (let c = left; c < right; c++) {
        const cell = table.slots[r]![c]!;
        const [x, y] = [middle(table.xs, cell.column, cell.columns), middle(table.ys, cell.row, cell.rows)];
        if (x >= fill.x1 && x <= fill.x2 && y >= fill.y1 && y <= fill.y2) colours.set(cell, fill.colour);
      }
  }
  return colours;
}

/** The table's rows (`tableRows`) with an "x" in each cell its fill marks as a bar; `head` the header above it. */
export function withBars(table: Table, rows: string[][], head: string[][], fills: readonly Fill[]): string[][] {
  if (fills.length === 0) return rows;
  const colours = cellColours(table, [...fills]);
  if (!colours?.size) return rows;
  const cells: CellFill[] = [...colours].map(([cell, colour]) => ({
    row: cell.row + 1,
    column: cell.column + 1,
    colour,
  }));
  const merges = [...new Set(table.slots.flat())]
    .filter((cell) => cell.rows > 1 || cell.columns > 1)
    .map((cell) => ({
      top: cell.row + 1,
      left: cell.column + 1,
      bottom: cell.row + cell.rows,
      right: cell.column + cell.columns,
    }));
  const texts = new Map(rows.map((cells, r) => [r + 1, cells]));
  const heads = periodHeads(texts, merges);
  const headed = new Set(periodHeads(new Map(head.map((cells, r) => [r + 1, cells])), []).keys());
  const marked = fillMarks(
    cells,
    merges,
    texts,
    (row, column) => headed.has(column) || (heads.get(column) ?? row) < row,
  );
  if (marked.length === 0) return rows;
  const out = rows.map((cells) => [...cells]);
  for (const { row, column } of marked) out[row - 1]![column - 1] = FILL_MARK;
  return out;
}
