// An MS Project plan's task sheet pasted into a workbook (or its print, or a text copy), in Project's own columns:
//   ID | Outline Level | Tên công việc | Thời lượng | Bắt đầu | Kết thúc | Công việc trước | Tên tài nguyên
//   0  | 0             | Dự án …       | 84 ngày    | T2 02/03/26 | T5 25/06/26 |                |           ← summary
//   2  | 2             | Thành lập …   | 5 ngày     | T2 02/03/26 | T6 06/03/26 |     | Sở KH&CN;Sở Nội vụ
// (English Project: ID | Task Name | Duration | Start | Finish | Predecessors | Resource Names, "Mon 3/2/26").
// A careful reader takes each task's Finish as its deadline (Start is when work begins), its first resource as the
// lead and the others as partners (Project lists a task's resources in the order assigned), and skips the summary
// rows: the project and its phases, which only add up the rows under them. The sheet is rewritten as the task table
// it is: "STT | Tên công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn", dates written out in full.
import { fold } from "../domain/text.ts";
import { weekdayOf } from "./fill-marks.ts";
import type { Block } from "./document.ts";

type Row = Extract<Block, { type: "row" }>;

// Project's column titles, Vietnamese and English, folded.
const COLUMNS = {
  id: /^(id|stt|ma)$/,
  level: /^(outline level|muc (dai cuong|de cuong)|cap do|cap)$/,
  wbs: /^(wbs|ma wbs)$/,
  summary: /^(summary|tom tat|tac vu tom tat|cong viec tong hop)$/,
  name: /^(task name|name|ten (cong viec|tac vu|nhiem vu))$/,
  duration: /^(duration|thoi luong)$/,
  start: /^(start|bat dau|ngay bat dau)$/,
  finish: /^(finish|ket thuc|ngay ket thuc)$/,
  predecessors: /^(predecessors|cong viec truoc|tac vu truoc)$/,
  resources: /^(resource names|resources|(ten )?tai nguyen)$/,
} as const;

type Columns = { [K in keyof typeof COLUMNS]: number };

/** Where each of Project's columns stands in `cells`, or null when they are not Project's. */
function projectColumns(cells: string[]): Columns | null {
  const folded = cells.map((cell) => fold(cell.trim()));
  const at = Object.fromEntries(
    Object.entries(COLUMNS).map(([key, title]) => [key, folded.findIndex((cell) => title.test(cell))]),
  ) as Columns;
  // A name and a finish are any schedule's; Project's own columns tell its sheet from a plan's table.
  const own = [at.duration, at.level, at.predecessors, at.resources, at.wbs].filter((i) => i >= 0).length;
  return at.name >= 0 && at.finish >= 0 && own >= 2 ? at : null;
}

// "T2 02/03/26", "CN 07/06/26", "Mon 3/2/26", "Thứ Hai 02/03/2026", "02/03/2026 08:00", "3/2/26 5:00 PM"; the
// weekday before the date is read by fill-marks' one weekday rule.
const DATE = /(?:^|\s)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:\s+\d{1,2}:\d{2}(?:\s*[ap]m)?)?$/;

interface Written {
  weekday: number | null;
  first: number;
  second: number;
  year: number;
}

function written(cell: string): Written | null {
  const folded = fold(cell, "/.:-");
  const m = DATE.exec(folded);
  // What stands before the date, if anything, is the weekday Project writes there.
  const prefix = m ? folded.slice(0, m.index).trim() : "";
  const weekday = prefix ? weekdayOf(prefix) : null;
  if (!m || (prefix && weekday === null)) return null;
  const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  return { weekday, first: Number(m[1]), second: Number(m[2]), year };
}

/** The day `date` names read day-first or month-first, or null when there is no such day. */
function dayOf(date: Written, dayFirst: boolean): Date | null {
  const [day, month] = dayFirst ? [date.first, date.second] : [date.second, date.first];
  const value = new Date(Date.UTC(date.year, month - 1, day));
  return value.getUTCMonth() === month - 1 && value.getUTCDate() === day ? value : null;
}

/**
 * Whether the sheet writes its days first: Vietnamese Project writes "02/03/26", English (US) Project "3/2/26". The
 * weekday Project writes before each date tells which reading is meant; with none, a part above 12 does; else day
 * first, as this country writes.
 */
function readsDayFirst(dates: Written[]): boolean {
  const score = (dayFirst: boolean) =>
    dates.reduce((sum, date) => {
      const day = dayOf(date, dayFirst);
      if (!day) return sum - 100;
      return sum + (date.weekday !== null && day.getUTCDay() === date.weekday ? 1 : 0);
    }, 0);
  return score(true) >= score(false);
}

const pad = (n: number) => String(n).padStart(2, "0");
const fullDate = (day: Date) => `${pad(day.getUTCDate())}/${pad(day.getUTCMonth() + 1)}/${day.getUTCFullYear()}`;

