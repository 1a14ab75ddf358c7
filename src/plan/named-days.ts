// A plan run up to one day not yet fixed (a system going live, a census, a move of offices) names that day once by a
// letter and counts every deadline from it, as a plan's list of milestones names its events (milestones.ts):
//   Ngày T là ngày chính thức vận hành hệ thống, dự kiến ngày 01/7/2026.
//   Ngày N = T + 30 là ngày kết thúc giai đoạn vận hành song song.
// and then in its table or prose: "T-30", "T - 15", "T+7", "N + 15", "Từ T-20 đến T-5", "chậm nhất ngày T-35",
// "Chậm nhất ngày T", "Ngày N". Each named day is one of the plan's events, named by its letter, so the counts the
// events are read by ("Trước ngày T 10 ngày", "Sau ngày T 2 tuần") read it too; what is left, the letter with its
// offset or alone after "ngày", is put here in words of the day it comes to ("ngày 1/6/2026"). The counts are of
// calendar days, as such plans say ("tính cả ngày nghỉ").
import { addDays, type IsoDate } from "../domain/dates.ts";
import { parseInPlanYear } from "../domain/plan-year.ts";
import { fold } from "../domain/text.ts";

/** A day as the plan's events are known by (milestones.ts): its folded name and its first day. */
export interface KnownDay {
  label: string;
  start: IsoDate;
}

