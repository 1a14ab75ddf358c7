// A unit's task table: what it leads or coordinates, when it is due, how many days
// are left, whether it is done. Overdue first, so the most urgent line is read first.
import { daysBetween, type IsoDate } from "./dates.ts";
import type { Role } from "./plan-changes.ts";

export type TaskStatus = "done" | "overdue" | "due-today" | "pending" | "no-deadline";

export interface UnitTask {
  planId: number;
  ref: string;
  title: string;
  role: Role;
  deadlineText: string | null;
  due: IsoDate | null;
  effectiveDue: IsoDate | null;
  done: boolean;
}

export interface TaskLine extends UnitTask {
  status: TaskStatus;
  /** Days from today to the effective due day; negative when overdue. */
  daysLeft: number | null;
}

function statusOf(daysLeft: number | null, done: boolean): TaskStatus {
  if (done) return "done";
  if (daysLeft === null) return "no-deadline";
  if (daysLeft < 0) return "overdue";
  return daysLeft === 0 ? "due-today" : "pending";
}

export function buildTaskTable(tasks: UnitTask[], today: IsoDate): TaskLine[] {
  const lines = tasks.map((task) => {
    const daysLeft = task.effectiveDue ? daysBetween(today, task.effectiveDue) : null;
    return { ...task, status: statusOf(daysLeft, task.done), daysLeft };
  });
  // Open tasks by urgency, then those without a deadline, then those done.
  return lines.sort((a, b) => {
    if (a.done !== b.done) return a.done ? 1 : -1;
    if (a.daysLeft === null || b.daysLeft === null)
      return (a.daysLeft === null ? 1 : 0) - (b.daysLeft === null ? 1 : 0);
    if (a.daysLeft !== b.daysLeft) return a.daysLeft - b.daysLeft;
    return (a.role === "lead" ? 0 : 1) - (b.role === "lead" ? 0 : 1);
  });
}
