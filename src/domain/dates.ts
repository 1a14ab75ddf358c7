// Calendar days as "YYYY-MM-DD" strings. Deadlines and holidays are days in
// Asia/Ho_Chi_Minh, not instants, so they carry no time and no zone: their arithmetic is
// done in UTC, where every day has 24 hours, with Date (a plan's deadlines and working
// days make thousands of these calls, and each luxon DateTime costs tens of times more);
// luxon converts instants to Vietnam's time.
import { DateTime } from "luxon";

export type IsoDate = string;
export const TIME_ZONE = "Asia/Ho_Chi_Minh";

const DAY_MS = 86_400_000;
const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** Midnight UTC of the day; setUTCFullYear, unlike Date.UTC, keeps years below 100 as they are. */
function utcDay(date: IsoDate): Date {
  const day = new Date(0);
  day.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return day;
}

function isoOf(day: Date): IsoDate {
  return `${pad(day.getUTCFullYear(), 4)}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
}

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
  // A month or day out of range rolls over (2019-02-29 becomes 2019-03-01): not the same text.
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && isoOf(utcDay(text)) === text;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return isoOf(new Date(utcDay(date).getTime() + days * DAY_MS));
}

/** 1 = Monday … 7 = Sunday. */
export function weekday(date: IsoDate): number {
  return utcDay(date).getUTCDay() || 7;
}

export function lastDayOfMonth(year: number, month: number): IsoDate | null {
  const first = DateTime.fromObject({ year, month, day: 1 }, { zone: "utc" });
  return first.isValid ? first.endOf("month").toISODate() : null;
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((utcDay(to).getTime() - utcDay(from).getTime()) / DAY_MS);
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
