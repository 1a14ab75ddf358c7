// A task table may head its columns in words dondoc does not know ("TT | Nội dung | ĐVCT | ĐVPH | TGHT" with no
// legend, "Đầu mối", "Mốc"): it is still a task table when its cells say what its columns hold. A column whose cells
// are deadlines ("Quý I/2022", "T9/2022", "Thường xuyên") is when; columns of short names beside the task ("Sở Tư
// pháp", "Các sở, ban, ngành") are who, the first the lead and the next the partners, as such tables order them.
// The header is read as if it said so; a column titled in words dondoc knows keeps its title.
import { isRecurring, parseDeadline } from "../domain/deadline.ts";
import { fold } from "../domain/text.ts";
import type { Block } from "./document.ts";
import { BESIDE } from "./untitled-task-column.ts";

const REF = /^(so )?s?tt$/;
/** How many rows under the header tell what its columns hold. */
const SAMPLE = 12;
// Most of a column's filled cells, and at least two, must hold the same kind of thing.
const SHARE = 0.6;
// A unit's name, or a few: a capital first, no figure of a date, not a sentence.
const NAME_WORDS = 16;

const isDeadline = (cell: string) => parseDeadline(cell).ok || isRecurring(cell);
const isNames = (cell: string) =>
  /^\p{Lu}/u.test(cell) && cell.split(/\s+/).length <= NAME_WORDS && !/\d/.test(cell) && !/[.:]\s/.test(cell);

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

/**
 * The header row at `at` with its unknown columns titled by what their cells hold ("Thời gian hoàn thành", "Đơn vị
 * chủ trì", "Đơn vị phối hợp"), when it opens with the number, names the task (`names` tells a known title) and its
 * cells hold a deadline column; else null. `names` tells a title of the task's column, and one of any column.
 */
export function titledByContent(
  blocks: Block[],
  at: number,
  names: { task: (label: string) => boolean; any: (label: string) => boolean },
): string[] | null {
  const first = blocks[at];
  if (first?.type !== "row" || !REF.test(fold(first.cells[0] ?? ""))) return null;
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
    .filter((i) => i !== when && unknown(i) && (holds(column(i), isNames) || labelsNames(rows, header[i]!)));
  const titles = new Map([[when, "Thời gian hoàn thành"]]);
  if (who[0] !== undefined) titles.set(who[0], "Đơn vị chủ trì");
  if (who[1] !== undefined) titles.set(who[1], "Đơn vị phối hợp");
  return header.map((label, i) => titles.get(i) ?? label);
}
