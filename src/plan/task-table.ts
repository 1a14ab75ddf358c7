// Task tables ("Biểu phân công nhiệm vụ"): TT | Nhiệm vụ | Thời gian | Chủ trì | Phối hợp,
// with headers on one or two rows (merged "Trách nhiệm thực hiện" over Chủ trì / Phối
// hợp), repeated on each page, and refs in levels: I, then 1, then 1.1.
// The plan's blocks are walked once, in order (`table-walk.ts`): a text line (`table-text-lines.ts`), a header
// (`table-opening.ts`), a row of no task (`table-row-kinds.ts`) or a task row (`task-row.ts`); then the tasks read
// are cited by the sections, parts and items the tables stand under.
import type { Block } from "./document.ts";
import type { TaskDraft } from "./parsed-plan.ts";
import { partsRenumber } from "./numbering.ts";
import { withPartRefs } from "./part-refs.ts";
import { withAnnouncedItems } from "./announced-rows.ts";
import { describesRowAbove } from "./describing-rows.ts";
import { withSectionRefs } from "./section-refs.ts";
import type { TaskContext } from "./task-context.ts";
import { withPartnerTables } from "./partner-table.ts";
import { startWalk, type TableWalk } from "./table-walk.ts";
import { blockAt, readTextLine } from "./table-text-lines.ts";
import { readHeader } from "./table-opening.ts";
import { taskRowCells } from "./table-row-kinds.ts";
import { readTaskRow } from "./task-row.ts";

/** Block `i`, read into the walk: how many blocks past `i` it took. */
function readBlock(walk: TableWalk, i: number): number {
  const block = blockAt(walk, i);
  // "Sản phẩm: …; Kết quả cần đạt: …" under a task's row, merged across the table or a line of a text copy: the row
  // above's, no task and no end of the table (`src/plan/describing-rows.ts`).
  if (walk.layout && describesRowAbove(walk.blocks, i)) return 0;
  if (block.type === "text") {
    readTextLine(walk, block.text, i);
    return 0;
  }
  const header = readHeader(walk, block, i);
  if (header !== null) return header;
  const row = taskRowCells(walk, block, i);
  if (row) readTaskRow(walk, row.layout, block.cells, row.cells, i);
  return 0;
}

/** The tasks of the plan's task tables, cited by where they stand in the plan. */
export function readTaskTables(blocks: Block[], ctx: TaskContext): TaskDraft[] {
  const walk = startWalk(blocks, ctx);
  for (let i = 0; i < blocks.length; i++) i += readBlock(walk, i);
  const starts = walk.tables.map((t) => t.start);
  const lettered = partsRenumber(blocks.flatMap((b) => (b.type === "text" ? [b.text] : [])));
  const sectioned = withSectionRefs(walk.tasks, starts);
  const announced = withAnnouncedItems(walk.tables, sectioned, blocks);
  return withPartnerTables(withPartRefs(sectioned, announced, lettered), blocks, ctx);
}
