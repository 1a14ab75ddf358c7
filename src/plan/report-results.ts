// A report (Báo cáo: "Số: 298/BC-UBND", headed "BÁO CÁO") tells what was done and what is to be done next, and its
// part on the next period ("III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM") often mixes the two: "Việc rà soát … đã
// hoàn thành ngày 28/4/2023", "Thanh tra tỉnh đã kết thúc thanh tra … ngày 12/5/2023", beside "Sở Tư pháp chủ trì
// rà soát …, báo cáo UBND tỉnh chậm nhất ngày 30/9/2023". A careful reader takes what a report dates before its own
// date for a result it reports, and what it says is done ("đã hoàn thành", "đã kết thúc", "đã xong") for one too,
// dated or not; only work due on or after the report's date is a task it sets. Where one paragraph does both ("đã
// tổ chức vòng 1 ngày 10/6/2023; … tổ chức vòng 2 … chậm nhất ngày 15/8/2023"), its deadline is the later date and
// it stays a task.
// Only a report: a plan or a letter may carry over tasks still undone whose deadline has passed ("Các nhiệm vụ chưa
// hoàn thành theo Kế hoạch số …", a table of last year's rows carried over), and those stay due. What a plan itself
// notes as done on a day before its own date ("Hội nghị triển khai … (đã tổ chức, kết hợp …)" on a row dated the
// week before the plan) is a result it recalls all the same: done, so not due.
import type { IsoDate } from "../domain/dates.ts";
import { fold } from "../domain/text.ts";
import type { Block } from "./document.ts";
import type { PlanWarning, TaskDraft } from "./parsed-plan.ts";
import { groupBy } from "../domain/collections.ts";
import { notedDoneBefore, SAYS_DONE } from "./done-rows.ts";

// The kind of document its number names: "298/BC-UBND" (a state office's), "47-BC/TU" (a party committee's).
const REPORT_NUMBER = /^(\d*\s*\/\s*BC\b|\d+-BC\s*\/)/iu;
/** The opening lines a document's kind ("BÁO CÁO") stands in, under its header. */
const OPENING_LINES = 15;

/** Whether the document is a report: its number says so ("…/BC-…"), or its kind stands alone under its header. */
export function isReport(number: string | null, blocks: Block[]): boolean {
  if (number && REPORT_NUMBER.test(number)) return true;
  return blocks
    .filter((b) => b.type === "text")
    .slice(0, OPENING_LINES)
    .some((b) => fold(b.text).trim() === "bao cao");
}

/** Whether a report's task is a result it reports: due before the report's date, or said to be done with no date. */
function isResult(task: TaskDraft, issued: IsoDate | null): boolean {
  if (task.deadline) return issued !== null && task.deadline.due < issued;
  return SAYS_DONE.test(fold(task.title));
}

/**
 * Whether a plan's task is one it notes as done, on a day before the plan's own (`done-rows.ts`): its words with its
 * time, as the sentence writes them ("Việc cấp phát … đã" + "hoàn thành trong tháng 01/2025"), since the title stops
 * where the time begins.
 */
const isNotedDone = (task: TaskDraft, issued: IsoDate | null): boolean =>
  notedDoneBefore([task.deadline ? `${task.title} ${task.deadline.text}` : task.title], task.deadline, issued);

/**
 * A document's tasks without its results (a report's, or the ones a plan notes done), and the warnings but those
 * about the results dropped. A result that heads tasks still due keeps its place, as their heading.
 */
export function withoutResults(
  tasks: TaskDraft[],
  warnings: PlanWarning[],
  issued: IsoDate | null,
  report: boolean,
): { tasks: TaskDraft[]; warnings: PlanWarning[] } {
  const result = report ? isResult : isNotedDone;
  const results = new Set(tasks.filter((t) => result(t, issued)));
  // The tasks under each heading, found once: a report may list tens of thousands (a hostile one, more).
  const byParent = groupBy(tasks, (t) => t.parentRef);
  const under = (heading: TaskDraft) => byParent.get(heading.ref) ?? [];
  // From the last task up, so that a heading is seen after the tasks under it: the heading of a task still due is
  // kept; one that heads only results ("I. KẾT QUẢ ĐẠT ĐƯỢC") goes with them.
  for (const task of [...tasks].reverse()) {
    const children = under(task);
    if (children.length === 0) continue;
    if (children.every((c) => results.has(c))) results.add(task);
    else results.delete(task);
  }
  const kept = tasks.filter((t) => !results.has(t));
  const keptRefs = new Set(kept.map((t) => t.ref));
  const droppedRefs = new Set([...results].map((t) => t.ref).filter((ref) => !keptRefs.has(ref)));
  const aboutDropped = (w: PlanWarning) => typeof w.args.ref === "string" && droppedRefs.has(w.args.ref);
  return { tasks: kept, warnings: warnings.filter((w) => !aboutDropped(w)) };
}
