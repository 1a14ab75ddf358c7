// A table copied as plain text writes each row on one line, its cells between tabs; but a cell of several
// paragraphs (a task's name, then its parts as "- …" lines or a numbered list) is written a paragraph a line, so
// its row breaks over lines:
//   1 ⇥ Cải cách thể chế ⇥ 1. Rà soát …                  (the row's first cells and the cell's first paragraph)
//   2. Kiểm tra …                                           (the cell's next paragraphs, with no tab)
//   3. Đánh giá … ⇥ Sở Tư pháp ⇥ Các sở, ban, ngành ⇥ Quý II (its last paragraph, then the row's other cells)
// The pieces together are as wide as the table; a second cell of the row may break too, each piece with a tab
// then closing one cell. They are put back on one line, the paragraphs of the cell joined
// by a space, as a Word file's reader joins them, so the row reads as the Word file's does.
// Word's "Save as Plain Text" (and a table pasted out of Word into a chat or Notepad) writes every row so: a
// table whose cells all hold two paragraphs (a bilingual plan's Vietnamese over its English) breaks each row, its
// header too ("STT" ⏎ "No. ⇥ Nhiệm vụ" ⏎ "Tasks ⇥ …"), into pieces that each end one cell and begin the next, and
// its last cell's later paragraphs stand on lines of their own, no tab on them, before the next row
// (`numberedRow`, `headerEnd`).
// A table with no number column ("Khi nào ⇥ Ai làm ⇥ Làm gì") opens its rows with any cell, so there a row broken
// so opens with whatever its first cell holds ("Tháng 4/2022 ⇥ Văn phòng UBND tỉnh" then "cùng: Sở X ⇥ Nâng cấp …"),
// an empty one too where a cell merged down leaves it blank in the copy.
import { fold } from "../domain/text.ts";
import { NUMBER_TITLE } from "./number-column.ts";
import { inCapitals, sectionHead } from "./section-lines.ts";
import { isSection } from "./section-refs.ts";

/** How many lines of one cell a plain-text copy may write below its row: looked through for the rest of it. */
export const CELL_LINES = 40;

/**
 * A row's own number ("2", "1.3", "II"): the row broken by its cell opens with one, and a line opening with one
 * is the next row, never the rest of a cell (nor is a row of a table inside the cell, "Lần 2 ⇥ Huyện A").
 */
const ROW_NUMBER = /^\s*(\d+(\.\d+)*\.?|[IVXLC]+)\s*$/;

const width = (line: string) => line.split("\t").length;
// A paragraph of a cell's list: "- …", "+ …", "• …", "a) …", "2. …".
const LIST_LINE = /^\s*(?:[-–+•]|[a-zđ]\)|\d{1,2}[.)])\s/u;
/** Whether the line opens a numbered row: a tab after the row's number ("2 ⇥ …", "II ⇥ NHÓM …"). */
const opensRow = (line: string | undefined) => !!line?.includes("\t") && ROW_NUMBER.test(line.split("\t")[0]!);
/**
 * A row under a header, never a piece of it (whose text before its tab ends a title: "chủ trì ⇥ …", "No. ⇥ …"):
 * the row numbering the columns ("(1) ⇥ (2) ⇥ (3)"), or one opening with an empty cell (a header's second row
 * under a merged title, a group row "⇥ Lĩnh vực 1: …").
 */
const UNDER_HEADER = /^\s*\(?\d+\)?(?:[^\S\t]*\t\s*\(?\d+\)?)+\s*$|^\s*\t/;
/** A section row whose title has a cell of its own: "A ⇥ NHIỆM VỤ ĐIỀU CHỈNH", "II. ⇥ …". */
const opensSection = (line: string) => line.includes("\t") && isSection(line.split("\t")[0]!.trim().replace(/\.$/, ""));
/** A section row merged across the table, a line of its own: "II. CÔNG TÁC KIỂM TRA", "THÁNG 02". */
const isSectionRow = (line: string) => !line.includes("\t") && (!!sectionHead(line.trim()) || inCapitals(line.trim()));

/**
 * The index of the line completing the row that `lines[at]` opens, short of `columns` cells; -1 when no line
 * within reach does (a group row "II ⇥ TITLE", a short note): then the lines stay as they are.
 */
function restOfRow(lines: readonly string[], at: number, columns: number): number {
  let cells = width(lines[at]!);
  let piece = at;
  for (let j = at + 1; j < Math.min(lines.length, at + 1 + CELL_LINES); j++) {
    const line = lines[j]!;
    if (!line.trim()) return -1;
    if (!line.includes("\t")) continue;
    if (ROW_NUMBER.test(line.split("\t")[0]!)) return -1;
    // Two cells of the row may each break ("Giai đoạn 1" ⏎ "(từ … đến …) ⇥ - Sở X …" ⏎ "- Sở Y … ⇥ Kết quả"):
    // each piece with a tab ends one cell and starts the next, until the row is as wide as the table. Two such
    // pieces in a row, with no line of a cell between them, are the rows of a table inside the cell.
    // A piece opening with a list's mark ("- Tổng hợp … ⇥ …") is the next line of a cell's list, not such a row.
    if (piece > at && piece === j - 1 && !LIST_LINE.test(line)) return -1;
    piece = j;
    cells += width(line) - 1;
    if (cells >= columns) return cells === columns ? j : -1;
  }
  return -1;
}

/** A numbered row read up to where the next begins: its last line, the line its last cell opens on, how it ended. */
interface RowReach {
  end: number;
  full: number;
  next: boolean;
}

