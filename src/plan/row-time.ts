// The time a task table's row is due, as its cells write it: its time column, an amended plan's kept deadline, the
// lead's sentence, its month column or the month heading over it, its marks under quarters, weeks or groups, its
// cells under the years (`year-columns.ts`) or its figures due by days (`cut-off-columns.ts`).
import { findDeadlineWording } from "../domain/deadline-wording.ts";
import { fold } from "../domain/text.ts";
import { isBlankTime } from "./task-context.ts";
import { keepsDeadline } from "./time-columns.ts";
import { quarterTime } from "./quarter-columns.ts";
import { weekTime } from "./week-columns.ts";
import { yearTime } from "./year-columns.ts";
import { cutOffTime } from "./cut-off-columns.ts";
import { groupTime } from "./deadline-groups.ts";
import { dayInRow, rowMonth, timeInMonth, type RowMonth } from "./month-column.ts";
import { monthWordings } from "./month-numbers.ts";
import { monthYearTime } from "./month-year-cell.ts";
import { serialDayTime } from "./serial-day-cell.ts";
import type { TableLayout } from "./table-layout.ts";
import type { RowCells } from "./row-cells.ts";
import type { TableWalk } from "./table-walk.ts";

export interface RowTime {
  /** The row's time as written, put in its month. */
  time: string;
  /** The months a cell of month numbers lists ("6,12" under "Tháng trình", `month-numbers.ts`). */
  months: string[] | null;
  /** The lead's cell is a sentence saying who leads, who helps and when. */
  sentence: boolean;
}

/** The time cell's words, or what stands for them: `one`, the row's one month in a cell of month numbers. */
function writtenTime(walk: TableWalk, layout: TableLayout, { cell }: RowCells, one: string | null, sentence: boolean) {
  const { columns } = layout;
  // "Giữ nguyên" in the new deadline's column, or nothing there: the superseded one stays in force, as the row
  // writes it now (an old date struck through beside the new one is gone, `src/plan/docx/body.ts`).
  const kept = keepsDeadline(cell("deadline")) || isBlankTime(cell("deadline")) ? cell("superseded") : "";
  // No time column beside a month column: the row's own words may give its day (`src/plan/month-column.ts`).
  const ownDay = columns.month !== undefined && columns.deadline === undefined;
  return (
    kept ||
    (walk.numbered?.role === "deadline" && one) ||
    monthYearTime(serialDayTime(cell("deadline"))) ||
    (sentence ? (findDeadlineWording(cell("lead"), walk.ctx.issued) ?? "") : "") ||
    (ownDay ? dayInRow(cell("task"), walk.ctx.issued) : "")
  );
}

/** The row's time: its marks under periods as columns, else the time written, in its month. */
function periodTime(layout: TableLayout, cells: string[], written: string, month: RowMonth | null): string {
  const { quarters, weeks, groups, years, cutOffs } = layout;
  if (quarters) return quarterTime(cells, quarters);
  if (weeks) return weekTime(cells, weeks);
  if (years) return yearTime(cells, years);
  if (cutOffs) return cutOffTime(cells, cutOffs);
  return groups ? groupTime(cells, groups) : timeInMonth(written, month);
}

/** The time of row `row`; its month cell dates the rows after it too (`walk.month`). */
export function rowTime(walk: TableWalk, layout: TableLayout, row: RowCells): RowTime {
  const { cell } = row;
  const { numbered } = walk;
  // A work programme's month column dates the rows of its month (`src/plan/month-column.ts`).
  const months = numbered ? monthWordings(cell(numbered.role), numbered.year) : null;
  const one = months?.length === 1 ? months[0]! : null;
  if (layout.columns.month !== undefined) walk.month = rowMonth(one ?? cell("month"), walk.month);
  // "X chủ trì, phối hợp với Y tổng hợp …, báo cáo trước ngày …" in the lead cell, no partners or time beside it:
  // a sentence that says who leads, who helps and when, read by its grammar.
  const sentence = !cell("coordinators") && !cell("deadline") && /\bchu tri\b/.test(fold(cell("lead")));
  const written = writtenTime(walk, layout, row, one, sentence);
  return { time: periodTime(layout, row.cells, written, walk.month), months, sentence };
}
