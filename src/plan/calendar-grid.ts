// A month's CALENDAR grid: the first column lists the lead units, one row each, then one column per date of the month
// under a header row of day numbers (1 … 30/31), often over a row of weekdays ("T2" … "CN", weekends shaded):
//   LỊCH TRIỂN KHAI NHIỆM VỤ THÁNG 4/2026                      ← or the sheet's tab "T4-2026"
//   Đơn vị chủ trì | 1  | 2  | 3                               | … | 24
//                  | T4 | T5 | T6                              | … | T6
//   Sở Nội vụ      |    |    | Ban hành hướng dẫn …            | … | Kiểm tra … (PH: Văn phòng UBND tỉnh)
// A task's words are typed in the cell of its deadline date in its lead's row; "(PH: …)" closing them names its
// partners. The grid is rewritten as the task table a reader would make of it (what | who leads | partners | when),
// one row per filled cell, dated by its column's day in the month the grid's title or tab names, so every rule for
// task tables reads it. A cell's mark ("x", a weekend's fill) is no task: a task's words are two or more. The weekday
// row goes with the grid: "T2" there is Monday, never month 2.
import type { Block } from "./document.ts";
import { fold } from "../domain/text.ts";
import { isWeekdayRow } from "./fill-marks.ts";
import { monthWithin } from "./month-tabs.ts";

type Row = Extract<Block, { type: "row" }>;

/** Fewest day columns a month's grid has: February's 28. */
const MONTH_DAYS = 28;
/** How far above its header a grid's month is looked for: its title, its tab, the lines between. */
const MONTH_LOOKBACK = 8;

// "1", "01", "1/4", "01-04": a day of the month heading its column, with its month or without.
const DAY = /^0?(\d{1,2})(?:\s*[/.-]\s*0?(\d{1,2}))?\.?$/;
interface Grid {
  /** The day of each date column, by its index. */
  days: Map<number, number>;
  month: number;
  year: number | null;
}

const cellsOf = (block: Block | undefined): string[] | null => (block?.type === "row" ? block.cells : null);

/** The day columns of a header row: a run of 28 days or more counting 1, 2, 3 … after a first column of labels. */
function dayColumns(cells: string[]): { days: Map<number, number>; month: number | null } | null {
  const days = new Map<number, number>();
  let month: number | null = null;
  for (let i = 1; i < cells.length; i++) {
    const m = DAY.exec(cells[i]!.trim());
    if (!m) {
      if (days.size > 0 || cells[i]!.trim()) break;
      continue;
    }
    if (Number(m[1]) !== days.size + 1) return null;
    days.set(i, Number(m[1]));
    month ??= m[2] ? Number(m[2]) : null;
  }
  if (days.size < MONTH_DAYS || days.size > 31 || !/\p{L}/u.test(cells[0] ?? "")) return null;
  return { days, month };
}

type Month = { month: number; year: number | null };

/**
 * The month the lines above the header at `at` name, nearest first, a month with its year before one without ("KẾ
 * HOẠCH THÁNG 4" under the tab "T4-2026"); a grid above ends the search.
 */
function monthAbove(blocks: Block[], at: number): Month | null {
  const lines: string[] = [];
  for (let i = at - 1; i >= Math.max(0, at - MONTH_LOOKBACK); i--) {
    const block = blocks[i]!;
    if (block.type === "row" && dayColumns(block.cells)) break;
    lines.push(block.type === "text" ? block.text : block.cells.filter((c) => c.trim()).join(" "));
  }
  for (const yearless of [false, true]) {
    const named = lines.map((line) => monthWithin(line, yearless)).find(Boolean);
    if (named) return { month: named.month, year: named.year ? Number(named.year) : null };
  }
  return null;
}

/** Whether a row is the grid's weekdays, told by its day columns' labels. */
const isGridWeekdays = (cells: string[] | null, days: Map<number, number>): boolean =>
  !!cells && isWeekdayRow([...days.keys()].map((i) => cells[i] ?? ""));

/** The grid whose header of days is `blocks[at]`, dated by its month; null when no month is named. */
function gridAt(blocks: Block[], at: number): Grid | null {
  const cells = cellsOf(blocks[at]);
  const columns = cells && dayColumns(cells);
  if (!columns) return null;
  const above = monthAbove(blocks, at);
  const month = columns.month ?? above?.month;
  return month ? { days: columns.days, month, year: above?.year ?? null } : null;
}

/** A cell's words, the quotes a text copy keeps around a cell of several lines dropped. */
const unquoted = (cell: string) =>
  cell
    .trim()
    .replace(/^"([\s\S]*)"$/, "$1")
    .replace(/\s+/g, " ")
    .trim();

