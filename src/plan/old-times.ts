// A letter urging overdue work names each task with the time it was first given, in brackets, then the new one:
// "nhiệm vụ "…" (thời hạn ngày 31/3/2026) đến nay chưa hoàn thành. Đề nghị Sở … trước ngày 25/4/2026", "… (Kế hoạch
// giao hoàn thành trong tháng 02/2026); đề nghị xong trước 15/5/2026", "(nhiệm vụ đã quá hạn từ ngày 28/02/2026)".
// The bracket says what the time was ("thời hạn", "hạn", "quá hạn", "Kế hoạch giao"), and its time has passed on the
// letter's own date: it is no deadline, whether a new one follows, stands before it, or is not given at all (then the
// task has none), and it is no words of the task's title. A bracketed time still to come on the plan's date
// ("(thời hạn: trước ngày 30/6/2026)" in a plan of March) is the task's deadline, as it always was.
import type { IsoDate } from "../domain/dates.ts";
import { parseInPlanYear } from "../domain/plan-year.ts";
import { datedWording } from "./dated-prose.ts";
import { rewriteWords, type Block } from "./document.ts";

// A bracket opening with the words of a time first given or missed: "(thời hạn …)", "(hạn hoàn thành …)", "(Kế hoạch
// giao hoàn thành …)", "(theo Kế hoạch: …)", "(nhiệm vụ đã quá hạn từ ngày …)"; not a plan cited by its number and
// date, "(Kế hoạch số 12/KH-UBND ngày 16/01/2023)". Its words are captured, and those after the opening: its time
// (the day a task fell overdue from, "quá hạn từ ngày …", is the time it was given).
const OLD_TIME =
  /\s*\(\s*((?:(?:nhiệm vụ|việc)\s+)?(?:đã\s+)?(?:thời hạn|hạn|quá hạn(?:\s+từ)?|kế hoạch giao|theo kế hoạch(?!\s+số)|được giao)(?!\p{L})\s*:?([^()]{0,80}))\)/giu;

/**
 * Whether the bracket's time has passed on `issued`. Its words are read as any time a plan gives: its deadline
 * wording found as in a sentence ("(Kế hoạch giao hoàn thành trong quý I/2026)", "(thời hạn ngày 31 tháng 3 năm
 * 2026)"), else the words after its opening whole, as in a time cell ("(thời hạn 6 tháng đầu năm 2025)"). A time
 * without its year is still to come (plan-year.ts); of several, a later one still to come is the one read.
 */
function passed(words: string, time: string, issued: IsoDate): boolean {
  const read = parseInPlanYear(datedWording(words, issued) ?? time.trim(), issued);
  return read.ok && read.deadline.due < issued;
}

/** `text` without the brackets giving a task's old time, past on `issued`. */
export function withoutOldTime(text: string, issued: IsoDate): string {
  if (!text.includes("(")) return text;
  return text.replace(OLD_TIME, (bracket: string, words: string, time: string) =>
    passed(words, time, issued) ? "" : bracket,
  );
}

/** Every paragraph without its old times (a table's columns of old and new times are read by `time-columns.ts`). */
export const withoutOldTimes = (blocks: Block[], issued: IsoDate | null): Block[] =>
  issued
    ? blocks.map((b) =>
        b.type === "text"
          ? rewriteWords(
              b,
              (t) => withoutOldTime(t, issued),
              (c) => c,
            )
          : b,
      )
    : blocks;
