// A task system's export may list one row per task and unit ("Mã NV | Tên nhiệm vụ | Đơn vị | Vai trò | Hạn hoàn
// thành"): a role column says whether the row's unit leads the task ("Chủ trì") or helps ("Phối hợp"), and the rows
// are often sorted by unit, so a task's rows lie far apart. Rows naming the same task (by its code, its title and its
// time: the same words due at another time, a report due 30/6 and again 31/12, are another task) are one task: its
// leads are the units of its "Chủ trì" rows, its coordinators those of its "Phối hợp" rows, its time and words its
// rows'. The table is rewritten one row per task under "Chủ trì" | "Phối hợp" columns, so every rule for task tables
// reads it.
import { fold } from "../domain/text.ts";
import type { Block } from "./document.ts";
import { partOf, ROLE_TITLE, type Part } from "./roles.ts";
import { columnRole, type Role } from "./table-header.ts";
import { rowRuns } from "./transposed-table.ts";

type Row = Extract<Block, { type: "row" }>;

// "Mã NV", "Mã nhiệm vụ", "Mã số": the system's code of the task, the same on each of its rows.
const CODE_TITLE = /^ma\b/;
// The columns saying when a task is due or done: part of what names it.
const TIMES: (Role | undefined)[] = ["deadline", "start", "month"];

type Layout = {
  role: number;
  unit: number;
  task: number;
  code: number | undefined;
  number: number | undefined;
  times: number[];
};

/** The columns of a header over rows by task and unit: its role, its unit, what keys the task; undefined if none. */
function layoutOf(header: string[]): Layout | undefined {
  const titles = header.map((c) => fold(c).trim());
  const role = titles.findIndex((t) => ROLE_TITLE.test(t));
  const unit = header.findIndex((c, i) => i !== role && columnRole(c) === "lead");
  const task = header.findIndex((c) => columnRole(c) === "task");
  if (role < 0 || unit < 0 || task < 0) return undefined;
  const code = titles.findIndex((t) => CODE_TITLE.test(t));
  const number = header.findIndex((c) => columnRole(c) === "ref");
  const times = header.flatMap((c, i) => (i !== role && i !== unit && TIMES.includes(columnRole(c)) ? [i] : []));
  return { role, unit, task, code: code < 0 ? undefined : code, number: number < 0 ? undefined : number, times };
}

const same = (a: string[], b: string[]) => a.length === b.length && a.every((c, i) => c === b[i]);

/**
 * The `n`th task's row from its rows: the units by their part, the other cells the first said (a lead's row first).
 * A row number counts rows, not tasks: with a code beside it, the code numbers the task; else the tasks are counted.
 */
function merged(rows: Row[], layout: Layout, n: number): Row {
  const units = (part: Part) => {
    const names = rows.filter((r) => partOf(r.cells[layout.role] ?? "") === part).map((r) => r.cells[layout.unit]!);
    return [...new Set(names.map((name) => name.trim()).filter(Boolean))].join("; ");
  };
  const ordered = [...rows].sort((a, b) => rank(a, layout) - rank(b, layout));
  const width = rows.reduce((w, r) => Math.max(w, r.cells.length), 0);
  const cells = Array.from({ length: width }, (_, i) => ordered.find((r) => r.cells[i]?.trim())?.cells[i] ?? "");
  cells[layout.unit] = units("lead");
  cells[layout.role] = units("coordinator");
  if (layout.number !== undefined && layout.code === undefined) cells[layout.number] = String(n);
  return { type: "row", cells: withoutColumn(cells, dropped(layout)) };
}
const dropped = (layout: Layout) => (layout.code === undefined ? undefined : layout.number);
const rank = (row: Row, layout: Layout) => (partOf(row.cells[layout.role] ?? "") === "lead" ? 0 : 1);
const withoutColumn = (cells: string[], column: number | undefined) =>
  column === undefined ? cells : cells.filter((_, i) => i !== column);

/** The header the merged rows stand under: the unit's column leads, the role's coordinates, the code numbers. */
function mergedHeader(header: string[], layout: Layout): Row {
  const cells = [...header];
  cells[layout.unit] = "Chủ trì";
  cells[layout.role] = "Phối hợp";
  if (layout.code !== undefined) cells[layout.code] = "STT";
  return { type: "row", cells: withoutColumn(cells, dropped(layout)) };
}

/**
 * A unit's row under its task's, every cell but its unit and role blank: the task's number, words and time merged
 * down over its unit rows, as Word writes it, come out blank on the later rows of a text copy or a PDF. The row is the
 * task above's, as Word's merge makes it.
 */
const mergedDown = (row: Row, layout: Layout): boolean =>
  Boolean(row.cells[layout.unit]?.trim()) &&
  [layout.code, layout.number, layout.task, ...layout.times].every((c) => c === undefined || !row.cells[c]?.trim());

/**
 * A run of rows as one row per task, when a header in it sits over two rows or more each giving its unit a part,
 * every role cell under it saying one; null otherwise. Rows above the header stay as they are; a repeated header
 * (a new page's) is dropped.
 */
function mergedRun(rows: Row[]): Row[] | null {
  const at = rows.findIndex((r) => layoutOf(r.cells) !== undefined);
  if (at < 0) return null;
  const header = rows[at]!.cells;
  const layout = layoutOf(header)!;
  const body = rows.slice(at + 1).filter((r) => !same(r.cells, header));
  const roles = body.map((r) => r.cells[layout.role]?.trim() ?? "").filter(Boolean);
  if (roles.length < 2 || roles.some((cell) => partOf(cell) === null)) return null;
  // A row giving no part ("Tổng số: 32 bản ghi") is no task's: it stays as it is, after them.
  const groups = new Map<string, Row[]>();
  const rest: Row[] = [];
  let last: Row[] | undefined;
  for (const row of body) {
    // A code given to tasks of different words (a plan's own numbers, repeated per project) keys no one task.
    const words = fold(row.cells[layout.task] ?? "").trim();
    const named = [layout.code, layout.task, ...layout.times].map((c) => (c === undefined ? "" : (row.cells[c] ?? "")));
    const key = named.map((cell) => fold(cell)).join("\u0000");
    const part = partOf(row.cells[layout.role] ?? "");
    if (!words && part !== null && last && mergedDown(row, layout)) last.push(row);
    else if (!words || part === null) rest.push(row);
    else if (groups.has(key)) groups.get(key)!.push(row);
    else groups.set(key, [row]);
    last = !words ? last : part === null ? undefined : groups.get(key);
  }
  // Codes are the system's order; titles keep the order they first come in.
  const keys = [...groups.keys()];
  if (layout.code !== undefined) keys.sort((a, b) => a.localeCompare(b, "vi", { numeric: true }));
  return [
    ...rows.slice(0, at),
    mergedHeader(header, layout),
    ...keys.map((k, i) => merged(groups.get(k)!, layout, i + 1)),
    ...rest,
  ];
}

/** The blocks with every table of rows by task and unit turned to one row per task. */
export function withRoleRows(blocks: Block[]): Block[] {
  const out: Block[] = [];
  let at = 0;
  for (const [start, end] of rowRuns(blocks)) {
    const rows = mergedRun(blocks.slice(start, end) as Row[]);
    if (!rows) continue;
    out.push(...blocks.slice(at, start), ...rows);
    at = end;
  }
  return at === 0 ? blocks : [...out, ...blocks.slice(at)];
}
