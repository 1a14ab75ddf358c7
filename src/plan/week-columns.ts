// A Gantt table gives its time as marks ("x", a shaded cell) under week columns, grouped under a month
// merged across them ("Tháng 3/2025" over Tuần 1 | Tuần 2 | Tuần 3 | Tuần 4). A week of a month is read
// as such plans define it: week n runs from day 7n−6 to day 7n, and the month's last week runs on to its
// end (so "Tuần 4" is the 22nd to the 31st). The work is due on the last day of the last marked week; a
// day written in "Ghi chú" beside the marks is the exact deadline and overrides them (`noteTime`).
// A Gantt of months marks month columns instead ("T1" … "T12", "Tháng 1" … "Tháng 12"), under a title that may
// name their year ("Thời gian thực hiện năm 2026"): the work is due on the last day of the last marked month.
// A month column's mark may be the day itself ("15" under T6 is 15 June, the legend under the table saying so): that
// day of the month, not its end. Words written across the marks' cells ("Thường xuyên") say the work has no one day.
import { isRecurring } from "../domain/deadline.ts";
import { fold } from "../domain/text.ts";
import { noteTime } from "./quarter-columns.ts";

const WEEK = /^tuan\s*([1-5])$/;
const MONTH_TITLE = /^thang\s*(\d{1,2})(?:(?:\s*(?:\/|-)\s*|\s+nam\s+)(\d{4}))?$/;
const MONTH = /^(?:t|th|thang)\s*(\d{1,2})(?:(?:\s*(?:\/|-)\s*|\s+nam\s+)(\d{4}))?$/;

interface WeekColumn {
  /** The week of the month; null for a column of the whole month. */
  week: number | null;
  month: number;
  year: number | null;
  /** The month's last week column: it runs to the month's end. */
  last: boolean;
}

export interface WeekColumns {
  weeks: Map<number, WeekColumn>;
  note: number | undefined;
}

/** "Tuần 1" … "Tuần 5", also run together as PDF text may write it ("Tuần1"). */
export function weekOf(label: string): number | null {
  const m = WEEK.exec(fold(label));
  return m ? Number(m[1]) : null;
}

/** A month column's label: "T3", "Th3", "Tháng 3", "Tháng 3/2026"; its month and the year written. */
export function monthOf(label: string): { month: number; year: number | null } | null {
  const m = MONTH.exec(fold(label, "/-"));
  const month = m ? Number(m[1]) : 0;
  return month >= 1 && month <= 12 ? { month, year: m![2] ? Number(m![2]) : null } : null;
}

/** The year a title over month columns names ("Thời gian thực hiện năm 2026"): the nearest title at or before. */
function yearOver(upper: string[], column: number): number | null {
  for (let i = column; i >= 0; i--) if (upper[i]) return Number(/\bnam (\d{4})\b/.exec(fold(upper[i]!))?.[1]) || null;
  return null;
}

/** The month a title over week columns names: the nearest month title at or before the column. */
function monthOver(upper: string[], column: number): { month: number; year: number | null } | null {
  for (let i = column; i >= 0; i--) {
    if (!upper[i]) continue;
    const m = MONTH_TITLE.exec(fold(upper[i]!, "/-"));
    const month = m ? Number(m[1]) : 0;
    return month >= 1 && month <= 12 ? { month, year: m![2] ? Number(m![2]) : null } : null;
  }
  return null;
}

/**
 * The week columns of a two-row header with their months, or the month columns of a header's last row with their
 * year, and the note column; null when it has none.
 */
export function weekColumns(headers: string[][]): WeekColumns | null {
  const [upper, lower] = [headers.at(-2) ?? [], headers.at(-1)!];
  const weeks = new Map<number, WeekColumn>();
  lower.forEach((label, i) => {
    const week = weekOf(label);
    const month = week === null ? null : monthOver(upper, i);
    if (week !== null && month) weeks.set(i, { week, ...month, last: false });
    const whole = week === null ? monthOf(label) : null;
    if (whole) weeks.set(i, { week: null, month: whole.month, year: whole.year ?? yearOver(upper, i), last: true });
  });
  if (weeks.size < 2) return null;
  for (const [i, column] of weeks) {
    const next = weeks.get(i + 1);
    if (column.week !== null) column.last = !next || next.month !== column.month || (next.week ?? 0) <= column.week;
  }
  const note = headers.flatMap((row) => row.map((c, i) => (fold(c) === "ghi chu" ? i : -1))).find((i) => i >= 0);
  return { weeks, note };
}

const DAY_MARK = /^\d{1,2}$/;

/**
 * The last day of a week as a time cell would write it: "ngày 21/3/2025", or "Tháng 3/2025" for its last week; in a
 * month column marked with a day ("15"), that day: "ngày 15/6/2025".
 */
function weekEnd({ week, month, year, last }: WeekColumn, mark: string): string {
  const ofYear = year ? `/${year}` : "";
  const day = week === null && DAY_MARK.test(mark) ? Number(mark) : 0;
  if (day >= 1 && day <= 31) return `ngày ${day}/${month}${ofYear}`;
  return last || week === null ? `Tháng ${month}${ofYear}` : `ngày ${week * 7}/${month}${ofYear}`;
}

/**
 * The time of a row: the note when it gives a day or says the work goes on, then words across the marks' cells
 * that say it goes on, else the end of its last marked week or month.
 */
export function weekTime(cells: string[], columns: WeekColumns): string {
  const note = noteTime(cells, columns.note);
  if (note) return note;
  const texts = [...columns.weeks.keys()].map((i) => (cells[i] ?? "").trim());
  const goesOn = texts.find((t) => isRecurring(t));
  if (goesOn) return goesOn;
  const marked = [...columns.weeks].filter(([i]) => (cells[i] ?? "").trim());
  const [at, column] = marked.at(-1) ?? [];
  return column ? weekEnd(column, cells[at!]!.trim()) : "";
}
