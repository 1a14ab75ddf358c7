// What reading a task needs besides its text: the units of the province, the working
// calendar, and a place to report what could not be understood.
import { effectiveDue, type WorkCalendar } from "../domain/calendar.ts";
import type { IsoDate } from "../domain/dates.ts";
import { parseInPlanYear } from "../domain/plan-year.ts";
import { findRelativeDeadline, referencedRef, relativeDue } from "../domain/relative-deadline.ts";
import type { ResolvedName, UnitResolver } from "../domain/resolve-units.ts";
import type { ParsedDeadline, PlanWarning } from "./parsed-plan.ts";

export interface TaskContext {
  resolver: UnitResolver;
  calendar: WorkCalendar;
  warnings: PlanWarning[];
  /** The plan's own date: no day before it is the deadline of one of its tasks when a later one is written. */
  issued: IsoDate | null;
  /** The last allowed day of each task read so far, by ref: a later task may count its own from it. */
  dated: Map<string, IsoDate>;
}

/** A time cell that says nothing: empty, or a dash or dots standing for empty. */
export const isBlankTime = (text: string): boolean => !text || /^[-–.…]*$/.test(text);

/** "15 ngày kể từ ngày ban hành", "07 ngày sau Hội nghị nêu tại điểm a": dated when the plan dates the event. */
function relativeDeadlineOf(ctx: TaskContext, ref: string, text: string): { text: string; due: IsoDate } | null {
  const relative = findRelativeDeadline(text);
  if (!relative) return null;
  const { anchor } = relative;
  const eventDay = anchor.kind === "issued" ? ctx.issued : ctx.dated.get(referencedRef(ref, anchor.item));
  return eventDay ? { text: relative.text, due: relativeDue(relative, eventDay, ctx.calendar) } : null;
}

export function deadlineOf(ctx: TaskContext, ref: string, text: string): ParsedDeadline | null {
  if (isBlankTime(text)) return null;
  const result = parseInPlanYear(text, ctx.issued);
  const read = result.ok ? result.deadline : result.code === "no-date" ? relativeDeadlineOf(ctx, ref, text) : null;
  if (read) {
    ctx.dated.set(ref, read.due);
    return { text: read.text, due: read.due, effectiveDue: effectiveDue(ctx.calendar, read.due) };
  }
  ctx.warnings.push({
    code: !result.ok && result.code === "invalid-date" ? "invalid-deadline" : "deadline-without-date",
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
