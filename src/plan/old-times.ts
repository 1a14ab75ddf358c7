// A letter urging overdue work names each task with the time it was first given, in brackets, then the new one:
// "nhiệm vụ "…" (thời hạn ngày 31/3/2026) đến nay chưa hoàn thành. Đề nghị Sở … trước ngày 25/4/2026", "… (Kế hoạch
// giao hoàn thành trong tháng 02/2026); đề nghị xong trước 15/5/2026", "(nhiệm vụ đã quá hạn từ ngày 28/02/2026)".
// The bracket says what the time was ("thời hạn", "hạn", "quá hạn", "Kế hoạch giao"), and its time has passed on the
// letter's own date: it is no deadline, whether a new one follows, stands before it, or is not given at all (then the
// task has none), and it is no words of the task's title. A bracketed time still to come on the plan's date
// ("(thời hạn: trước ngày 30/6/2026)" in a plan of March) is the task's deadline, as it always was.
import type { IsoDate } from "../domain/dates.ts";
import { parseInPlanYear } from "../domain/plan-year.ts";
import { rewriteWords, type Block } from "./document.ts";

// A bracket opening with the words of a time first given or missed: "(thời hạn …)", "(hạn hoàn thành …)", "(Kế hoạch
// giao hoàn thành …)", "(theo Kế hoạch: …)", "(nhiệm vụ đã quá hạn từ ngày …)"; not a plan cited by its number and
// date, "(Kế hoạch số 12/KH-UBND ngày 16/01/2023)".
const OLD_TIME =
  /\s*\(\s*(?:(?:nhiệm vụ|việc)\s+)?(?:đã\s+)?(?:thời hạn|hạn|quá hạn|kế hoạch giao|theo kế hoạch(?!\s+số)|được giao)(?!\p{L})[^()]{0,80}\)/giu;

// The time a bracket gives: a day, a month, a quarter, written as the plan writes them.
const TIME = /(?:ngày\s+)?\d{1,2}\/\d{1,2}\/\d{4}|tháng\s+\d{1,2}\/\d{4}|quý\s+[IV]{1,3}\/\d{4}|năm\s+\d{4}/giu;

/** Whether the bracket's time has passed on `issued`: each time it gives reads as a day before it. */
function passed(bracket: string, issued: IsoDate): boolean {
  const times = [...bracket.matchAll(TIME)].map((m) => parseInPlanYear(m[0], issued));
  return times.length > 0 && times.every((read) => read.ok && read.deadline.due < issued);
}

/** `text` without the brackets giving a task's old time, past on `issued`. */
export function withoutOldTime(text: string, issued: IsoDate): string {
  if (!text.includes("(")) return text;
  return text.replace(OLD_TIME, (bracket) => (passed(bracket, issued) ? "" : bracket));
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
