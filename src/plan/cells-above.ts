// A task has a lead and a deadline: a blank cell of a task below its sibling is that cell merged down over both, as
// a table copied to text (which keeps no merges) shows it. Which of a row's blank cells are so merged, and the row
// with the cells of the one above in them.
import type { TaskDraft } from "./parsed-plan.ts";
import type { TableLayout } from "./table-layout.ts";
import { refLevel } from "./row-refs.ts";
import { isDashRef } from "./dash-rows.ts";
import type { RowCells } from "./row-cells.ts";
import type { RowDeadline } from "./row-deadline.ts";
import type { RowLeads } from "./row-leads.ts";
import type { TableWalk } from "./table-walk.ts";

/** Which of a row's cells are blank and merged with the row above's. */
export interface BlankCells {
  lead: boolean;
  coordinators: boolean;
  deadline: boolean;
}

/**
 * A blank coordinators cell is a task without any (but a visit's, below a blank head of the team: both merged down),
 * and a cell that says something ("Thường xuyên") is never blank. One units cell naming both roles ("X (chủ trì); Y
 * (phối hợp)"), merged down, gives the row below its coordinators too.
 */
export function withCellsAbove(draft: TaskDraft, sibling: TaskDraft | undefined, blank: BlankCells): TaskDraft {
  // A dash row stands at the level of the numbered row it follows (`dash-rows.ts`), whatever its number's depth.
  const level = (ref: string) => (isDashRef(ref) ? null : refLevel(ref));
  const levels = [level(sibling?.ref ?? ""), level(draft.ref)];
  if (!sibling || sibling.parentRef !== draft.parentRef || (!levels.includes(null) && levels[0] !== levels[1]))
    return draft;
  const lead = blank.lead ? sibling.lead : draft.lead;
  const deadline = blank.deadline ? sibling.deadline : draft.deadline;
  const coordinators = blank.coordinators ? sibling.coordinators : draft.coordinators;
  return {
    ...draft,
    lead,
    deadline,
    coordinators: coordinators.filter((c) => !lead.some((l) => l.name === c.name)),
  };
}

/**
 * Whether a row of time `time` and deadline `due` leaves its time to the row above: the time above is taken so only
 * when no heading row gives one.
 */
function blankDeadline(walk: TableWalk, layout: TableLayout, row: RowCells, time: string, due: RowDeadline): boolean {
  const { columns, quarters, weeks, groups } = layout;
  // A month column's rows are dated by their month; a row of no month ("Cả năm") takes no other's time.
  // Marks under quarters or weeks are each row's own: an unmarked row ("Đột xuất") has no time, not the one above;
  // a row that starts on a day of its own and names no end is open, not merged with the end above.
  return (
    !time &&
    !due.deadline &&
    !walk.monthBlocks &&
    columns.month === undefined &&
    !quarters &&
    !weeks &&
    !groups &&
    !due.undatedNote &&
    !due.sharedWith &&
    !row.cell("start") &&
    // A row whose cells end before the time column has no time cell to be merged (a web system's export leaves
    // an empty cell out): it has no time, not the one above.
    !(columns.deadline !== undefined && row.cells.length <= columns.deadline && !row.own.deadline) &&
    // Under the plan's note giving the tasks with no time a day, a blank time cell is left blank on purpose.
    !walk.ctx.commonDeadline
  );
}

/** The blank cells of a row read as `leads`, `due` at `time`. */
export function blankCells(
  walk: TableWalk,
  layout: TableLayout,
  row: RowCells,
  { time, due, leads }: { time: string; due: RowDeadline; leads: RowLeads },
): BlankCells {
  const { marks, groupsLead } = leads;
  const noLead = !row.cell("lead");
  return {
    // A matrix marks every unit in every row: an unmarked column is no one's, never a merge.
    lead: !marks && !walk.owner && noLead && !groupsLead,
    // A table with no unit column (its owner said over it) has no cell to be merged: each row's partners are its own.
    coordinators:
      !marks &&
      !walk.owner &&
      noLead &&
      (layout.columns.coordinators === undefined ||
        (layout.visits && !row.cell("coordinators")) ||
        // A dash row beside the row it details, both unit cells blank: both merged down (`dash-rows.ts`).
        (isDashRef(row.cell("ref")) && !row.cell("coordinators"))),
    deadline: blankDeadline(walk, layout, row, time, due),
  };
}
