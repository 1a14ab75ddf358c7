// A plan may set its tasks out as a matrix of units by periods, each cell holding a task's words:
//   STT | Đơn vị chủ trì | Quý I/2024                      | Quý II/2024 | …
//   1   | Sở Nội vụ      | Tham mưu ban hành … (trước 15/3) |             | Tổng hợp … (PH: Sở Tư pháp)
//       |                |                                 | Tổ chức …   |                      ← the same unit again
// or the same matrix turned over, a schedule whose rows are the periods and whose columns are the units:
//   Thời gian    | Công an tỉnh                   | Sở Tư pháp | UBND các huyện, thành phố
//   Tháng 7/2024 | (1) Rà soát … (phối hợp: X)    | -          | (2) Cấp …
// Each filled cell is a task its unit leads, due at the end of its period unless a closing bracket says when
// ("trước 15/3", "Quý II - Quý III", "thực hiện cả năm") or its words name a day ("…, báo cáo trước ngày 15/12");
// "PH: …" in the bracket names the partners. A row whose first cell is empty goes on with the one above it (merged
// down); "-", a mark or a figure in a cell means no task. A cell opening with its number ("(3) …") is the task of
// that number.
// The periods may stand on a second header row, under a title spanning them ("Nhiệm vụ, thời gian thực hiện" over
// "Quý I" … "Quý IV"), and a cell may hold several items, each numbered by its row and its own number ("1.1. …
// (trước 15/02) 1.2. …"): each item is then a task cited by that number, dated as the cell is unless it says when.
// A cell whose words say the work goes on ("Thực hiện thường xuyên", "phát sóng hằng tuần") is no dated task.
import { isRecurring } from "../domain/deadline.ts";
import { findDeadlineWording } from "../domain/deadline-wording.ts";
import { parseInPlanYear } from "../domain/plan-year.ts";
import type { UnitResolver } from "../domain/resolve-units.ts";
import { fold } from "../domain/text.ts";
import { titleBeforeDeadline } from "./title-cut.ts";
import type { Block } from "./document.ts";
import { labelOf, opensLabel, splitAtLabels } from "./labels.ts";
import type { TaskDraft } from "./parsed-plan.ts";
import { deadlineOf, isBlankTime, unitsOf, type TaskContext } from "./task-context.ts";
import { TIME_LABEL } from "./time-columns.ts";
import { isUnitLabel } from "./unit-columns.ts";
import { append } from "../domain/collections.ts";
import { NUMBER_TITLE } from "./number-column.ts";

/** "Quý I/2024", "Quý II năm 2024", "Quý 3", "Tháng 5", "Tháng 5/2024": a period a column stands for. */
const PERIOD = /^(quy\s+(iv|i{1,3}|[1-4])|thang\s+\d{1,2})(\s*(\/|-|nam)\s*\d{4})?$/;
/** The column of who does the row's work: "Đơn vị chủ trì", "Cơ quan thực hiện", "Đơn vị". */
const UNIT = /^(don vi|co quan)( (chu tri|thuc hien|phu trach))?$/;
/**
 * The column of when the row's work is due: "Thời gian", "Thời hạn hoàn thành", "Tháng", "Quý", "Giai đoạn". The
 * label opens its cell; a task's words saying a time in passing ("Theo thời hạn của Bộ") are no header.
 */
const WHEN = new RegExp(`^(?:${TIME_LABEL.source})|^(thang|quy|giai doan)$`);
/** A column of the tasks' own words makes a task table of another shape (`task-table.ts`). */
const TASK = /nhiem vu|noi dung|cong viec/;
/** "14", "3.", "II": the number a row of a table opens with. */
const ROW_NUMBER = /^\s*(\d{1,3}|[ivxlc]{1,6})\.?\s*$/;

/** Each row a line: its `line` cell names its unit or its period, each column of `across` the other. */
interface Matrix {
  ref: number;
  line: number;
  lineIs: "unit" | "period";
  across: Map<number, string>;
  /** How many rows the header takes: 2 when the periods stand under a title spanning them. */
  rows?: number;
}

const isTime = (text: string, issued: string | null) =>
  findDeadlineWording(text) !== null || parseInPlanYear(text, issued).ok || isRecurring(text);

/** A header of a unit column and two period columns or more. */
function unitLines(cells: string[], folded: string[]): Matrix | null {
  const line = folded.findIndex((c) => UNIT.test(c));
  const across = new Map(cells.flatMap((c, i) => (PERIOD.test(folded[i]!) ? [[i, c] as [number, string]] : [])));
  return line < 0 || across.size < 2
    ? null
    : { ref: folded.findIndex((c) => NUMBER_TITLE.test(c)), line, lineIs: "unit", across };
}

/**
 * A header of a time column and two columns or more naming units the directory knows, over a first row whose time
 * cell says a time: the periods are the lines, and every column labelled neither by a role ("Ghi chú") nor by a
 * time is a unit's, known or not. A table of other columns ("Địa điểm", "Thành phần") is no such schedule.
 */
