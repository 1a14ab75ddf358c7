// A task table's time cell often leaves out the year ("Trước 31/3", "Quý II", "Tháng 7-8"): the
// plan means its own year, or the next one when that day would already be past on the plan's date
// ("Quý I" in a plan of December). Wording that names a year is read as written, and wording that
// repeats ("Định kỳ hằng năm, trước 15/12") names no one day: it stays without a date.
import type { IsoDate } from "./dates.ts";
import { parseDeadline, type DeadlineResult } from "./deadline.ts";

/** Wording whose date stops short of a year: it ends with the day's month, a month or a quarter. */
const ENDS_WITHOUT_YEAR = /(?:\d{1,2}|\b[IVX]+)\s*$/iu;
const REPEATS = /(?:^|[\s,;(])(?:hằng|hàng|định kỳ|mỗi)\s/iu;

/** The deadline of `wording` written without a year, in the year of a plan issued on `issued`. */
export function parseInPlanYear(wording: string, issued: IsoDate | null): DeadlineResult {
  const written = parseDeadline(wording);
  if (written.ok || written.code !== "no-date" || !issued || !ENDS_WITHOUT_YEAR.test(wording) || REPEATS.test(wording))
    return written;
  const year = Number(issued.slice(0, 4));
  for (const candidate of [year, year + 1]) {
    const read = parseDeadline(`${wording.trimEnd()}/${candidate}`);
    if (!read.ok) return written;
    if (read.deadline.due >= issued) return { ok: true, deadline: { ...read.deadline, text: written.text } };
  }
  return written;
}
