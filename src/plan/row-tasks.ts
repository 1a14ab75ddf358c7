// The tasks a task table's row gives, once read: the row with the cells above it merged in, or its parts (by month,
// by lead, by what the work is done for, the items its cell lists), or none (work done before the plan); and the row
// left open on the stack for the rows under it.
import type { TaskDraft } from "./parsed-plan.ts";
import { withCommonDeadline } from "./common-deadline.ts";
import { quarterTimes } from "./quarter-columns.ts";
import { monthTasks } from "./month-numbers.ts";
import { leadDeadlineTasks } from "./lead-deadlines.ts";
import { targetTasks } from "./target-columns.ts";
import { doneBeforePlan } from "./done-rows.ts";
import { cellListTasks } from "./cell-list-tasks.ts";
import { subRow } from "./sub-rows.ts";
import type { TaskLayout } from "./table-layout.ts";
import type { ResolvedName } from "../domain/resolve-units.ts";
import { withCellsAbove, type BlankCells } from "./cells-above.ts";
import type { RowCells } from "./row-cells.ts";
import type { RowDeadline } from "./row-deadline.ts";
import { lastOfTable, type TableWalk } from "./table-walk.ts";

/** A row as read: the task it says, and what else its tasks are made of. */
export interface RowRead {
  draft: TaskDraft;
  level: number;
  /** Block `i`: the rows after it may be its sub-rows. */
  i: number;
  blank: BlankCells;
  due: RowDeadline;
  partners: ResolvedName[];
  months: string[] | null;
  /** The lead a group row names for the rows under it (`group-lead.ts`). */
  groupLead: ResolvedName[] | undefined;
}

/** Tasks `tasks` the row `ref` at `level` gives, the row open over the rows below with no deadline to give them. */
export function pushUndated(walk: TableWalk, tasks: TaskDraft[], ref: string, level: number): void {
  walk.tasks.push(...tasks);
  walk.stack.push({ ref, level, deadline: null });
}

/** The row's task with the cells it leaves blank taken from the one above, and whether it titles sub-rows below it. */
function mergedRow(walk: TableWalk, layout: TaskLayout, row: RowCells, read: RowRead) {
  const { columns } = layout;
  const { draft, level } = read;
  // A title row over sub-rows takes no cell of the row above: its blank cells are its sub-rows' own.
  const next = walk.blocks[read.i + 1];
  const titles =
    next?.type === "row" && !!subRow(next.cells[columns.ref ?? -1] ?? "", next.cells[columns.task] ?? "", draft.ref);
  // The row above, not the items its cell listed, is the one whose cells a blank cell is merged with.
  const above = lastOfTable(walk, (t) => !walk.cellItems.has(t));
  // A system's record writing out its document's number is merged with no row: its blank cells are blank.
  const merged = level === 0 || titles || layout.record(row.cells) ? draft : withCellsAbove(draft, above, read.blank);
  // A task row with no time of its own, none from its section: the day of the plan's note (common-deadline.ts).
  const full =
    level > 0 && !titles && read.due.blankTime ? withCommonDeadline(merged, walk.ctx.commonDeadline) : merged;
  return { full, titles };
}

/**
 * "6,12" under "Tháng trình": a submission in each month (`src/plan/month-numbers.ts`), as days written under two
 * quarters are (`quarter-columns.ts`); a time cell giving each of the row's leads its day (`lead-deadlines.ts`); a
 * time column split by what the work is done for: one task per dated cell (`src/plan/target-columns.ts`).
 */
function partsOf(walk: TableWalk, layout: TaskLayout, row: RowCells, full: TaskDraft, read: RowRead) {
  const { ctx } = walk;
  const periods = layout.quarters ? quarterTimes(row.cells, layout.quarters) : (read.months ?? []);
  const byLead = () => leadDeadlineTasks(ctx, full, row.cell("deadline"), read.partners);
  const dated = periods.length > 1 ? monthTasks(ctx, full, periods) : byLead();
  if (dated) return dated;
  return layout.targets ? targetTasks(ctx, full, row.cells, layout.targets) : null;
}

/** The row's task, or the items its cell lists, each a task (`cell-list-tasks.ts`, `lettered-points.ts`). */
function pushItems(walk: TableWalk, row: RowCells, full: TaskDraft, due: RowDeadline): void {
  const { ctx } = walk;
  // A field's row whose cell lists its tasks numbered anew, or lettered points under a heading line: each a task of
  // the row, a point due at its own line of a lettered time cell.
  const items = cellListTasks(ctx, full, row.cell("task"), row.cell("deadline"));
  items?.slice(1).forEach((item) => walk.cellItems.add(item));
  walk.tasks.push(...(items ?? [full]));
  // A task named before it is read: its deadline is shared once it is (`same-deadline.ts`).
  if (due.sharedWith && !due.sharer) (ctx.sharesLater ??= new Map()).set(full, due.sharedWith);
}

/** The tasks row `row`, read as `read`, gives, and the row open over the rows below it. */
export function pushRowTasks(walk: TableWalk, layout: TaskLayout, row: RowCells, read: RowRead): void {
  const { level } = read;
  const { full, titles } = mergedRow(walk, layout, row, read);
  const parts = level === 0 || titles ? null : partsOf(walk, layout, row, full, read);
  if (parts) return pushUndated(walk, parts, read.draft.ref, level);
  // A row whose note says its work was done before the plan is the year's record, no task (`src/plan/done-rows.ts`).
  if (level > 0 && !titles && doneBeforePlan(row.cells, layout.columns.task, full.deadline, walk.ctx.issued)) return;
  pushItems(walk, row, full, read.due);
  // A row over sub-rows that names its lead gives it to a sub-row whose lead cell is blank, as its time cell gives
  // its time: the parent's, before the sibling row's above it.
  const ownLead = read.groupLead?.length ? read.groupLead : level > 0 && row.cell("lead") ? full.lead : [];
  const lead = ownLead.length ? ownLead : undefined;
  const untimed = read.due.blankTime ? { untimed: true as const } : {};
  // A numbered row naming its lead hands its partners down with it (an area row's lead has none to give).
  const coordinators = lead && !read.groupLead?.length ? { coordinators: full.coordinators } : {};
  const title = read.draft.title;
  walk.stack.push({ ref: read.draft.ref, level, deadline: full.deadline, lead, title, ...coordinators, ...untimed });
}
