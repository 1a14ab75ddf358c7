// A task table may head its columns in words dondoc does not know ("TT | Nội dung | ĐVCT | ĐVPH | TGHT" with no
// legend, "Đầu mối", "Mốc"): it is still a task table when its cells say what its columns hold. A column whose cells
// are deadlines ("Quý I/2022", "T9/2022", "Thường xuyên") is when; columns of short names beside the task ("Sở Tư
// pháp", "Các sở, ban, ngành") are who, the first the lead and the next the partners, as such tables order them.
// The header is read as if it said so; a column titled in words dondoc knows keeps its title.
// A table with no number column may head its columns in plain words, in any order ("Khi nào | Ai làm | Làm gì"):
// its cells tell them apart as well. The column of deadlines is when, the column of the longest sentences is the
// task, and a column of short names beside them is who (the first the lead, the next the partners).
import { isRecurring, parseDeadline } from "../domain/deadline.ts";
import { fold } from "../domain/text.ts";
import type { Block } from "./document.ts";
import { BESIDE } from "./untitled-task-column.ts";
import { NUMBER_TITLE } from "./number-column.ts";

/** How many rows under the header tell what its columns hold. */
const SAMPLE = 12;
// Most of a column's filled cells, and at least two, must hold the same kind of thing.
const SHARE = 0.6;
// A unit's name, or a few: a capital first, no figure of a date, not a sentence.
const NAME_WORDS = 16;

const isDeadline = (cell: string) => parseDeadline(cell).ok || isRecurring(cell);
const isNames = (cell: string) =>
  /^\p{Lu}/u.test(cell) && cell.split(/\s+/).length <= NAME_WORDS && !/\d/.test(cell) && !/[.:]\s/.test(cell);
// A cell of names may say their roles beside them ("Sở A (chủ trì), Sở B", "Sở A; phối hợp: Sở B", "Sở A cùng: Sở
// B"): with those words left out it is names still.
const ROLE_WORDS = /\(?\s*\b(?:chủ trì|phối hợp|cùng)(?:\s+với)?\s*\)?\s*:?/giu;
const namesCell = (cell: string) => isNames(cell.replace(ROLE_WORDS, ",").trim());
// A column's label: a few words, no figure ("Ai làm"), never a deadline itself.
const LABEL_WORDS = 6;
const isLabel = (cell: string) =>
  cell.trim() !== "" && cell.trim().split(/\s+/).length <= LABEL_WORDS && !/\d/.test(cell) && !isDeadline(cell);
const isNumber = (cell: string) => /^\d{1,3}\.?$/.test(cell.trim());
/** How many words a column's filled cells hold, on average. */
function meanWords(cells: string[]): number {
  const filled = cells.filter((c) => c.trim());
  return filled.length ? filled.reduce((sum, c) => sum + c.trim().split(/\s+/).length, 0) / filled.length : 0;
}

/** Whether most filled cells of a column, two at least, are of a kind. */
function holds(cells: string[], kind: (cell: string) => boolean): boolean {
  const filled = cells.filter((c) => c.trim());
  const count = filled.filter(kind).length;
  return count >= 2 && count >= SHARE * filled.length;
}

/** Whether a group row's bracket labels a name with a column's title ("(ĐVCT: Sở Tư pháp)"): the column's are names. */
function labelsNames(rows: string[][], title: string): boolean {
  const label = `(${title.trim()}:`;
  return title.trim() !== "" && rows.some((cells) => cells.some((c) => c.includes(label)));
}

/** The rows under a header, up to the first paragraph. */
function rowsUnder(blocks: Block[], at: number): string[][] {
  const rows: string[][] = [];
  for (let i = at + 1; i < blocks.length && rows.length < SAMPLE; i++) {
    const block = blocks[i]!;
    if (block.type !== "row") break;
    rows.push(block.cells);
  }
  return rows;
}

/** Whether a label titles the task's column, and whether it titles any column dondoc knows. */
export interface ColumnNames {
  task: (label: string) => boolean;
  any: (label: string) => boolean;
}

