// A table drawn inside a cell of another: its rules touch the outer table's, so the page gives
// one grid, where the outer row's cells beside the inner table span all its rows. Read as Word's
// reader reads it (src/plan/docx/table.ts):
//   - a task table inside a cell (a group's tasks beside the group's name): its rows are rows of
//     their own after the group's row, as a typed copy lays them out;
//   - any other (the rounds of an inspection and the units each visits): part of the outer cell's
//     text, the outer row one row, and the grid's columns that only the inner table draws are no
//     columns of the table (the table's pages then keep the same columns).
import { opensTaskTable } from "../table-header.ts";
import type { Table } from "./tables.ts";

/** One row to read: the grid's row `row`, as itself, or its `columns` (with `cells` as their texts when merged). */
export interface RowView {
  row: number;
  columns: number[] | null;
  cells?: string[];
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

/** The first column of the inner table beside the outer cells spanning grid row `r` and more, or -1. */
function innerColumn(table: Table, rows: string[][], r: number): number {
  const k = table.slots[r]!.findIndex((cell) => cell.rows < 2);
  const outer = table.slots[r]!.slice(0, Math.max(k, 0));
  return k < 1 || outer.every((cell) => cell.row === r && !rows[r]![cell.column]) ? -1 : k;
}

/** A task table's rows, after its group's row unless a grid row above already gave that. */
function taskRows(table: Table, rows: string[][], block: number[], k: number): RowView[] {
  const [r] = block as [number];
  const views: RowView[] = [];
  if (table.slots[r]!.slice(0, k).every((cell) => cell.row === r)) views.push({ row: r, columns: range(0, k) });
  const inner = block.filter((i) => rows[i]!.slice(k).some(Boolean));
  // The gap between the outer cell's border and the inner table's is no column of the inner table.
  const from = Math.min(...inner.map((i) => rows[i]!.findIndex((text, c) => c >= k && text)));
  return [...views, ...inner.map((row) => ({ row, columns: range(from, rows[row]!.length) }))];
}

/** The outer row with the inner grid's texts, row by row, in the outer cell above them. */
function mergedRow(table: Table, rows: string[][], block: number[]): string[] {
  const top = block[0]!;
  const merged = [...rows[top]!];
  for (const i of block.slice(1))
    table.slots[i]!.forEach((cell, c) => {
      const text = rows[i]![c];
      if (!text || cell.row !== i || cell.column !== c) return;
      const owner = table.slots[top]![c]!.column;
      merged[owner] = merged[owner] ? `${merged[owner]} ${text}` : text;
    });
  return merged;
}

/**
 * Whether grid rows `block` divide columns no other row divides: an inner grid. Cells merged down
 * beside a few rows (a group's name over its tasks) divide none. On a page going on with a table,
 * a cell merged down may cover every row the page draws (a group's name over its last tasks): the
 * columns the table's rows divided on the page before (`before`) are the table's own.
 */
function drawsColumns(table: Table, block: number[], before: ReadonlySet<number>): boolean {
  const [first, last] = [block[0]!, block.at(-1)!];
  return range(1, table.xs.length - 1).some(
    (c) => !before.has(c) && table.slots.every((slots, i) => slots[c]!.column !== c || (i >= first && i <= last)),
  );
}

/** The grid's columns (by their left border) that rows outside the inner grids `inner` divide. */
function dividedColumns(table: Table, inner: Set<number>): Set<number> {
  const rows = table.slots.filter((_, r) => !inner.has(r));
  return new Set(range(1, table.xs.length - 1).filter((c) => rows.some((slots) => slots[c]!.column === c)));
}

/**
 * The grid's rows to read: task tables inside a cell cut out of their outer row, other inner grids merged into it;
 * and the columns the rows outside inner grids divide, for the table's next page (`before` is the last page's).
 */
export function rowViews(
  table: Table,
  rows: string[][],
  before: ReadonlySet<number> = new Set(),
): { views: RowView[]; divided: Set<number> } {
  let views: RowView[] = [];
  const innerRows = new Set<number>();
  const merged = new Set<number>();
  for (let r = 0; r < rows.length;) {
    const k = rows[r]!.some(Boolean) ? innerColumn(table, rows, r) : -1;
    if (k < 0) {
      views.push({ row: r++, columns: null });
      continue;
    }
    // The rows the outer cells span (a row of the grid above the inner table gives the outer row's text).
    const outer = table.slots[r]!.slice(0, k);
    const start = Math.min(...outer.map((cell) => cell.row));
    // A header of two rows at the table's top ("STT", "Đơn vị chủ trì" merged down beside "Nhiệm vụ, thời gian thực
    // hiện" over "Quý I" … "Quý IV"): the cells merged down are titles of its own, no group beside an inner table.
    const block = range(start, Math.max(...outer.map((cell) => cell.row + cell.rows)));
    if (start === 0 && opensTaskTable([{ type: "row", cells: rows[0]! }])) {
      views.push(...block.map((row) => ({ row, columns: null })));
      r = block.at(-1)! + 1;
      continue;
    }
    views = views.filter((view) => view.row < start);
    // A task table's header in one of the rows, beside the outer cells.
    const header = block
      .map((i) => ({ i, at: innerColumn(table, rows, i) }))
      .find(({ i, at }) => at > 0 && opensTaskTable([{ type: "row", cells: rows[i]!.slice(at) }]));
    if (header) views.push(...taskRows(table, rows, block, header.at));
    else if (!drawsColumns(table, block, before)) views.push(...block.map((row) => ({ row, columns: null })));
    else {
      views.push({ row: start, columns: null, cells: mergedRow(table, rows, block) });
      block.slice(1).forEach((i) => innerRows.add(i));
      block.forEach((i) => merged.add(i));
    }
    r = block.at(-1)! + 1;
  }
  const divided = dividedColumns(table, merged);
  return { views: innerRows.size ? withoutInnerColumns(table, views, innerRows) : views, divided };
}

/** The views without the columns only an inner grid's rows divide (spanned by one cell in every other row). */
function withoutInnerColumns(table: Table, views: RowView[], innerRows: Set<number>): RowView[] {
  const outside = table.slots.filter((_, r) => !innerRows.has(r));
  const kept = range(0, table.xs.length - 1).filter((c) => outside.some((slots) => slots[c]!.column === c));
  return views.map((view) => {
    const columns = view.columns ?? kept;
    return { row: view.row, columns, cells: view.cells && columns.map((c) => view.cells![c]!) };
  });
}
