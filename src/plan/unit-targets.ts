// An office handing each unit targets to meet (a Quyết định giao chỉ tiêu and its Phụ lục) sets them out as a table
// of figures per unit, with the time to meet them:
//   STT | Cơ quan, đơn vị | Hồ sơ trực tuyến toàn trình (%) | Thanh toán trực tuyến (%) | Thời hạn hoàn thành
//   I   | CÁC SỞ, BAN, NGÀNH
//   1   | Sở Tư pháp      | 95                             | 85                        | Trước ngày 30/11/2025
// No column says what is done: each unit's row is its task, to reach its figures by its time. A careful reader reads
// it so, and the table is given back so: one task column in place of the figures, the targets the table's title names
// ("CHỈ TIÊU …", in sentence case) with the row's figures under their labels ("Thanh toán trực tuyến 85%"), and every
// rule for task tables reads it (group rows, refs "I.1", a time cell merged over a group's rows). A quota table
// (samples per unit) gives no time to meet them, and a table whose figures are no row's targets has no unit column.
import { fold } from "../domain/text.ts";
import { overTable, TITLE_LINES, writtenText, type Block } from "./document.ts";
import { formNumber } from "./form-number.ts";
import { NUMBER_CELL, NUMBER_TITLE } from "./number-column.ts";
import { columnRole } from "./table-header.ts";
import { BESIDE } from "./untitled-task-column.ts";

type Row = Extract<Block, { type: "row" }>;

/** A target's figure: "95", "≥ 80", "1.250", "97,5%"; or nothing set for the unit ("", "-", "x"). */
const FIGURE = /^(?:[≥≤<>]=?\s*)?\d{1,9}(?:[.,]\d{1,3})*\s*%?$/u;
const NO_FIGURE = /^(?:|-|–|x)$/iu;
/** A label's closing bracket giving the figures' unit: "(%)", "(hồ sơ)", "(Đơn vị tính: %)". */
const UNIT_BRACKET = /\s*\((?:đơn vị tính\s*:\s*)?([^()]{1,20})\)\s*$/iu;
/** Samples per unit are quotas (`quota-table.ts`), never targets of a task. */
const SAMPLES = /\bmau\b|\bphieu\b/;
/** Lines over a table that are no title of its targets: the appendix's name, the plan attached to, a unit note. */
const NOT_TITLE = /^(?:\(.*\)|phụ\s+lục(?:\s+(?:số\s*)?[\dIVXLivxl]{1,5})?\s*[.:]?|đơn vị tính\b.*)$/iu;
/** "PHỤ LỤC II: CHỈ TIÊU …": the title after the appendix's name. */
const APPENDIX_NAME = /^phụ\s+lục(?:\s+(?:số\s*)?[\dIVXLivxl]{1,5})?\s*[.:–-]\s*/iu;

interface TargetColumns {
  units: number;
  figures: number[];
}

const isRow = (block: Block | undefined): block is Row => block?.type === "row";
const clean = (text: string) => text.replace(/\s+/g, " ").trim();

/** The header's columns when it heads a table of targets per unit: a number, units, a time, no task column. */
function headerColumns(cells: string[]): { units: number; time: number; candidates: number[] } | null {
  if (!NUMBER_TITLE.test(fold(clean(cells[0] ?? "")))) return null;
  const roles = cells.map((cell) => (clean(cell) ? columnRole(clean(cell)) : undefined));
  const units = roles.indexOf("lead");
  if (roles.includes("task") || !roles.includes("deadline")) return null;
  if (units < 0 || roles.filter((role) => role === "lead").length > 1 || roles.includes("coordinators")) return null;
  const candidates = roles.flatMap((role, i) =>
    role === undefined && clean(cells[i]!) && !SAMPLES.test(fold(cells[i]!)) ? [i] : [],
  );
  return candidates.length > 0 ? { units, time: roles.indexOf("deadline"), candidates } : null;
}

/** The table's rows under a header at `at`, up to the text after it. */
function bodyOf(blocks: readonly Block[], at: number): Row[] {
  const rows: Row[] = [];
  for (let k = at + 1; isRow(blocks[k]); k++) rows.push(blocks[k] as Row);
  return rows;
}