// "Nghỉ lễ", "Nghỉ Tết", "Nghỉ bù", "Ngày lễ", "Ngày nghỉ": a day off the calendar marks, never work to do.
const DAY_OFF = /^(?:nghi|ngay (?:le|nghi))(?:$|[^\p{L}])/u;

/** A mark ("x", "✓"), a figure or a day off in a cell tells no task: a task's words are two or more. */
const hasWords = (text: string) => (text.match(/\p{L}+/gu) ?? []).length >= 2 && !DAY_OFF.test(fold(text));

// "… (PH: Sở Tư pháp)", "… (Phối hợp: Công an tỉnh, BHXH tỉnh)": the partners closing a cell's words.
const PARTNERS = /\s*\(\s*(?:PH|Phối hợp|ĐV phối hợp|Đơn vị phối hợp)\s*:([^()]+)\)\s*$/iu;

/** The task row of one filled cell: its title, its lead, its partners, its date. */
function taskRow(cell: string, unit: string, grid: Grid, day: number): string[] {
  const partners = PARTNERS.exec(cell);
  const title = partners ? cell.slice(0, partners.index).trim() : cell;
  const date = `${day}/${grid.month}${grid.year ? `/${grid.year}` : ""}`;
  return [title, unit, partners?.[1]?.trim() ?? "", date];
}

const HEADER: Row = {
  type: "row",
  cells: ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn hoàn thành"],
};

/** Longest a unit's name is taken to be, as a line a unit's row with no task reads as. */
const UNIT_NAME = 100;

/**
 * A unit's row with no task this month, read as a line of its name alone (a sheet's row of one cell is a paragraph):
 * one cell, when a row of the grid follows it — no wider than the grid — and it reads as a name, not a note.
 */
function emptyUnitRow(blocks: Block[], at: number, grid: Grid): string[] | null {
  const block = blocks[at]!;
  const next = cellsOf(blocks[at + 1]);
  if (block.type !== "text" || block.tab || !next || next.length > Math.max(...grid.days.keys()) + 1) return null;
  const name = block.text.trim();
  return name.length <= UNIT_NAME && !/[:.;]$/.test(name) ? [name] : null;
}

/**
 * The columns whose cell says the same in every unit row, two or more: the calendar's own (a holiday written across
 * the grid), no unit's task.
 */
function calendarColumns(filled: { column: number; text: string }[], rowCount: number): Set<number> {
  const texts = new Map<number, { text: string; count: number } | null>();
  for (const { column, text } of filled) {
    const seen = texts.get(column);
    if (seen === undefined) texts.set(column, { text, count: 1 });
    else if (seen && seen.text === text) seen.count++;
    else texts.set(column, null);
  }
  const same = [...texts].filter(([, seen]) => rowCount >= 2 && seen?.count === rowCount);
  return new Set(same.map(([column]) => column));
}

/** The task rows of the grid's unit rows from `blocks[from]`, and the index after its last row. */
function gridTasks(blocks: Block[], from: number, grid: Grid): { rows: string[][]; end: number } {
  const filled: { column: number; text: string; unit: string; day: number }[] = [];
  let [unit, i, rowCount] = ["", from, 0];
  for (; i < blocks.length; i++) {
    const cells = cellsOf(blocks[i]) ?? emptyUnitRow(blocks, i, grid);
    if (!cells || gridAt(blocks, i)) break;
    // A unit's row may run on over two lines, its first cell merged down: the rows under it stay its.
    unit = cells[0]?.trim() || unit;
    if (unit) rowCount++;
    for (const [column, day] of grid.days) {
      const text = unquoted(cells[column] ?? "");
      if (unit && hasWords(text)) filled.push({ column, text, unit, day });
    }
  }
  const calendar = calendarColumns(filled, rowCount);
  const rows = filled.filter((f) => !calendar.has(f.column)).map((f) => taskRow(f.text, f.unit, grid, f.day));
  return { rows, end: i };
}

/**
 * The blocks with each month's calendar grid read as a table of its tasks. The tasks are numbered on from one grid to
 * the next (a month's sheet after another's), as one schedule's are: no two tasks of the plan share a number.
 */
export function withCalendarGrids(blocks: Block[]): Block[] {
  const out: Block[] = [];
  let count = 0;
  for (let i = 0; i < blocks.length; i++) {
    const grid = gridAt(blocks, i);
    if (!grid) {
      out.push(blocks[i]!);
      continue;
    }
    // A weekday row over the days goes with them, as the one under them does.
    if (isGridWeekdays(cellsOf(out.at(-1)), grid.days)) out.pop();
    const start = i + (isGridWeekdays(cellsOf(blocks[i + 1]), grid.days) ? 2 : 1);
    const read = gridTasks(blocks, start, grid);
    out.push(HEADER, ...read.rows.map((cells): Row => ({ type: "row", cells: [String(++count), ...cells] })));
    i = read.end - 1;
  }
  return out;
}
