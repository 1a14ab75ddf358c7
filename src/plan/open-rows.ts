// The rows a task table's walk has open (`task-table.ts`): a section, the task over sub-rows, the item over a table
// it dates. A row below takes from them what its own cells leave blank: its parent, a deadline, a lead, a period.
import type { ResolvedName } from "../domain/resolve-units.ts";
import type { ParsedDeadline } from "./parsed-plan.ts";
import { deadlineOf, type TaskContext } from "./task-context.ts";
import type { DatingItem } from "./item-table.ts";

export interface Open {
  ref: string;
  level: number;
  deadline: ParsedDeadline | null;
  /** The lead a group row names for its tasks (`src/plan/group-lead.ts`). */
  lead?: ResolvedName[];
  /** The partners a numbered row names beside its lead: a row under it with both unit cells blank takes both. */
  coordinators?: ResolvedName[];
  /** The row's title: a row under it may point at the period it names (`src/plan/section-time.ts`). */
  title?: string;
  /** Its time cell is blank: dash rows under it are its parts (`src/plan/dash-rows.ts`). */
  untimed?: true;
}

/** The deadline of the nearest enclosing row that has one, marked with where it comes from. */
export function inherited(stack: Open[]): ParsedDeadline | null {
  const from = stack.findLast((o) => o.deadline);
  return from?.deadline ? { ...from.deadline, inheritedFrom: from.deadline.inheritedFrom ?? from.ref } : null;
}

/** The row a row of `level` stands under, once the rows as deep as it or deeper are closed. */
export function parentAt(stack: Open[], level: number): Open | undefined {
  while (stack.length > 0 && stack.at(-1)!.level >= level) stack.pop();
  return stack.at(-1);
}

/**
 * The item over a table it dates stands over the table's rows, which take its deadline: the one over the table before
 * leaves the stack, so no later table's rows take its day.
 */
export function openDatingItem(
  ctx: TaskContext,
  stack: Open[],
  before: Open | null,
  item: DatingItem | null,
): Open | null {
  if (before && stack.includes(before)) stack.splice(stack.indexOf(before), 1);
  if (!item) return null;
  const open = { ref: item.ref, level: 0, deadline: deadlineOf(ctx, item.ref, item.wording) };
  stack.push(open);
  return open;
}
