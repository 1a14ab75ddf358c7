// An OpenDocument table's rows and cells as the drafts the .docx reader's tables are made of (docx/table.ts), so that
// both are read by the same rules (the page's layout tables, header rows, merged cells). ODF writes every grid
// position: a cell spanning columns (table:number-columns-spanned) or rows (table:number-rows-spanned) is followed by
// covered cells (table:covered-table-cell) where it reaches. A covered cell beside its own row's spanning cell is part
// of it; one under a cell spanning rows continues that cell down (Word's vMerge "continue"), and gives each row it
// covers the cell's text. Counts written in attributes (spans, repeats) are bounded before they are used.
import type { XmlElement } from "../../formats/xml-stream.ts";
import type { Budget } from "../budget.ts";
import type { CellDraft, RowDraft, TableDraft } from "../docx/table.ts";
import { Emphasis } from "../emphasis.ts";

export interface OdtTable {
  draft: TableDraft;
  /** Rows opened inside table:table-header-rows and not yet closed. */
  header: number;
  row: (RowDraft & { repeat: number }) | null;
  cell: (CellDraft & { repeat: number }) | null;
  /** The grid column the next cell of the row stands in; covered cells still to be taken by a spanning cell. */
  column: number;
  absorb: number;
  /** By grid column: a cell spanning rows, how many rows below it still covers and how many columns it spans. */
  down: Map<number, { left: number; span: number }>;
}

export const newTable = (): OdtTable => ({
  draft: { style: null, borders: {}, gridColumns: 0, rows: [] },
  header: 0,
  row: null,
  cell: null,
  column: 0,
  absorb: 0,
  down: new Map(),
});

/** An attribute's count, from 1 to `max` (a crafted "100000000" is `max`, where the budget refuses it). */
export function count(value: string | undefined, max: number): number {
  const n = Math.trunc(Number(value ?? 1));
  return Number.isFinite(n) ? Math.min(Math.max(n, 1), max) : 1;
}

/** A table:table-column: the grid gains the columns it repeats. */
export function addColumns(table: OdtTable, el: XmlElement, budget: Budget): void {
  table.draft.gridColumns += count(el.attrs["number-columns-repeated"], budget.limits.maxColumns + 1);
  budget.columns(table.draft.gridColumns);
}

export function openRow(table: OdtTable, el: XmlElement, budget: Budget): void {
  const repeat = count(el.attrs["number-rows-repeated"], budget.limits.maxBlocks + 1);
  table.row = { cells: [], header: table.header > 0, before: 0, after: 0, deleted: false, repeat };
  table.column = 0;
  table.absorb = 0;
}

/**
 * A cell opening: the draft its paragraphs go to, or null for a covered cell, whose text (if any) is not shown.
 * `look`: whether its style draws a border, and the background it paints.
 */
export function openCell(
  table: OdtTable,
  el: XmlElement,
  look: { bordered: boolean; fill?: string | undefined },
  budget: Budget,
): CellDraft | null {
  const row = table.row;
  if (!row) return null;
  const max = budget.limits.maxColumns + 1;
  const repeat = count(el.attrs["number-columns-repeated"], max);
  if (el.name === "table:covered-table-cell") {
    for (let k = 0; k < repeat; k++) coveredCell(table, row);
    budget.columns(row.cells.length);
    return null;
  }
  const span = count(el.attrs["number-columns-spanned"], max);
  const rows = count(el.attrs["number-rows-spanned"], budget.limits.maxBlocks + 1);
  const vMerge = rows > 1 ? "restart" : null;
  const draft: CellDraft & { repeat: number } = {
    ...{ span, vMerge, hMerge: null, ...look, blocks: [], repeat },
    emphasis: new Emphasis(),
  };
  if (rows > 1) table.down.set(table.column, { left: rows - 1, span });
  else table.down.delete(table.column);
  row.cells.push(draft);
  budget.columns(row.cells.length);
  table.column += 1;
  table.absorb = span - 1;
  table.cell = draft;
  return draft;
}

function coveredCell(table: OdtTable, row: RowDraft): void {
  if (table.absorb > 0) {
    table.absorb--;
    table.column++;
    return;
  }
  const above = table.down.get(table.column);
  if (above && above.left > 0) {
    above.left--;
    if (above.left === 0) table.down.delete(table.column);
    row.cells.push({ span: above.span, vMerge: "continue", hMerge: null, bordered: false, blocks: [] });
    table.absorb = above.span - 1;
  } else row.cells.push({ span: 1, vMerge: null, hMerge: null, bordered: false, blocks: [] });
  table.column++;
}

/** A cell closing: a repeated cell stands again in the columns it repeats over, with the same text. */
export function closeCell(table: OdtTable, budget: Budget): void {
  const cell = table.cell;
  const row = table.row;
  table.cell = null;
  if (!cell || !row) return;
  for (let k = 1; k < cell.repeat; k++) {
    row.cells.push({ ...cell, vMerge: null, blocks: cell.blocks });
    budget.columns(row.cells.length);
    table.column++;
  }
}

/** A row closing: it stands in the table as many times as it repeats, each a block of the budget's. */
export function closeRow(table: OdtTable, budget: Budget): void {
  const row = table.row;
  table.row = null;
  if (!row) return;
  const { repeat, ...draft } = row;
  for (let k = 0; k < repeat; k++) {
    budget.block();
    table.draft.rows.push(k === 0 ? draft : { ...draft, cells: draft.cells.map((c) => ({ ...c, vMerge: null })) });
  }
}

const blank = (cell: CellDraft) =>
  !cell.bordered && !cell.vMerge && cell.blocks.every((b) => (b.type === "text" ? !b.text : b.cells.every((c) => !c)));

/**
 * The table's draft, Word's skipped grid columns given back: LibreOffice saves a row's skipped columns before and after
 * it (Word's gridBefore, gridAfter) as empty cells drawing no border, in a table whose cells draw theirs. Those are
 * the row's `before` and `after`, as the .docx reader reads them (an STT cell indented under its column, a converter's
 * fine grid).
 */
export function finishTable(table: OdtTable): TableDraft {
  const draft = table.draft;
  const cells = draft.rows.flatMap((r) => r.cells);
  if (cells.filter((c) => c.bordered).length * 2 < cells.length) return draft;
  for (const row of draft.rows) {
    while (row.cells.length > 1 && blank(row.cells[0]!)) row.before += row.cells.shift()!.span;
    while (row.cells.length > 1 && blank(row.cells.at(-1)!)) row.after += row.cells.pop()!.span;
  }
  return draft;
}
