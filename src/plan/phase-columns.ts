// A plan may give each unit a row and set its duties out by phase (or by kind of duty), a column each:
//   STT | Cơ quan, đơn vị | Trước mùa mưa lũ              | Trong mùa mưa lũ    | Sau mùa mưa lũ
//   1   | Sở X            | a) Rà soát …; trước ngày 15/4. | - Trực ban 24/24 giờ | - Tổng hợp thiệt hại
//                           b) Tập huấn …, quý II.
// No column says what the work is, when, or who helps: the phases' titles name none of these. Each cell is a list
// of the row's unit's duties, read as the same list written as prose would be: the row a heading naming its unit
// ("1. Sở X"), the cell's lines the items under it, each dated line a task the unit leads ("phối hợp với Y" names
// partners), cited by the row's number and the line's own letter ("1.a"), under the Roman section the table stands
// in ("III.1.a"), as the prose of that section is. Undated lines, lines done or recurring are no tasks.
import { fold } from "../domain/text.ts";
import type { Block } from "./document.ts";
import type { TaskDraft } from "./parsed-plan.ts";
import { groupAfter } from "./part-refs.ts";
import { readProseTasks } from "./prose.ts";
import { renamed } from "./section-refs.ts";
import { columnRole, numbersColumns } from "./table-header.ts";
import { unitsOf, type TaskContext } from "./task-context.ts";
import { BESIDE } from "./untitled-task-column.ts";
import { quarterOf } from "./quarter-columns.ts";
import { monthOf } from "./week-columns.ts";

/** A phase's title: a few words, no figure ("Trước khi thiên tai xảy ra (công tác chuẩn bị)"). */
const PHASE = /^[\p{L}\s,()/-]+$/u;
const PHASE_WORDS = 12;
/** A row's own number. */
const ROW_NUMBER = /^\d{1,3}\.?$/;
/** A line of a cell opens with its mark, at the cell's start or after the line before it ends. */
const LINE = /(?:^|(?<=[.;:!?)”"])\s+)(?=(?:[a-zđ]\)|\d{1,2}[.)]|[-–+•])\s)/u;

interface PhaseTable {
  ref: number;
  unit: number;
  phases: number[];
}

/** The header row's columns: the number's, the unit's, and two phases or more naming no role; else null. */
function phaseHeader(cells: string[]): PhaseTable | null {
  const roles = cells.map((c) => columnRole(c));
  if (roles[0] !== "ref" || roles.filter((r) => r === "lead").length !== 1) return null;
  const unit = roles.indexOf("lead");
  const phases = cells.flatMap((c, i) => (i === 0 || i === unit ? [] : [i]));
  const isPhase = (i: number) => {
    const label = cells[i]!.trim();
    return (
      roles[i] === undefined &&
      PHASE.test(label) &&
      label.split(/\s+/).length <= PHASE_WORDS &&
      !BESIDE.test(fold(label)) &&
      // "Quý I" … "Quý IV", "Tháng 5": periods say when, a matrix of units by periods (`period-matrix.ts`).
      quarterOf(label) === null &&
      monthOf(label) === null
    );
  };
  return phases.length >= 2 && phases.every(isPhase) && phases.every((i) => i > unit) ? { ref: 0, unit, phases } : null;
}

/** A cell's lines: each opening with its mark ("a)", "1.", "-"), or the whole cell when it has none. */
const linesOf = (cell: string): string[] =>
  cell
    .split(LINE)
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * The tasks of one unit's row numbered `ref`: each phase's cell read as items under a heading naming the unit. The
 * column says the unit does the row's work, so a task naming no doer of its own is the unit's, known or not.
 */
function rowTasks(ctx: TaskContext, ref: string, unit: string, cells: string[]): TaskDraft[] {
  const seen = new Set<string>();
  let lead: TaskDraft["lead"] | null = null;
  return cells.flatMap((cell) => {
    const lines = linesOf(cell);
    if (lines.length === 0) return [];
    const blocks = [`${ref}. ${unit}`, ...lines].map((text): Block => ({ type: "text", text }));
    // The row's heading once, whichever cells list its duties.
    return readProseTasks(blocks, ctx)
      .filter((task) => !seen.has(task.ref) && seen.add(task.ref))
      .map((task) =>
        task.lead.length || !task.deadline || task.ref === ref
          ? task
          : { ...task, lead: (lead ??= unitsOf(ctx, ref, unit)) },
      );
  });
}

/** The tasks of the phase table whose header is `blocks[at]`, and the index after its last row. */
function readTable(blocks: Block[], at: number, table: PhaseTable, ctx: TaskContext, group: string | null) {
  const header = (blocks[at] as { cells: string[] }).cells.join("\t");
  const tasks: TaskDraft[] = [];
  let i = at + 1;
  for (; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.type !== "row") break;
    // A header repeated on a new page, a row numbering the columns: no unit's.
    if (block.cells.join("\t") === header || numbersColumns(block.cells)) continue;
    const ref = (block.cells[table.ref] ?? "").trim().replace(/\.$/, "");
    const unit = (block.cells[table.unit] ?? "").trim();
    if (!ROW_NUMBER.test(ref) || !unit) continue;
    const cells = table.phases.map((c) => block.cells[c] ?? "");
    const read = rowTasks(ctx, ref, unit, cells);
    tasks.push(...(group ? read.map((task) => renamed(task, (r) => `${group}.${r}`)) : read));
  }
  return { tasks, end: i };
}

/** The tasks of every table of units by phases in the document. */
export function readPhaseTables(blocks: Block[], ctx: TaskContext): TaskDraft[] {
  const tasks: TaskDraft[] = [];
  let group: string | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.type === "text") {
      group = groupAfter(block.text, group);
      continue;
    }
    const table = phaseHeader(block.cells);
    if (!table) continue;
    const read = readTable(blocks, i, table, ctx, group);
    tasks.push(...read.tasks);
    i = read.end - 1;
  }
  return tasks;
}
