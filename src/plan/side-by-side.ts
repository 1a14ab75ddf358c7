// A task table printed two tasks to a row (a landscape page saving paper): its header says the same columns twice,
// "STT | Nội dung | Chủ trì | Thời hạn | STT | Nội dung | Chủ trì | Thời hạn", and each half of a row is a task of its
// own, with its own number, lead and deadline. The halves are read as rows of one table under one half of the header:
// down the left half, then down the right one, as the tasks are numbered (1-8 left, 9-15 right); a table numbering
// across ("1 | … | 2 | …") keeps that order. A half left blank (the last row's, an odd count) is no row.
import type { Block } from "./document.ts";
import { fold } from "../domain/text.ts";
import { columnRole } from "./table-header.ts";
import { rowRuns } from "./transposed-table.ts";

type Row = Extract<Block, { type: "row" }>;

/**
 * How many times the header says its columns over (2 for two tasks a row), 1 when it says them once: the halves'
 * titles are the same, each a number's column then at least two a task table's header names (the task, who, when).
 */
function repeats(header: Row): number {
  const titles = header.cells.map((cell) => fold(cell).trim());
  for (const times of [2, 3]) {
    const width = titles.length / times;
    if (!Number.isInteger(width) || width < 3) continue;
    const half = titles.slice(0, width);
    const same = titles.every((title, i) => title === half[i % width]);
    const roles = half.map((title) => columnRole(title));
    if (same && roles[0] === "ref" && roles.filter((r) => r && r !== "ref").length >= 2) return times;
  }
  return 1;
}

/** A row's cells cut in `times` equal parts, notes with their cells. */
function halves(row: Row, times: number): Row[] {
  const width = row.cells.length / times;
  return Array.from({ length: times }, (_, k) => {
    const cells = row.cells.slice(k * width, (k + 1) * width);
    const notes = row.notes?.slice(k * width, (k + 1) * width);
    return notes?.some((n) => n?.length) ? { type: "row", cells, notes } : { type: "row", cells };
  });
}

const blank = (row: Row) => row.cells.every((cell) => !cell.trim());
const numberOf = (row: Row | undefined) => Number.parseInt(row?.cells[0] ?? "", 10);

/** The rows of a table printing `times` tasks to a row, one task each, in the order they are numbered. */
function unfolded(rows: Row[], times: number): Row[] {
  const header = halves(rows[0]!, times)[0]!;
  const headerText = header.cells.join("|");
  const parts = rows.slice(1).map((row) => halves(row, times));
  // "1 | … | 2 | …": numbered across, each row's halves in turn; else down each half, then the next.
  const first = parts[0];
  const across = first !== undefined && numberOf(first[1]) === numberOf(first[0]) + 1;
  const ordered = across ? parts.flat() : Array.from({ length: times }, (_, k) => parts.map((p) => p[k]!)).flat();
  // A header repeated on a new page says its columns over in each half: said once, on top.
  return [header, ...ordered.filter((row) => !blank(row) && row.cells.join("|") !== headerText)];
}

/** The blocks with every table printing two (or three) tasks to a row read as one task a row. */
export function withSideBySideTasks(blocks: Block[]): Block[] {
  const runs = rowRuns(blocks)
    .map(([start, end]) => ({ start, end, times: repeats(blocks[start] as Row) }))
    .filter(({ start, end, times }) => times > 1 && end - start >= 2 && sameWidth(blocks.slice(start, end) as Row[]));
  if (!runs.length) return blocks;
  const out: Block[] = [];
  let at = 0;
  for (const { start, end, times } of runs) {
    out.push(...blocks.slice(at, start), ...unfolded(blocks.slice(start, end) as Row[], times));
    at = end;
  }
  return [...out, ...blocks.slice(at)];
}

/** Whether every row of a table has the header's cells: a table cut in parts cuts each row alike. */
const sameWidth = (rows: Row[]) => rows.every((row) => row.cells.length === rows[0]!.cells.length);