/**
 * The header row at `at` with its unknown columns titled by what their cells hold ("Thời gian hoàn thành", "Đơn vị
 * chủ trì", "Đơn vị phối hợp"), when it opens with the number, names the task (`names` tells a known title) and its
 * cells hold a deadline column; else null. `names` tells a title of the task's column, and one of any column.
 */
export function titledByContent(blocks: Block[], at: number, names: ColumnNames): string[] | null {
  const first = blocks[at];
  if (first?.type !== "row" || !NUMBER_TITLE.test(fold(first.cells[0] ?? ""))) return null;
  const header = first.cells;
  const task = header.findIndex((c, i) => i > 0 && names.task(c));
  const rows = rowsUnder(blocks, at);
  if (task < 0 || rows.length < 2) return null;
  const unknown = (i: number) => i > task && !names.any(header[i]!) && !BESIDE.test(fold(header[i]!));
  const column = (i: number) => rows.map((r) => r[i] ?? "");
  const when = header.findIndex((_, i) => unknown(i) && holds(column(i), isDeadline));
  if (when < 0) return null;
  const who = header
    .map((_, i) => i)
    .filter((i) => i !== when && unknown(i) && (holds(column(i), namesCell) || labelsNames(rows, header[i]!)));
  return retitled(header, { when, who });
}

/** The header with its columns of when, who and (when told) the task titled as dondoc knows them. */
function retitled(header: string[], columns: { when: number; who: number[]; task?: number }): string[] {
  const titles = new Map([[columns.when, "Thời gian hoàn thành"]]);
  if (columns.task !== undefined) titles.set(columns.task, "Nội dung");
  if (columns.who[0] !== undefined) titles.set(columns.who[0], "Đơn vị chủ trì");
  if (columns.who[1] !== undefined) titles.set(columns.who[1], "Đơn vị phối hợp");
  return header.map((label, i) => titles.get(i) ?? label);
}

/**
 * The header row at `at` of a table with no number column, its columns titled by what their cells hold, or null.
 * It opens its table (a row under another row is one of the table's own) and labels each column in a few words;
 * no column under it holds the rows' numbers; its cells hold a column of deadlines, one of names and, the longest,
 * the task's sentences. A column titled in words dondoc knows keeps its title and is what the title says.
 */
export function unnumberedByContent(blocks: Block[], at: number, names: ColumnNames): string[] | null {
  const first = blocks[at];
  if (first?.type !== "row" || blocks[at - 1]?.type === "row") return null;
  const header = first.cells;
  const rows = rowsUnder(blocks, at);
  if (header.length < 3 || !header.every(isLabel) || rows.length < 2) return null;
  const column = (i: number) => rows.map((r) => r[i] ?? "");
  const indices = header.map((_, i) => i);
  if (indices.some((i) => holds(column(i), isNumber))) return null;
  const known = (i: number) => names.any(header[i]!);
  const free = (i: number) => !known(i) && !BESIDE.test(fold(header[i]!));
  const when = indices.find((i) => (free(i) || (known(i) && !names.task(header[i]!))) && holds(column(i), isDeadline));
  if (when === undefined) return null;
  const longest = indices
    .filter((i) => free(i) && i !== when)
    .reduce<number | undefined>(
      (best, i) => (best === undefined || meanWords(column(i)) > meanWords(column(best)) ? i : best),
      undefined,
    );
  const task = indices.find((i) => names.task(header[i]!)) ?? longest;
  if (task === undefined) return null;
  const nameColumns = indices.filter((i) => i !== when && i !== task && holds(column(i), namesCell));
  // A column titled as who ("Đơn vị") is who; else the columns of names are, the first leading.
  const titledWho = indices.some((i) => i !== when && i !== task && known(i));
  const who = titledWho ? [] : nameColumns.filter(free);
  // The task's sentences are longer than the names beside them.
  const beside = nameColumns[0];
  if (beside === undefined || meanWords(column(task)) <= meanWords(column(beside))) return null;
  return retitled(header, { when: free(when) ? when : -1, who, task: free(task) ? task : undefined });
}
