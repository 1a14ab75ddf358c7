// The deadline of a task table's row: its own time, a note beside the task where the table has no time column, the
// deadline of a task its note names, or the one of the section over it when its time is blank.
import { isRecurring } from "../domain/deadline.ts";
import { countsFromEvent } from "../domain/relative-deadline.ts";
import type { ParsedDeadline, TaskDraft } from "./parsed-plan.ts";
import { deadlineOf, isBlankTime } from "./task-context.ts";
import { cellsWording } from "./time-columns.ts";
import { bracketTime, duringSection } from "./section-time.ts";
import { sameDeadlineAs } from "./same-deadline.ts";
import { roleColumns, type Columns } from "./table-header.ts";
import type { TableLayout } from "./table-layout.ts";
import { inherited } from "./open-rows.ts";
import type { TableWalk } from "./table-walk.ts";

export interface RowDeadline {
  deadline: ParsedDeadline | null;
  /** The task a note beside it names, whose deadline it shares ("Cùng thời hạn với nhiệm vụ 2"). */
  sharedWith: string | null | undefined;
  /** That task, when read before the row. */
  sharer: TaskDraft | undefined;
  /** The row's time is blank, no note beside it saying why: it may take a time from above. */
  blankTime: boolean;
  /** A note beside the task says the work has no one day. */
  undatedNote: boolean;
}

/**
 * The cells a row with no time column may be dated in: those beside the task (a target, a unit of measure, a note),
 * never the task's own words, whose parts may each have a day, nor the cells naming who does it.
 */
const besideTask = (cells: string[], columns: Columns): string[] =>
  cells.filter(
    (_, i) =>
      i !== columns.task && ![...roleColumns(columns, "lead"), ...roleColumns(columns, "coordinators")].includes(i),
  );

/** A cell that says the work goes on, or is due some days after an event the plan may not date. */
const saysNoOneDay = (cell: string) => isRecurring(cell) || countsFromEvent(cell);

/** The cells beside a task row's task that may date it: none where a column or marks give its time. */
function besideCells(layout: TableLayout, cells: string[], level: number): string[] {
  const { columns, unitMarks, quarters, weeks, cutOffs } = layout;
  return level > 0 && columns.deadline === undefined && !unitMarks && !quarters && !weeks && !cutOffs
    ? besideTask(cells, columns)
    : [];
}

/**
 * "Cùng thời hạn với nhiệm vụ 2" beside the task: the deadline of the task it names, as read (same-deadline.ts), the
 * row dated by it for the rows that name it in turn.
 */
function sharedDeadline(walk: TableWalk, ref: string, beside: string[], named: boolean) {
  const sharedWith = named ? beside.map(sameDeadlineAs).find(Boolean) : null;
  const sharer = sharedWith ? walk.tasks.findLast((t) => t.ref === sharedWith) : undefined;
  const shared = sharer?.deadline ? { ...sharer.deadline } : null;
  if (shared) walk.ctx.dated.set(ref, shared.due);
  return { sharedWith, sharer, shared };
}

/** The deadline of row `ref` at `level`, its cells `cells` and its time `time`, under the rows open on the stack. */
export function rowDeadline(
  walk: TableWalk,
  layout: TableLayout,
  { cells, ref, level, time }: { cells: string[]; ref: string; level: number; time: string },
): RowDeadline {
  const beside = besideCells(layout, cells, level);
  // A section's title may close on its time in brackets alone ("B. TRIỂN KHAI (16/3–27/3/2026)", section-time.ts).
  const noted =
    level === 0 ? cellsWording(cells) || (cells.map(bracketTime).find(Boolean) ?? "") : cellsWording(beside);
  const { sharedWith, sharer, shared } = sharedDeadline(walk, ref, beside, level > 0 && !time);
  const own = sharedWith ? shared : deadlineOf(walk.ctx, ref, time || noted);
  // A time cell that says something other than a date ("Thường xuyên") takes none from its section, unless it says
  // "during" the period the dated section names ("Trong thời gian chiến dịch", `src/plan/section-time.ts`); nor does
  // a note written where a time column would be ("Thường xuyên", "Trong 10 ngày kể từ ngày công bố kết quả thi").
  const during = duringSection(time, walk.stack.findLast((o) => o.deadline)?.title ?? "");
  const undatedNote = beside.some(saysNoOneDay);
  const blankTime = !sharedWith && isBlankTime(time) && !undatedNote;
  const deadline = own ?? (blankTime || during ? inherited(walk.stack) : null);
  return { deadline, sharedWith, sharer, blankTime, undatedNote };
}
