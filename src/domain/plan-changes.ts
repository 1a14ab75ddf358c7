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

export function diffPlans(before: TaskSnapshot[], after: TaskSnapshot[]): PlanChange[] {
  const old = new Map(before.map((t) => [t.ref, t]));
  const changes: PlanChange[] = [];
  for (const task of after) {
    const prior = old.get(task.ref);
    if (!prior) {
      changes.push({ kind: "task-added", ref: task.ref, title: task.title });
      continue;
    }
    if (prior.title !== task.title)
      changes.push({ kind: "title-changed", ref: task.ref, from: prior.title, to: task.title });
    if (prior.deadlineText !== task.deadlineText || prior.effectiveDue !== task.effectiveDue) {
      changes.push({ kind: "deadline-changed", ref: task.ref, from: prior.deadlineText, to: task.deadlineText });
    }
    changes.push(...unitChanges(task.ref, "lead", prior.lead, task.lead));
    changes.push(...unitChanges(task.ref, "coordinator", prior.coordinators, task.coordinators));
  }
  const kept = new Set(after.map((t) => t.ref));
  for (const task of before)
    if (!kept.has(task.ref)) changes.push({ kind: "task-removed", ref: task.ref, title: task.title });
  return changes;
}

const unitsOf = (task: TaskSnapshot | undefined): string[] => (task ? [...task.lead, ...task.coordinators] : []);

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
  const old = new Map(before.map((t) => [t.ref, t]));
  const now = new Map(after.map((t) => [t.ref, t]));
  const byUnit = new Map<string, PlanChange[]>();
  const tell = (units: string[], change: PlanChange) => {
    for (const unit of new Set(units)) byUnit.set(unit, [...(byUnit.get(unit) ?? []), change]);
  };
  for (const change of changes) {
    if (change.kind === "task-added") tell(unitsOf(now.get(change.ref)), change);
    else if (change.kind === "task-removed") tell(unitsOf(old.get(change.ref)), change);
    else if (change.kind === "unit-added" || change.kind === "unit-removed") tell([change.unit], change);
    else {
      const kept = unitsOf(old.get(change.ref));
      tell(
        unitsOf(now.get(change.ref)).filter((u) => kept.includes(u)),
        change,
      );
    }
  }
  return byUnit;
}
