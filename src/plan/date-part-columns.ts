// A table pasted from a worksheet may split its time column into numbers: "Thời hạn hoàn thành" merged over
// "Ngày | Tháng | Năm", each row "30 | 6 | 2023". A careful reader reads the three cells as one date: a row with no
// day is due at the end of its month ("| 9 | 2023": September), and a blank year is the year cell above merged down
// (a worksheet merges it over the rows of one year; a text copy keeps no merges), else the plan's own year. The table
// is given back with the three columns as one time column under the title, so every rule for task tables reads it.
// The cells may hold words an office writes around the numbers, read as the one deadline they make with the month:
// "Trước 30" | 6 (before the 30th of June), "Cuối" | 9 (the end of September), "" | "7-8" (July to August, due at
// August's end), 10 | "01/2025" (a month carrying its own year, past the plan's).
import { fold } from "../domain/text.ts";
import { writtenText, type Block } from "./document.ts";
import { columnRole } from "./table-header.ts";

type Row = Extract<Block, { type: "row" }>;

/** The parts' labels, in the order a Vietnamese date writes them. */
const PARTS = ["ngay", "thang", "nam"] as const;
const NUMBER = /^\d{1,4}$/;

interface Split {
  /** The first part's column, and how many parts (two or three) follow on from it. */
  at: number;
  parts: (typeof PARTS)[number][];
}

/**
 * The parts a sub-header row splits a time title into: two or three consecutive labels of "Ngày", "Tháng", "Năm" in
 * that order, the month among them, under a title naming a time whose other columns the parts take are left empty.
 */
function splitUnder(above: string[], cells: string[]): Split | null {
  const labels = cells.map((cell) => fold(cell.trim()));
  for (let at = 0; at < labels.length; at++) {
    const parts: Split["parts"] = [];
    for (const part of PARTS.slice(PARTS.indexOf(labels[at] as never))) {
      if (labels[at + parts.length] !== part) break;
      parts.push(part);
    }
    const spanned = above.slice(at + 1, at + parts.length).every((cell) => !cell.trim());
    if (parts.length >= 2 && parts.includes("thang") && spanned && columnRole(above[at] ?? "") === "deadline")
      return { at, parts };
  }
  return null;
}

/** A row's time, and the year a blank year cell under it stands for. */
interface Dated {
  time: string;
  year: string | null;
}

/** A day cell's words before its number ("Trước 30", "Chậm nhất ngày 15"): they bound the day as they would a date. */
const BOUNDED_DAY = /^(truoc|cham nhat|han|den)(?: ngay)? (\d{1,2})$/;
const BOUNDS: Record<string, string> = { truoc: "trước", "cham nhat": "chậm nhất", han: "hạn", den: "đến" };
/** A day cell naming a part of the month instead of a day ("Cuối", "Đầu tháng"). */
const MONTH_PART = /^(dau|giua|cuoi)(?: thang)?$/;
const PARTS_OF_MONTH: Record<string, string> = { dau: "đầu", giua: "giữa", cuoi: "cuối" };
/** A month cell: its number ("6", "Tháng 6"), with its own year ("01/2025"), or a span of months ("7-8"). */
const MONTH_CELL = /^(?:thang )?(\d{1,2})(?: ?[/.] ?(\d{4})| ?[-–] ?(\d{1,2}))?$/;

/** A cell's words folded, the marks of a number kept: "(5)" in a row numbering the columns is no day. */
const folded = (cell: string) => fold(cell, "()/.-–");

/** The words the day cell puts before the month: "30/", "trước ngày 30/", "cuối tháng "; null for other words. */
function dayWords(day: string): string | null {
  const words = folded(day);
  if (!words) return "tháng ";
  if (/^\d{1,2}$/.test(words)) return `${words}/`;
  const bounded = words.match(BOUNDED_DAY);
  if (bounded) return `${BOUNDS[bounded[1]!]} ngày ${bounded[2]}/`;
  const part = words.match(MONTH_PART);
  return part ? `${PARTS_OF_MONTH[part[1]!]} tháng ` : null;
}

