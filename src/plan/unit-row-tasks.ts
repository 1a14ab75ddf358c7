// A table of one row per unit whose tasks fill one cell, each with its own deadline, and no time column:
//   STT | Cơ quan, đơn vị | Nhiệm vụ và thời hạn hoàn thành
//   1   | Sở Y tế         | - Rà soát …; hoàn thành trước ngày 31/3/2026. - Phối hợp với Sở X …; xong Quý III/2026.
// The row reads as a heading naming its unit, its cell as the items under it: each dated item is a task the
// row's unit leads ("phối hợp với X" names partners), as the same list written as prose would be.
import { findDeadlineWording } from "../domain/deadline.ts";
import type { Block } from "./document.ts";
import type { TaskDraft } from "./parsed-plan.ts";
import { readProseTasks } from "./prose.ts";
import type { TaskContext } from "./task-context.ts";

// An item of the cell's list starts with its mark, at the cell's start or after the item before it ends.
const ITEM = /(?:^|(?<=[.;!?)”"])\s+)[-–+•]\s+/u;

/** The tasks of a unit's row numbered `ref`, read from its task cell; null when the cell gives no deadline. */
export function unitRowTasks(ctx: TaskContext, ref: string, unitCell: string, taskCell: string): TaskDraft[] | null {
  if (!/^\d+(\.\d+)*$/.test(ref) || !unitCell || !findDeadlineWording(taskCell, ctx.issued)) return null;
  // A cell of one sentence, no list, is the row's own task, as one paragraph under a heading of units is.
  const listed = /^[-–+•]\s/u.test(taskCell);
  const items = listed ? taskCell.split(ITEM).flatMap((item) => (item.trim() ? [`- ${item.trim()}`] : [])) : [taskCell];
  const blocks = [`${ref}. ${unitCell}`, ...items].map((text): Block => ({ type: "text", text }));
  return readProseTasks(blocks, ctx);
}