// "Ngày T là …, dự kiến ngày 01/7/2026", "Ngày D (ngày khai trương): 15/9/2025": the letter, then its sentence.
const DAY_SET = /(?<![\p{L}\p{N}])[Nn]gày\s+([A-Z])\s*(?:là|:|\()\s*([^.;]{1,200})/u;
// "Ngày N = T + 30", "ngày N là ngày T + 30": a day counted from another.
const DAY_FROM =
  /(?<![\p{L}\p{N}])[Nn]gày\s+([A-Z])\s*(?:=|là)\s*(?:ngày\s+)?([A-Z])\s*([+\-−–])\s*(\d{1,3})(?![\p{L}\p{N}])/u;

const SIGN = /^[-−–]$/;

// "Hệ thống dự kiến vận hành chính thức từ ngày 01/7/2026 (sau đây gọi là ngày T)", "… (gọi tắt là Ngày T)",
// "… 15/9/2025 (ngày D)": a day named after its date, the letter in brackets.
// Only words defining it ("sau đây gọi là") make the line the plan's calendar: "… họp ngày 15/6/2026 (Ngày A)" is
// still a task, dated as written.
const DAY_CALLED =
  /([^.;()]{1,200})\(\s*(?:((?:sau\s+đây\s+)?(?:(?:được\s+)?gọi(?:\s+(?:tắt|chung))?|viết\s+tắt)\s+là)\s+(?:[Nn]gày\s+)?|[Nn]gày\s+)([A-Z])\s*\)/u;
// The last date a clause writes: "ngày 01/7/2026", "01/7", "ngày 5 tháng 8 năm 2026".
const DATES = /(?:ngày\s+)?\d{1,2}\s*(?:[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?|tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)/giu;

/** The last date a text writes, or null. */
function lastDate(text: string, issued: IsoDate | null): IsoDate | null {
  const date = [...text.matchAll(DATES)].at(-1);
  if (!date) return null;
  const read = parseInPlanYear(/^ngày/i.test(date[0]) ? date[0] : `ngày ${date[0]}`, issued);
  return read.ok ? read.deadline.due : null;
}

/** The day a bracket after a date names by a letter, and whether the bracket's words define it. */
function calledDay(line: string, issued: IsoDate | null): [string, IsoDate, boolean] | null {
  const called = DAY_CALLED.exec(line);
  const day = called && lastDate(called[1]!, issued);
  return day ? [called![3]!, day, called![2] !== undefined] : null;
}

/**
 * The day a letter names: a day counted from another named day, else the first date written in its sentence, else a
 * date the letter is put in brackets after; and whether the line defines the day (no task then).
 */
function dayOf(line: string, issued: IsoDate | null, known: readonly KnownDay[]): [string, IsoDate, boolean] | null {
  const from = DAY_FROM.exec(line);
  if (from) {
    const base = known.find((e) => e.label === fold(from[2]!));
    if (!base) return null;
    const count = Number(from[4]) * (SIGN.test(from[3]!) ? -1 : 1);
    return [from[1]!, addDays(base.start, count), true];
  }
  const set = DAY_SET.exec(line);
  if (!set) return calledDay(line, issued);
  const read = parseInPlanYear(set[2]!.replace(/\s+$/, ""), issued);
  return read.ok ? [set[1]!, read.deadline.due, true] : null;
}

/** A day named by a letter: "Ngày T", its label "t", its day, and whether its line is the plan's calendar. */
export interface NamedDay {
  name: string;
  label: string;
  day: IsoDate;
  defines: boolean;
}

/** The day a line names by a letter; null when it names none or one already named. */
export function namedDayOf(line: string, issued: IsoDate | null, known: readonly KnownDay[]): NamedDay | null {
  const found = dayOf(line, issued, known);
  if (!found) return null;
  const [letter, day, defines] = found;
  const label = fold(letter);
  return known.some((e) => e.label === label) ? null : { name: `Ngày ${letter}`, label, day, defines };
}

// A calendar of named days kept as a table: "Ngày T | Ngày hệ thống vận hành chính thức | 01/7/2026", the letter's
// cell first (after a number, if any); a task's row naming the day in a later cell ("1 | Khai trương | Ngày T | …") is
// no definition of it.
const LETTER_CELL = /^[Nn]gày\s+[A-Z]$/u;
const NUMBER_CELL = /^[\dIVXivx.]*$/u;

/** A table row naming a day: its cell "Ngày T", then what the row writes of it, read as the sentence "Ngày T là …". */
export function namedDayOfRow(
  cells: readonly string[],
  issued: IsoDate | null,
  known: readonly KnownDay[],
): NamedDay | null {
  const at = cells.findIndex((cell) => !NUMBER_CELL.test(cell.trim()));
  if (at < 0 || !LETTER_CELL.test(cells[at]!.trim())) return null;
  const rest = cells.slice(at + 1).filter((cell) => cell.trim() !== "");
  if (rest.length === 0) return null;
  const letter = cells[at]!.trim().slice(-1);
  // "Ngày N | T + 30" counts from another day; else the row's last date is the day's.
  const line = `Ngày ${letter} là ${rest.join(", ")}`;
  const counted = namedDayOf(line, issued, known);
  const day = counted ? null : lastDate(rest.join(", "), issued);
  if (counted || !day || known.some((e) => e.label === fold(letter))) return counted;
  return { name: `Ngày ${letter}`, label: fold(letter), day, defines: true };
}

const written = (day: IsoDate): string => `${Number(day.slice(8))}/${Number(day.slice(5, 7))}/${day.slice(0, 4)}`;

// "T-30", "T - 15", "ngày N + 5", "T+2 tuần", "T+5 ngày làm việc": a named day and its offset; "ngày T", "Ngày N":
// the day itself.
const OFFSET =
  /(?<![\p{L}\p{N}])(?:ngày\s+)?([A-Z])\s*([+\-−–])\s*(\d{1,3})(?:\s+(ngày\s+làm\s+việc|ngày|tuần))?(?![\p{L}\p{N}/])/giu;
const ALONE = /(?<![\p{L}\p{N}])(ngày)\s+([A-Z])(?![\p{L}\p{N}])/giu;

/** The words of an offset from a day: working days are left to the readers counting them from a written day. */
function offsetWords(day: IsoDate, sign: number, count: number, unit: string): string {
  const folded = fold(unit);
  if (folded.endsWith("lam viec")) return `${count} ${unit} ${sign < 0 ? "trước" : "sau"} ngày ${written(day)}`;
  return `ngày ${written(addDays(day, sign * count * (folded === "tuan" ? 7 : 1)))}`;
}

/** A text with every named day, and every offset from one, put in words of the day it comes to. */
export function withNamedDays(text: string, events: readonly KnownDay[]): string {
  const days = new Map(events.filter((e) => /^[a-z]$/.test(e.label)).map((e) => [e.label, e.start]));
  if (days.size === 0) return text;
  // The letter is a capital: "ngày t" in a sentence is no named day.
  const dayNamed = (letter: string) => (/^[A-Z]$/.test(letter) ? days.get(fold(letter)) : undefined);
  return text
    .replace(OFFSET, (all, letter: string, sign: string, count: string, unit: string | undefined) => {
      const day = dayNamed(letter);
      return day ? offsetWords(day, SIGN.test(sign) ? -1 : 1, Number(count), unit ?? "ngày") : all;
    })
    .replace(ALONE, (all, word: string, letter: string) => {
      const day = dayNamed(letter);
      return day ? `${word} ${written(day)}` : all;
    });
}

/** Whether a text names one of the days named by a letter ("Trường hợp ngày T được điều chỉnh"). */
export const namesDay = (text: string, events: readonly KnownDay[]): boolean => withNamedDays(text, events) !== text;
