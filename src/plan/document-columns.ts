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

// An export may name its document once, in metadata rows over its table instead: a label closed by a colon and its
// value in the next filled cell or line ("Số ký hiệu:" | 245/KH-UBND | "Ngày ban hành:" | 22/09/2025), or after the
// colon in the same cell or line ("Số hiệu văn bản: 12/KH-UBND", "Ngày văn bản: 05/3/2025"). The labels are the
// columns' titles above; a label with nothing after it gives nothing, never the next label's value: the value is
// looked at, not taken, so an empty field's next label starts a field of its own.
const FIELD = /([^\t:]{1,60}):(?=[\t ]*([^\t ]*))/gu;
// How far down a sheet its metadata rows stand: over the table's header, with the system's name and the list's title
// (a print's lines, a label and its value each a line, as far as a sheet's title rows are looked at, `metadata.ts`).
const FIELD_ROWS = 20;
// A field is a few words; a longer cell (the plan's summary, "Trích yếu: …") gives neither its number nor its date.
const FIELD_LENGTH = 300;
// The last words before the colon are the label ("Kế hoạch – Số ký hiệu:" names the number too).
const LABEL_WORDS = 4;

/** Whether the words before a colon end with a title `title` matches. */
function labelled(words: string, title: RegExp): boolean {
  const folded = fold(words).split(" ").slice(-LABEL_WORDS);
  return folded.some((_, k) => title.test(folded.slice(k).join(" ")));
}

/** The plan an export's metadata rows name: the number and date its labelled fields give, each null if none. */
export function planOfFields(blocks: Block[]): { number: string | null; date: string | null } {
  let number: string | null = null;
  let date: string | null = null;
  // The opening cells and lines in order: a print sets a label and its value apart as lines of their own.
  const fields = blocks
    .slice(0, FIELD_ROWS)
    .flatMap((block) => (block.type === "text" ? [block.text] : block.cells))
    .filter((words) => words.trim() && words.length <= FIELD_LENGTH)
    .join("\t");
  for (const [, label, value] of fields.matchAll(FIELD)) {
    if (number === null && labelled(label!, DOCUMENT_NUMBER_TITLE)) number = numberIn(value!);
    if (date === null && labelled(label!, DATE_TITLE)) date = dateIn(value!);
  }
  return { number, date };
}

// A system's export writes its fields' codes under their labels ("MA_NV", "HAN_XU_LY", "DV_CHU_TRI"): names in capitals
// and figures joined by underscores, as a database's columns are. Such a table is a list of records, each row whole:
// a blank cell is a field left empty ("Hạn xử lý" of a task with no deadline), never the row above's merged down.
const FIELD_CODE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;
// Most of the row's cells, two joined by an underscore at least: a row of abbreviations ("STT", "TT") is no codes'.
const CODED_SHARE = 0.8;

/** Whether the row `cells` names fields by their codes. */
function codesRow(cells: string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter(Boolean);
  const codes = filled.filter((c) => FIELD_CODE.test(c));
  return (
    filled.length >= 3 &&
    codes.length >= filled.length * CODED_SHARE &&
    codes.filter((c) => c.includes("_")).length >= 2
  );
}

/** Whether the header of `count` rows at block `first`, or the row right under it, is a row of field codes. */
function fieldCoded(blocks: Block[], first: number, count: number): boolean {
  return blocks.slice(first, first + count + 1).some((block) => block.type === "row" && codesRow(block.cells));
}

/**
 * Whether a row of an export's table, its header rows `headers` starting at block `first`, writes out its document's
 * number: a system's record, merged with no row. Never under a plan's header, nor when a line above carries that
 * document out. Under a row of field codes, every row is a record.
 */
export function recordRows(blocks: Block[], first: number, headers: string[][]): (cells: string[]) => boolean {
  if (fieldCoded(blocks, first, headers.length)) return () => true;
  const columns = headers.map(documentColumns).find((c) => c !== null);
  if (!columns || !headless(blocks, first)) return () => false;
  return (cells) => {
    const number = numberIn(cells[columns.number] ?? "");
    return number !== null && !carriedOut(blocks, first, number);
  };
}
