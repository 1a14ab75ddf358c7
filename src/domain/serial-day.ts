// A spreadsheet stores a date as its serial: the count of days from its system's first, with the time of day as the
// fraction ("45961.75" = 31/10/2025 18:00). Workbooks, their text copies and the checks of lists all turn serials into
// days (and a workbook's dated cell back into one), so they do it here, alike.
//
// The 1900 system (Excel's default): day 1 is 1 January 1900, and 1900 is counted as a leap year, as Lotus 1-2-3 did;
// day 60 is 29 February 1900, which never was, so from day 61 (1 March 1900) on, the count is from 30 December 1899.
// Day 0, before day 1, is what a time with no day stands on. The 1904 system (old Mac workbooks) counts from day 0 = 1
// January 1904, with no such day. No system goes past 31 December 9999.
import type { IsoDate } from "./dates.ts";

export interface DateSystem {
  /** The workbook counts its days in the 1904 system. */
  date1904?: boolean;
}

const DAY_MS = 86_400_000;
/** Days from 30 December 1899 to 1 January 1970, where Date counts from. */
const UNIX_DAY = 25_569;
/** Days from 30 December 1899 to 1 January 1904, the 1904 system's day 0. */
const DAYS_TO_1904 = 1_462;
/** 29 February 1900 in the 1900 system, which never was. */
const NO_DAY = 60;
const LAST_MS = Date.UTC(9999, 11, 31) + DAY_MS;

/**
 * The moment the serial stands for, as a Date in UTC (day and time of day); null below 0, on the day that never was,
 * or past 9999.
 */
export function serialMoment(serial: number, { date1904 = false }: DateSystem = {}): Date | null {
  if (!Number.isFinite(serial) || serial < 0) return null;
  if (!date1904 && Math.floor(serial) === NO_DAY) return null;
  // Before the day that never was, the 1900 system counts one day more than from 30 December 1899.
  const shift = date1904 ? DAYS_TO_1904 : serial < NO_DAY ? 1 : 0;
  const ms = Math.round((serial - UNIX_DAY + shift) * DAY_MS);
  return ms < LAST_MS ? new Date(ms) : null;
}

/** The day the serial falls on ("45961" → "2025-10-31"), its time of day left; null as for `serialMoment`. */
export function serialDay(serial: number, system: DateSystem = {}): IsoDate | null {
  return serialMoment(serial, system)?.toISOString().slice(0, 10) ?? null;
}

/**
 * The serial of a day or moment written in ISO 8601 ("2024-04-15", "2024-04-15T08:30:00.000"), the fraction its time
 * of day: the reverse of `serialMoment`, for a cell storing a date that is shown through a number's format. Null when
 * it is no date or falls before the system's first day.
 */
export function isoSerial(iso: string, { date1904 = false }: DateSystem = {}): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(iso);
  if (!m) return null;
  const time = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  const days = (time + UNIX_DAY * DAY_MS) / DAY_MS;
  if (date1904) return days >= DAYS_TO_1904 ? days - DAYS_TO_1904 : null;
  // Before 1 March 1900 the count is one less: 29 February 1900 was counted though it never was.
  return days >= NO_DAY + 1 ? days : days >= 1 ? days - 1 : null;
}
