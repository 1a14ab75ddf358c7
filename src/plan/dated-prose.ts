// How a piece of prose is dated: the deadline wording a sentence gives, whether a clause dates a task (never a day
// before the plan's own), a deadline written before its subject, and which sentence of a paragraph its day belongs to.
import type { IsoDate } from "../domain/dates.ts";
import { parseDeadline } from "../domain/deadline.ts";
import { findDeadlineWording } from "../domain/deadline-wording.ts";
import { findYearlessDay, parseInPlanYear } from "../domain/plan-year.ts";
import { findRelativeDeadline } from "../domain/relative-deadline.ts";
import { readClause, SENTENCE_END } from "./clause.ts";
import type { TaskContext } from "./task-context.ts";
import { titleBeforeDeadline } from "./title-cut.ts";

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

// The words leading into a day that the day's own wording may leave out, in any number: "Đến hết tháng 5/2026",
// "Từ nay đến hết quý II", "Muộn nhất đến ngày 15/6" (the wording found starts at the month or the day).
const INTO_DAY = /^(?:(?:từ nay|kể từ nay|đến|tới|hết|trước|trong|chậm nhất|muộn nhất|vào)\s+)+$/iu;

/**
 * "Chậm nhất ngày 15/9/2025, Sở Y tế trình …", "Đến hết tháng 5/2026, Văn phòng … hoàn thành …": a deadline that
 * opens a sentence, cut off by a comma, is an adverbial before its subject. The deadline and the sentence after it,
 * or null when the sentence does not open with one (at most a preposition, "Trong", or words leading into the day,
 * "Từ nay đến hết", stand before it).
 */
export function frontedDeadline(text: string, wording: string): { wording: string; rest: string } | null {
  const at = text.indexOf(wording);
  const before = text.slice(0, Math.max(at, 0));
  if (at < 0 || !(/^\p{L}*\s*$/u.test(before) || INTO_DAY.test(before))) return null;
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
  const before = text.slice(0, Math.max(at, 0));
  if (at < 0 || !/;\s*$/.test(before) || !ROLE.test(before.split(";", 1)[0]!)) return null;
  const day = dayWords(wording);
  const rest = day?.after.replace(/^[,:]\s*/, "");
  return day && rest && /^\p{Ll}/u.test(rest) ? { wording: day.words, rest } : null;
}

/**
 * A deadline's wording runs to its sentence's end: its day's own words are the shortest start of it giving the same
 * day ("chậm nhất ngày 20/5/2026" of "chậm nhất ngày 20/5/2026 tổng hợp …"), the words after them what follows the
 * day. Null when no shorter start gives that day.
 */
function dayWords(wording: string): { words: string; after: string } | null {
  const whole = parseDeadline(wording);
  if (!whole.ok) return null;
  const words = wording.split(/\s+/);
  for (let n = 1; n <= Math.min(DAY_WORDS, words.length - 2); n++) {
    const day = parseDeadline(words.slice(0, n).join(" "));
    if (day.ok && day.deadline.due === whole.deadline.due)
      return { words: words.slice(0, n).join(" "), after: words.slice(n).join(" ") };
  }
  return null;
}

// Words that lead into a day ("hoàn thành trước ngày D", "xong trước …"): the day closes the work before them.
const LEADS_INTO_DAY = /(?<![\p{L}])(?:hoàn thành|xong|kết thúc)$/iu;
// Words after a day opening no work of its clause: a second piece of work ("và …") or the purpose ("để tổng hợp").
const NOT_THE_WORK = /^(?:và|hoặc|rồi|sau đó|đồng thời|để|nhằm)(?![\p{L}])/iu;

/**
 * "UBND các huyện gửi Sở Tài chính trước ngày 20/6/2025 báo cáo kết quả …": a day standing inside its clause, after
 * the verb's first object (the one addressed) and before the work sent or done, with no mark around it, dates the
 * clause; the clause without the day's words is the task's title and sentence ("UBND các huyện gửi Sở Tài chính báo
 * cáo kết quả …"). A day closing its clause ("…, trước ngày D; báo cáo …", "… trước ngày D, báo cáo …") or led into
 * ("hoàn thành trước ngày D báo cáo …": the work before it is done by then) is not inside it. The day's words and
 * that clause, or null. A day followed by a purpose ("để tổng hợp"), a second piece of work ("và …") or another day
 * is left where it was (the last two to the readers of two duties in a sentence).
 */
