// A plan may give the tasks it lists with no time one day for them all: "Các nhiệm vụ không ghi thời hạn tại Phụ lục
// kèm theo hoàn thành chậm nhất ngày 15/12/2026", a line of its body or a framed note beside it. Under such a note a
// task row whose time cell is blank was left so on purpose, not merged down from the row above (as a copy that keeps
// no merges shows it): the row is due on the note's day, inherited from the part the note stands in; and the note
// itself is no task. It reads as the note on a quarter's day does (task-notes.ts): numbered or not, a line or a
// sheet's one-cell row, its subject the tasks and no body named doing them.
import { effectiveDue, type WorkCalendar } from "../domain/calendar.ts";
import type { IsoDate } from "../domain/dates.ts";
import { parseInPlanYear } from "../domain/plan-year.ts";
import { fold } from "../domain/text.ts";
import { datedWording } from "./dated-prose.ts";
import type { Block } from "./document.ts";
import type { ParsedDeadline } from "./parsed-plan.ts";
import type { CommonDeadline } from "./task-context.ts";
import { namesBody, noteLine, tasksSubject } from "./task-notes.ts";

/**
 * "(Đối với) (các) nhiệm vụ / nội dung … không (chưa) ghi (rõ) thời hạn / thời gian", folded, opening the line: the
 * tasks are its subject. A task doing something about such tasks ("Rà soát các nhiệm vụ chưa có thời hạn …") is none.
 */
const TASKS_WITHOUT_TIME = tasksSubject(
  "(?:khong|chua) (?:ghi|neu|co|quy dinh|xac dinh)(?: cu the| ro)? (?:thoi han|thoi gian)\\b",
);

/** A part's number opening its heading: "II. NHIỆM VỤ" → "II". */
const PART = /^([IVXLC]+)[.)]\s/;

/** The deadline wording of a note giving the tasks written with no time their day ("chậm nhất ngày 15/12/2026"). */
export function commonDeadlineWording(text: string, issued: IsoDate | null): string | null {
  const wording = TASKS_WITHOUT_TIME.test(fold(text)) ? datedWording(text, issued) : null;
  const at = wording === null ? -1 : text.indexOf(wording);
  return wording !== null && !namesBody(text.slice(0, at < 0 ? text.length : at)) ? wording : null;
}

/** The plan's first such note, its day read in the plan's year, inherited from the part holding it. */
export function readCommonDeadline(
  blocks: Block[],
  issued: IsoDate | null,
  calendar: WorkCalendar,
): CommonDeadline | null {
  let part: string | undefined;
  for (const block of blocks) {
    const line = noteLine(block);
    if (line === null) continue;
    part = PART.exec(line)?.[1] ?? part;
    const wording = commonDeadlineWording(line, issued);
    const read = wording === null ? null : parseInPlanYear(wording, issued);
    if (!read?.ok) continue;
    const { text, due } = read.deadline;
    const deadline = { text, due, effectiveDue: effectiveDue(calendar, due), ...(part ? { inheritedFrom: part } : {}) };
    return { line, deadline };
  }
  return null;
}

/** A task row with no time of its own, none from its section, takes the day of the plan's note. */
export const withCommonDeadline = <T extends { deadline?: ParsedDeadline | null }>(
  draft: T,
  note: CommonDeadline | null | undefined,
): T => (note && !draft.deadline ? { ...draft, deadline: { ...note.deadline } } : draft);
