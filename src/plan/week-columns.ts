// A Gantt table gives its time as marks ("x", a shaded cell) under week columns, grouped under a month
// merged across them ("Tháng 3/2025" over Tuần 1 | Tuần 2 | Tuần 3 | Tuần 4). A week of a month is read
// as such plans define it: week n runs from day 7n−6 to day 7n, and the month's last week runs on to its
// end (so "Tuần 4" is the 22nd to the 31st). The work is due on the last day of the last marked week; a
// day written in "Ghi chú" beside the marks is the exact deadline and overrides them (`noteTime`).
import { fold } from "../domain/text.ts";
import { noteTime } from "./quarter-columns.ts";

const WEEK = /^tuan\s*([1-5])$/;
const MONTH_TITLE = /^thang\s*(\d{1,2})(?:\s*(?:\/|-|\s+nam\s+)\s*(\d{4}))?$/;

interface WeekColumn {
  week: number;
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

/** The week columns of a two-row header with their months, and the note column; null when it has none. */
export function weekColumns(headers: string[][]): WeekColumns | null {
  if (headers.length < 2) return null;
  const [upper, lower] = [headers.at(-2)!, headers.at(-1)!];
  const weeks = new Map<number, WeekColumn>();
  lower.forEach((label, i) => {
    const week = weekOf(label);
    const month = week === null ? null : monthOver(upper, i);
    if (week !== null && month) weeks.set(i, { week, ...month, last: false });
  });
  if (weeks.size < 2) return null;
  for (const [i, column] of weeks) {
    const next = weeks.get(i + 1);
    column.last = !next || next.month !== column.month || next.week <= column.week;
  }
  const note = headers.flatMap((row) => row.map((c, i) => (fold(c) === "ghi chu" ? i : -1))).find((i) => i >= 0);
  return { weeks, note };
}

/** The last day of a week as a time cell would write it: "ngày 21/3/2025", or "Tháng 3/2025" for its last week. */
function weekEnd({ week, month, year, last }: WeekColumn): string {
  const ofYear = year ? `/${year}` : "";
  return last ? `Tháng ${month}${ofYear}` : `ngày ${week * 7}/${month}${ofYear}`;
}

/** The time of a row: the note when it gives a day or says the work goes on, else the end of its last marked week. */
export function weekTime(cells: string[], columns: WeekColumns): string {
  const note = noteTime(cells, columns.note);
  if (note) return note;
  const marked = [...columns.weeks].filter(([i]) => (cells[i] ?? "").trim()).map(([, w]) => w);
  return marked.length === 0 ? "" : weekEnd(marked.at(-1)!);
}