export function dayInsideClause(text: string, wording: string): { wording: string; rest: string } | null {
  const at = text.lastIndexOf(wording);
  const written = text.slice(0, Math.max(at, 0)).trimEnd();
  if (at < 0 || !/[\p{L}\p{N}]$/u.test(written) || LEADS_INTO_DAY.test(written)) return null;
  const day = dayWords(wording);
  // The day's last word ends in no mark, and at least two words of work follow, the first in lower case; not a second
  // piece of work ("… trước ngày D và bàn giao …": the day dates the work before it) or a purpose ("… để tổng hợp"),
  // nor one dated on its own.
  if (!day || /[,;:.)]$/.test(day.words) || !/^\p{Ll}[\p{L}\p{N}]*\s+\p{L}/u.test(day.after)) return null;
  if (NOT_THE_WORK.test(day.after) || datedWording(day.after) !== null) return null;
  // A month or quarter inside a sentence names what the work is about ("báo cáo kết quả quý II/2024 gửi …"): a day
  // only.
  if (!/\bngày\b|\d{1,2}\s*\/\s*\d{1,2}\s*\//u.test(day.words)) return null;
  // "… tập huấn trong tháng 5/2025 cho …": the preposition before the day goes with it.
  const before = titleBeforeDeadline(text, wording);
  return before ? { wording: day.words, rest: `${before} ${day.after}` } : null;
}

const SENTENCE_ENDS = new RegExp(SENTENCE_END.source, "gu");

/**
 * "Lưu ý: Các cơ quan … chịu trách nhiệm …. UBND các xã A, B … cử công chức …, gửi danh sách trước ngày
 * 01/12/2026.": a paragraph of several sentences is dated by one of them; when that one names who does it,
 * it alone is the task, and the sentences before it are its background.
 */
export function datedSentence(text: string, ctx: TaskContext): string {
  const start = sentenceStart(text, findDeadlineWording(text, ctx.issued));
  const sentence = text.slice(start);
  return start > 0 && readClause(ctx.resolver, sentence).lead.length > 0 ? sentence : text;
}

/** Where the sentence holding `wording` starts in `text`: 0 when it is the first, or the wording is not there. */
function sentenceStart(text: string, wording: string | null): number {
  const at = wording ? text.indexOf(wording) : -1;
  // The wording's first letter too: a sentence ends before a capital, which may be the wording's own.
  const last = at > 0 ? [...text.slice(0, at + 1).matchAll(SENTENCE_ENDS)].at(-1) : undefined;
  return last ? last.index + last[0].length : 0;
}

/**
 * "Bước 5: Hội đồng thẩm định xem xét kết quả. Chậm nhất ngày 17/4/2026, Hội đồng thẩm định họp, cho ý kiến …": a
 * later sentence opening with its deadline, then its subject, is the dated work, as a sentence opening the text so is
 * (`frontedDeadline`); the sentences before it name the step or say why. The deadline and that work, or null when
 * no later sentence opens with the deadline or the work after it names no subject (it then goes on from the
 * sentence before, whose subject does it), or when the sentences before it are a task of another subject ("Sở Nội
 * vụ chủ trì xây dựng dự thảo …. Trước ngày D, các sở gửi ý kiến về Sở Nội vụ": the helpers' deadline is the
 * item's, its work and lead stay the first sentence's).
 */
export function laterFrontedDeadline(
  text: string,
  wording: string,
  ctx: TaskContext,
): { wording: string; rest: string } | null {
  const start = sentenceStart(text, wording);
  const fronted = start > 0 ? frontedDeadline(text.slice(start), wording) : null;
  const lead = fronted ? leadNames(ctx, fronted.rest) : "";
  const first = fronted ? leadNames(ctx, text.slice(0, start)) : "";
  return lead && (!first || first === lead) ? fronted : null;
}

/** The names of the units a clause's subject leads, as one string ("" when it names none). */
const leadNames = (ctx: TaskContext, clause: string): string =>
  readClause(ctx.resolver, clause)
    .lead.map((u) => u.name)
    .join("; ");