/**
 * The deadline a day cell and a month cell make in `year` ("trước ngày 30/6/2024", "tháng 7-8/2024",
 * "10/01/2025"), or null where either holds words of another kind ("Quý II", "Hằng tháng", "Thường xuyên").
 */
function dayInMonth(day: string, month: string, year: string | null): string | null {
  const m = folded(month).match(MONTH_CELL);
  const words = m && dayWords(day);
  if (!m || words === null) return null;
  const [, first, own, last] = m;
  // A span of months has no one day in it: it is due when its last month ends.
  if (last !== undefined && (words !== "tháng " || Number(last) <= Number(first))) return null;
  const inYear = own ?? year;
  return `${words}${first}${last ? `-${last}` : ""}${inYear ? `/${inYear}` : ""}`;
}

/** The date a row's part cells give ("30/6/2023", "tháng 9/2023"), the year above standing in for a blank one. */
function partsDate(cells: string[], split: Split, yearAbove: string | null): Dated {
  const value = (part: Split["parts"][number]) =>
    split.parts.includes(part) ? (cells[split.at + split.parts.indexOf(part)] ?? "").trim() : "";
  const [day, month, own] = [value("ngay"), value("thang"), value("nam")];
  const year = own || yearAbove;
  const written = [day, month, own].filter(Boolean).join(" ");
  // Words in the cells ("Thường xuyên" across them, "Quý II") stand as written; a row of no month has no date of its
  // parts.
  if (own && !NUMBER.test(own)) return { time: written, year };
  if (!month) return { time: !day || NUMBER.test(day) ? "" : written, year };
  return { time: dayInMonth(day, month, year) ?? written, year };
}

/** The row with the part columns as one cell holding `time`. */
function joined(row: Row, split: Split, time: string): Row {
  const cells = [...row.cells.slice(0, split.at), time, ...row.cells.slice(split.at + split.parts.length)];
  const notes = row.notes && [
    ...row.notes.slice(0, split.at),
    row.notes.slice(split.at, split.at + split.parts.length).flat(),
    ...row.notes.slice(split.at + split.parts.length),
  ];
  return { ...row, cells, ...(notes && { notes }), written: writtenText(row) };
}

/**
 * The sub-header with its parts joined under the title above them, or null where it then labels nothing of its own
 * (it only repeats the title row or is blank), as the sub-header repeated over a new page's rows does too.
 */
function labelRow(above: Row, sub: Row, split: Split): Row | null {
  const title = above.cells[split.at] ?? "";
  const [top, label] = [joined(above, split, title), joined(sub, split, title)];
  return label.cells.every((cell, i) => !cell.trim() || cell === top.cells[i]) ? null : label;
}

/** The table's rows from its sub-header on, read; and where the table ends. */
function readTable(blocks: Block[], sub: number, split: Split): { rows: Block[]; end: number } {
  const rows: Block[] = [];
  let year: string | null = null;
  let end = sub;
  for (; blocks[end]?.type === "row"; end++) {
    const [above, row] = [blocks[end - 1] as Row, blocks[end] as Row];
    const label = end === sub || splitUnder(above.cells, row.cells)?.at === split.at;
    const read: Dated | null = label ? null : partsDate(row.cells, split, year);
    year = read?.year ?? year;
    const next = read ? joined(row, split, read.time) : labelRow(above, row, split);
    if (next) rows.push(next);
  }
  return { rows, end };
}

/** The blocks with every time column split into day, month and year read as one. */
export function withDatePartColumns(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const [above, block] = [blocks[i - 1], blocks[i]!];
    const split = above?.type === "row" && block.type === "row" ? splitUnder(above.cells, block.cells) : null;
    if (!split) {
      out.push(block);
      continue;
    }
    const title = out.pop() as Row;
    const { rows, end } = readTable(blocks, i, split);
    out.push(joined(title, split, title.cells[split.at] ?? ""), ...rows);
    i = end - 1;
  }
  return out;
}
