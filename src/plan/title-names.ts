// A group row of a table is a heading: "III | CÁC CƠ QUAN NGÀNH DỌC" over the rows of the bodies it groups, its words
// standing in the units' column when the table has no other (a table of targets per unit, `unit-targets.ts`). Read
// as a unit, the heading's words would be a name the admin is asked to map to a unit, though no task is given to it:
// each row under it names its own. A name a heading carries that the directory lacks and no task under it names is
// its title's words, no unit: it is left out of the heading, and so out of the warnings and the names the admin is
// asked about. A name a task under it carries (the heading's unit leading its rows) stays, as every unknown name of a
// task does.
import { type PlanWarning, type TaskDraft, unresolvedNamesOf } from "./parsed-plan.ts";

/** How many headings up a task's names are looked for: deeper than any plan's outline, and a bound on a chain. */
const LEVELS = 8;

const keyOf = (ref: string, name: string) => `${ref}\u0000${name}`;

/** The tasks with their headings' unknown names no task under them carries left out, and the warnings about them. */
export function withoutTitleNames<T extends TaskDraft & { kind: string }>(
  tasks: readonly T[],
  warnings: readonly PlanWarning[],
): { tasks: T[]; warnings: PlanWarning[] } {
  const headings = new Map(tasks.filter((t) => t.kind === "heading").map((t) => [t.ref, unresolvedNamesOf(t)]));
  if (![...headings.values()].some((names) => names.size > 0)) return { tasks: [...tasks], warnings: [...warnings] };
  const parents = new Map(tasks.map((t) => [t.ref, t.parentRef]));
  const carried = new Set<string>();
  for (const task of tasks) {
    // A heading under it naming the same is no task given to the unit: only work tasks carry a name up.
    const names = task.kind === "heading" ? new Set<string>() : unresolvedNamesOf(task);
    let parent = task.parentRef;
    for (let level = 0; names.size > 0 && parent !== null && level < LEVELS; level++) {
      const above = headings.get(parent);
      if (!above) break;
      for (const name of names) if (above.has(name)) carried.add(keyOf(parent, name));
      parent = parents.get(parent) ?? null;
    }
  }
  const title = (ref: string, name: string) => headings.get(ref)?.has(name) === true && !carried.has(keyOf(ref, name));
  const kept = warnings.filter(
    (w) => !(w.code === "unresolved-unit" && title(String(w.args.ref), String(w.args.name))),
  );
  const named = tasks.map((task) => {
    if (task.kind !== "heading") return task;
    const keep = (units: TaskDraft["lead"]) => units.filter((u) => u.resolved || !title(task.ref, u.name));
    return { ...task, lead: keep(task.lead), coordinators: keep(task.coordinators) };
  });
  return { tasks: named, warnings: kept };
}
