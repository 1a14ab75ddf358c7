// A unit's task table: what it leads or coordinates, when it is due, how many days
// are left. Overdue first, so the most urgent line is the first one read.
import { daysBetween, type IsoDate } from "./dates.ts";
import type { Role } from "./plan-changes.ts";

export type TaskStatus = "overdue" | "due-today" | "pending" | "no-deadline";

export interface UnitTask {
  planId: number;
  ref: string;
  title: string;
  role: Role;
  deadlineText: string | null;
  due: IsoDate | null;
  effectiveDue: IsoDate | null;
}

export interface TaskLine extends UnitTask {
  status: TaskStatus;
  /** Days from today to the effective due day; negative when overdue. */
  daysLeft: number | null;
}

function statusOf(daysLeft: number | null): TaskStatus {
  if (daysLeft === null) return "no-deadline";
  if (daysLeft < 0) return "overdue";
  return daysLeft === 0 ? "due-today" : "pending";
}

export function buildTaskTable(tasks: UnitTask[], today: IsoDate): TaskLine[] {
  const lines = tasks.map((task) => {
    const daysLeft = task.effectiveDue ? daysBetween(today, task.effectiveDue) : null;
    return { ...task, status: statusOf(daysLeft), daysLeft };
  });
  return lines.sort((a, b) => {
    if (a.daysLeft === null || b.daysLeft === null) return (a.daysLeft === null ? 1 : 0) - (b.daysLeft === null ? 1 : 0);
    if (a.daysLeft !== b.daysLeft) return a.daysLeft - b.daysLeft;
    return (a.role === "lead" ? 0 : 1) - (b.role === "lead" ? 0 : 1);
  });
}
