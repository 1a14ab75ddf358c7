// What reading a task needs besides its text: the units of the province, the working
// calendar, and a place to report what could not be understood.
import { effectiveDue, type WorkCalendar } from "../domain/calendar.ts";
import type { IsoDate } from "../domain/dates.ts";
import { parseInPlanYear } from "../domain/plan-year.ts";
import type { ResolvedName, UnitResolver } from "../domain/resolve-units.ts";
import type { ParsedDeadline, PlanWarning } from "./parsed-plan.ts";

export interface TaskContext {
  resolver: UnitResolver;
  calendar: WorkCalendar;
  warnings: PlanWarning[];
  /** The plan's own date: no day before it is the deadline of one of its tasks when a later one is written. */
  issued: IsoDate | null;
}

/** A time cell that says nothing: empty, or a dash or dots standing for empty. */
export const isBlankTime = (text: string): boolean => !text || /^[-–.…]*$/.test(text);

export function deadlineOf(ctx: TaskContext, ref: string, text: string): ParsedDeadline | null {
  if (isBlankTime(text)) return null;
  const result = parseInPlanYear(text, ctx.issued);
  if (result.ok) {
    const { due } = result.deadline;
    return { text: result.deadline.text, due, effectiveDue: effectiveDue(ctx.calendar, due) };
  }
  ctx.warnings.push({
    code: result.code === "invalid-date" ? "invalid-deadline" : "deadline-without-date",
    args: { ref, text },
  });
  return null;
}

export function unitsOf(ctx: TaskContext, ref: string, text: string): ResolvedName[] {
  const names = ctx.resolver.resolveList(text);
  for (const name of names) {
    if (!name.resolved) ctx.warnings.push({ code: "unresolved-unit", args: { ref, name: name.name } });
  }
  return names;
}
