// A table of one row per unit whose tasks fill one cell, each with its own deadline, and no time column:
//   STT | Cơ quan, đơn vị | Nhiệm vụ và thời hạn hoàn thành
//   1   | Sở Y tế         | - Rà soát …; hoàn thành trước ngày 31/3/2026. - Phối hợp với Sở X …; xong Quý III/2026.
// The row reads as a heading naming its unit, its cell as the items under it: each dated item is a task the
// row's unit leads ("phối hợp với X" names partners), as the same list written as prose would be.
import { findDeadlineWording } from "../domain/deadline-wording.ts";
import { numberedItems } from "./cell-list-tasks.ts";
import type { Block } from "./document.ts";
import type { TaskDraft } from "./parsed-plan.ts";
import { readProseTasks } from "./prose.ts";
import { renamed } from "./section-refs.ts";
import type { TaskContext } from "./task-context.ts";

// An item of the cell's list starts with its mark, at the cell's start or after the item before it ends.
const ITEM = /(?:^|(?<=[.;!?)”"])\s+)[-–+•]\s+/u;

/**
 * The tasks of a unit's row numbered `ref`, read from its task cell; null when the cell gives no deadline. A row
 * cited under its section ("III.1": numbered in the units' cell, no number column) is read by its own number.
 */
export function unitRowTasks(ctx: TaskContext, ref: string, unitCell: string, taskCell: string): TaskDraft[] | null {
  const [, within, own] = /^(?:(.*\D)\.)?(\d+(?:\.\d+)*)$/.exec(ref) ?? [];
  if (!own || !unitCell || !findDeadlineWording(taskCell, ctx.issued)) return null;
  // A cell of one sentence, no list, is the row's own task, as one paragraph under a heading of units is.
  const listed = /^[-–+•]\s/u.test(taskCell);
  // A list numbered 1, 2, … anew in each row: its items are the row's, each keeping its number ("1.5" for the fifth).
  const numbered = numberedItems(taskCell);
  const dashes = listed ? taskCell.split(ITEM).flatMap((item) => (item.trim() ? [item.trim()] : [])) : null;
  // A cell's list is a list even of one dash ("2.1"), where one dash under a unit's heading in prose is its task.
  const items = numbered?.map((item, i) => `${own}.${i + 1}. ${item}`) ??
    (dashes?.length === 1 ? [`${own}.1. ${dashes[0]}`] : dashes?.map((item) => `- ${item}`)) ?? [taskCell];
  const blocks = [`${own}. ${unitCell}`, ...items].map((text): Block => ({ type: "text", text }));
  const tasks = readProseTasks(blocks, ctx);
  return within ? tasks.map((task) => renamed(task, (r) => `${within}.${r}`)) : tasks;
}
