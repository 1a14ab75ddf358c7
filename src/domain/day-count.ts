/**
 * A number of days as plans write it ("05 ngày", "10 ngày làm việc"): the count, then the unit. One pattern for
 * every reader that counts days from a day or an event (a written day in `deadline.ts`, a plan item or the plan's
 * own date in `relative-deadline.ts`, one of the plan's events in `plan/milestones.ts`), so that they agree on
 * what a count is.
 */
import { fold } from "./text.ts";

/** Two groups: the count, and its unit ("ngày" or "ngày làm việc"). */
export const DAY_COUNT = String.raw`(\d{1,3})\s+(ngày(?:\s+làm\s+việc)?)`;

/** Whether a unit `DAY_COUNT` captured counts working days. */
export const countsWorkingDays = (unit: string): boolean => /lam\s+viec$/.test(fold(unit));
