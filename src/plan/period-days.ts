// A plan may say once on which day of its period a task timed by a quarter or a month is due: "Nhiệm vụ có thời gian
// thực hiện theo quý: các cơ quan, đơn vị hoàn thành chậm nhất ngày 20 của tháng cuối quý", "Các nhiệm vụ thực hiện
// theo quý hoàn thành trước ngày 20 của tháng cuối quý", "Đối với nhiệm vụ có thời hạn theo tháng: hoàn thành trước
// ngày 25 hằng tháng" — a note under its table or a line of its body. A task timed by one such period alone ("Quý
// II/2024", "Trong tháng 5/2024") is then due on that day of it (20/6/2024), not on the period's last; a task of a
// day, of part of a period ("cuối quý III") or of a span of periods keeps its time, and the note is no task. Work
// that recurs ("Báo cáo định kỳ hằng quý … trước ngày 20 của tháng cuối quý") is a task, not such a note: the note's
// subject is the tasks timed by the period ("theo quý", "là quý", "trong quý"), never work done "hằng quý", nor one
// piece of work ("Nhiệm vụ báo cáo theo quý") or a body named doing it ("…: Sở Nội vụ tổng hợp, báo cáo … trước ngày
// 20 …"). A line may set a day in each period, clause by clause ("…; theo tháng: trước ngày 25 hằng tháng").
import type { IsoDate } from "../domain/dates.ts";
import type { Deadline } from "../domain/deadline.ts";
import { dayInPeriod, dayOfPeriod, type DayOfPeriod } from "../domain/first-instance.ts";
import { fold } from "../domain/text.ts";
import type { Block } from "./document.ts";
import { namesBody, noteLine, tasksSubject } from "./task-notes.ts";

/** The days the plan's notes set within its quarters and months, and the notes' lines. */
export interface PeriodDays {
  days: Map<DayOfPeriod["period"], DayOfPeriod>;
  lines: Set<string>;
}

/** "(Các) nhiệm vụ (có thời gian thực hiện) theo quý", folded, the period unnumbered ("trong quý II" dates a task). */
const SUBJECT = tasksSubject("(?:theo|la|trong|bang) (quy|thang)\\b(?! (?:[ivx]+\\b|\\d))");
/** A later clause of the note naming the other period alone: "…; theo tháng: trước ngày 25 hằng tháng". */
const NEXT_SUBJECT =
  /^(?:doi voi )?(?:cac |nhung )?(?:(?:nhiem vu|noi dung|cong viec) )?theo (quy|thang)\b(?! (?:[ivx]+\b|\d))/;
/** Where a clause ends within a line: not after the number or label opening it ("2. Nhiệm vụ …", "Ghi chú: …"). */
const CLAUSE_END = /(?<=[,;.:])(?<!^[\s*+-]*(?:\d{1,2}[.)]|ghi chú:|lưu ý:)+)\s+/iu;

/** The clause's day within its subject's period, unless a body named before the day does the work. */
function clauseDay(period: string, clause: string): DayOfPeriod | null {
  const set = dayOfPeriod(clause);
  const day = /\bngày\s+\d/iu.exec(clause)?.index ?? clause.length;
  return set?.period === period && !namesBody(clause.slice(0, day)) ? set : null;
}

/** The days a line sets, one for each period a clause of it names as its subject; none when it is no such note. */
function noteDays(text: string): DayOfPeriod[] {
  const clauses: [string, string[]][] = [];
  for (const [k, piece] of text.split(CLAUSE_END).entries()) {
    const folded = fold(piece);
    const opened = SUBJECT.exec(folded) ?? (k > 0 ? NEXT_SUBJECT.exec(folded) : null);
    if (opened) clauses.push([opened[1]!, [piece]]);
    else if (k === 0) return [];
    else clauses.at(-1)![1].push(piece);
  }
  return clauses.flatMap(([period, pieces]) => clauseDay(period, pieces.join(" ")) ?? []);
}

/** The plan's notes setting a day within its quarters or months; the first note of each period holds. */
export function readPeriodDays(blocks: readonly Block[]): PeriodDays | null {
  const days: PeriodDays["days"] = new Map();
  const lines = new Set<string>();
  for (const block of blocks) {
    const line = noteLine(block);
    const sets = line ? noteDays(line) : [];
    if (sets.length) lines.add(line!);
    for (const set of sets) if (!days.has(set.period)) days.set(set.period, set);
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
