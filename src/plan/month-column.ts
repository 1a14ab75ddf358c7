// A work programme (Chương trình công tác) lists the year's work by month: a first column "Tháng",
// its cell "Tháng 3" merged down over that month's rows, and a time column that may be blank or give a
// day only. The month is when the work is due unless the time cell says otherwise, so a blank time is
// the end of the row's month, and a day written without its month ("Ngày 20", "trước ngày 15") is that
// day of the row's month. A row under a label that is no month ("Cả năm", "Hằng quý") has no month.
// A programme with no time column at all (Tháng | Nội dung công việc | Đơn vị thực hiện) dates a row by its month
// too, unless the row's own words give its day ("Tổ chức hội nghị … (trước ngày 15/10)", "… ngày 12-13/12/2024"):
// that day, its year the plan's as for any day written without one.
import type { IsoDate } from "../domain/dates.ts";
import { findDeadlineWording } from "../domain/deadline-wording.ts";
import { findYearlessDay } from "../domain/plan-year.ts";
import { fold } from "../domain/text.ts";
import { isBlankTime } from "./task-context.ts";

/** The header label of such a column: "Tháng", "Tháng thực hiện", "Tháng hoàn thành". */
export const MONTH_LABEL = /^thang( thuc hien| hoan thanh)?$/;

/** A month cell: "Tháng 3", "Tháng 03/2026", "THÁNG 10 năm 2026"; the month and the year if written. */
const MONTH_CELL = /^thang\s+(\d{1,2})(?:(?:\s*(?:\/|-)\s*|\s+nam\s+)(\d{4}))?$/;

export interface RowMonth {
  /** The month cell as written, "Tháng 03": the wording of a row dated by its month alone. */
  label: string;
  month: number;
  year: string | null;
}

/**
 * The month of a row from its month cell and the month of the row above: a blank cell is the month
 * above merged down (text keeps no merges); a cell saying anything but a month gives none.
 */
export function rowMonth(cell: string, above: RowMonth | null): RowMonth | null {
  if (!cell.trim()) return above;
  const m = MONTH_CELL.exec(fold(cell, "/-"));
  const month = m ? Number(m[1]) : 0;
  return month >= 1 && month <= 12 ? { label: cell.trim(), month, year: m![2] ?? null } : null;
}

/**
 * The month a group heading in a task table names ("THÁNG 01" merged across the table): a work programme with
 * no month column heads each month's rows so, and its rows are dated as a month cell would date them. A heading
 * naming no month ("CÁC NỘI DUNG PHÁT SINH") ends the month above: its rows fall in none.
 */
export const headingMonth = (heading: string): RowMonth | null => rowMonth(heading.trim(), null);

// A day with no month after it: "Ngày 20", "trước ngày 15", "Chậm nhất ngày 5.", each of "Từ ngày 01 đến ngày 30" —
// not "ngày 20/3", "ngày 20 tháng 3", nor "ngày 18 tháng cuối quý".
const DAY_WITHOUT_MONTH = /(\bngày\s+)(\d{1,2})(?!\s*[/.-]\s*\d|\s*tháng|\d)/giu;
// A part of the month with no month after it: "Cuối tháng", "giữa tháng.", "Tuần đầu tháng" — not "cuối tháng 3",
// "cuối tháng này", nor "hằng tháng".
const PART_WITHOUT_MONTH = /(?<!\p{L})((?:đầu|giữa|cuối|trong)\s+tháng)(?=\s*(?:$|[.,;)]))/giu;

const BARE_DAY = /^(\d{1,2})\.?$/;

/**
 * The time of a row in its month: the month itself when the time cell is blank, the day or the part of that month
 * when the cell gives a day ("Trước ngày 20", "20") or a part of a month ("Cuối tháng") only; any other wording stands
 * as written.
 */
export function timeInMonth(time: string, month: RowMonth | null): string {
  if (!month) return time;
  if (isBlankTime(time.trim())) return month.label;
  const year = month.year ? `/${month.year}` : "";
  // A bare number is the day of the row's month, as a "Ngày" column of a sheet per month writes it ("15").
  const day = BARE_DAY.exec(time.trim());
  if (day && Number(day[1]) >= 1 && Number(day[1]) <= 31) return `ngày ${Number(day[1])}/${month.month}${year}`;
  return time
    .replace(DAY_WITHOUT_MONTH, (_, before: string, day: string) => `${before}${day}/${month.month}${year}`)
    .replace(PART_WITHOUT_MONTH, (_, part: string) => `${part} ${month.month}${year}`);
}

/** The day a row's own words give, in a programme with no time column; "" when they give none. */
export const dayInRow = (task: string, issued: IsoDate | null): string =>
  findDeadlineWording(task, issued) ?? findYearlessDay(task) ?? "";
