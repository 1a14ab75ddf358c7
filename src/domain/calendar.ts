// Working days: Monday to Friday, less public holidays, plus make-up Saturdays.
// A deadline that falls on a day off moves to the end of the next working day
// (Civil Code 2015, art. 148).
import { addDays, weekday, type IsoDate } from "./dates.ts";

export interface CalendarEntry {
  date: IsoDate;
  name: string;
  /** true: a weekend day worked to make up for a bridging day. */
  working: boolean;
}

export interface WorkCalendar {
  readonly entries: ReadonlyMap<IsoDate, CalendarEntry>;
}

/** Later entries win, so admins' days (listed after the shipped ones) override them. */
export function buildCalendar(...lists: readonly (readonly CalendarEntry[])[]): WorkCalendar {
  const entries = new Map<IsoDate, CalendarEntry>();
  for (const list of lists) for (const entry of list) entries.set(entry.date, entry);
  return { entries };
}

export function isWorkingDay(calendar: WorkCalendar, date: IsoDate): boolean {
  const entry = calendar.entries.get(date);
  if (entry) return entry.working;
  return weekday(date) <= 5;
}

/** The day itself when it is a working day, else the next one. */
export function nextWorkingDay(calendar: WorkCalendar, date: IsoDate): IsoDate {
  let day = date;
  // A year holds no run of more than a few weeks off; the bound guards bad data.
  for (let i = 0; i < 60 && !isWorkingDay(calendar, day); i++) day = addDays(day, 1);
  return day;
}

export function effectiveDue(calendar: WorkCalendar, due: IsoDate): IsoDate {
  return nextWorkingDay(calendar, due);
}

/** Moves `count` working days forward (positive) or back (negative) from a working day. */
export function addWorkingDays(calendar: WorkCalendar, date: IsoDate, count: number): IsoDate {
  const step = count < 0 ? -1 : 1;
  let day = date;
  for (let left = Math.abs(count); left > 0;) {
    day = addDays(day, step);
    if (isWorkingDay(calendar, day)) left--;
  }
  return day;
}

/** Working days after `from` up to `to` included: how late a thing done on `to` is (at least 1 when later). */
export function workingDaysLate(calendar: WorkCalendar, from: IsoDate, to: IsoDate): number {
  let count = 0;
  // A bound of two years keeps a wrong date from looping for long.
  for (let day = addDays(from, 1); day <= to && count < 730; day = addDays(day, 1))
    if (isWorkingDay(calendar, day)) count++;
  return to > from ? Math.max(count, 1) : 0;
}
