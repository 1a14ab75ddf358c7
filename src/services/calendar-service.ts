import { buildCalendar, effectiveDue, withDayOffRule, type DayOffRule, type WorkCalendar } from "../domain/calendar.ts";
import { isIsoDate } from "../domain/dates.ts";
import { VIETNAM_DAYS_OFF } from "../domain/holidays-vn.ts";
import { fail, ok, type Result } from "../domain/result.ts";
import {
  listCalendarDays,
  loadDayOffRule,
  removeCalendarDay,
  saveCalendarDay,
  saveDayOffRule,
} from "../store/calendar-store.ts";
import type { PrismaClient } from "../store/database.ts";
import { findProvince, knownProvince } from "../store/directory-store.ts";

/** The shipped calendar with the days admins added on top, and the province's day-off rule. */
export async function workCalendar(db: PrismaClient, province?: string): Promise<WorkCalendar> {
  const calendar = buildCalendar(VIETNAM_DAYS_OFF, await listCalendarDays(db));
  const found = province === undefined ? null : await findProvince(db, province);
  return found ? withDayOffRule(calendar, await loadDayOffRule(db, found.id)) : calendar;
}

/** A province's rule for deadlines on a day off. */
export async function dayOffRule(db: PrismaClient, province: string): Promise<Result<DayOffRule>> {
  const found = await knownProvince(db, province);
  if (!found) return fail("unknown-province", { province });
  return ok(await loadDayOffRule(db, found.id));
}

/** Sets the rule and moves the effective due days of the province's tasks with it. */
export async function setDayOffRule(
  db: PrismaClient,
  province: string,
  rule: DayOffRule,
): Promise<Result<{ province: string; moved: number }>> {
  const found = await knownProvince(db, province);
  if (!found) return fail("unknown-province", { province });
  const calendar = withDayOffRule(await workCalendar(db), rule);
  const moved = await saveDayOffRule(db, found.id, rule, (due) => effectiveDue(calendar, due));
  return ok({ province: found.name, moved });
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
