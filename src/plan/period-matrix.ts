// A plan may set its tasks out as a matrix of units by periods, each cell holding a task's words:
//   STT | Đơn vị chủ trì | Quý I/2024                      | Quý II/2024 | …
//   1   | Sở Nội vụ      | Tham mưu ban hành … (trước 15/3) |             | Tổng hợp … (PH: Sở Tư pháp)
//       |                |                                 | Tổ chức …   |                      ← the same unit again
// Each filled cell is a task its row's unit leads, due at the end of its column's period unless a closing
// bracket says when ("trước 15/3", "Quý II - Quý III", "thực hiện cả năm"); "PH: …" in the bracket names the
// partners. A row with no unit of its own goes on with the unit above it (its cell merged down).
import { findDeadlineWording, isRecurring } from "../domain/deadline.ts";
import { parseInPlanYear } from "../domain/plan-year.ts";
import { fold } from "../domain/text.ts";
import type { Block } from "./document.ts";
import { labelOf, opensLabel, splitAtLabels } from "./labels.ts";
import type { TaskDraft } from "./parsed-plan.ts";
import { deadlineOf, unitsOf, type TaskContext } from "./task-context.ts";

/** "Quý I/2024", "Quý II năm 2024", "Quý 3", "Tháng 5", "Tháng 5/2024": a period a column stands for. */
const PERIOD = /^(quy\s+(iv|i{1,3}|[1-4])|thang\s+\d{1,2})(\s*(\/|-|nam)\s*\d{4})?$/;
/** The column of who does the row's work: "Đơn vị chủ trì", "Cơ quan thực hiện", "Đơn vị". */
const UNIT = /^(don vi|co quan)( (chu tri|thuc hien|phu trach))?$/;
/** A column of the tasks' own words makes a task table of another shape (`task-table.ts`). */
const TASK = /nhiem vu|noi dung|cong viec/;

interface Matrix {
  ref: number;
  unit: number;
  periods: Map<number, string>;
}

/** The matrix a header row opens: a unit column and two period columns or more, no column of tasks. */
function matrixOf(cells: string[]): Matrix | null {
  const folded = cells.map((c) => fold(c, "/-"));
  const unit = folded.findIndex((c) => UNIT.test(c));
  const periods = new Map(cells.flatMap((c, i) => (PERIOD.test(folded[i]!) ? [[i, c] as [number, string]] : [])));
  if (unit < 0 || periods.size < 2 || folded.some((c) => TASK.test(c))) return null;
  return { ref: folded.findIndex((c) => /^(so )?s?tt$/.test(c)), unit, periods };
}

/**
 * A cell's closing bracket, when it says when or who: its time and partners; the title stands before it. Each label
 * runs to the next label or time ("PH: các sở, ban, ngành; UBND các huyện" names both).
 */
function readCell(cell: string, issued: string | null): { title: string; time: string | null; partners: string[] } {
  const bracket = /\(([^()]+)\)[\s.;]*$/u.exec(cell);
  const read = { title: cell.trim(), time: null as string | null, partners: [] as string[] };
  if (!bracket) return read;
  const isTime = (text: string) =>
    findDeadlineWording(text) !== null || parseInPlanYear(text, issued).ok || isRecurring(text);
  const opens = (rest: string) => opensLabel(rest) || isTime(rest.split(";")[0]!.trim());
  let told = false;
  for (const piece of splitAtLabels(bracket[1]!, opens, /;\s*/g)) {
    const label = labelOf(piece);
    if (label?.role === "coordinators") read.partners.push(label.value);
    else if (label?.role === "deadline" || (!label && isTime(piece))) read.time = label?.value ?? piece;
    else continue;
    told = true;
  }
  return told ? { ...read, title: cell.slice(0, bracket.index).trim() } : read;
}

/** The tasks of the unit × period matrix whose header is `blocks[at]`, and the index after its last row. */
function readMatrix(
  blocks: Block[],
  at: number,
  matrix: Matrix,
  ctx: TaskContext,
): { tasks: TaskDraft[]; end: number } {
  const tasks: TaskDraft[] = [];
  let unit = "";
  let rowRef = "";
  let count = 0;
  let i = at + 1;
  for (; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.type !== "row" || matrixOf(block.cells)) break;
    const ownUnit = (block.cells[matrix.unit] ?? "").trim();
    const ownRef = matrix.ref < 0 ? "" : (block.cells[matrix.ref] ?? "").trim().replace(/\.$/, "");
    if (ownUnit && (ownUnit !== unit || (ownRef && ownRef !== rowRef))) {
      [unit, rowRef, count] = [ownUnit, ownRef || String(tasks.length + 1), 0];
    }
    if (!unit) continue;
    for (const [column, period] of matrix.periods) {
      const text = (block.cells[column] ?? "").trim();
      if (!text) continue;
      const cell = readCell(text, ctx.issued);
      const ref = `${rowRef}.${++count}`;
      const lead = unitsOf(ctx, ref, unit);
      const coordinators = cell.partners
        .flatMap((p) => unitsOf(ctx, ref, p))
        .filter((c) => !lead.some((l) => l.name === c.name));
      const deadline = deadlineOf(ctx, ref, cell.time ?? period);
      tasks.push({ ref, parentRef: null, title: cell.title, deadline, lead, coordinators });
    }
  }
  return { tasks, end: i };
}

/** The tasks of every unit × period matrix in the document. */
export function readPeriodMatrices(blocks: Block[], ctx: TaskContext): TaskDraft[] {
  const tasks: TaskDraft[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const matrix = block.type === "row" ? matrixOf(block.cells) : null;
    if (!matrix) continue;
    const read = readMatrix(blocks, i, matrix, ctx);
    tasks.push(...read.tasks);
    i = read.end - 1;
  }
  return tasks;
}
