// The score of a task, computed from its one state (task-state.ts) with the rule set in
// force (rule-set.ts): complete and on time earns the task's points; late, the share of
// its lateness tier in working days (the province's calendar); sent on time but
// incomplete, late and incomplete, or missing at the deadline, their shares. What a
// correction after the deadline does is the set's choice (by default it keeps the points).
import { buildCalendar, workingDaysLate, type WorkCalendar } from "./calendar.ts";
import type { IsoDate } from "./dates.ts";
import { VIETNAM_DAYS_OFF } from "./holidays-vn.ts";
import { DEFAULT_RULES, lateShare, type RuleSet } from "./rule-set.ts";
import type { Deliverable, TaskState } from "./task-state.ts";

/** The rules applied and the calendar their working days are counted on. */
export interface Scoring {
  rules: RuleSet;
  calendar: WorkCalendar;
}

export const DEFAULT_SCORING: Scoring = { rules: DEFAULT_RULES, calendar: buildCalendar(VIETNAM_DAYS_OFF) };

export function isCompleteList(counts: { total: number; valid: number }, quotaShort: boolean, rules: RuleSet): boolean {
  if (counts.total === 0 || quotaShort) return false;
  return (counts.total - counts.valid) / counts.total <= rules.errorTolerance;
}

export interface TaskScore {
  points: number;
  /** 0 while the task is not scored yet (not due, waiting for confirmation, not applicable). */
  max: number;
}

const NOT_SCORED: TaskScore = { points: 0, max: 0 };

export function maxPoints(rules: RuleSet, deliverable: Deliverable): number {
  return deliverable === "document" ? rules.points.document : rules.points.lists;
}

/** Working days a thing done on `day` is late for `due` (0 when on time or without a deadline). */
export function lateDays(scoring: Scoring, due: IsoDate | null, day: IsoDate | null): number {
  return due && day ? workingDaysLate(scoring.calendar, due, day) : 0;
}

/** Points of a single list task done on `day`, as `dondoc check` and the list's reply tell them. */
export function listPoints(complete: boolean, late: number, rules: RuleSet): number {
  const share = complete ? lateShare(rules, late) : late > 0 ? rules.lateIncomplete : rules.incomplete;
  return rules.points.lists * share;
}

/** A complete-on-time task corrected after its deadline, when the rules score the correction. */
function correctedShare(state: TaskState, due: IsoDate | null, scoring: Scoring): number {
  if (scoring.rules.correction !== "score-correction" || !state.correctedOn) return 1;
  if (state.missing.length > 0 || state.shortfalls.length > 0) return scoring.rules.lateIncomplete;
  return lateShare(scoring.rules, lateDays(scoring, due, state.correctedOn));
}

/**
 * The points of a task in a state. `pastDue` scores what stands as the deadline's
 * verdict; passing true before the deadline gives the projection "if it were due today".
 */
export function scoreState(state: TaskState, pastDue: boolean, due: IsoDate | null, scoring: Scoring): TaskScore {
  if (!state.scored) return NOT_SCORED;
  const { rules } = scoring;
  const max = maxPoints(rules, state.deliverable);
  switch (state.kind) {
    case "complete-on-time":
      return { points: max * correctedShare(state, due, scoring), max };
    case "complete-late":
    case "confirmed":
      return { points: max * lateShare(rules, lateDays(scoring, due, state.sentOn)), max };
    case "started":
    case "incomplete":
      return pastDue ? { points: max * (state.late ? rules.lateIncomplete : rules.incomplete), max } : NOT_SCORED;
    case "overdue":
      return { points: max * rules.missing, max };
    case "not-due":
      return pastDue ? { points: max * rules.missing, max } : NOT_SCORED;
    default:
      return NOT_SCORED;
  }
}
