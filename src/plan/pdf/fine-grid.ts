// A table printed from a Word file a PDF converter rebuilt on many narrow grid columns (`src/plan/docx/fine-grid.ts`):
// each row draws its own walls, a little off the header's, with thin empty cells in the gaps. Read by every wall the
// page draws, its cells scatter over columns no label names. Its header's labelled cells are its columns: every filled
// cell is read in the header column it stands beneath, as the Word reader reads the converter's grid.
import { columnOf, columnsCovered, type Extent } from "../docx/fine-grid.ts";
import type { Cell, Table } from "./tables.ts";

/** How far (points) a wall may stand from the header's and still be drawn for it: a grid column or two off. */
const NEAR = 6;
/** Within this distance (points) two walls are one. */
const TOUCH = 2;

const filled = (cell: Cell) => cell.runs.length > 0 || (cell.turned?.length ?? 0) > 0;
const cellsOf = (row: Cell[], r: number) => row.filter((cell, c) => cell.row === r && cell.column === c);
const edgesOf = (table: Table, cell: Cell): Extent => [table.xs[cell.column]!, table.xs[cell.column + cell.columns]!];

/**
 * The header's columns, each from a labelled cell of the first row to the next (a thin empty cell between two is the
 * one's before it), when the table is a converter's: no header cell merged down, its empty cells thin, every wall of a
 * later row near a wall of the header, and some of them inside a header column. Null for any other table, read by its
 * grid: a header of two rows sets its sub-columns' walls well inside the label above them.
 */
function headerColumns(table: Table): Extent[] | null {
  const header = cellsOf(table.slots[0] ?? [], 0);
  const labelled = header.filter(filled);
  const thin = (cell: Cell) => edgesOf(table, cell)[1] - edgesOf(table, cell)[0] <= NEAR;
  if (labelled.length < 2 || header.some((cell) => cell.rows > 1 || (!filled(cell) && !thin(cell)))) return null;
  const starts = labelled.map((cell, i) => (i === 0 ? table.xs[0]! : table.xs[cell.column]!));
  const columns = starts.map((start, i): Extent => [start, starts[i + 1] ?? table.xs.at(-1)!]);
  const headerWalls = header.flatMap((cell) => edgesOf(table, cell));
  const walls = table.slots.slice(1).flatMap((row, r) => cellsOf(row, r + 1).flatMap((cell) => edgesOf(table, cell)));
  const near = walls.every((x) => headerWalls.some((w) => Math.abs(x - w) <= NEAR));
  const off = walls.some((x) => columns.some(([start, end]) => x > start + TOUCH && x < end - TOUCH));
  return near && off ? columns : null;
}

/** Moves a cell's text into `into`, the cell already read in its place. */
function merge(into: Cell, cell: Cell): void {
  into.runs.push(...cell.runs);
  if (cell.turned) (into.turned ??= []).push(...cell.turned);
}

/**
 * The table read by its header's columns when it is laid on a converter's fine grid (its cells' text placed), else the
 * table itself. A cell across several columns (a group's name) spans them; one merged down keeps its rows; two cells
 * of a row under one header column are one.
 */
export function onHeaderColumns(table: Table): Table {
  const columns = headerColumns(table);
  if (!columns) return table;
  const slots: (Cell | undefined)[][] = table.slots.map(() => columns.map(() => undefined));
  table.slots.forEach((row, r) => {
    for (const cell of cellsOf(row, r).filter(filled)) {
      const extent = edgesOf(table, cell);
      const column = columnOf(extent, columns);
      const existing = slots[r]![column];
      if (existing) {
        merge(existing, cell);
        continue;
      }
      const span = Math.min(Math.max(columnsCovered(extent, columns), 1), columns.length - column);
      const moved: Cell = { row: r, column, rows: cell.rows, columns: span, runs: [] };
      merge(moved, cell);
      for (let i = r; i < r + cell.rows; i++) for (let k = column; k < column + span; k++) slots[i]![k] ??= moved;
    }
  });
  return {
    ...table,
    xs: [...columns.map(([start]) => start), columns.at(-1)![1]],
    slots: slots.map((row, r) => row.map((cell, k) => cell ?? { row: r, column: k, rows: 1, columns: 1, runs: [] })),
  };
}
