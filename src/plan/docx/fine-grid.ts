// A table a PDF converter rebuilt in Word: laid on many narrow grid columns, every cell spanning several, each
// row's edges a little off the row above's, some rows shifted by skipped columns (gridBefore, gridAfter). Read
// by its grid, its cells would scatter over columns no header names. Its header row's cells are its columns:
// every cell of a row is read in the first header column it covers at least half of (or that covers at least half
// of it), as the eye reads a cell under the header it stands beneath.

/** What of a Word table row the grid needs: its skipped columns before it, its cells' spans and down-merges. */
interface GridRow {
  before: number;
  cells: readonly { span: number; vMerge: unknown }[];
}

export type Extent = readonly [start: number, end: number];

/** The extents on the grid of a row's cells, its skipped columns before it counted. */
export function cellExtents(row: GridRow): Extent[] {
  let at = row.before;
  return row.cells.map((cell) => {
    const extent: Extent = [at, at + cell.span];
    at += cell.span;
    return extent;
  });
}

/** How many grid columns a header cell spans at least, on average, for the grid to be a converter's. */
const FINE = 2;

/**
 * The header's columns when the table is laid on a fine grid its body rows do not keep: the first row's cells
 * (no cell of it merged down), every one spanning several grid columns, and some later row with a cell edge
 * inside one of them. Null for a table whose rows keep their grid, read by it.
 */
export function headerColumns(rows: readonly GridRow[]): Extent[] | null {
  const [header, ...body] = rows;
  if (!header || header.cells.length < 2 || header.cells.some((c) => c.vMerge || c.span < FINE)) return null;
  const columns = cellExtents(header);
  const edges = new Set(columns.flatMap(([s, e]) => [s, e]));
  const inside = (at: number) => !edges.has(at) && at > columns[0]![0] && at < columns.at(-1)![1];
  const offGrid = body.some((row) => cellExtents(row).some(([s, e]) => inside(s) || inside(e)));
  return offGrid ? columns : null;
}

const overlap = (a: Extent, b: Extent) => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));

/** How many header columns a cell covers at least half of. */
export function columnsCovered(cell: Extent, columns: readonly Extent[]): number {
  return columns.filter((column) => overlap(cell, column) * 2 >= column[1] - column[0]).length;
}

/**
 * The header column a cell is read in. A cell across several columns (a group's name over the task, unit and
 * partner columns) is read where it starts; any other in the first column it half covers or that half covers it
 * (its edges a grid column or two off the header's); else in the nearest.
 */
export function columnOf(cell: Extent, columns: readonly Extent[]): number {
  if (columnsCovered(cell, columns) > 1) {
    const at = columns.findIndex(([, end]) => cell[0] < end);
    if (at >= 0) return at;
  }
  const half = (column: Extent) => overlap(cell, column) * 2 >= Math.min(cell[1] - cell[0], column[1] - column[0]);
  const first = columns.findIndex((column) => overlap(cell, column) > 0 && half(column));
  if (first >= 0) return first;
  const centre = (cell[0] + cell[1]) / 2;
  let best = 0;
  columns.forEach(([s, e], i) => {
    const [bs, be] = columns[best]!;
    if (Math.abs((s + e) / 2 - centre) < Math.abs((bs + be) / 2 - centre)) best = i;
  });
  return best;
}
