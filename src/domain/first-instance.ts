// Work that repeats ("Trước ngày 15/12 hằng năm", "Hằng quý, trước ngày 20 tháng cuối quý", "Quý IV hằng năm")
// names no one day (deadline.ts), unless the plan says when it is first due: "lần thực hiện đầu tiên là kỳ gần nhất
// kể từ ngày ban hành Kế hoạch này". The task is then due on its first instance on or after the plan's own date,
// and repeats after it: "15/6 và 15/12 hằng năm" in a plan of March is first due before 15 June.
import { addDays, makeDate, type IsoDate } from "./dates.ts";
import { isRecurring, type Deadline } from "./deadline.ts";
import { parseInPlanYear } from "./plan-year.ts";
import { fold } from "./text.ts";

// "lần (thực hiện) đầu tiên là kỳ gần nhất …", "bắt đầu từ kỳ gần nhất sau ngày ban hành …".
const FIRST_INSTANCE_NOTE =
  /\b(lan (thuc hien )?dau( tien)?|thuc hien lan dau|bat dau)\b[^.]{0,80}\b(ky gan nhat|ke tu (ngay )?ban hanh)\b/;

/** Whether a plan's note says its repeating work is first due in the nearest period from the plan's date. */
export const saysFirstInstance = (text: string): boolean => FIRST_INSTANCE_NOTE.test(fold(text));

// "hằng năm", "hàng quý", "mỗi tháng", "định kỳ hằng năm": the period the work repeats in.
const REPEATS = /(?:^|(?<=[\s,;]))(?:định kỳ\s+)?(?:hằng|hàng|mỗi)\s+(năm|quý|tháng)(?=$|[\s,;.])/giu;
// "trước ngày 20 (của) tháng cuối quý", "ngày 05 tháng đầu quý", "trước ngày 25" (of each month).
const DAY_OF_PERIOD = /\b(truoc\s+)?ngay\s+(\d{1,2})(?:\s+(?:cua\s+)?thang\s+(dau|giua|cuoi)\s+quy)?\b(?!\s*\/)/;
const MONTH_IN_QUARTER: Record<string, number> = { dau: 1, giua: 2, cuoi: 3 };

/** The first of several days of a year ("Trước ngày 15/6 và ngày 15/12") due on or after `issued`. */
function firstOfYear(text: string, issued: IsoDate): Deadline | null {
  const parts = text.split(/\s+và\s+|\s*[,;]\s*/u).filter(Boolean);
  const before = /^trước\s/iu.test(parts[0] ?? "");
  const read = parts
    .map((part) => parseInPlanYear(before && /^ngày\s/iu.test(part) ? `trước ${part}` : part, issued))
    .flatMap((r) => (r.ok && r.deadline.due >= issued ? [r.deadline] : []));
  return read.sort((a, b) => a.due.localeCompare(b.due))[0] ?? null;
}

/** A day set within each quarter or each month: its number, the quarter's month it falls in, and "trước" before it. */
export interface DayOfPeriod {
  period: "quy" | "thang";
  day: number;
  /** The quarter's first, second or last month (1 to 3); 1 for a month. */
  place: number;
  before: boolean;
}

/** The day a wording sets within every quarter ("trước ngày 20 tháng cuối quý") or every month ("trước ngày 25"). */
export function dayOfPeriod(text: string): DayOfPeriod | null {
  const m = DAY_OF_PERIOD.exec(fold(text, "/"));
  if (!m) return null;
  const place = m[3] === undefined ? null : MONTH_IN_QUARTER[m[3]]!;
  return { period: place ? "quy" : "thang", day: Number(m[2]), place: place ?? 1, before: !!m[1] };
}

/** That day in the period opening with `month` of `year` ("trước ngày 20 tháng cuối quý", April 2024: 19/6/2024). */
export function dayInPeriod(set: DayOfPeriod, year: number, month: number): IsoDate | null {
  const day = makeDate(year, month + set.place - 1, set.day);
  return day && (set.before ? addDays(day, -1) : day);
}

/** The first day N of a quarter's or a month's month ("trước ngày 20 tháng cuối quý") due on or after `issued`. */
function firstOfPeriod(text: string, period: string, issued: IsoDate): Deadline | null {
  const set = dayOfPeriod(text);
  if (!set || set.period !== period) return null;
  const [year, month] = [Number(issued.slice(0, 4)), Number(issued.slice(5, 7))];
  for (let i = 0; i < 15; i++) {
    const at = month - 1 + i;
    const [y, mo] = [year + Math.floor(at / 12), (at % 12) + 1];
    // A quarter's day falls only in the quarter's month the wording names.
    if (period === "quy" && (mo - 1) % 3 !== set.place - 1) continue;
    const due = dayInPeriod(set, y, mo - set.place + 1);
    if (due && due >= issued) return { text, due, kind: set.before ? "before" : "on" };
  }
  return null;
}

/** The deadline of repeating work at its first instance on or after the plan's date `issued`; null if it names none. */
export function firstInstance(wording: string, issued: IsoDate): Deadline | null {
  if (!isRecurring(wording)) return null;
  const periods = [...wording.matchAll(REPEATS)].map((m) => fold(m[1]!));
  if (periods.length === 0) return null;
  const rest = wording
    .replace(REPEATS, " ")
    .replace(/^[\s,;]+|[\s,;.]+$/g, "")
    .replace(/\s+/g, " ");
  const first = periods.includes("nam") ? firstOfYear(rest, issued) : firstOfPeriod(rest, periods[0]!, issued);
  return first && { ...first, text: wording };
}
