// A document system's task export ("Giao việc": STT | Số ký hiệu văn bản | Ngày văn bản | Trích yếu nhiệm vụ | …) has
// no header block: the plan the tasks come from is named only in its columns of the assigning document's number and
// date, written out again on every row. The same number on every row is the plan's number, and the same date its
// date; rows citing different documents name no one plan. A row that writes out its document's number is a record of
// the system, merged with no row: a blank cell in it (no deadline set) is blank, never the row above's.
// Only an export reads so: a table under a plan's own header (its title "KẾ HOẠCH", its "Số: …/KH-UBND" line) or
// under a line carrying out the document its rows cite ("Triển khai Quyết định số 45/QĐ-TTg") is the plan's own
// table citing that document, which is not the plan, and whose blank cells are merged as any table's.
import { makeDate } from "../domain/dates.ts";
import { fold } from "../domain/text.ts";
import type { Block } from "./document.ts";

// "Số ký hiệu văn bản", "Số, ký hiệu", "Số/Ký hiệu VB", "Số hiệu văn bản", "Ký hiệu", "Số văn bản", "Văn bản giao
// việc": the assigning document's number. "Số" alone counts a figure; "Số nhiệm vụ" counts tasks.
const DOCUMENT_NUMBER_TITLE =
  /^(?:so )?(?:ky hieu|so hieu)(?: (?:van ban|vb))?$|^so (?:van ban|vb)$|^van ban giao(?: viec| nhiem vu)?$/;
// "Ngày văn bản", "Ngày VB", "Ngày ban hành", "Ngày ký (văn bản)": the day the document was issued, not a deadline.
const DATE_TITLE = /^ngay (?:van ban|vb|ban hanh|ky)(?: (?:van ban|vb))?$/;
// "845/KH-UBND", "47-KH/TU", "Kế hoạch số 845/KH-UBND ngày 12/3/2025": the number, wherever the cell writes it.
const WRITTEN_NUMBER = /(?<![\p{L}\d])(\d+\s*\/\s*[\p{L}\d-]+|\d+-[\p{L}\d]+\/[\p{L}\d-]+)/u;
// "12/03/2025", "12-3-2025", "2025-03-12" (a date cell as a sheet's reader gives it), "ngày 12 tháng 3 năm 2025".
const DAY_FIRST = /(?<!\d)(\d{1,2})\s*(?:\/|-|\.|tháng)\s*(\d{1,2})\s*(?:\/|-|\.|năm)\s*(\d{4})(?!\d)/iu;
const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/;

// A plan's own header above its tables: its kind as a title in capitals ("KẾ HOẠCH", "CHƯƠNG TRÌNH HÀNH ĐỘNG"), or
// its number line ("Số: 12/KH-UBND", "Số:      /KH-UBND" on a draft; after the issuer's capitals when run together).
const PLAN_TITLE = /^(?:KẾ HOẠCH|CHƯƠNG TRÌNH)(?!\p{L})/u;
const NUMBER_LINE = /^(?:[\p{Lu}\d][\p{Lu}\d ,.-]*\s)?Số\s*(?::\s*)?(?:\d+\s*)?\/\s*[\p{L}\d-]/u;
// Words carrying out or grounded on another document, cited after them: "(Danh mục nhiệm vụ) triển khai / thực hiện /
// căn cứ … số 45/QĐ-TTg", "V/v …". Not "theo": an export's own label ("… theo văn bản: Kế hoạch số …") says it.
const CARRYING_OUT = /(?<!\p{L})(?:triển khai|thực hiện|căn cứ|về việc|v\/v)\s/iu;
const WRITTEN_NUMBERS = new RegExp(WRITTEN_NUMBER.source, "gu");

interface Head {
  /** The first block writing a plan's header (a text or a cell), or Infinity. */
  headerAt: number;
  /** Each number a line cites after words carrying it out, with the first block citing it. */
  citedAt: Map<string, number>;
}

// Each table of a document asks; the document is scanned once.
const heads = new WeakMap<Block[], Head>();

function headOf(blocks: Block[]): Head {
  const known = heads.get(blocks);
  if (known) return known;
  const head: Head = { headerAt: Infinity, citedAt: new Map() };
  blocks.forEach((block, i) => {
    const lines = block.type === "text" ? [block.text] : block.cells;
    if (head.headerAt === Infinity && lines.some((l) => PLAN_TITLE.test(l.trim()) || NUMBER_LINE.test(l.trim())))
      head.headerAt = i;
    const text = block.type === "text" ? block.text : "";
    const from = text.search(CARRYING_OUT);
    if (from < 0) return;
    for (const m of text.slice(from).matchAll(WRITTEN_NUMBERS)) {
      const cited = m[1]!.replace(/\s+/g, "");
      if (!head.citedAt.has(cited)) head.citedAt.set(cited, i);
    }
  });
  heads.set(blocks, head);
  return head;
}

/** Whether the table whose header starts at block `first` may be an export: no plan's header above it. */
const headless = (blocks: Block[], first: number): boolean => headOf(blocks).headerAt >= first;

/** Whether a line above block `first` carries out the document numbered `number`. */
const carriedOut = (blocks: Block[], first: number, number: string): boolean =>
  (headOf(blocks).citedAt.get(number) ?? Infinity) < first;

/** The columns of a header row naming the assigning document's number and date; none when it names no number. */
export function documentColumns(cells: string[]): { number: number; date: number | undefined } | null {
  const titles = cells.map((c) => fold(c));
  const number = titles.findIndex((t) => DOCUMENT_NUMBER_TITLE.test(t));
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
  if (at < 0 || !headless(blocks, at)) return { number: null, date: null };
  const columns = documentColumns((blocks[at] as { cells: string[] }).cells)!;
  const rows: string[][] = [];
  for (const block of blocks.slice(at + 1)) {
    if (block.type !== "row") break;
    rows.push(block.cells);
  }
  const numberCells = rows.map((cells) => cells[columns.number] ?? "");
  const number = sameOnEvery(numberCells.map(numberIn));
  if (number === null || carriedOut(blocks, at, number)) return { number: null, date: null };
  // The date in its own column, or in the number's cell after it ("… ngày 12/3/2025").
  const dateCells = columns.date === undefined ? numberCells : rows.map((cells) => cells[columns.date!] ?? "");
  return { number, date: sameOnEvery(dateCells.map(dateIn)) };
}

/**
 * Whether a row of an export's table, its header rows `headers` starting at block `first`, writes out its document's
 * number: a system's record, merged with no row. Never under a plan's header, nor when a line above carries that
 * document out.
 */
export function recordRows(blocks: Block[], first: number, headers: string[][]): (cells: string[]) => boolean {
  const columns = headers.map(documentColumns).find((c) => c !== null);
  if (!columns || !headless(blocks, first)) return () => false;
  return (cells) => {
    const number = numberIn(cells[columns.number] ?? "");
    return number !== null && !carriedOut(blocks, first, number);
  };
}
