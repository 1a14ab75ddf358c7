// Task tables set under lettered parts ("A. NHIỆM VỤ CỦA CÁC SỞ" over one table, "B. …" over the next, as
// an appendix or a workbook of one sheet per group of units lays them out) often number their rows 1, 2, …
// anew in each part: a row is then known by its part and its number, "B.2", as a reader cites it and as
// the tasks of prose parts that number anew are (numbering.ts, partsRenumber).
import type { TaskDraft } from "./parsed-plan.ts";
import { renamed } from "./section-refs.ts";

/** Where a table's rows start among the tasks, and the letter of the part it stands in (null: none). */
export interface TablePart {
  start: number;
  part: string | null;
}

/** Whether a table of a later part uses again a ref a table of an earlier part used: the parts number anew. */
function numberAnew(tasks: TaskDraft[], tables: TablePart[], ends: number[]): boolean {
  const earlier = new Map<string, string>();
  return tables.some(({ start, part }, k) => {
    if (!part) return false;
    const refs = tasks.slice(start, ends[k]).map((t) => t.ref);
    if (refs.some((ref) => (earlier.get(ref) ?? part) !== part)) return true;
    for (const ref of refs) earlier.set(ref, part);
    return false;
  });
}

const inPart = (task: TaskDraft, part: string): TaskDraft => renamed(task, (ref) => `${part}.${ref}`);

/** Every table's rows, refs headed by their part's letter where the parts' tables number anew. */
export function withPartRefs(tasks: TaskDraft[], tables: TablePart[]): TaskDraft[] {
  const ends = tables.map((_, k) => tables[k + 1]?.start ?? tasks.length);
  if (!numberAnew(tasks, tables, ends)) return tasks;
  return tables.flatMap(({ start, part }, k) => {
    const rows = tasks.slice(start, ends[k]);
    return part ? rows.map((t) => inPart(t, part)) : rows;
  });
}
