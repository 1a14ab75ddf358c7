// A table nested in a cell of another, drawn clear of the cell's borders (LibreOffice sets it inside the cell's
// padding, with rules of its own that touch none of the outer table's): the page shows two grids, one inside a cell
// of the other. Read as the Word reader reads a nested table (src/plan/docx/table.ts): a task table's rows, or a
// task's parts each numbered in its first cell ("a) | work | 28/02/2026"), are rows of their own after the outer row,
// the parts each opening with an empty cell (src/plan/nested-rows.ts); any other inner table is part of the outer
// cell's text, as it was read before. A row of parts broken by the page goes on at the top of the next page's inner
// table, where its number's cell is empty, as an outer row does (layout.ts, carryOver).
import { isPartNumber } from "../nested-rows.ts";
import { opensTaskTable } from "../table-header.ts";
import { placeRun, type Table, tableRows } from "./tables.ts";

/** How far (points) an inner table's frame may stand past its outer one's and still be inside it. */
const NEAR = 2;

const frame = (t: Table) => ({ left: t.xs[0]!, right: t.xs.at(-1)!, top: t.ys[0]!, bottom: t.ys.at(-1)! });

/** Whether `inner` is drawn inside `outer`'s frame, and smaller. */
function inside(inner: Table, outer: Table): boolean {
  const [a, b] = [frame(inner), frame(outer)];
  const smaller = a.right - a.left < b.right - b.left || a.bottom - a.top < b.bottom - b.top;
  return (
    smaller &&
    a.left >= b.left - NEAR &&
    a.right <= b.right + NEAR &&
    a.top >= b.top - NEAR &&
    a.bottom <= b.bottom + NEAR
  );
}

/** A page's tables: those inside no other, each with the tables nested in it (top to bottom). */
export function nestTables(tables: Table[]): { table: Table; nested: Table[] }[] {
  const nested = new Set(tables.filter((t) => tables.some((o) => o !== t && inside(t, o))));
  return tables
    .filter((t) => !nested.has(t))
    .map((table) => ({
      table,
      nested: [...nested].filter((t) => inside(t, table)).sort((a, b) => a.ys[0]! - b.ys[0]!),
    }));
}

/** Parts read so far whose last row the page may have broken: their table and the rows as pushed (live). */
export interface OpenParts {
  table: Table;
  rows: string[][];
}

const sameColumns = (a: Table, b: Table) =>
  a.xs.length === b.xs.length && a.xs.every((x, i) => Math.abs(x - b.xs[i]!) <= NEAR);

/**
 * The rows a nested table gives after its outer row, and the parts left open for the next page; null when it is
 * part of the outer cell's text (its runs are then put back in `outer`). `open`: the parts the page before ended in,
 * when this table stands at the top of the row that page broke.
 */
export function innerRows(
  inner: Table,
  outer: Table,
  page: number,
  open: OpenParts | null,
): { rows: string[][]; open: OpenParts | null } | null {
  let rows = tableRows(inner, page).filter((cells) => cells.some(Boolean));
  const last = open && sameColumns(open.table, inner) ? open.rows.at(-1) : undefined;
  // The rest of a part the page broke: its number's cell empty, its words going on in the cells beside.
  if (last && rows[0] && !rows[0][0]) {
    rows[0].forEach((text, c) => {
      if (text) last[c + 1] = last[c + 1] ? `${last[c + 1]} ${text}` : text;
    });
    rows = rows.slice(1);
  }
  if (rows.length && opensTaskTable(rows.map((cells) => ({ type: "row", cells })))) return { rows, open: null };
  // Parts: each numbered, each with words beside but the last, which the page may have cut after its number.
  const parts = rows.every(
    (cells, i) => isPartNumber(cells[0] ?? "") && (i === rows.length - 1 || cells.slice(1).some(Boolean)),
  );
  // Once it has finished a part broken by the page, the table is the parts' whatever follows.
  if ((parts && rows.length) || last) {
    const laid = rows.map((cells) => ["", ...cells]);
    return { rows: laid, open: { table: inner, rows: last ? [...open!.rows, ...laid] : laid } };
  }
  for (const cell of new Set(inner.slots.flat())) for (const run of cell.runs) placeRun(outer, run);
  return null;
}
