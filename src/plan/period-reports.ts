// One sentence may ask for the reports of two periods, each by its own day:
//   "… báo cáo UBND tỉnh kết quả thực hiện 6 tháng trước ngày 15/6/2026 và kết quả cả năm trước ngày 15/12/2026."
//   "… báo cáo kết quả công tác thi đua 6 tháng đầu năm về Sở Nội vụ trước ngày 15/6 và cả năm trước ngày 15/11."
// Those are two reports, two tasks: the sentence reads as their heading, the first period's report due on the first
// day, the second's on the second, titled as the first with the second's period (and what it names) in its place.
// Two dates of one work (a draft and its final, two shares of a target) name no period after "và": one task.
import { findDeadlineWording } from "../domain/deadline-wording.ts";
import type { TaskDraft } from "./parsed-plan.ts";
import { deadlineOf, type TaskContext } from "./task-context.ts";

// The period a report covers: "6 tháng (đầu năm)", "9 tháng", "cả năm", "năm 2026", "quý III".
const PERIOD = String.raw`(?:(?:0?6|0?9|sáu|chín)\s+tháng(?:\s+(?:đầu|cuối)\s+năm)?|cả\s+năm|quý\s+[IV]{1,3}|năm)(?:\s+\d{4})?`;
const ENDS_WITH_PERIOD = new RegExp(`(?:^|\\s)${PERIOD}$`, "iu");
const PERIOD_ANYWHERE = new RegExp(`(?<!\\p{L})${PERIOD}(?!\\p{L})`, "giu");
// "… trước ngày 15/6/2026 và kết quả cả năm trước ngày 15/12/2026": the second part after the first day.
const AND_THEN = /^(.*?\d)[\s,;]+và\s+(\S.*|\s)$/su;

interface SecondReport {
  first: string;
  /** What the second part names before its day: "kết quả cả năm", "cả năm". */
  object: string;
  wording: string;
}

/** The second period's report in a task's deadline wording, or null when it names none. */
function secondReport(text: string): SecondReport | null {
  const parts = AND_THEN.exec(text);
  if (!parts) return null;
  const rest = parts[2]!;
  const wording = findDeadlineWording(rest);
  const at = wording ? rest.lastIndexOf(wording) : -1;
  const object = at > 0 ? rest.slice(0, at).replace(/[\s,;]+$/, "") : "";
  if (!wording || !ENDS_WITH_PERIOD.test(object) || object.split(/\s+/).length > 8) return null;
  return { first: parts[1]!, object, wording };
}

/** Whether deadline wording asks, after its first day, for a second period's report by a day of its own. */
export const asksTwoReports = (wording: string): boolean => /\svà\s/u.test(wording) && secondReport(wording) !== null;

/** The first report's title with the second's period in its place: from the words they share, else the period. */
function secondTitle(title: string, object: string): string | null {
  const periods = [...title.matchAll(PERIOD_ANYWHERE)];
  const period = periods.at(-1);
  if (!period) return null;
  const end = period.index + period[0].length;
  const lead = object.split(/\s+/).slice(0, 2).join(" ");
  const shared = lead && !ENDS_WITH_PERIOD.test(lead) ? title.toLowerCase().lastIndexOf(lead.toLowerCase(), end) : -1;
  const from = shared >= 0 ? shared : period.index;
  return `${title.slice(0, from)}${object}${title.slice(end)}`;
}

/** The drafts with each task asking for two periods' reports split into them, under it as their heading. */
export function withPeriodReports(drafts: TaskDraft[], ctx: TaskContext): TaskDraft[] {
  const parents = new Set(drafts.map((d) => d.parentRef));
  return drafts.flatMap((task) => {
    const text = task.deadline?.text;
    if (!text || task.deadline?.inheritedFrom || parents.has(task.ref) || !/\svà\s/u.test(text)) return [task];
    const second = secondReport(text);
    const title = second && secondTitle(task.title, second.object);
    if (!second || !title) return [task];
    const [one, two] = [`${task.ref}.1`, `${task.ref}.2`];
    const reports = [
      { ...task, ref: one, parentRef: task.ref, deadline: deadlineOf(ctx, one, second.first) },
      { ...task, ref: two, parentRef: task.ref, title, deadline: deadlineOf(ctx, two, second.wording) },
    ];
    return reports.some((r) => !r.deadline) ? [task] : [{ ...task, deadline: null }, ...reports];
  });
}

// "… 6 tháng đầu năm và cả năm 2023": two periods joined, the year written once after the second.
const TWO_PERIODS = new RegExp(`(?<!\\p{L})(${PERIOD})\\s*(?:,|và|,\\s*và)\\s+(${PERIOD})(?!\\p{L})`, "iu");

/**
 * The titles of a row's two submissions when its title names their two periods ("Báo cáo … 6 tháng đầu năm và cả năm
 * 2023"): each titled with its own period, the year written after the second going with the first too; null when it
 * names no such pair.
 */
export function twoPeriodTitles(title: string): [string, string] | null {
  const m = TWO_PERIODS.exec(title);
  if (!m) return null;
  const [first, second] = [m[1]!, m[2]!];
  const year = /\d{4}$/.test(first) ? "" : (/\s(\d{4})$/.exec(second)?.[0] ?? "");
  const [before, after] = [title.slice(0, m.index), title.slice(m.index + m[0].length)];
  return [`${before}${first}${year}${after}`, `${before}${second}${after}`];
}
