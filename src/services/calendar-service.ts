import { buildCalendar, type WorkCalendar } from "../domain/calendar.ts";
import { isIsoDate } from "../domain/dates.ts";
import { VIETNAM_DAYS_OFF } from "../domain/holidays-vn.ts";
import { fail, ok, type Result } from "../domain/result.ts";
import { listCalendarDays, removeCalendarDay, saveCalendarDay } from "../store/calendar-store.ts";
import type { PrismaClient } from "../store/database.ts";

/** The shipped calendar with the days admins added on top. */
export async function workCalendar(db: PrismaClient): Promise<WorkCalendar> {
  return buildCalendar(VIETNAM_DAYS_OFF, await listCalendarDays(db));
}

export async function setCalendarDay(
  db: PrismaClient,
  date: string,
  name: string,
  working: boolean,
): Promise<Result<void>> {
  if (!isIsoDate(date)) return fail("invalid-date", { value: date });
  await saveCalendarDay(db, { date, name, working });
  return ok(undefined);
}

export async function unsetCalendarDay(db: PrismaClient, date: string): Promise<Result<void>> {
  if (!isIsoDate(date)) return fail("invalid-date", { value: date });
  return (await removeCalendarDay(db, date)) ? ok(undefined) : fail("calendar-day-not-found", { value: date });
}
