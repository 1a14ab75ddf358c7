// A transposed task table (often a landscape page): the first column holds what a task table's header would
// ("Nội dung" | "Cơ quan chủ trì" | "Cơ quan phối hợp" | "Thời hạn" | "Sản phẩm"), the header row names one column
// per task ("Nhiệm vụ / Tiêu chí" | "Nhiệm vụ 1" | "Nhiệm vụ 2" | …). Each task is a column: the table is read column
// by column as rows, under a header made of the first column's titles, so every rule for task tables reads it.
// A table of two columns is one task's card, read by `task-cards.ts`; this reads two tasks' columns and more.
import type { Block } from "./document.ts";
import { columnRole } from "./table-header.ts";

type Row = Extract<Block, { type: "row" }>;

// "Nhiệm vụ 1", "NV 2", "Hoạt động 3.1", "1": the number a head cell gives its column's task.
const NUMBERED = /(\d+(?:\.\d+)*)\.?\s*$/u;

/** The runs of consecutive rows, as [start, end) indexes, in one pass. */
export function rowRuns(blocks: Block[]): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  blocks.forEach((block, i) => {
    if (block.type === "row" && start < 0) start = i;
    if (block.type !== "row" && start >= 0) {
      runs.push([start, i]);
      start = -1;
    }
  });
  if (start >= 0) runs.push([start, blocks.length]);
  return runs;
}

/**
 * Whether the first column of rows titles a task table's columns: the task's, and who or when — at least two of
 * them, none said twice, every cell of it a title but for a head row on top.
 */
function titlesInFirstColumn(rows: Row[]): boolean {
  const roles = rows.map((row) => columnRole(row.cells[0] ?? ""));
  const named = roles.filter((r) => r !== undefined && r !== "ref");
  const untitled = roles.filter((r) => r === undefined).length;
  return (
    named.includes("task") &&
    named.some((r) => r === "lead" || r === "deadline") &&
    new Set(named).size === named.length &&
    untitled <= 1 &&
    rows[0]!.cells.length >= 3
  );
}

/** Whether a row heads the task columns: each of its cells past the first numbers one ("Nhiệm vụ 1", "2"). */
const headsTasks = (row: Row): boolean => row.cells.slice(1).every((cell) => NUMBERED.test(cell.trim()));

/** The rows of a transposed table, one per task column, under a header of the first column's titles. */
function transposed(rows: Row[]): Row[] {
  const head = headsTasks(rows[0]!) ? rows[0] : undefined;
  const body = head ? rows.slice(1) : rows;
  const width = Math.max(...body.map((row) => row.cells.length));
  const header: Row = { type: "row", cells: ["TT", ...body.map((row) => row.cells[0] ?? "")] };
  const tasks: Row[] = [];
  for (let column = 1; column < width; column++) {
    const cells = body.map((row) => row.cells[column] ?? "");
    if (!cells.some((cell) => cell.trim())) continue;
    const ref = head ? NUMBERED.exec(head.cells[column]?.trim() ?? "")?.[1] : undefined;
    const notes = body.map((row) => row.notes?.[column] ?? []);
    tasks.push({
      type: "row",
      cells: [ref ?? String(tasks.length + 1), ...cells],
      ...(notes.some((n) => n.length) ? { notes: [[], ...notes] } : {}),
    });
  }
  return [header, ...tasks];
}

/** The blocks with every transposed task table turned to one row per task. */
export function withTransposedTables(blocks: Block[]): Block[] {
  const runs = rowRuns(blocks).filter(([start, end]) => {
    const rows = blocks.slice(start, end) as Row[];
    const body = headsTasks(rows[0]!) ? rows.slice(1) : rows;
    return body.length >= 2 && titlesInFirstColumn(body);
  });
  if (!runs.length) return blocks;
  const out: Block[] = [];
  let at = 0;
  for (const [start, end] of runs) {
    out.push(...blocks.slice(at, start), ...transposed(blocks.slice(start, end) as Row[]));
    at = end;
  }
  return [...out, ...blocks.slice(at)];
}
