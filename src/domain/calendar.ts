// Working days: Monday to Friday, less public holidays, plus make-up Saturdays.
// A deadline that falls on a day off moves by the province's day-off rule: to the next
// working day (the default), by the Civil Code's reading (Bộ luật Dân sự 2015, Điều 148
// khoản 5: the period ends at the end of the working day after the days off, which for a
// last allowed day is that same next working day), or back to the previous working day.
import { addDays, weekday, type IsoDate } from "./dates.ts";

export interface CalendarEntry {
  date: IsoDate;
  name: string;
  /** true: a weekend day worked to make up for a bridging day. */
  working: boolean;
}

export const DAY_OFF_RULES = ["next", "civil-code", "previous"] as const;
export type DayOffRule = (typeof DAY_OFF_RULES)[number];

export function isDayOffRule(value: string): value is DayOffRule {
  return (DAY_OFF_RULES as readonly string[]).includes(value);
}

export interface WorkCalendar {
  readonly entries: ReadonlyMap<IsoDate, CalendarEntry>;
  /** The province's rule for a deadline on a day off. */
  readonly dayOffRule: DayOffRule;
}

/** Later entries win, so admins' days (listed after the shipped ones) override them. */
export function buildCalendar(...lists: readonly (readonly CalendarEntry[])[]): WorkCalendar {
  const entries = new Map<IsoDate, CalendarEntry>();
  for (const list of lists) for (const entry of list) entries.set(entry.date, entry);
  return { entries, dayOffRule: "next" };
}

export function withDayOffRule(calendar: WorkCalendar, dayOffRule: DayOffRule): WorkCalendar {
  return { ...calendar, dayOffRule };
}

export function isWorkingDay(calendar: WorkCalendar, date: IsoDate): boolean {
  const entry = calendar.entries.get(date);
  if (entry) return entry.working;
  return weekday(date) <= 5;
}

function workingDayFrom(calendar: WorkCalendar, date: IsoDate, step: 1 | -1): IsoDate {
  let day = date;
  // A year holds no run of more than a few weeks off; the bound guards bad data.
  for (let i = 0; i < 60 && !isWorkingDay(calendar, day); i++) day = addDays(day, step);
  return day;
}

/** The day itself when it is a working day, else the next one. */
export function nextWorkingDay(calendar: WorkCalendar, date: IsoDate): IsoDate {
  return workingDayFrom(calendar, date, 1);
}

/** The day itself when it is a working day, else the one before: "ngày làm việc cuối cùng của tháng 5". */
export function previousWorkingDay(calendar: WorkCalendar, date: IsoDate): IsoDate {
  return workingDayFrom(calendar, date, -1);
}

/**
 * The day a task really falls due, by the calendar's day-off rule. "next" and
 * "civil-code" give the same day for every wording: the last allowed day ("ngày X" is X,
 * "trước ngày X" is X−1, a month, quarter or year its last day) is the period's last day
 * that Điều 148 khoản 5 extends; they differ only in the reason given.
 */
export function effectiveDue(calendar: WorkCalendar, due: IsoDate): IsoDate {
  return workingDayFrom(calendar, due, calendar.dayOffRule === "previous" ? -1 : 1);
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
