// Task tables that number their rows anew under each Roman section ("I" 1, 2, 3; "II" 1, 2) or
// part lettered in capitals ("A" 1, 2; "B" 1, 2: the tasks changed, then those added): a row is
// known by its section and number, "II.2" or "B.1", as a reader cites it.
import type { TaskDraft } from "./parsed-plan.ts";
import { romanValue } from "./numbering.ts";

/** Whether a table row's ref numbers a section: a Roman numeral or a lone capital letter. */
export const isSection = (ref: string): boolean => romanValue(ref) !== null || /^[A-Z]$/.test(ref);

/** The section each row stands in: the last section row at or above it. */
function sectionsOf(rows: TaskDraft[]): (string | null)[] {
  let section: string | null = null;
  return rows.map((row) => (isSection(row.ref) ? (section = row.ref) : section));
}

/** Whether a number is used again under a later section: the numbering restarts with each. */
function restarts(rows: TaskDraft[], sections: (string | null)[]): boolean {
  const first = new Map<string, string>();
  return rows.some((row, i) => {
    const section = sections[i];
    if (!section || isSection(row.ref) || !/^\d/.test(row.ref)) return false;
    if (!first.has(row.ref)) first.set(row.ref, section);
    return first.get(row.ref) !== section;
  });
}

/** The rows of one table, each numbered row under a section known as "section.number" when numbers restart. */
function qualified(rows: TaskDraft[]): TaskDraft[] {
  const sections = sectionsOf(rows);
  if (!restarts(rows, sections)) return rows;
  return rows.map((row, i) => {
    const section = sections[i];
    if (!section || isSection(row.ref) || !/^\d/.test(row.ref)) return row;
    return renamed(row, (ref) => (ref === section ? ref : `${section}.${ref}`));
  });
}

/** A task whose ref, parent's ref and the ref it inherits its deadline from are each given as `within` names them. */
export function renamed(task: TaskDraft, within: (ref: string) => string): TaskDraft {
  const from = task.deadline?.inheritedFrom;
  return {
    ...task,
    ref: within(task.ref),
    parentRef: task.parentRef && within(task.parentRef),
    deadline: task.deadline && from ? { ...task.deadline, inheritedFrom: within(from) } : task.deadline,
  };
}

/** Every table's rows (tables start at `starts`), refs qualified by section where the table numbers anew. */
export function withSectionRefs(tasks: TaskDraft[], starts: number[]): TaskDraft[] {
  return starts.flatMap((start, k) => qualified(tasks.slice(start, starts[k + 1] ?? tasks.length)));
}
