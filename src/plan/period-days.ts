// A plan may say once on which day of its period a task timed by a quarter or a month is due: "Nhiệm vụ có thời gian
// thực hiện theo quý: các cơ quan, đơn vị hoàn thành chậm nhất ngày 20 của tháng cuối quý", "Các nhiệm vụ thực hiện
// theo quý hoàn thành trước ngày 20 của tháng cuối quý", "Đối với nhiệm vụ có thời hạn theo tháng: hoàn thành trước
// ngày 25 hằng tháng" — a note under its table or a line of its body. A task timed by one such period alone ("Quý
// II/2024", "Trong tháng 5/2024") is then due on that day of it (20/6/2024), not on the period's last; a task of a
// day, of part of a period ("cuối quý III") or of a span of periods keeps its time, and the note is no task. Work
// that recurs ("Báo cáo định kỳ hằng quý … trước ngày 20 của tháng cuối quý") is a task, not such a note: the note's
// subject is the tasks timed by the period ("theo quý", "là quý", "trong quý"), never work done "hằng quý".
import type { IsoDate } from "../domain/dates.ts";
import type { Deadline } from "../domain/deadline.ts";
import { dayInPeriod, dayOfPeriod, type DayOfPeriod } from "../domain/first-instance.ts";
import { fold } from "../domain/text.ts";
import type { Block } from "./document.ts";

/** The days the plan's notes set within its quarters and months, and the notes' lines. */
export interface PeriodDays {
  days: Map<DayOfPeriod["period"], DayOfPeriod>;
  lines: Set<string>;
}

/**
 * "(Ghi chú: ) (Đối với) (các) nhiệm vụ / nội dung / công việc … theo quý", folded: the tasks timed by a quarter
 * or a month, no numbered one ("trong quý II" dates a task), as the note's subject.
 */
const SUBJECT =
  /^(?:(?:ghi chu|luu y)\s+)?(?:doi voi\s+)?(?:cac\s+|nhung\s+)?(?:nhiem vu|noi dung|cong viec)(?:\s+\S+){0,6}?\s+(?:theo|la|trong|bang)\s+(quy|thang)\b(?!\s*(?:[ivx]+\b|\d))/;

/** A line of text, or a sheet's row holding one cell of words (the notes under a table typed in its columns). */
function lineOf(block: Block): string | null {
  if (block.type === "text") return block.text;
  const filled = block.type === "row" ? block.cells.filter((cell) => cell.trim()) : [];
  return filled.length === 1 ? filled[0]! : null;
}

/** The day a line sets within the period its subject names, or null when it is no such note. */
function noteDay(text: string): DayOfPeriod | null {
  const subject = SUBJECT.exec(fold(text));
  const set = subject && dayOfPeriod(text);
  return set?.period === subject?.[1] ? set : null;
}

/** The plan's notes setting a day within its quarters or months; the first note of each period holds. */
export function readPeriodDays(blocks: readonly Block[]): PeriodDays | null {
  const days: PeriodDays["days"] = new Map();
  const lines = new Set<string>();
  for (const block of blocks) {
    const line = lineOf(block);
    const set = line && noteDay(line);
    if (!set) continue;
    lines.add(line);
    if (!days.has(set.period)) days.set(set.period, set);
  }
  return days.size ? { days, lines } : null;
}

/** Wording that names one quarter or one month alone, folded: "Quý II/2024", "trong tháng 5 năm 2024". */
const ONE_PERIOD = {
  quy: /^(?:(?:hoan thanh|thuc hien)\s+)?(?:trong\s+)?quy\s+(?:[ivx]+|[1-4])(?:\s*(?:\/|nam)\s*\d{4})?$/,
  thang: /^(?:(?:hoan thanh|thuc hien)\s+)?(?:trong\s+)?thang\s+\d{1,2}(?:\s*(?:\/|nam)\s*\d{4})?$/,
} as const;

/** The day a note sets within the one quarter or month a deadline names, or null when no note sets one for it. */
export function dayInNamedPeriod(days: PeriodDays | null | undefined, deadline: Deadline): IsoDate | null {
  const period = deadline.kind === "quarter" ? "quy" : deadline.kind === "month" ? "thang" : null;
  const set = period && days?.days.get(period);
  if (!set || !ONE_PERIOD[set.period].test(fold(deadline.text.trim(), "/"))) return null;
  // The parser gives the period's last day: its first month is that day's, or two before it for a quarter.
  const [year, month] = [Number(deadline.due.slice(0, 4)), Number(deadline.due.slice(5, 7))];
  return dayInPeriod(set, year, set.period === "quy" ? month - 2 : month);
}