function periodLines(cells: string[], folded: string[], below: Block | undefined, ctx: TaskContext): Matrix | null {
  const line = folded.findIndex((c, i) => WHEN.test(c) && !isTime(cells[i]!, ctx.issued));
  const ref = folded.findIndex((c) => NUMBER_TITLE.test(c));
  const across = new Map(cells.flatMap((c, i) => (i !== line && c.trim() && isUnitLabel(c) ? [[i, c] as const] : [])));
  const known = [...across.values()].filter((label) => namesKnownUnits(ctx.resolver, label));
  if (line < 0 || known.length < 2) return null;
  const first = below?.type === "row" ? (below.cells[line] ?? "") : "";
  return isTime(first, ctx.issued) ? { ref, line, lineIs: "period", across } : null;
}

const namesKnownUnits = (resolver: UnitResolver, label: string) => {
  const names = resolver.resolveList(label);
  return names.length > 0 && names.every((n) => n.resolved);
};

/**
 * The header's labels when its periods stand on the row under it ("STT | Đơn vị chủ trì | Nhiệm vụ, thời gian thực
 * hiện" over " |  | Quý I | Quý II | Quý III | Quý IV"): each column's lower label where it names a period, else its
 * upper one; null when the lower row is not two periods or more and blanks (a repeat of the label above aside).
 */
function periodsBelow(upper: string[], below: Block | undefined): string[] | null {
  if (below?.type !== "row") return null;
  const lower = below.cells.map((c) => fold(c, "/-"));
  const periods = lower.filter((c) => PERIOD.test(c)).length;
  const labels = lower.every((c, i) => !c || PERIOD.test(c) || c === fold(upper[i] ?? "", "/-"));
  if (periods < 2 || !labels) return null;
  return below.cells.map((c, i) => (PERIOD.test(lower[i]!) ? c : (upper[i] ?? "")));
}

/** The matrix the header row `blocks[at]` opens, in either orientation; never a table with a column of tasks. */
function matrixOf(blocks: Block[], at: number, ctx: TaskContext): Matrix | null {
  const block = blocks[at]!;
  if (block.type !== "row") return null;
  // A row opening with its number ("14 | Tổ chức … | Sở A | Sở B | … | Thời gian cụ thể theo kế hoạch riêng") is a
  // row of a table, never the header of one, whatever its cells say.
  if (ROW_NUMBER.test(fold(block.cells[0] ?? "", "/-"))) return null;
  // A title over the periods may name the tasks ("Nhiệm vụ, thời gian thực hiện"): the periods under it are columns.
  const spanned = periodsBelow(block.cells, blocks[at + 1]);
  const cells = spanned ?? block.cells;
  const folded = cells.map((c) => fold(c, "/-"));
  if (folded.some((c) => TASK.test(c))) return null;
  if (spanned) {
    const matrix = unitLines(cells, folded);
    return matrix && { ...matrix, rows: 2 };
  }
  return unitLines(cells, folded) ?? periodLines(cells, folded, blocks[at + 1], ctx);
}

/**
 * How many header rows a unit × period matrix opening at `blocks[at]` takes (0: none opens there): a task table's
 * header read so is the matrix's, its rows read here and not as a task table's.
 */
export function periodMatrixHeader(blocks: Block[], at: number, ctx: TaskContext): number {
  const matrix = matrixOf(blocks, at, ctx);
  return matrix ? (matrix.rows ?? 1) : 0;
}

interface Cell {
  /** The number the cell opens with ("(3) …"), else null. */
  number: string | null;
  title: string;
  time: string | null;
  partners: string[];
}

/**
 * A cell's closing bracket, when it says when or who: its time and partners; the title stands before it. Each label
 * runs to the next label or time ("PH: các sở, ban, ngành; UBND các huyện" names both).
 */
function readCell(cell: string, issued: string | null): Cell {
  const numbered = /^\((\d{1,3})\)\s*/.exec(cell) ?? ROW_ITEM.exec(cell);
  const text = numbered ? cell.slice(numbered[0].length) : cell;
  const read: Cell = { number: numbered?.[1] ?? null, title: text.trim(), time: null, partners: [] };
  const bracket = /\(([^()]+)\)[\s.;]*$/u.exec(text);
  if (!bracket) return read;
  const opens = (rest: string) => opensLabel(rest) || isTime(rest.split(";")[0]!.trim(), issued);
  let told = false;
  for (const piece of splitAtLabels(bracket[1]!, opens, /;\s*/g)) {
    const label = labelOf(piece);
    if (label?.role === "coordinators") read.partners.push(label.value);
    else if (label?.role === "deadline" || (!label && isTime(piece, issued))) read.time = label?.value ?? piece;
    else continue;
    told = true;
  }
  return told ? { ...read, title: text.slice(0, bracket.index).trim() } : read;
}

/**
 * A day its words name ("…, báo cáo UBND tỉnh trước ngày 15/12/2024") is finer than its period and dates the task;
 * a coarser time there ("Báo cáo kết quả quý I/2024") is what the work is about, not when it is due.
 */
