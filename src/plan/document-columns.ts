// A document system's task export ("Giao việc": STT | Số ký hiệu văn bản | Ngày văn bản | Trích yếu nhiệm vụ | …) has
// no header block: the plan the tasks come from is named only in its columns of the assigning document's number and
// date, written out again on every row. The same number on every row is the plan's number, and the same date its
// date; rows citing different documents name no one plan. A row that writes out its document's number is a record of
// the system, merged with no row: a blank cell in it (no deadline set) is blank, never the row above's.
import { makeDate } from "../domain/dates.ts";
import { fold } from "../domain/text.ts";
import type { Block } from "./document.ts";

// "Số ký hiệu văn bản", "Số, ký hiệu", "Số/Ký hiệu VB", "Số hiệu văn bản", "Ký hiệu", "Số văn bản", "Văn bản giao
// việc": the assigning document's number. "Số" alone counts a figure; "Số nhiệm vụ" counts tasks.
const NUMBER_TITLE =
  /^(?:so )?(?:ky hieu|so hieu)(?: (?:van ban|vb))?$|^so (?:van ban|vb)$|^van ban giao(?: viec| nhiem vu)?$/;
// "Ngày văn bản", "Ngày VB", "Ngày ban hành", "Ngày ký (văn bản)": the day the document was issued, not a deadline.
const DATE_TITLE = /^ngay (?:van ban|vb|ban hanh|ky)(?: (?:van ban|vb))?$/;
// "845/KH-UBND", "47-KH/TU", "Kế hoạch số 845/KH-UBND ngày 12/3/2025": the number, wherever the cell writes it.
const WRITTEN_NUMBER = /(?<![\p{L}\d])(\d+\s*\/\s*[\p{L}\d-]+|\d+-[\p{L}\d]+\/[\p{L}\d-]+)/u;
// "12/03/2025", "12-3-2025", "2025-03-12" (a date cell as a sheet's reader gives it), "ngày 12 tháng 3 năm 2025".
const DAY_FIRST = /(?<!\d)(\d{1,2})\s*(?:\/|-|\.|tháng)\s*(\d{1,2})\s*(?:\/|-|\.|năm)\s*(\d{4})(?!\d)/iu;
const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/;

/** The columns of a header row naming the assigning document's number and date; none when it names no number. */
export function documentColumns(cells: string[]): { number: number; date: number | undefined } | null {
  const titles = cells.map((c) => fold(c));
  const number = titles.findIndex((t) => NUMBER_TITLE.test(t));
  if (number < 0) return null;
  const date = titles.findIndex((t) => DATE_TITLE.test(t));
  return { number, date: date < 0 ? undefined : date };
}

/** The number a cell writes ("845/KH-UBND", spaces around the slash dropped), or null. */
const numberIn = (cell: string): string | null => WRITTEN_NUMBER.exec(cell)?.[1]?.replace(/\s+/g, "") ?? null;

/** The day a cell writes, day first or ISO, or null. */
function dateIn(cell: string): string | null {
  const iso = ISO.exec(cell);
  if (iso) return makeDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const m = DAY_FIRST.exec(cell);
  return m ? makeDate(Number(m[3]), Number(m[2]), Number(m[1])) : null;
}

/** The one value every row gives (rows giving none left out), or null when rows differ or none gives one. */
function sameOnEvery(values: (string | null)[]): string | null {
  const given = new Set(values.filter((v): v is string => v !== null));
  return given.size === 1 ? [...given][0]! : null;
}

/** The plan an export's rows name by their document columns: its number and date, each null unless all rows agree. */
export function planOfColumns(blocks: Block[]): { number: string | null; date: string | null } {
  const at = blocks.findIndex((b) => b.type === "row" && documentColumns(b.cells) !== null);
  if (at < 0) return { number: null, date: null };
  const columns = documentColumns((blocks[at] as { cells: string[] }).cells)!;
  const rows: string[][] = [];
  for (const block of blocks.slice(at + 1)) {
    if (block.type !== "row") break;
    rows.push(block.cells);
  }
  const numberCells = rows.map((cells) => cells[columns.number] ?? "");
  const number = sameOnEvery(numberCells.map(numberIn));
  if (number === null) return { number: null, date: null };
  // The date in its own column, or in the number's cell after it ("… ngày 12/3/2025").
  const dateCells = columns.date === undefined ? numberCells : rows.map((cells) => cells[columns.date!] ?? "");
  return { number, date: sameOnEvery(dateCells.map(dateIn)) };
}

/**
 * Whether a row of the table under `headers` writes out its document's number: a system's record, merged with no row.
 */
export function recordRows(headers: string[][]): (cells: string[]) => boolean {
  const columns = headers.map(documentColumns).find((c) => c !== null);
  return columns ? (cells) => numberIn(cells[columns.number] ?? "") !== null : () => false;
}
