// One task row of a task table, read: its cells, its time, its number and level, the rows open over it, its
// deadline and its units, then the tasks it gives (`row-tasks.ts`). The steps run in this order, each on what the
// ones before read; some update the walk (`table-walk.ts`) for the rows after it.
import { refAndTitle, refLevel } from "./row-refs.ts";
import { mayHaveSubRows, subRow } from "./sub-rows.ts";
import { carriesOn, unnumberedRowRef } from "./unnumbered-rows.ts";
import { groupLead } from "./group-lead.ts";
import { dashRowLevel } from "./dash-rows.ts";
import { unitRowTasks } from "./unit-row-tasks.ts";
import { parentAt } from "./open-rows.ts";
import { rowCells, type RowCells } from "./row-cells.ts";
import { rowTime } from "./row-time.ts";
import { rowDeadline } from "./row-deadline.ts";
import { rowLeads } from "./row-leads.ts";
import { blankCells } from "./cells-above.ts";
import { pushRowTasks, pushUndated } from "./row-tasks.ts";
import type { TaskLayout } from "./table-layout.ts";
import { lastOfTable, type TableWalk } from "./table-walk.ts";

/**
 * The number and title the row is cited by, its level, and the lead a group row names (`group-lead.ts`); null for a
 * row of neither number nor words. `written`: its cells as the block writes them, no "Nt" filled.
 */
function rowPlace(walk: TableWalk, layout: TaskLayout, row: RowCells, written: string[]) {
  const { tasks, tableStart } = walk;
  const { columns } = layout;
  const { cell } = row;
  // "a) …" under a numbered title row: a task of its own (`src/plan/sub-rows.ts`).
  const previous = lastOfTable(walk);
  const titleRef = previous && (mayHaveSubRows(previous.ref) ? previous.ref : previous.parentRef);
  const sub = subRow(cell("ref"), cell("task"), titleRef ?? null);
  const asWritten = sub ?? refAndTitle(cell("ref"), cell("task"));
  if (!asWritten.ref && !asWritten.title) return null;
  // No number column: each row is a task of its own, cited by its place, unless it only carries the task's words
  // on (`src/plan/unnumbered-rows.ts`).
  const ownRow =
    columns.ref === undefined && !walk.selfNumbered && !(tasks.length > tableStart && carriesOn(written, columns.task));
  const read =
    !asWritten.ref && ownRow ? { ...asWritten, ref: unnumberedRowRef(walk.item, ++walk.unnumbered) } : asWritten;
  // "-" under "4": a detail row of the numbered row above it (`dash-rows.ts`).
  const level = dashRowLevel(walk.stack, read.ref, refLevel(read.ref));
  const noLeadColumn = !!walk.owner;
  const fromGroup =
    level === 0 && !cell("lead")
      ? groupLead(walk.ctx, read.ref, read.title, { leadTitle: layout.leadTitle, noLeadColumn })
      : null;
  return { ref: read.ref, level, title: fromGroup?.title ?? read.title, sub: !!sub, groupLead: fromGroup?.lead };
}

/**
 * No time column: a unit's row whose cell lists its tasks with their own deadlines (`src/plan/unit-row-tasks.ts`);
 * a column of partners beside it makes the row one task of the table's own shape. A month column is the row's time
 * column: its units' cell names who does the row's work, no list of their tasks. Whether the row is one.
 */
function readUnitRow(walk: TableWalk, layout: TaskLayout, row: RowCells, ref: string, level: number): boolean {
  const { columns } = layout;
  const byUnit = columns.deadline === undefined && columns.coordinators === undefined && columns.month === undefined;
  const listed = byUnit ? unitRowTasks(walk.ctx, ref, row.cell("lead"), row.cell("task")) : null;
  if (listed) pushUndated(walk, listed, ref, level);
  return !!listed;
}

/** The task row at block `i`, written `written`, its cells filled `cells`, in a table of layout `layout`. */
export function readTaskRow(walk: TableWalk, layout: TaskLayout, written: string[], cells: string[], i: number): void {
  const row = rowCells(walk, layout, cells);
  walk.selfNumbered ||= row.numbered;
  const { time, months, sentence } = rowTime(walk, layout, row);
  const place = rowPlace(walk, layout, row, written);
  if (!place) return;
  const { ref, level, title } = place;
  if (!ref && walk.tasks.length > 0) {
    // A row without a number continues the task above it (a cell split across pages).
    walk.tasks.at(-1)!.title += ` ${title}`;
    return;
  }
  if (level > 0) walk.dittos.remember(cells, layout.columns.ref);
  else walk.headingLead = [];
  const parent = parentAt(walk.stack, level);
  if (readUnitRow(walk, layout, row, ref, level)) return;
  const due = rowDeadline(walk, layout, { cells, ref, level, time });
  const leads = rowLeads(walk, layout, row, { ref, sub: place.sub, parent, sentence });
  const { lead, coordinators, partners } = leads;
  const draft = { ref, parentRef: parent?.ref ?? null, title, deadline: due.deadline, lead, coordinators };
  const blank = blankCells(walk, layout, row, { time, due, leads });
  pushRowTasks(walk, layout, row, { draft, level, i, blank, due, partners, months, groupLead: place.groupLead });
}
