// dondoc's own follow-up score of a task, computed from its one state (task-state.ts).
// It is not the province's index: provinces score in their own decision. Defaults:
// complete and on time earns the task's points; complete but late, or sent on time but
// incomplete, earn a share; late and incomplete together earn less than either; nothing
// sent by the deadline earns none. An on-time complete submission keeps its points when
// the unit corrects it after the deadline. A plan can set its own figures.
import { z } from "zod";
import type { TaskState } from "./task-state.ts";

export const rubricSchema = z.object({
  dutyPoints: z.number().positive().default(10),
  lateFactor: z.number().min(0).max(1).default(0.5),
  incompleteFactor: z.number().min(0).max(1).default(0.5),
  lateIncompleteFactor: z.number().min(0).max(1).default(0.25),
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

export interface TaskScore {
  points: number;
  /** 0 while the task is not scored yet (not due, waiting for confirmation, not applicable). */
  max: number;
}

const NOT_SCORED: TaskScore = { points: 0, max: 0 };

/** Points of a single list sent on a day, as `dondoc check` and the list's reply tell them. */
export function listPoints(complete: boolean, late: boolean, rubric: Rubric): number {
  const factor = complete
    ? late
      ? rubric.lateFactor
      : 1
    : late
      ? rubric.lateIncompleteFactor
      : rubric.incompleteFactor;
  return rubric.dutyPoints * factor;
}

/**
 * The points of a task in a state. `pastDue` scores what stands as the deadline's
 * verdict; passing true before the deadline gives the projection "if it were due today".
 */
export function scoreState(state: TaskState, pastDue: boolean, rubric: Rubric): TaskScore {
  const max = rubric.dutyPoints;
  if (!state.scored) return NOT_SCORED;
  switch (state.kind) {
    case "complete-on-time":
    case "complete-late":
    case "confirmed":
      return { points: listPoints(true, state.late, rubric), max };
    case "started":
    case "incomplete":
      return pastDue ? { points: listPoints(false, state.late, rubric), max } : NOT_SCORED;
    case "overdue":
      return { points: 0, max };
    case "not-due":
      return pastDue ? { points: 0, max } : NOT_SCORED;
    default:
      return NOT_SCORED;
  }
}
