// A table drawn inside a cell of another: its rules touch the outer table's, so the page gives
// one grid, where the outer row's cells beside the inner table span all its rows. When the inner
// table is a task table (a group's tasks beside the group's name), its rows are read as rows of
// their own after the group's row, as Word's reader and a typed copy lay them out
// (src/plan/docx/table.ts); any other inner grid keeps the rows the page shows.
import { opensTaskTable } from "../task-table.ts";
import type { Table } from "./tables.ts";

/** One row to read: cells `from` to `to` of the grid's row `row`. */
export interface RowView {
  row: number;
  from: number;
  to?: number;
}

/**
 * The first column of a task table's header starting in grid row `r` beside cells that each
 * span that row and more (the outer row's), or null.
 */
function innerStart(table: Table, rows: string[][], r: number): number | null {
  const k = table.slots[r]!.findIndex((cell) => cell.rows < 2);
  if (k < 1 || table.slots[r]!.slice(0, k).every((cell) => cell.row === r && !rows[r]![cell.column])) return null;
  return opensTaskTable([{ type: "row", cells: rows[r]!.slice(k) }]) ? k : null;
}

/** The grid's rows to read, with the rows of task tables inside a cell cut out of their outer row. */
export function rowViews(table: Table, rows: string[][]): RowView[] {
  const views: RowView[] = [];
  for (let r = 0; r < rows.length;) {
    const k = rows[r]!.some(Boolean) ? innerStart(table, rows, r) : null;
    if (k === null) {
      views.push({ row: r++, from: 0 });
      continue;
    }
    const outer = table.slots[r]!.slice(0, k);
    // The group's row, unless a row of the grid above the inner table already gave it.
    if (outer.every((cell) => cell.row === r)) views.push({ row: r, from: 0, to: k });
    const inner: number[] = [];
    for (; r < rows.length && outer.every((cell, c) => table.slots[r]![c] === cell); r++)
      if (rows[r]!.slice(k).some(Boolean)) inner.push(r);
    // The gap between the outer cell's border and the inner table's is no column of the inner table.
    const from = inner.reduce(
      (at, row) =>
        Math.min(
          at,
          rows[row]!.findIndex((text, c) => c >= k && text),
        ),
      Infinity,
    );
    views.push(...inner.map((row) => ({ row, from })));
  }
  return views;
}
