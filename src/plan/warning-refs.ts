// A warning about a task is written while its row is read, under the number the row gives ("1"); the task is cited
// later by where it stands: "II.1" in a table whose groups number their rows anew, "B.2" under a lettered part,
// "Điều 2.3" in a decision's article. The admin looks the task up by the ref `/tasks` shows, so each warning is made
// to name that ref: the task whose ref ends with the number read and which the warning is about (it names the unit
// the warning names; it has no date of its own for a warning of no date). Warnings alike for the same number ("1"
// under I and under II, each naming "UBND cấp xã") take those tasks in order.
import { type PlanWarning, type TaskDraft, unresolvedNamesOf } from "./parsed-plan.ts";

/** The levels a ref may have been cited under at most (part, group, item, caption). */
const LEVELS = 4;
/** Codes whose `ref` is the number a row was read under, before the task was cited by its place. */
const ABOUT_UNIT = "unresolved-unit";
const ABOUT_TIME = new Set(["deadline-without-date", "invalid-deadline", "backward-deadline"]);

/** The ref and the numbers it ends with ("II.1" → "II.1", "1"), a kept duplicate's "(2)" left out. */
function endings(ref: string): string[] {
  const parts = ref.replace(/\(\d+\)$/u, "").split(".");
  const out = new Set([ref]);
  for (let k = 1; k <= Math.min(LEVELS, parts.length); k++) out.add(parts.slice(-k).join("."));
  return [...out];
}

const keyOf = (...parts: string[]) => parts.join("\u0000");

function push(map: Map<string, string[]>, key: string, ref: string): void {
  const list = map.get(key);
  if (list) list.push(ref);
  else map.set(key, [ref]);
}

/** The warnings with each task they are about named by its ref as read at the end; others as they are. */
export function withTaskRefs(warnings: readonly PlanWarning[], tasks: readonly TaskDraft[]): PlanWarning[] {
  const refs = new Set(tasks.map((t) => t.ref));
  // Tasks by a number they end with and an unresolved name they carry; the tasks with no date of their own.
  const naming = new Map<string, string[]>();
  const undated = new Map<string, string[]>();
  const carries = new Set<string>();
  for (const task of tasks) {
    const names = unresolvedNamesOf(task);
    const noDate = !task.deadline || !!task.deadline.inheritedFrom;
    for (const name of names) carries.add(keyOf(task.ref, name));
    for (const ending of endings(task.ref)) {
      for (const name of names) push(naming, keyOf(ending, name), task.ref);
      if (noDate) push(undated, ending, task.ref);
    }
  }
  const taken = new Map<string, number>();
  const next = (list: string[] | undefined, key: string): string | null => {
    if (!list) return null;
    const k = taken.get(key) ?? 0;
    taken.set(key, k + 1);
    return list[Math.min(k, list.length - 1)]!;
  };
  return warnings.map((warning) => {
    const ref = warning.args.ref;
    if (typeof ref !== "string") return warning;
    let cited: string | null = null;
    if (warning.code === ABOUT_UNIT) {
      const name = String(warning.args.name);
      // The task read under that very ref names the unit: the warning is its.
      if (carries.has(keyOf(ref, name))) return warning;
      cited = next(naming.get(keyOf(ref, name)), keyOf(warning.code, ref, name));
    } else if (ABOUT_TIME.has(warning.code) && !refs.has(ref)) {
      cited = next(undated.get(ref), keyOf(warning.code, ref));
    }
    return cited && cited !== ref ? { ...warning, args: { ...warning.args, ref: cited } } : warning;
  });
}
