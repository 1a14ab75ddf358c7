// A table's note may give a task no date of its own but another task's: "Cùng thời hạn với nhiệm vụ 2", "Theo thời
// hạn của nhiệm vụ số 4", "Theo thời hạn tại điểm 2 Mục IV". The task is due when the one it names is, as that one was
// read; a date written elsewhere in the row (a product's data cut-off) is no deadline of it.
import { fold } from "../domain/text.ts";
import type { TaskDraft } from "./parsed-plan.ts";

const POINTER =
  /\b(?:cung|theo|nhu|giong)\s+(?:voi\s+)?(?:thoi han|thoi gian(?: hoan thanh)?)\s+(?:voi|cua|tai|nhu|o)\s+(?:nhiem vu|noi dung|dong|stt|muc|diem)\s+(?:so\s+)?([0-9]+(?:\.[0-9]+)*)\b(?:\s+muc\s+([ivxlc]+)\b)?/;

/** The ref of the task whose deadline a note says this one shares, or null when it names none. */
export function sameDeadlineAs(note: string): string | null {
  const found = POINTER.exec(fold(note));
  if (!found) return null;
  const [, number, section] = found;
  return section ? `${section.toUpperCase()}.${number}` : number!;
}

/** The tasks whose note names a task read after them take its deadline, once every task is read. */
export function withLaterShares(drafts: TaskDraft[], later: ReadonlyMap<TaskDraft, string> | undefined): TaskDraft[] {
  if (!later || later.size === 0) return drafts;
  const byRef = new Map(drafts.filter((d) => d.deadline).map((d) => [d.ref, d.deadline!]));
  return drafts.map((d) => {
    const named = later.get(d);
    const deadline = named === undefined || d.deadline ? undefined : byRef.get(named);
    return deadline ? { ...d, deadline: { ...deadline } } : d;
  });
}