/** The columns of figures of a targets table whose header is row `at`, or null when it is none. */
function targetColumns(blocks: readonly Block[], at: number): TargetColumns | null {
  const header = blocks[at];
  const columns = isRow(header) ? headerColumns(header.cells) : null;
  if (!columns || !isRow(header)) return null;
  const units = bodyOf(blocks, at).filter((row) => NUMBER_CELL.test(clean(row.cells[0] ?? "")));
  if (units.length === 0 || units.some((row) => !clean(row.cells[columns.units] ?? ""))) return null;
  const cell = (row: Row, i: number) => clean(row.cells[i] ?? "");
  // A time column holding only figures ("Có thời hạn | 2") counts the tasks given a time: a summary of a task list
  // (its counts per unit), whose rows set no unit a target and no time.
  if (units.every((row) => FIGURE.test(cell(row, columns.time)) || NO_FIGURE.test(cell(row, columns.time))))
    return null;
  const figures = columns.candidates.filter(
    (i) =>
      units.every((row) => FIGURE.test(cell(row, i)) || NO_FIGURE.test(cell(row, i))) &&
      units.some((row) => FIGURE.test(cell(row, i))),
  );
  // A column of words beside the figures ("Tên lớp", "Đối tượng") says what each row is: a task table of its own,
  // its figures sizes ("Số người"); a note beside the targets ("Ghi chú") says nothing of what is done.
  const words = columns.candidates.filter((i) => !figures.includes(i) && !BESIDE.test(fold(clean(header.cells[i]!))));
  return figures.length > 0 && words.length === 0 ? { units: columns.units, figures } : null;
}

/** A title line over the table naming its targets, in sentence case when typed in capitals; null for other lines. */
function targetsTitle(line: string): string | null {
  const text = clean(line).replace(APPENDIX_NAME, "");
  if (!text || NOT_TITLE.test(text) || formNumber(text) !== null || !/\p{L}/u.test(text)) return null;
  const capitals = text === text.toLocaleUpperCase("vi");
  return capitals ? text.charAt(0) + text.slice(1).toLocaleLowerCase("vi") : text;
}

/** "Thanh toán trực tuyến (%)" with "85" → "Thanh toán trực tuyến 85%"; a unit in words after the figure. */
function figureText(label: string, figure: string): string {
  const bracket = UNIT_BRACKET.exec(clean(label));
  const name = bracket ? clean(label).slice(0, bracket.index) : clean(label);
  const unit = bracket?.[1]?.trim() ?? "";
  const shown = unit === "%" ? `${figure.replace(/\s*%$/u, "")}%` : unit ? `${figure} ${unit}` : figure;
  return `${name} ${shown}`;
}

/** The task a unit's row gives: the targets the title names, and its figures. */
function rowTask(title: string | null, labels: string[], figures: string[]): string {
  const set = figures.flatMap((figure, k) => (FIGURE.test(figure) ? [figureText(labels[k]!, figure)] : []));
  const targets = set.join("; ");
  return title ? (targets ? `${title}: ${targets}` : title) : `Chỉ tiêu: ${targets}`;
}

/** The row with its figures' columns as one cell holding `task`, where the first of them stood. */
function withTaskCell(row: Row, figures: number[], task: string): Row {
  if (row.cells.length <= figures[0]!) return row;
  const cells = row.cells.flatMap((cell, i) => (i === figures[0] ? [task] : figures.includes(i) ? [] : [cell]));
  return { type: "row", cells, written: writtenText(row) };
}

/** The table of targets whose header is row `at`, given back with one task column; how many rows it took. */
function rewritten(blocks: readonly Block[], at: number, columns: TargetColumns, out: Block[]): number {
  const header = blocks[at] as Row;
  const title = overTable(blocks, at, TITLE_LINES, targetsTitle);
  const labels = columns.figures.map((i) => header.cells[i] ?? "");
  out.push(withTaskCell(header, columns.figures, "Chỉ tiêu được giao"));
  const body = bodyOf(blocks, at);
  for (const row of body) {
    const own = NUMBER_CELL.test(clean(row.cells[0] ?? ""));
    const figures = columns.figures.map((i) => clean(row.cells[i] ?? ""));
    out.push(withTaskCell(row, columns.figures, own ? rowTask(title, labels, figures) : ""));
  }
  return body.length;
}

/** The plan's blocks with each table of targets per unit read as a task table, one task per unit's row. */
export function withUnitTargets(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const columns = targetColumns(blocks, i);
    if (columns) i += rewritten(blocks, i, columns, out);
    else out.push(blocks[i]!);
  }
  return out;
}
