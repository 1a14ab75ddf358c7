// What reading a task needs besides its text: the units of the province, the working
// calendar, and a place to report what could not be understood.
import { effectiveDue, previousWorkingDay, type WorkCalendar } from "../domain/calendar.ts";
import type { IsoDate } from "../domain/dates.ts";
import type { DeadlineResult } from "../domain/deadline.ts";
import type { PlanWarningCode } from "../domain/plan-warnings.ts";
import { firstInstance } from "../domain/first-instance.ts";
import { parseInPlanYear } from "../domain/plan-year.ts";
import {
  findRelativeDeadline,
  referencedRef,
  relativeDue,
  type Anchor,
  type ItemReference,
} from "../domain/relative-deadline.ts";
import type { ResolvedName, UnitResolver } from "../domain/resolve-units.ts";
import { fold } from "../domain/text.ts";
import type { UnitEntry } from "../domain/units.ts";
import type { Milestones } from "./milestones.ts";
import { dayInNamedPeriod, type PeriodDays } from "./period-days.ts";
import type { ParsedDeadline, PlanWarning, TaskDraft } from "./parsed-plan.ts";

/** A plan's note giving the tasks it lists with no time one day for them all (common-deadline.ts). */
export interface CommonDeadline {
  /** The note's line, as the reader gave it: no task. */
  line: string;
  deadline: ParsedDeadline;
}

export interface TaskContext {
  resolver: UnitResolver;
  /** The short forms of names the plan's own list of abbreviations spells out (`abbreviations.ts`). */
  abbreviations: ReadonlyMap<string, string>;
  calendar: WorkCalendar;
  warnings: PlanWarning[];
  /** The plan's own date: no day before it is the deadline of one of its tasks when a later one is written. */
  issued: IsoDate | null;
  /** The day the plan's clause of entry into force gives (in-force.ts); none: it takes effect on its own date. */
  inForce?: IsoDate | null;
  /** The district or commune committee issuing the plan, when it is one (`local-issuer.ts`); none: the province. */
  issuer?: UnitEntry | null;
  /** The last allowed day of each task read so far, by ref: a later task may count its own from it. */
  dated: Map<string, IsoDate>;
  /** The plan says its repeating work is first due in the nearest period from its date (`first-instance.ts`). */
  firstInstances?: boolean;
  /** The plan's legend says the unit written first leads, the others coordinate (`first-listed-lead.ts`). */
  firstListedLeads?: boolean;
  /** The plan's note says a unit marked "(*)" leads, the others in its cell coordinate (`marked-lead.ts`). */
  markedLeads?: boolean;
  /** Tasks due when a task read later is, by that task's ref ("Theo thời hạn tại điểm 2 Mục IV", same-deadline.ts). */
  sharesLater?: Map<TaskDraft, string>;
  /** The events the plan dates in its list of milestones, which a task may point at (milestones.ts). */
  milestones?: Milestones;
  /** The plan's note giving its tasks written with no time one day (common-deadline.ts). */
  commonDeadline?: CommonDeadline | null;
  /** The days the plan's notes set within its quarters or months for the tasks timed by one (period-days.ts). */
  periodDays?: PeriodDays | null;
}

/** A time cell that says nothing: empty, or a dash or dots standing for empty. */
export const isBlankTime = (text: string): boolean => !text || /^[-–.…]*$/.test(text);

/** "15 ngày kể từ ngày ban hành", "07 ngày sau Hội nghị nêu tại điểm a": dated when the plan dates the event. */
function relativeDeadlineOf(ctx: TaskContext, ref: string, text: string): { text: string; due: IsoDate } | null {
  const relative = findRelativeDeadline(text);
  if (!relative) return null;
  const eventDay = eventDayOf(ctx, ref, relative.anchor);
  return eventDay ? { text: relative.text, due: relativeDue(relative, eventDay, ctx.calendar) } : null;
}

function eventDayOf(ctx: TaskContext, ref: string, anchor: Anchor): IsoDate | null | undefined {
  if (anchor.kind === "issued") return ctx.issued;
  if (anchor.kind === "in-force") return ctx.inForce ?? ctx.issued;
  if (anchor.kind === "item") return itemDay(ctx, ref, anchor.item);
  const day = parseInPlanYear(anchor.text, ctx.issued);
  return day.ok ? day.deadline.due : null;
}

/**
 * The day of the item a deadline points to. "nhiệm vụ 10" in the prose of IV names row 10 of the plan's table when
 * IV has no item 10 of its own: a task's number, not a place in its section.
 */
function itemDay(ctx: TaskContext, ref: string, item: ItemReference): IsoDate | undefined {
  const own = ctx.dated.get(referencedRef(ref, item));
  return own ?? (item.task && !item.section && item.clause ? ctx.dated.get(item.clause) : undefined);
}

// "chậm nhất ngày làm việc cuối cùng của tháng 5/2026": the period's last day when it is worked, else the one before.
const LAST_WORKING_DAY = /\bngay lam viec cuoi cung\b/;

export function deadlineOf(ctx: TaskContext, ref: string, text: string): ParsedDeadline | null {
  if (isBlankTime(text)) return null;
  // A period counted from a written day ("trong 10 ngày kể từ ngày 09/3/2026") ends after that day, not on it.
  const relative = relativeDeadlineOf(ctx, ref, text);
  const result = parseInPlanYear(text, ctx.issued);
  // "Trước ngày 15/12 hằng năm" under the plan's note that such work starts at once: due at its first instance.
  const first = ctx.firstInstances && ctx.issued && !result.ok ? firstInstance(text, ctx.issued) : null;
  const read = relative ?? (result.ok ? result.deadline : first);
  // "Quý II/2024" under the plan's note "Nhiệm vụ … theo quý: … chậm nhất ngày 20 của tháng cuối quý": 20/6/2024.
  const inPeriod = !relative && result.ok ? dayInNamedPeriod(ctx.periodDays, result.deadline) : null;
  if (read) {
    const last = LAST_WORKING_DAY.test(fold(read.text)) ? previousWorkingDay(ctx.calendar, read.due) : read.due;
    const due = inPeriod ?? last;
    ctx.dated.set(ref, due);
    return { text: read.text, due, effectiveDue: effectiveDue(ctx.calendar, due) };
  }
  ctx.warnings.push({ code: unreadDeadline(result), args: { ref, text } });
  return null;
}

export function unitsOf(ctx: TaskContext, ref: string, text: string): ResolvedName[] {
  const names = ctx.resolver.resolveList(text);
  for (const name of names) {
    if (!name.resolved) ctx.warnings.push({ code: "unresolved-unit", args: { ref, name: name.name } });
  }
  return names;
}

/** The units named in a row's lead and partner cells, or in the lists its marks give: each list's names resolved. */
export const namedUnits = (ctx: TaskContext, ref: string, lead: string[], coordinators: string[]) => ({
  lead: lead.flatMap((u) => unitsOf(ctx, ref, u)),
  coordinators: coordinators.flatMap((u) => unitsOf(ctx, ref, u)),
});

/** Why a task's time gave no day: a day that does not exist, a span written backward ("tháng 8-7/2025"), or no day. */
function unreadDeadline(result: DeadlineResult): PlanWarningCode {
  if (result.ok || result.code !== "invalid-date") return "deadline-without-date";
  return result.why.fault === "backward-span" ? "backward-deadline" : "invalid-deadline";
}
