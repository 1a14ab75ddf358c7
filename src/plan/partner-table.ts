// A task table may leave its partners to a table of their own after it, a workbook's second sheet or a list under the
// table: "STT | Cơ quan phối hợp", each row citing a task of the table by its number, and listing only the tasks that
// have partners. Its rows are no tasks: each gives the task it cites its coordinators, as a partners' column beside
// that task would; a task it does not cite has none.
import type { Block } from "./document.ts";
import type { TaskDraft } from "./parsed-plan.ts";
import { besideLead } from "./partners.ts";
import { NUMBER_CELL } from "./number-column.ts";
import { columnRole } from "./table-header.ts";
import { unitsOf, type TaskContext } from "./task-context.ts";

/**
 * Whether a row is the header of such a table: its titles name the row's number and its partners, nothing else (no
 * task, no time, no lead), and both.
 */
export function isPartnerHeader(cells: readonly string[]): boolean {
  const roles = cells.filter((c) => c.trim()).map((c) => columnRole(c));
  return (
    roles.includes("ref") && roles.includes("coordinators") && roles.every((r) => r === "ref" || r === "coordinators")
  );
}

/** The partners' cells of every such table among the blocks, by the number of the task each row cites. */
function partnerRows(blocks: readonly Block[]): Map<string, string> {
  const cited = new Map<string, string>();
  for (let i = 0; i < blocks.length; i++) {
    const header = blocks[i]!;
    if (header.type !== "row" || !isPartnerHeader(header.cells)) continue;
    const ref = header.cells.findIndex((c) => columnRole(c) === "ref");
    const partners = header.cells.flatMap((c, k) => (columnRole(c) === "coordinators" ? [k] : []));
    for (
      let row = blocks[i + 1];
      row?.type === "row" && NUMBER_CELL.test(row.cells[ref]?.trim() ?? "");
      row = blocks[++i + 1]
    ) {
      const cells = row.cells;
      const said = partners.map((k) => cells[k]?.trim() ?? "").filter(Boolean);
      if (said.length > 0) cited.set(cells[ref]!.trim().replace(/\.$/, ""), said.join("; "));
    }
  }
  return cited;
}

/**
 * The tasks read from the tables, each cited by a partners' table given its partners (besides any its own row names;
 * none is its lead). A number citing no task, or more than one, gives nothing.
 */
export function withPartnerTables(tasks: TaskDraft[], blocks: readonly Block[], ctx: TaskContext): TaskDraft[] {
  const cited = partnerRows(blocks);
  if (cited.size === 0) return tasks;
  const count = new Map<string, number>();
  for (const task of tasks) count.set(task.ref, (count.get(task.ref) ?? 0) + 1);
  return tasks.map((task) => {
    const cell = cited.get(task.ref);
    if (!cell || count.get(task.ref) !== 1) return task;
    const partners = [...task.coordinators, ...unitsOf(ctx, task.ref, cell)];
    const unique = partners.filter((p, k) => partners.findIndex((q) => q.name === p.name) === k);
    return { ...task, ...besideLead(task.lead, unique) };
  });
}
