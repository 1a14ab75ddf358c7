// A table pasted from a worksheet may split its time column into numbers: "Thời hạn hoàn thành" merged over
// "Ngày | Tháng | Năm", each row "30 | 6 | 2023". A careful reader reads the three cells as one date: a row with no
// day is due at the end of its month ("| 9 | 2023": September), and a blank year is the year cell above merged down
// (a worksheet merges it over the rows of one year; a text copy keeps no merges), else the plan's own year. The table
// is given back with the three columns as one time column under the title, so every rule for task tables reads it.
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

/** The date a row's part cells give ("30/6/2023", "tháng 9/2023"), the year above standing in for a blank one. */
function partsDate(cells: string[], split: Split, yearAbove: string | null): Dated {
  const value = (part: Split["parts"][number]) =>
    split.parts.includes(part) ? (cells[split.at + split.parts.indexOf(part)] ?? "").trim() : "";
  const [day, month, own] = [value("ngay"), value("thang"), value("nam")];
  const year = own || yearAbove;
  const written = [day, month, own].filter(Boolean);
  // Words in the cells ("Thường xuyên" across them) stand as written; a row of no month has no date of its parts.
  if (written.some((cell) => !NUMBER.test(cell))) return { time: written.join(" "), year };
  if (!month) return { time: "", year };
  const tail = year ? `/${year}` : "";
  return { time: day ? `${day}/${month}${tail}` : `tháng ${month}${tail}`, year };
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
