// What changed between two versions of a plan, task by task and unit by unit: the
// import report now, and the notice each affected unit gets later.
import { fold } from "./text.ts";

export type Role = "lead" | "coordinator";

export interface TaskSnapshot {
  ref: string;
  title: string;
  deadlineText: string | null;
  effectiveDue: string | null;
  lead: string[];
  coordinators: string[];
}

export type PlanChange =
  | { kind: "task-added"; ref: string; title: string }
  | { kind: "task-removed"; ref: string; title: string }
  | { kind: "title-changed"; ref: string; from: string; to: string }
  | { kind: "deadline-changed"; ref: string; from: string | null; to: string | null }
  | { kind: "unit-added" | "unit-removed"; ref: string; unit: string; role: Role };

/** A plan's identity across imports: its number and date, or its title when it has neither. */
export function planKey(meta: { number: string | null; date: string | null; title: string | null }): string {
  if (meta.number && meta.date) return `${meta.number}|${meta.date}`;
  return `title:${fold(meta.title ?? "")}`;
}

function unitChanges(ref: string, role: Role, before: string[], after: string[]): PlanChange[] {
  return [
    ...after.filter((u) => !before.includes(u)).map((unit) => ({ kind: "unit-added" as const, ref, unit, role })),
    ...before.filter((u) => !after.includes(u)).map((unit) => ({ kind: "unit-removed" as const, ref, unit, role })),
  ];
}

/**
 * Tasks of two versions paired: by ref and title first, then by ref in the plans' order, so
 * that a plan repeating a ref (two sections numbered "III") pairs the same way every time.
 */
export function pairTasks<A extends { ref: string; title: string }, B extends { ref: string; title: string }>(
  before: A[],
  after: B[],
): { pairs: [A, B][]; added: B[]; removed: A[] } {
  const partner = new Map<B, A>();
  const taken = new Set<A>();
  const match = (same: (a: A, b: B) => boolean) => {
    for (const task of after) {
      if (partner.has(task)) continue;
      const prior = before.find((a) => !taken.has(a) && same(a, task));
      if (!prior) continue;
      partner.set(task, prior);
      taken.add(prior);
    }
  };
  match((a, b) => a.ref === b.ref && a.title === b.title);
  match((a, b) => a.ref === b.ref);
  return {
    pairs: after.flatMap((b) => (partner.has(b) ? [[partner.get(b)!, b] as [A, B]] : [])),
    added: after.filter((b) => !partner.has(b)),
    removed: before.filter((a) => !taken.has(a)),
  };
}

export function diffPlans(before: TaskSnapshot[], after: TaskSnapshot[]): PlanChange[] {
  const { pairs, removed } = pairTasks(before, after);
  const prior = new Map(pairs.map(([a, b]) => [b, a]));
  const changes: PlanChange[] = [];
  for (const task of after) {
    const old = prior.get(task);
    if (!old) {
      changes.push({ kind: "task-added", ref: task.ref, title: task.title });
      continue;
    }
    if (old.title !== task.title)
      changes.push({ kind: "title-changed", ref: task.ref, from: old.title, to: task.title });
    if (old.deadlineText !== task.deadlineText || old.effectiveDue !== task.effectiveDue) {
      changes.push({ kind: "deadline-changed", ref: task.ref, from: old.deadlineText, to: task.deadlineText });
    }
    changes.push(...unitChanges(task.ref, "lead", old.lead, task.lead));
    changes.push(...unitChanges(task.ref, "coordinator", old.coordinators, task.coordinators));
  }
  for (const task of removed) changes.push({ kind: "task-removed", ref: task.ref, title: task.title });
  return changes;
}

/** The units of every task with the ref (a plan may repeat one). */
const unitsOf = (tasks: TaskSnapshot[], ref: string): string[] =>
  tasks.filter((t) => t.ref === ref).flatMap((t) => [...t.lead, ...t.coordinators]);

/**
 * The changes each unit is told about: a task's new deadline or wording goes to the units
 * that keep it, a task added or removed to the units it names, and a unit added to or
 * removed from a task to that unit only.
 */
export function changesByUnit(
  before: TaskSnapshot[],
  after: TaskSnapshot[],
  changes: PlanChange[],
): Map<string, PlanChange[]> {
  const byUnit = new Map<string, PlanChange[]>();
  const tell = (units: string[], change: PlanChange) => {
    for (const unit of new Set(units)) byUnit.set(unit, [...(byUnit.get(unit) ?? []), change]);
  };
  for (const change of changes) {
    if (change.kind === "task-added") tell(unitsOf(after, change.ref), change);
    else if (change.kind === "task-removed") tell(unitsOf(before, change.ref), change);
    else if (change.kind === "unit-added" || change.kind === "unit-removed") tell([change.unit], change);
    else {
      const kept = unitsOf(before, change.ref);
      tell(
        unitsOf(after, change.ref).filter((u) => kept.includes(u)),
        change,
      );
    }
  }
  return byUnit;
}
