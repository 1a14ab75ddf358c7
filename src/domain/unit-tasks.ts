// A unit's task table: what it leads or coordinates, each with its one state and the
// days left. Open tasks first, the most urgent first, so the line to act on is read first.
import { daysBetween, type IsoDate } from "./dates.ts";
import type { Duty } from "./progress.ts";

export interface TaskLine extends Duty {
  /** Days from today to the effective due day; negative when overdue. */
  daysLeft: number | null;
}

export function buildTaskTable(duties: Duty[], today: IsoDate): TaskLine[] {
  const lines = duties.map((d) => ({
    ...d,
    daysLeft: d.task.effectiveDue ? daysBetween(today, d.task.effectiveDue) : null,
  }));
  return lines.sort((a, b) => {
    if (a.state.finished !== b.state.finished) return a.state.finished ? 1 : -1;
    if (a.daysLeft === null || b.daysLeft === null)
      return (a.daysLeft === null ? 1 : 0) - (b.daysLeft === null ? 1 : 0);
    if (a.daysLeft !== b.daysLeft) return a.daysLeft - b.daysLeft;
    return (a.role === "lead" ? 0 : 1) - (b.role === "lead" ? 0 : 1);
  });
}
