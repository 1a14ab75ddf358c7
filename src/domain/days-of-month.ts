// Days a plan names by their place in a month rather than by number:
//   "Tuần đầu tháng 3/2026", "tuần thứ hai của tháng 5/2026"   the week's last day: 7, 14, 21, 28
//   "Tuần 2 tháng 6/2024" (the week by its number)
//   "tuần cuối tháng 2/2026"                                    the month's last day
//   "Trước ngày cuối cùng của tháng 5/2026"                     the day before the month's last (30/5)
//   "chậm nhất ngày cuối cùng của tháng 6/2026"                 the month's last day, a day written out: it wins
//                                                               over a week named before it in the sentence
//   "thượng tuần / trung tuần / hạ tuần tháng 10/2024"           the ten days' last: 10, 20, the month's last
//   "đầu tháng 11/2024", "giữa tháng 8/2024", "cuối tháng 10"   10 (as thượng tuần), 15, the month's last
//   "Ngày 20 của tháng cuối quý III/2025", "tháng đầu quý II"    a month by its place in the quarter (20/9, April)
// A week of a month is counted from its first day, as offices mean "tuần đầu tháng" (days 1 to 7), not the
// calendar week the 1st falls in. Patterns work on folded text (fold() in text.ts), like deadline.ts's rules.
import { addDays, lastDayOfMonth, makeDate, type IsoDate } from "./dates.ts";

const MONTH = String.raw`(?:cua\s+)?thang\s+(\d{1,2})(?:\s*(?:\/|-)\s*|\s+nam\s+)(\d{4})\b`;
const WEEK_NUMBER: Record<string, number> = { dau: 1, "dau tien": 1, nhat: 1, hai: 2, ba: 3, tu: 4 };
const WEEK = String.raw`dau tien|dau|cuoi(?: cung)?|thu (?:nhat|hai|ba|tu|[1-4])|[1-4]`;
// A month's thirds, as the calendar names them (thượng tuần, trung tuần, hạ tuần: days 1-10, 11-20, 21-end), and
// its parts in plain words: the beginning as the first third, the middle as the 15th, the end as the last day.
const PART_DAY: Record<string, number> = { "thuong tuan": 10, "trung tuan": 20, dau: 10, giua: 15 };

export interface DayOfMonthRule {
  pattern: RegExp;
  /** Named by its month: the month and year are the first two groups, as a month rule's are. */
  kind: "month";
  due: (m: RegExpMatchArray) => IsoDate | null;
}

/** Rules for deadline.ts: each must be tried before its plain month rule, which would read the month's end. */
export const DAY_OF_MONTH_RULES: DayOfMonthRule[] = [
  {
    // "before the last day": the period ends when that day begins, as "trước ngày 30/11" ends on 29/11.
    pattern: new RegExp(String.raw`\btruoc\s+ngay\s+cuoi(?:\s+cung)?\s+` + MONTH),
    kind: "month",
    due: (m) => {
      const last = lastDayOfMonth(Number(m[2]), Number(m[1]));
      return last && addDays(last, -1);
    },
  },
  {
    pattern: new RegExp(String.raw`\bngay\s+cuoi(?:\s+cung)?\s+` + MONTH),
    kind: "month",
    due: (m) => lastDayOfMonth(Number(m[2]), Number(m[1])),
  },
  {
    pattern: new RegExp(String.raw`\btuan\s+(?:${WEEK})\s+` + MONTH),
    kind: "month",
    due: (m) => {
      const which = new RegExp(String.raw`tuan\s+(${WEEK})`).exec(m[0])![1]!.replace(/^thu /, "");
      if (which.startsWith("cuoi")) return lastDayOfMonth(Number(m[2]), Number(m[1]));
      return makeDate(Number(m[2]), Number(m[1]), 7 * (WEEK_NUMBER[which] ?? Number(which)));
    },
  },
  {
    // After the weeks: "tuần đầu tháng 3" is the first week's, not "đầu tháng 3".
    pattern: new RegExp(String.raw`\b(thuong tuan|trung tuan|ha tuan|dau|giua|cuoi)\s+` + MONTH),
    kind: "month",
    due: partOfMonth,
  },
];

/** The day a part of a month ends on ("trung tuần tháng 10/2024" → 20/10/2024): its groups are part, month, year. */
function partOfMonth(m: RegExpMatchArray): IsoDate | null {
  const [part, month, year] = [m[1]!, Number(m[2]), Number(m[3])];
  const day = PART_DAY[part];
  return day ? makeDate(year, month, day) : lastDayOfMonth(year, month);
}

/** In prose, a day named within a month starts its wording before the month ("tuần đầu tháng 4/2026"). */
export const DAY_BEFORE_MONTH =
  /(?<=^|\s)(?:trước\s+ngày\s+cuối(?:\s+cùng)?|tuần\s+(?:đầu(?:\s+tiên)?|cuối(?:\s+cùng)?|thứ\s+\S+|[1-4])|(?:thượng|trung|hạ)\s+tuần|đầu|giữa|cuối)\s+(?:của\s+)?$/iu;

// "tháng cuối quý III", "tháng đầu của quý II", "tháng thứ hai quý IV": a month named by its place in a numbered
// quarter, the quarter's first, second or last; "của" before it joins a day to it ("Ngày 20 của tháng cuối quý III").
// A quarter of no numeral ("ngày 15 của tháng cuối quý") is every quarter's, and names no month.
const QUARTER_MONTH =
  /(?:\bcua\s+)?\bthang\s+(dau(?:\s+tien)?|giua|cuoi(?:\s+cung)?|thu\s+(?:nhat|hai|ba|[1-3]))\s+(?:cua\s+)?quy\s+(iv|iii|ii|i|[1-4])(?![a-z\d])/g;
const PLACE_IN_QUARTER: Record<string, number> = { dau: 1, nhat: 1, 1: 1, giua: 2, hai: 2, 2: 2, cuoi: 3, ba: 3, 3: 3 };
const QUARTER: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** Folded wording with each month named by its place in a quarter written as the month ("thang 9"). */
export const withQuarterMonths = (folded: string): string =>
  folded.replace(QUARTER_MONTH, (_, place: string, quarter: string) => {
    const at = PLACE_IN_QUARTER[place.replace(/^thu\s+/, "").split(/\s+/)[0]!]!;
    return `thang ${3 * (QUARTER[quarter] ?? Number(quarter)) - 3 + at}`;
  });
