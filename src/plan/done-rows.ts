// A plan may keep work already done, saying so in a table row's cell beside it ("Ghi chú: Đã hoàn thành") or in an
// item's own words ("… (đã tổ chức)"), its time before the plan's own date: the plan lists it for the record of the
// year's work, not to be done again.
// Either alone is not enough: a row said done but due on or after the plan's date is a note written ahead, and a row
// merely overdue is work carried over (a plan taking last year's unfinished rows on), both still due.
import type { IsoDate } from "../domain/dates.ts";
import { parseInPlanYear } from "../domain/plan-year.ts";
import { fold } from "../domain/text.ts";
import type { ParsedDeadline } from "./parsed-plan.ts";

// "đã hoàn thành", "đã kết thúc", "đã xong", "đã hoàn tất": work a report says is done.
export const SAYS_DONE = /\bda (hoan thanh|hoan tat|ket thuc|xong)\b/;
// In a plan, the same or "đã tổ chức", "đã thực hiện" (an event held, a step taken); "đã triển khai" is work begun.
// Said in the passive with who did it ("đã được Sở X phối hợp với Y thực hiện xong") too, within the clause; not work
// given ("đã được UBND tỉnh giao thực hiện"), asked or directed, which is still to be done.
const NOTED_DONE =
  /\bda (?:duoc (?:(?!\b(?:giao|phan cong|yeu cau|de nghi|chi dao)\b)[^,;.]){0,80}?)?(hoan thanh|hoan tat|ket thuc|xong|to chuc|thuc hien)\b/;

/** Whether words note work done before the plan: one of them says so, and its time has passed. */
export function notedDoneBefore(
  texts: readonly string[],
  deadline: ParsedDeadline | null,
  issued: IsoDate | null,
): boolean {
  if (!deadline || !issued || deadline.due >= issued) return false;
  return texts.some((text) => NOTED_DONE.test(fold(text)));
}

/** Whether a row is work done before the plan: a cell other than its task says so, and its time has passed. */
export function doneBeforePlan(
  cells: readonly string[],
  taskColumn: number,
  deadline: ParsedDeadline | null,
  issued: IsoDate | null,
): boolean {
  return notedDoneBefore(
    cells.filter((_, c) => c !== taskColumn),
    deadline,
    issued,
  );
}

/**
 * "Rà soát danh mục … (đã hoàn thành tháng 12/2025); chủ trì lập bảng kê …": an item that notes one clause done, its
 * time past, and goes on to work still to do. The time is when that clause was done, not when the rest is due: where
 * the rest starts, or null when the time is none such (the item is all done, or the time is still to come).
 */
export function afterDoneClause(text: string, wording: string, issued: IsoDate | null): number | null {
  const read = issued ? parseInPlanYear(wording, issued) : null;
  if (!read?.ok || read.deadline.due >= issued!) return null;
  const at = text.indexOf(wording);
  if (at < 0) return null;
  // The clause the time stands in: from the last bracket or semicolon before it.
  const opens = Math.max(text.lastIndexOf(";", at), text.lastIndexOf("(", at)) + 1;
  if (!NOTED_DONE.test(fold(text.slice(opens, at)))) return null;
  const end = at + wording.length;
  const rest = /^[\s).,;]*/.exec(text.slice(end))![0].length + end;
  // The work after it: a clause of its own words, not a closing remark.
  return (text.slice(rest).match(/\p{L}+/gu) ?? []).length >= 3 ? rest : null;
}
