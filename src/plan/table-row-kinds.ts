// The rows of a task table that are no task row of its own: the lines closing the table, a header repeated on a new
// page, a group's heading, a total, an inner table's rows, a task repealed or struck through. The walk over the
// plan's blocks (`task-table.ts`) reads a task only from the rows these leave.
import type { Block } from "./document.ts";
import { endsBody } from "./closing-order.ts";
import { isGroupRow } from "./group-heading.ts";
import { isTotalRow } from "./total-row.ts";
import { mayHaveSubRows } from "./sub-rows.ts";
import { partCells, partTask } from "./nested-rows.ts";
import { numbersColumns } from "./table-header.ts";
import type { TableLayout, TaskLayout } from "./table-layout.ts";
import { repealedRow, struckRow } from "./repeal.ts";
import { isPartnerHeader } from "./partner-table.ts";
import { readGroupHeading } from "./table-text-lines.ts";
import { lastOfTable, type TableWalk } from "./table-walk.ts";

type RowBlock = Extract<Block, { type: "row" }>;

/** The layout row `block` is read by, or none when it ends the table (or stands in none). */
function layoutOver(walk: TableWalk, block: RowBlock): TableLayout | null {
  // "STT | Cơ quan phối hợp" after the table: the partners of its tasks by number, no tasks (`partner-table.ts`).
  // "Nơi nhận:" and the signer's lines laid out in the grid under the table (a workbook's sheet) end it: they are
  // no words of its last task.
  if (isPartnerHeader(block.cells) || (walk.layout && endsBody(block.cells.find((c) => c.trim()) ?? ""))) {
    walk.layout = null;
  }
  return walk.layout;
}

/** The rows of a table nested in the task's cell: its parts, "4.a" (`src/plan/nested-rows.ts`). Whether `cells` is. */
function readInnerRow(walk: TableWalk, cells: string[]): boolean {
  const inner = partCells(cells);
  const whole = inner && lastOfTable(walk, (t) => !walk.parts.has(t));
  if (!inner || !whole || !mayHaveSubRows(whole.ref)) return false;
  const part = partTask(walk.ctx, whole, inner);
  walk.parts.add(part);
  walk.tasks.push(part);
  return true;
}

const hasTaskColumn = (layout: TableLayout): layout is TaskLayout => layout.columns.task !== undefined;

/** The row of no task in the filled cells `cells` of row `i`, read (a heading, a part) or passed: whether it is. */
function readOtherRow(walk: TableWalk, layout: TaskLayout, cells: string[], i: number): boolean {
  const { columns } = layout;
  if (isGroupRow(cells)) {
    readGroupHeading(walk, layout, cells.join(" "));
    return true;
  }
  if (isTotalRow(cells) || readInnerRow(walk, cells)) return true;
  // "… | Quý III/2024 | | Bãi bỏ (…)" in an amending plan's table: a task no longer done (repeal.ts).
  if (repealedRow(cells, columns.task)) return true;
  // "2 | | | |": a row struck through whole, its number alone left (`repeal.ts`); not one whose words the next row,
  // unnumbered, holds (a row split across pages).
  const after = walk.blocks[i + 1];
  const carried = after?.type === "row" && !after.cells[columns.ref ?? -1]?.trim() && !!after.cells[columns.task];
  return struckRow(cells, columns.ref) && !carried;
}

/**
 * Row `block` at block `i`, its "Nt" cells filled (`ditto-cells.ts`), with the layout it is read by when it is a task
 * row; null when it is none.
 */
export function taskRowCells(
  walk: TableWalk,
  block: RowBlock,
  i: number,
): { cells: string[]; layout: TaskLayout } | null {
  const layout = layoutOver(walk, block);
  if (!layout || !hasTaskColumn(layout) || numbersColumns(block.cells)) return null;
  const { columns } = layout;
  if (walk.ownHeader && block.cells.join("\t") === walk.ownHeader) return null;
  const cells = walk.dittos.fill(block.cells, columns.ref);
  return readOtherRow(walk, layout, cells, i) ? null : { cells, layout };
}