// "Sở KH&CN;Sở Nội vụ", "Sở KH&CN,Sở Nội vụ" (Project joins with the list separator, no space after it), "[50%]".
function resourcesOf(cell: string): string[] {
  return cell
    .split(/;|,(?=\S)/)
    .map((name) => name.replace(/\[[^\]]*\]/g, "").trim())
    .filter(Boolean);
}

/**
 * The rows of the sheet that only sum the rows under them: by a summary flag, an outline level or WBS deeper on the
 * next row; with none of these, a row with no resource starting when the next row starts and ending when the last of
 * the rows under it ends.
 */
function summaries(rows: Row[], at: Columns, dayAt: (row: Row | undefined, i: number) => number | null): boolean[] {
  const cell = (row: Row | undefined, i: number) => (i >= 0 ? (row?.cells[i] ?? "").trim() : "");
  const depth = (row: Row | undefined): number | null => {
    if (at.level >= 0 && /^\d+$/.test(cell(row, at.level))) return Number(cell(row, at.level));
    if (at.wbs >= 0 && /^\d+(\.\d+)*$/.test(cell(row, at.wbs))) return cell(row, at.wbs).split(".").length;
    return null;
  };
  return rows.map((row, i) => {
    if (at.summary >= 0) return /^(yes|co|true|1)$/.test(fold(cell(row, at.summary)));
    const next = rows[i + 1];
    const [own, under] = [depth(row), depth(next)];
    if (own !== null && under !== null) return under > own;
    if (own !== null || at.start < 0 || cell(row, at.resources)) return false;
    const [start, finish] = [dayAt(row, at.start), dayAt(row, at.finish)];
    if (start === null || finish === null || dayAt(next, at.start) !== start) return false;
    return endsLastUnder(rows, i, at, dayAt, start, finish);
  });
}

/**
 * Whether one of the rows under row `i` (those after it lying within its `start`…`finish`) ends on its finish, as a
 * summary's rows do: a summary ends when its last row ends, so a task with no resource yet that outlasts the rows
 * after it is no summary. The walk stops at the first such row, or at the first row outside the span.
 */
function endsLastUnder(
  rows: Row[],
  i: number,
  at: Columns,
  dayAt: (row: Row | undefined, i: number) => number | null,
  start: number,
  finish: number,
): boolean {
  for (let j = i + 1; j < rows.length; j++) {
    const [from, to] = [dayAt(rows[j], at.start), dayAt(rows[j], at.finish)];
    if (from === null || to === null || from < start || to > finish) return false;
    if (to === finish) return true;
  }
  return false;
}

/** The task table the Project sheet is: one row per task, summaries left out. */
function taskTable(rows: Row[], at: Columns): Row[] {
  const finishes = rows.flatMap((row) => {
    const date = written(row.cells[at.finish] ?? "");
    return date ? [date] : [];
  });
  const dayFirst = readsDayFirst(finishes);
  const dateAt = (row: Row | undefined, i: number): Date | null => {
    const date = row ? written(row.cells[i] ?? "") : null;
    return date && dayOf(date, dayFirst);
  };
  const summary = summaries(rows, at, (row, i) => dateAt(row, i)?.getTime() ?? null);
  return rows.flatMap((row, i) => {
    if (summary[i]) return [];
    const day = dateAt(row, at.finish);
    const [lead = "", ...partners] = at.resources >= 0 ? resourcesOf(row.cells[at.resources] ?? "") : [];
    const key = at.id >= 0 ? at.id : at.wbs;
    const id = key >= 0 ? [(row.cells[key] ?? "").trim()] : [];
    const title = (row.cells[at.name] ?? "").trim();
    const due = day ? fullDate(day) : (row.cells[at.finish] ?? "").trim();
    // The admin is shown the row as Project wrote it ("T6 06/03/26"), to find it in the sheet.
    const cells = [...id, title, lead, partners.join("; "), due];
    return [{ type: "row" as const, cells, written: row.written ?? row.cells.join(" | ") }];
  });
}

/** The blocks with every pasted MS Project sheet rewritten as the task table it is. */
export function withProjectTables(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let at = 0; at < blocks.length;) {
    const block = blocks[at]!;
    const columns = block.type === "row" ? projectColumns(block.cells) : null;
    if (!columns) {
      out.push(block);
      at++;
      continue;
    }
    let end = at + 1;
    while (blocks[end]?.type === "row") end++;
    const head = [
      ...(columns.id >= 0 || columns.wbs >= 0 ? ["STT"] : []),
      "Tên công việc",
      "Đơn vị chủ trì",
      "Đơn vị phối hợp",
      "Thời hạn",
    ];
    out.push({ type: "row", cells: head }, ...taskTable(blocks.slice(at + 1, end) as Row[], columns));
    at = end;
  }
  return out;
}
