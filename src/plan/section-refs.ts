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

/**
 * Whether a row under a section uses a number a table before it used: a plan's sections numbered anew go on in a table
 * of their own ("VI" and its 1, 2 on a second sheet, under an appendix's own title).
 */
const numbersAgain = (rows: TaskDraft[], sections: (string | null)[], used: ReadonlySet<string>): boolean =>
  rows.some((row, i) => !!sections[i] && !isSection(row.ref) && used.has(row.ref));

/**
 * The rows of one table, each numbered row under a section known as "section.number" when numbers restart, within
 * the table or since the tables before it (`used`: their rows' numbers, as written).
 */
function qualified(rows: TaskDraft[], used: ReadonlySet<string>): TaskDraft[] {
  const sections = sectionsOf(rows);
  if (!restarts(rows, sections) && !numbersAgain(rows, sections, used)) return rows;
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
  const used = new Set<string>();
  return starts.flatMap((start, k) => {
    const rows = tasks.slice(start, starts[k + 1] ?? tasks.length);
    const read = qualified(rows, used);
    for (const row of rows) if (/^\d/.test(row.ref)) used.add(row.ref);
    return read;
  });
}
