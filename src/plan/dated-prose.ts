// How a piece of prose is dated: the deadline wording a sentence gives, whether a clause dates a task (never a day
// before the plan's own), a deadline written before its subject, and which sentence of a paragraph its day belongs to.
import type { IsoDate } from "../domain/dates.ts";
import { findDeadlineWording, parseDeadline } from "../domain/deadline.ts";
import { findYearlessDay, parseInPlanYear } from "../domain/plan-year.ts";
import { findRelativeDeadline } from "../domain/relative-deadline.ts";
import { readClause, SENTENCE_END } from "./clause.ts";
import type { TaskContext } from "./task-context.ts";

/**
 * Deadline wording in a sentence: a day (its year left to the plan's: "trước 15/6"), or a period counted from an
 * event the plan dates ("15 ngày kể từ …").
 */
export function datedWording(text: string, issued: IsoDate | null = null): string | null {
  return findDeadlineWording(text, issued) ?? findYearlessDay(text) ?? findRelativeDeadline(text)?.text ?? null;
}

/**
 * Whether a clause is dated as a task is: a clause whose only day falls before the plan's own tells of the past or
 * of a scope ("rà soát quy hoạch từ ngày 01/01/2020 đến ngày 31/12/2023"), whatever the clause after it asks.
 */
export function datesTask(clause: string, issued: IsoDate | null): boolean {
  const wording = datedWording(clause, issued);
  if (wording === null || issued === null) return wording !== null;
  const read = parseInPlanYear(wording, issued);
  return !read.ok || read.deadline.due >= issued;
}

/**
 * "Chậm nhất ngày 15/9/2025, Sở Y tế trình …": a deadline that opens a sentence, cut off by a comma, is
 * an adverbial before its subject. The deadline and the sentence after it, or null when the sentence
 * does not open with one (at most a preposition, "Trong", stands before it).
 */
export function frontedDeadline(text: string, wording: string): { wording: string; rest: string } | null {
  const at = text.indexOf(wording);
  if (at < 0 || !/^\p{L}*\s*$/u.test(text.slice(0, at))) return null;
  const comma = text.indexOf(",", at);
  const phrase = comma < 0 ? "" : text.slice(0, comma);
  const rest = text.slice(comma + 1).trim();
  const deadline = parseDeadline(phrase).ok || findRelativeDeadline(phrase)?.text === phrase.trim();
  return phrase && rest && deadline ? { wording: phrase, rest } : null;
}

/** The most words a day's own wording takes: "chậm nhất vào ngày 10 tháng 4 năm 2026". */
const DAY_WORDS = 10;

// "Sở A là cơ quan thường trực, …": the subject's standing role, no work of its own.
const ROLE = /(?<![\p{L}])là (cơ quan|đơn vị|đầu mối|thường trực)(?![\p{L}])/u;

/**
 * "Sở A là cơ quan thường trực, theo dõi, đôn đốc …; chậm nhất ngày D báo cáo UBND tỉnh …": a deadline opening a
 * later clause of a sentence that opens with the subject's standing role, the work after it in lower case (the
 * subject does it), dates that work alone. After work of its own ("X kiểm tra …; chậm nhất ngày D báo cáo …") the
 * clause after the day reports on that work, which stays the task. The day's words and the work, or null. (The
 * deadline's wording runs to the sentence's end: the day's own words are its shortest start giving the same day.)
 */
export function workAfterDeadline(text: string, wording: string): { wording: string; rest: string } | null {
  const at = text.lastIndexOf(wording);
  const whole = parseDeadline(wording);
  const before = text.slice(0, Math.max(at, 0));
  if (at < 0 || !/;\s*$/.test(before) || !ROLE.test(before.split(";", 1)[0]!) || !whole.ok) return null;
  const words = wording.split(/\s+/);
  for (let n = 1; n <= Math.min(DAY_WORDS, words.length - 2); n++) {
    const day = parseDeadline(words.slice(0, n).join(" "));
    if (!day.ok || day.deadline.due !== whole.deadline.due) continue;
    const rest = words
      .slice(n)
      .join(" ")
      .replace(/^[,:]\s*/, "");
    return /^\p{Ll}/u.test(rest) ? { wording: words.slice(0, n).join(" "), rest } : null;
  }
  return null;
}

const SENTENCE_ENDS = new RegExp(SENTENCE_END.source, "gu");

/**
 * "Lưu ý: Các cơ quan … chịu trách nhiệm …. UBND các xã A, B … cử công chức …, gửi danh sách trước ngày
 * 01/12/2026.": a paragraph of several sentences is dated by one of them; when that one names who does it,
 * it alone is the task, and the sentences before it are its background.
 */
export function datedSentence(text: string, ctx: TaskContext): string {
  const wording = findDeadlineWording(text, ctx.issued);
  const at = wording ? text.indexOf(wording) : -1;
  const last = at > 0 ? [...text.slice(0, at).matchAll(SENTENCE_ENDS)].at(-1) : undefined;
  if (!last) return text;
  const sentence = text.slice(last.index + last[0].length);
  return readClause(ctx.resolver, sentence).lead.length > 0 ? sentence : text;
}
