// A task table may keep a row whose work is already done, saying so in a cell beside it ("Ghi chú: Đã hoàn thành"),
// its time before the plan's own date: the plan lists it for the record of the year's work, not to be done again.
// Either alone is not enough: a row said done but due on or after the plan's date is a note written ahead, and a row
// merely overdue is work carried over (a plan taking last year's unfinished rows on), both still due.
import type { IsoDate } from "../domain/dates.ts";
import { fold } from "../domain/text.ts";
import type { ParsedDeadline } from "./parsed-plan.ts";
import { SAYS_DONE } from "./report-results.ts";

/** Whether a row is work done before the plan: a cell other than its task says so, and its time has passed. */
export function doneBeforePlan(
  cells: readonly string[],
  taskColumn: number,
  deadline: ParsedDeadline | null,
  issued: IsoDate | null,
): boolean {
  if (!deadline || !issued || deadline.due >= issued) return false;
  return cells.some((cell, c) => c !== taskColumn && SAYS_DONE.test(fold(cell)));
}
