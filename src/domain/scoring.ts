// The scoring rubric of a reporting duty, as the index uses it: "complete and on time:
// full points; late or incomplete: half; not sent: zero". A list is complete when its
// quota is met with valid rows and its invalid rows stay within a tolerance. A plan can
// set its own figures; these are the defaults.
import { z } from "zod";
import type { IsoDate } from "./dates.ts";

export const rubricSchema = z.object({
  dutyPoints: z.number().positive().default(10),
  lateFactor: z.number().min(0).max(1).default(0.5),
  incompleteFactor: z.number().min(0).max(1).default(0.5),
  /** Share of invalid rows a complete list may still have. */
  errorTolerance: z.number().min(0).max(1).default(0.05),
});

export type Rubric = z.infer<typeof rubricSchema>;
export const DEFAULT_RUBRIC: Rubric = rubricSchema.parse({});

export function parseRubric(json: string | null): Rubric {
  if (!json) return DEFAULT_RUBRIC;
  const parsed = rubricSchema.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : DEFAULT_RUBRIC;
}

export function isCompleteList(counts: { total: number; valid: number }, quotaShort: boolean, rubric: Rubric): boolean {
  if (counts.total === 0 || quotaShort) return false;
  return (counts.total - counts.valid) / counts.total <= rubric.errorTolerance;
}

export interface Duty {
  ref: string;
  title: string;
  effectiveDue: IsoDate | null;
  /** Sent (a list for every template asked, or marked done), and when it was last sent. */
  sentOn: IsoDate | null;
  complete: boolean;
}

export type DutyStatus = "complete-on-time" | "late" | "incomplete" | "not-sent" | "not-due";

export interface ScoredDuty extends Duty {
  status: DutyStatus;
  points: number;
  max: number;
}

export function scoreDuty(duty: Duty, today: IsoDate, rubric: Rubric): ScoredDuty {
  const due = duty.effectiveDue;
  if (!duty.sentOn) {
    const status = due && today > due ? "not-sent" : "not-due";
    return { ...duty, status, points: 0, max: status === "not-due" ? 0 : rubric.dutyPoints };
  }
  const onTime = !due || duty.sentOn <= due;
  if (duty.complete && onTime)
    return { ...duty, status: "complete-on-time", points: rubric.dutyPoints, max: rubric.dutyPoints };
  const factor = duty.complete ? rubric.lateFactor : rubric.incompleteFactor;
  return {
    ...duty,
    status: duty.complete ? "late" : "incomplete",
    points: rubric.dutyPoints * factor,
    max: rubric.dutyPoints,
  };
}

export function scoreUnit(
  duties: Duty[],
  today: IsoDate,
  rubric: Rubric,
): { points: number; max: number; duties: ScoredDuty[] } {
  const scored = duties.map((d) => scoreDuty(d, today, rubric));
  return {
    points: scored.reduce((s, d) => s + d.points, 0),
    max: scored.reduce((s, d) => s + d.max, 0),
    duties: scored,
  };
}
