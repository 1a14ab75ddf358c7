// Calendar days as "YYYY-MM-DD" strings. Deadlines and holidays are days in
// Asia/Ho_Chi_Minh, not instants, so they carry no time and no zone; luxon does the
// arithmetic (in UTC, where every day has 24 hours).
import { DateTime } from "luxon";

export type IsoDate = string;
export const TIME_ZONE = "Asia/Ho_Chi_Minh";

function dt(date: IsoDate): DateTime {
  return DateTime.fromISO(date, { zone: "utc" });
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The day, or null when it does not exist (31/4, 29/2/2019). Plain arithmetic: lists check it for every row. */
export function makeDate(year: number, month: number, day: number): IsoDate | null {
  if (
    !Number.isInteger(year) ||
    !Number.isInteger(month) ||
    !Number.isInteger(day) ||
    year < 1000 ||
    year > 9999 ||
    month < 1 ||
    month > 12 ||
    day < 1
  )
    return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day > last ? null : `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function isIsoDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && dt(text).isValid;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return dt(date).plus({ days }).toISODate()!;
}

/** 1 = Monday … 7 = Sunday. */
export function weekday(date: IsoDate): number {
  return dt(date).weekday;
}

export function lastDayOfMonth(year: number, month: number): IsoDate | null {
  const first = DateTime.fromObject({ year, month, day: 1 }, { zone: "utc" });
  return first.isValid ? first.endOf("month").toISODate() : null;
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round(dt(to).diff(dt(from), "days").days);
}

/** Today's day in Asia/Ho_Chi_Minh at the given instant. */
export function dayInVietnam(instant: Date): IsoDate {
  return DateTime.fromJSDate(instant).setZone(TIME_ZONE).toISODate()!;
}

/** dd/mm/yyyy, the way Vietnamese documents write days. */
export function formatVietnamese(date: IsoDate): string {
  const [y, m, d] = date.split("-");
  return `${d}/${m}/${y}`;
}

/** The Vietnamese day (dd/mm/yyyy) of an instant. */
export function formatInstant(instant: Date): string {
  return formatVietnamese(dayInVietnam(instant));
}

/** "25/11/2019 14:05", in Vietnam's time. */
export function formatDateTime(instant: Date): string {
  return DateTime.fromJSDate(instant).setZone(TIME_ZONE).toFormat("dd/MM/yyyy HH:mm");
}