/**
 * The numbered row `lines[at]` opens, read in Word's shape up to the next row: its pieces hold exactly the
 * table's `columns - 1` tabs, any number of them on one line, and the lines after the last piece are its last
 * cell's paragraphs. `next` tells whether another row (or a section row with rows under it) follows, so those
 * lines are the cell's; at a blank line or the table's end they may be a paragraph after it. Null when the
 * pieces up to the next row are not as wide as the table (a table inside a cell is wider): another shape.
 */
function numberedRow(lines: readonly string[], at: number, columns: number): RowReach | null {
  let cells = width(lines[at]!);
  let full = cells === columns ? at : -1;
  const last = Math.min(lines.length, at + 1 + CELL_LINES);
  let j = at + 1;
  for (; j < last; j++) {
    const line = lines[j]!;
    if (!line.trim() || opensRow(line)) break;
    if (full >= 0 && isSectionRow(line)) break;
    if (!line.includes("\t")) continue;
    // A tabbed line once the row is whole is no piece of it: a table inside a cell, or rows not numbered.
    if (full >= 0) return null;
    cells += width(line) - 1;
    if (cells > columns) return null;
    if (cells === columns) full = j;
  }
  if (full < 0) return null;
  const next = opensRow(lines[j]) || (j < lines.length && isSectionRow(lines[j]!) && opensRow(lines[j + 1]));
  return { end: j - 1, full, next };
}

/**
 * The last line of the table's header that `lines[at]` opens with its number column's title, each title of
 * several lines breaking it as a row breaks ("STT" ⏎ "No. ⇥ Nhiệm vụ" ⏎ "Tasks ⇥ …", or its last title going on
 * "(công tác chuẩn bị) ⇥ Khi … ⇥ Sau …"); -1 unless its pieces reach the first row and are as wide as it is.
 */
function headerEnd(lines: readonly string[], at: number): number {
  let cells = width(lines[at]!);
  const last = Math.min(lines.length, at + 1 + CELL_LINES);
  let j = at + 1;
  // A line in capitals with no tab is a section row under the header ("THÁNG 3"), as it is under a row.
  const below = (line: string) =>
    opensRow(line) || !!sectionHead(line.trim()) || isSectionRow(line) || UNDER_HEADER.test(line) || opensSection(line);
  for (; j < last && lines[j]!.trim() && !below(lines[j]!); j++) cells += width(lines[j]!) - 1;
  if (j === at + 1 || cells < 3) return -1;
  // The first row, or the first under the columns' numbers or a section row opening the table ("I. CÔNG TÁC …").
  const first = opensRow(lines[j]) ? j : j + 1;
  if (!opensRow(lines[first]) || (first > j && !below(lines[j] ?? ""))) return -1;
  return numberedRow(lines, first, cells) ? j - 1 : -1;
}

/** What the rows read so far tell of the table they are in. */
interface Table {
  /** The table's width: the widest row since the last blank line (a group row "I ⇥ TITLE" is narrower). */
  columns: number;
  /** Whether a row or the header broke over its cells' lines: then the table is in Word's shape. */
  broken: boolean;
  /** How many lines of their last cell each row since the header wrote after it: the fewest, and the rows. */
  fewest: number;
  rows: number;
}

/**
 * The last line of the numbered row at `at`. Its last cell's later lines are taken when the table is Word's
 * shape and the next row follows them; the table's last row takes as many as every row above it did (a bilingual
 * table's English line), never a paragraph after the table the rows above give no reason to take.
 */
function numberedRowEnd(lines: readonly string[], at: number, table: Table): number {
  const row = numberedRow(lines, at, table.columns);
  if (!row) return -1;
  if (row.full > at) table.broken = true;
  const after = row.end - row.full;
  let end = row.full;
  if (table.broken && row.next) end = row.end;
  else if (table.broken && table.rows >= 2) end = row.full + Math.min(after, table.fewest);
  table.fewest = Math.min(table.fewest, end - row.full);
  table.rows++;
  return end;
}

const joined = (lines: readonly string[], from: number, to: number) =>
  lines
    .slice(from, to + 1)
    .map((l) => l.replace(/^ +| +$/g, ""))
    .join(" ");

/** The lines of a text plan with each row broken by its cell's paragraphs put back on one line. */
export function joinCellParagraphs(lines: readonly string[]): string[] {
  const out: string[] = [];
  let table: Table = { columns: 0, broken: false, fewest: Infinity, rows: 0 };
  // Whether the table's first row, its header, titles no number column; null before a table.
  let unnumbered: boolean | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim()) table = { columns: 0, broken: false, fewest: Infinity, rows: 0 };
    // A table's first line after a paragraph is its header, or a numbered row of a table going on.
    const first = line.split("\t")[0]!;
    const titled = unnumbered === null && NUMBER_TITLE.test(fold(first).trim());
    const header = titled ? headerEnd(lines, i) : -1;
    if (header > i) {
      out.push(joined(lines, i, header));
      unnumbered = false;
      table = { columns: width(out.at(-1)!), broken: true, fewest: Infinity, rows: 0 };
      i = header;
      continue;
    }
    if (!line.includes("\t")) {
      unnumbered = null;
      out.push(line);
      continue;
    }
    unnumbered ??= !NUMBER_TITLE.test(fold(first).trim()) && !ROW_NUMBER.test(first);
    const { columns } = table;
    let end = -1;
    if (ROW_NUMBER.test(first) && columns > 0) end = numberedRowEnd(lines, i, table);
    if (end < 0 && width(line) < columns && (ROW_NUMBER.test(first) || (unnumbered && columns > 0)))
      end = restOfRow(lines, i, columns);
    if (end <= i) {
      table.columns = Math.max(columns, width(line));
      out.push(line);
      continue;
    }
    // Only spaces are trimmed: a tab at a line's end is an empty cell.
    out.push(joined(lines, i, end));
    i = end;
  }
  return out;
}