function dayInWords(cell: Cell, issued: string | null): Cell {
  if (cell.time) return cell;
  const wording = findDeadlineWording(cell.title, issued);
  const read = wording ? parseInPlanYear(wording, issued) : null;
  if (!wording || !read?.ok || !["before", "on"].includes(read.deadline.kind)) return cell;
  return { ...cell, time: wording, title: titleBeforeDeadline(cell.title, wording) };
}

// "1.1. Tham mưu …", "2.3 Tổ chức …": an item numbered by its row's number and its own, a capital opening its words.
const ROW_ITEM = /^(\d{1,3}\.\d{1,3})\.?\s+(?=\p{Lu})/u;

/**
 * The items of a cell numbered by its row and their own ("1.1. … (trước 15/02) 1.2. …"): split where the next
 * number in turn opens an item (the same row's, one up), so a figure in the words ("2.5 tỷ đồng") splits nothing.
 * One item, or the cell as it is, when it opens with no such number.
 */
export function rowItems(cell: string): string[] {
  const first = ROW_ITEM.exec(cell)?.[1];
  if (!first) return [cell];
  const [row, own] = first.split(".").map(Number) as [number, number];
  const items: string[] = [];
  let [start, next] = [0, own + 1];
  for (;;) {
    const at = nextItemAt(cell, start, `${row}.${next}`);
    if (at < 0) break;
    items.push(cell.slice(start, at).trim());
    [start, next] = [at, next + 1];
  }
  items.push(cell.slice(start).trim());
  return items;
}

/** Where item `number` opens in `cell` after `from`, after a space and before a capital; -1 when it does not. */
function nextItemAt(cell: string, from: number, number: string): number {
  for (let at = cell.indexOf(number, from + 1); at >= 0; at = cell.indexOf(number, at + 1)) {
    const after = cell.slice(at + number.length, at + number.length + 3);
    if (/\s/.test(cell[at - 1] ?? "") && /^\.?\s+\p{Lu}/u.test(after)) return at;
  }
  return -1;
}

/** Work said to go on, with no time of its own: no dated task. */
const goesOn = (cell: Cell) => !cell.time && isRecurring(cell.title);

/** A mark ("x", "CT", "●") or a figure in a cell tells no task: a task's words are two or more. */
const hasWords = (text: string) => (text.match(/\p{L}+/gu) ?? []).length >= 2;

/** The task of one filled cell: led by its unit, due at its period's end unless it says when. */
function cellTask(ctx: TaskContext, ref: string, cell: Cell, unit: string, period: string): TaskDraft {
  const lead = unitsOf(ctx, ref, unit);
  const coordinators = cell.partners
    .flatMap((p) => unitsOf(ctx, ref, p))
    .filter((c) => !lead.some((l) => l.name === c.name));
  const deadline = deadlineOf(ctx, ref, cell.time ?? period);
  return { ref, parentRef: null, title: cell.title, deadline, lead, coordinators };
}

/** The tasks of the matrix whose header is `blocks[at]`, and the index after its last row. */
function readMatrix(
  blocks: Block[],
  at: number,
  matrix: Matrix,
  ctx: TaskContext,
): { tasks: TaskDraft[]; end: number } {
  const tasks: TaskDraft[] = [];
  let [line, lineRef, count] = ["", "", 0];
  let i = at + (matrix.rows ?? 1);
  for (; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.type !== "row" || matrixOf(blocks, i, ctx)) break;
    const ownLine = (block.cells[matrix.line] ?? "").trim();
    // A schedule's row naming no time is a next table's header or the like, run on where nothing came between.
    if (matrix.lineIs === "period" && ownLine && !isTime(ownLine, ctx.issued)) break;
    const ownRef = matrix.ref < 0 ? "" : (block.cells[matrix.ref] ?? "").trim().replace(/\.$/, "");
    if (ownLine && (ownLine !== line || (ownRef && ownRef !== lineRef))) {
      [line, lineRef, count] = [ownLine, ownRef || String(tasks.length + 1), 0];
    }
    if (!line) continue;
    for (const [column, label] of matrix.across) {
      const text = (block.cells[column] ?? "").trim();
      if (isBlankTime(text) || !hasWords(text)) continue;
      for (const item of rowItems(text)) {
        const cell = dayInWords(readCell(item, ctx.issued), ctx.issued);
        if (goesOn(cell)) continue;
        const ref = cell.number ?? `${lineRef}.${++count}`;
        const [unit, period] = matrix.lineIs === "unit" ? [line, label] : [label, line];
        tasks.push(cellTask(ctx, ref, cell, unit, period));
      }
    }
  }
  return { tasks, end: i };
}

/** The tasks of every unit × period matrix in the document, either way round. */
export function readPeriodMatrices(blocks: Block[], ctx: TaskContext): TaskDraft[] {
  const tasks: TaskDraft[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const matrix = matrixOf(blocks, i, ctx);
    if (!matrix) continue;
    const read = readMatrix(blocks, i, matrix, ctx);
    append(tasks, read.tasks);
    i = read.end - 1;
  }
  return tasks;
}
