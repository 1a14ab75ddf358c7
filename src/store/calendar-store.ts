import type { CalendarEntry } from "../domain/calendar.ts";
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
