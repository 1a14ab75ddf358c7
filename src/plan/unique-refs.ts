// A ref written twice ("1.2" typed again where "1.3" was meant) names two tasks, never one: the later one is kept
// as "1.2(2)" with a warning, and the rows under it point to it. A plan's annexes number their own rows, though: the
// first may group its tasks under rows "1", "2" (a field, no unit, no time) over "1.1", "1.2", the second number its
// reports "1", "2" again. A group row is no task (never listed, reminded or scored; parse-plan.ts, withKinds): it
// does not take its number from a task a user looks up by it, and gives way, unreported.
import type { PlanWarning, TaskDraft } from "./parsed-plan.ts";

/** The drafts a later draft names as its parent (the latest draft of that ref before it): group rows. */
function groupRows(drafts: readonly TaskDraft[]): Set<number> {
  const latest = new Map<string, number>();
  const groups = new Set<number>();
  drafts.forEach((draft, at) => {
    const parent = draft.parentRef === null ? undefined : latest.get(draft.parentRef);
    if (parent !== undefined) groups.add(parent);
    latest.set(draft.ref, at);
  });
  return groups;
}

interface Named {
  ref: string;
  /** Whether a draft of its own kind (task or group row) took the ref before it: a numbering to check. */
  reported: boolean;
}

/** Each draft's ref: the tasks sharing a ref take it first, in order ("1", "1(2)"), the group rows after them. */
function uniqueNames(drafts: readonly TaskDraft[], groups: Set<number>): Named[] {
  const taken = new Map<string, number>();
  const ofKind = new Map<string, number>();
  const named: Named[] = [];
  const indices = [...drafts.keys()];
  for (const at of [...indices.filter((i) => !groups.has(i)), ...indices.filter((i) => groups.has(i))]) {
    const ref = drafts[at]!.ref;
    const seen = (taken.get(ref) ?? 0) + 1;
    taken.set(ref, seen);
    const kindKey = `${groups.has(at) ? "group" : "task"} ${ref}`;
    const sameKind = (ofKind.get(kindKey) ?? 0) + 1;
    ofKind.set(kindKey, sameKind);
    named[at] = { ref: seen === 1 ? ref : `${ref}(${seen})`, reported: sameKind > 1 };
  }
  return named;
}

export function withUniqueRefs(drafts: TaskDraft[], warnings: PlanWarning[]): TaskDraft[] {
  const named = uniqueNames(drafts, groupRows(drafts));
  const current = new Map<string, string>();
  return drafts.map((draft, at) => {
    const renamed = (r: string) => current.get(r) ?? r;
    const parentRef = draft.parentRef === null ? null : renamed(draft.parentRef);
    const from = draft.deadline?.inheritedFrom;
    const deadline = draft.deadline && from ? { ...draft.deadline, inheritedFrom: renamed(from) } : draft.deadline;
    const { ref, reported } = named[at]!;
    if (reported) warnings.push({ code: "duplicate-ref", args: { ref: draft.ref, renamed: ref } });
    current.set(draft.ref, ref);
    return { ...draft, ref, parentRef, deadline };
  });
}
