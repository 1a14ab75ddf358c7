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
const REPORTED_DONE = ["hoan thanh", "hoan tat", "ket thuc", "xong"];
export const SAYS_DONE = new RegExp(`\\bda (${REPORTED_DONE.join("|")})\\b`);
// In a plan, the same or "đã tổ chức", "đã thực hiện" (an event held, a step taken); "đã triển khai" is work begun.
const DONE_VERBS = new Set([...REPORTED_DONE, "to chuc", "thuc hien"]);
const DONE_ACTIVE = new RegExp(`\\bda (${[...DONE_VERBS].join("|")})\\b`);
// Said in the passive with who did it ("đã được Sở X phối hợp với Y thực hiện xong") too, within its sentence; not work
// given ("đã được UBND tỉnh giao thực hiện"), asked or directed, nor work a body allowed, guided, approved, funded,
// delegated, agreed to or commented on ("đã được UBND tỉnh cho phép lùi thời gian thực hiện"): still to be done.
const ORDER_VERBS = new Set(
  "giao|phan cong|yeu cau|de nghi|chi dao|cho phep|huong dan|phe duyet|bo tri|uy quyen|chap thuan|gop y".split("|"),
);
// The words of a sentence and the marks ending one ("12.000" is a number, not an end).
const WORDS = /[\p{L}\p{M}\p{N}]+|[.;](?!\d)/gu;
// A word written capitalised ("Tổ", "Giao") stands in a name ("Ban Tổ chức Tỉnh ủy", "Sở Giao thông vận tải"), not as
// its verb; a word in capitals throughout ("UBND", a heading's words) is read as any other.
const IN_NAME = /^\p{Lu}\p{Ll}/u;
// How many words the doer and its partners may take between "đã được" and what they did.
const DOER_WORDS = 20;

/**
 * Whether the words after "đã được" (`words`, from `at`) say their doer did the work: a verb of the done list after
 * the whole of the doer's name, no word inside a name read as one. A verb of ordering, allowing or guiding says the
 * work is still due, and so does "nay" (now another does it) or the sentence's end before any verb.
 */
function doneByAgent(words: readonly string[], at: number): boolean {
  for (let i = at; i < Math.min(words.length, at + DOER_WORDS); i++) {
    const word = words[i]!;
    if (word === "." || word === ";") return false;
    if (IN_NAME.test(word)) continue;
    const one = fold(word);
    const next = words[i + 1] !== undefined && !IN_NAME.test(words[i + 1]!) ? fold(words[i + 1]!) : "";
    const two = `${one} ${next}`;
    // "giao thông" (a road, a crossing) is a noun, not work given.
    if (one === "giao" && next === "thong") i++;
    else if (one === "nay" || ORDER_VERBS.has(one) || ORDER_VERBS.has(two)) return false;
    else if (DONE_VERBS.has(one) || DONE_VERBS.has(two)) return true;
  }
  return false;
}

/** Whether a text says work was done: "đã hoàn thành …", "đã tổ chức …", "đã được Sở X thực hiện xong …". */
function notesDone(text: string): boolean {
  const folded = fold(text);
  if (DONE_ACTIVE.test(folded)) return true;
  if (!folded.includes("da duoc")) return false;
  const words = text.match(WORDS) ?? [];
  return words.some(
    (word, i) => fold(word) === "duoc" && i > 0 && fold(words[i - 1]!) === "da" && doneByAgent(words, i + 1),
  );
}

/** Whether words note work done before the plan: one of them says so, and its time has passed. */
export function notedDoneBefore(
  texts: readonly string[],
  deadline: ParsedDeadline | null,
  issued: IsoDate | null,
): boolean {
  if (!deadline || !issued || deadline.due >= issued) return false;
  return texts.some(notesDone);
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
  if (!notesDone(text.slice(opens, at))) return null;
  const end = at + wording.length;
  const rest = /^[\s).,;]*/.exec(text.slice(end))![0].length + end;
  // The work after it: a clause of its own words, not a closing remark.
  return (text.slice(rest).match(/\p{L}+/gu) ?? []).length >= 3 ? rest : null;
}
