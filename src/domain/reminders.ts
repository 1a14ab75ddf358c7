// When a unit is reminded of a task: 7, 3 and 1 working days before its effective due
// day, on the day, on the first working day after it, then weekly while it stays
// overdue — always on working days. One digest per unit and day gathers what is due.
import { addWorkingDays, isWorkingDay, nextWorkingDay, type WorkCalendar } from "./calendar.ts";
import { addDays, daysBetween, type IsoDate } from "./dates.ts";
import { groupBy } from "./collections.ts";
import { z } from "zod";
import type { Role } from "./plan-changes.ts";

export const policySchema = z.object({
  beforeWorkingDays: z.array(z.number().int().min(1).max(60)).default([7, 3, 1]),
  overdueEveryDays: z.number().int().min(1).max(60).default(7),
});

/** Local hour (Asia/Ho_Chi_Minh) from which the day's reminders go out. */
export const REMINDER_HOUR = 8;

export type ReminderPolicy = z.infer<typeof policySchema>;
export const DEFAULT_POLICY: ReminderPolicy = policySchema.parse({});

export function parsePolicy(json: string | null): ReminderPolicy {
  if (!json) return DEFAULT_POLICY;
  const parsed = policySchema.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : DEFAULT_POLICY;
}

export type ReminderKind = "before" | "due" | "overdue";

/** Why a task is reminded on a day, or null. */
export function reminderOn(
  day: IsoDate,
  effectiveDue: IsoDate,
  calendar: WorkCalendar,
  policy: ReminderPolicy,
): ReminderKind | null {
  if (!isWorkingDay(calendar, day)) return null;
  if (day === effectiveDue) return "due";
  if (day < effectiveDue)
    return policy.beforeWorkingDays.some((n) => addWorkingDays(calendar, effectiveDue, -n) === day) ? "before" : null;
  const firstOverdue = addWorkingDays(calendar, effectiveDue, 1);
  if (day === firstOverdue) return "overdue";
  const weeks = Math.floor(daysBetween(firstOverdue, day) / policy.overdueEveryDays);
  for (let k = Math.max(1, weeks - 1); k <= weeks + 1; k++) {
    if (nextWorkingDay(calendar, addDays(firstOverdue, k * policy.overdueEveryDays)) === day) return "overdue";
  }
  return null;
}

export interface Assignment {
  unitId: number;
  taskId: number;
  ref: string;
  title: string;
  role: Role;
  deadlineText: string | null;
  /** The last day the wording allows, before the day-off rule. */
  due: IsoDate | null;
  effectiveDue: IsoDate;
  done: boolean;
}

export interface DigestItem extends Assignment {
  kind: ReminderKind;
  /** The day this item was due to be sent, when it is sent late (after downtime). */
  missedOn: IsoDate | null;
}

export interface Digest {
  unitId: number;
  day: IsoDate;
  items: DigestItem[];
}

function order(a: DigestItem, b: DigestItem): number {
  if (a.role !== b.role) return a.role === "lead" ? -1 : 1;
  return a.effectiveDue.localeCompare(b.effectiveDue) || a.ref.localeCompare(b.ref, undefined, { numeric: true });
}

/**
 * The digests of `today`, and of the working days since `lastRun` that were missed
 * (downtime): a missed reminder goes out once, marked late, unless the same task has a
 * more recent reminder by today (then the missed one is stale and skipped).
 */
export function planDigests(
  assignments: Assignment[],
  today: IsoDate,
  lastRun: IsoDate | null,
  calendar: WorkCalendar,
  policy: ReminderPolicy,
): Digest[] {
  const days: IsoDate[] = [];
  for (let d = lastRun ? addDays(lastRun, 1) : today; d <= today; d = addDays(d, 1)) days.push(d);
  const latest = new Map<string, DigestItem>();
  // Many assignments share a deadline: work each (day, deadline) out once.
  const kinds = new Map<string, ReminderKind | null>();
  const kindOf = (day: IsoDate, due: IsoDate) => {
    const key = `${day}|${due}`;
    if (!kinds.has(key)) kinds.set(key, reminderOn(day, due, calendar, policy));
    return kinds.get(key)!;
  };
  for (const day of days) {
    for (const a of assignments) {
      if (a.done) continue;
      const kind = kindOf(day, a.effectiveDue);
      if (kind) latest.set(`${a.unitId}:${a.taskId}:${a.role}`, { ...a, kind, missedOn: day === today ? null : day });
    }
  }
  const byUnit = groupBy(latest.values(), (item) => item.unitId);
  return [...byUnit].map(([unitId, items]) => ({ unitId, day: today, items: items.sort(order) }));
}

/** The earliest day the planner should look back to after downtime. */
export const MAX_CATCH_UP_DAYS = 14;
