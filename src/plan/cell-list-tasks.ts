// A task table may give a field of work a row and list the field's tasks in one cell, numbered anew:
//   TT | Lĩnh vực        | Nhiệm vụ                                   | Chủ trì    | Phối hợp        | Thời gian
//   2  | Cải cách TTHC   | 1. Rà soát … 2. Công bố …, trong tháng 5.  | Văn phòng  | Các sở, ngành   | Tháng 9/2024
// Each item is a task of the row ("2.1", "2.2"): the row's lead, partners and time apply to it unless the item
// says its own. A date in the item is its deadline; a time in words ("(thực hiện thường xuyên)") leaves it
// undated; an item whose own subject does the work ("Sở X chủ trì, phối hợp với Y …", "Các sở … tự đánh giá …")
// is led by that subject, with the partners it names, not the row's. The row only groups its items.
// A row that names no doer may list its tasks as dashes instead, each opening with the unit doing it:
//   STT | Giai đoạn, thời gian           | Nhiệm vụ
//   1   | Giai đoạn 1 (từ … đến 31/10)  | - Sở X chủ trì, phối hợp với Sở Y rà soát …; xong trước 30/9. - UBND các xã …
// Each dash is then a task of the row, as a numbered item is; one that says its work recurs ("hằng tháng",
// "thường xuyên") and gives no day of its own is no dated task.
import { isRecurring } from "../domain/deadline.ts";
import { findDeadlineWording } from "../domain/deadline-wording.ts";
import { readClause, type ClauseUnits } from "./clause.ts";
import type { TaskDraft } from "./parsed-plan.ts";
import { letteredPoints, letteredTimes } from "./lettered-points.ts";
import { titleBeforeDeadline } from "./title-cut.ts";
import { deadlineOf, type TaskContext } from "./task-context.ts";
import { closingTimeLabel } from "./written-time.ts";

// An item's number opens the cell or follows the end of the item before it, and a capital opens its words.
const ITEM = /(?:^|(?<=[.;:!?)”"])\s+)(\d{1,2})[.)]\s+(?=\p{Lu})/gu;

// A dash item starts with its mark, at the cell's start or after the end of the item before it.
const DASH = /(?:^|(?<=[.;!?)”"])\s+)[-–+•]\s+/u;

/** The cell's dash items with their units, when it opens with a dash and each item opens with the unit doing it. */
function unitLedItems(resolver: TaskContext["resolver"], cell: string): { text: string; units: ClauseUnits }[] | null {
  if (!/^[-–+•]\s/u.test(cell)) return null;
  const items = cell.split(DASH).flatMap((item) => (item.trim() ? [item.trim()] : []));
  const read = items.map((text) => ({ text, units: readClause(resolver, text) }));
  return read.every((item) => item.units.lead.length > 0) ? read : null;
}

/** The marks of the cell's items, when it is a list numbered 1, 2, … from its start; null when it is none. */
function listMarks(cell: string): RegExpExecArray[] | null {
  const marks = [...cell.matchAll(ITEM)];
  return marks[0]?.index === 0 && marks.every((m, i) => Number(m[1]) === i + 1) ? marks : null;
}

/** The cell's items, in order, when it is a list numbered 1, 2, … from its start with two items or more. */
export function numberedItems(cell: string): string[] | null {
  const marks = listMarks(cell);
  if (!marks || marks.length < 2) return null;
  return marks.map((m, i) => cell.slice(m.index + m[0].length, marks[i + 1]?.index).trim());
}

/** The number the next item of the cell's list takes, when the cell is a list numbered 1, 2, … from its start. */
export const nextItemNumber = (cell: string): number | null => {
  const marks = listMarks(cell);
  return marks ? marks.length + 1 : null;
};

// "… (thực hiện thường xuyên)." or "…; thời gian: hằng quý": the item's time said in words.
const CLOSING_BRACKET = /\(([^()]*)\)[\s.;]*$/u;

function saysOwnTime(item: string): boolean {
  const bracket = CLOSING_BRACKET.exec(item)?.[1];
  const label = closingTimeLabel(item)?.value;
  return [bracket, label].some((said) => !!said && isRecurring(said));
}

/** The cell's items: numbered ("2.1"), dashes each led by its unit, or lettered points ("2.a", lettered-points.ts). */
interface CellItem {
  ref: string;
  text: string;
  units?: ClauseUnits;
  /** The point's own line of a time cell lettered as the points are; "" when the time cell has none for it. */
  time?: string;
}

/**
 * The row as the heading of the tasks its cell lists, then those tasks; null when the cell is no numbered list, no
 * list of lettered points nor a list of dashes each led by its unit (then one dash is the row's own task, read with
 * that unit). `row` is the row read as one task (its ref, title, deadline, lead and partners); `timeCell` its time
 * cell as written, which may letter its points' times.
 */
export function cellListTasks(ctx: TaskContext, row: TaskDraft, cell: string, timeCell = ""): TaskDraft[] | null {
  const numbered = numberedItems(cell);
  const dashes = numbered || row.lead.length > 0 ? null : unitLedItems(ctx.resolver, cell);
  const lettered = numbered || dashes ? null : letteredPoints(cell);
  const times = lettered && letteredTimes(timeCell);
  const items: CellItem[] | undefined =
    numbered?.map((text, n) => ({ ref: `${row.ref}.${n + 1}`, text })) ??
    dashes?.map((item, n) => ({ ref: `${row.ref}.${n + 1}`, ...item })) ??
    lettered?.points.map((p) => ({
      ref: `${row.ref}.${p.letter}`,
      text: p.text,
      ...(times && { time: times.get(p.letter) ?? "" }),
    }));
  if (!items) return null;
  // One dash is the row's own task, done by the unit it names.
  if (dashes?.length === 1) return [{ ...row, ...dashes[0]!.units }];
  const inherited = row.deadline && { ...row.deadline, inheritedFrom: row.deadline.inheritedFrom ?? row.ref };
  const tasks = items.map((item): TaskDraft => {
    const { ref } = item;
    const wording = findDeadlineWording(item.text, ctx.issued);
    const recurs = saysOwnTime(item.text) || (!!dashes && isRecurring(item.text));
    const deadline =
      item.time !== undefined
        ? lineTime(ctx, ref, item.time)
        : wording
          ? deadlineOf(ctx, ref, wording)
          : recurs
            ? null
            : inherited;
    const own = item.units ?? readClause(ctx.resolver, item.text);
    for (const name of [...own.lead, ...own.coordinators]) {
      if (!name.resolved) ctx.warnings.push({ code: "unresolved-unit", args: { ref, name: name.name } });
    }
    const units =
      own.lead.length > 0 ? own : { lead: row.lead, coordinators: [...row.coordinators, ...own.coordinators] };
    return {
      ref,
      parentRef: row.ref,
      title: titleBeforeDeadline(item.text, wording),
      deadline,
      lead: units.lead,
      coordinators: units.coordinators.filter((c, i, all) => all.findIndex((o) => o.name === c.name) === i),
    };
  });
  return [lettered?.heading ? { ...row, title: lettered.heading } : row, ...tasks];
}

/** A point's own line of its row's time cell: a day or period dates it; work that goes on ("Thường xuyên") none. */
const lineTime = (ctx: TaskContext, ref: string, time: string) =>
  !time || isRecurring(time) ? null : deadlineOf(ctx, ref, time);
