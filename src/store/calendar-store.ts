import { isDayOffRule, type CalendarEntry, type DayOffRule } from "../domain/calendar.ts";
import type { IsoDate } from "../domain/dates.ts";
import type { PrismaClient } from "./database.ts";

export async function listCalendarDays(db: PrismaClient): Promise<CalendarEntry[]> {
  const rows = await db.calendarDay.findMany({ orderBy: { date: "asc" } });
  return rows.map((r) => ({ date: r.date, name: r.name, working: r.working }));
}

export async function saveCalendarDay(db: PrismaClient, entry: CalendarEntry): Promise<void> {
  await db.calendarDay.upsert({ where: { date: entry.date }, create: entry, update: entry });
}

export async function removeCalendarDay(db: PrismaClient, date: string): Promise<boolean> {
  const { count } = await db.calendarDay.deleteMany({ where: { date } });
  return count > 0;
}

/** The province's day-off rule; "next" for a province not stored yet. */
export async function loadDayOffRule(db: PrismaClient, provinceId: number): Promise<DayOffRule> {
  const row = await db.province.findUnique({ where: { id: provinceId }, select: { dayOffRule: true } });
  return row && isDayOffRule(row.dayOffRule) ? row.dayOffRule : "next";
}

/** Stores the rule and the effective due days it gives; returns how many tasks moved. */
export async function saveDayOffRule(
  db: PrismaClient,
  provinceId: number,
  rule: DayOffRule,
  effective: (due: IsoDate) => IsoDate,
): Promise<number> {
  return db.$transaction(async (tx) => {
    await tx.province.update({ where: { id: provinceId }, data: { dayOffRule: rule } });
    const tasks = await tx.task.findMany({
      where: { plan: { provinceId }, due: { not: null } },
      select: { id: true, due: true, effectiveDue: true },
    });
    const moved = tasks.filter((t) => effective(t.due!) !== t.effectiveDue);
    for (const task of moved)
      await tx.task.update({ where: { id: task.id }, data: { effectiveDue: effective(task.due!) } });
    return moved.length;
  });
}
