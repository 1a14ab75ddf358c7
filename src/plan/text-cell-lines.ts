// A table copied as plain text writes each row on one line, its cells between tabs; but a cell of several
// paragraphs (a task's name, then its parts as "- …" lines or a numbered list) is written a paragraph a line, so
// its row breaks over lines:
//   1 ⇥ Cải cách thể chế ⇥ 1. Rà soát …                  (the row's first cells and the cell's first paragraph)
//   2. Kiểm tra …                                           (the cell's next paragraphs, with no tab)
//   3. Đánh giá … ⇥ Sở Tư pháp ⇥ Các sở, ban, ngành ⇥ Quý II (its last paragraph, then the row's other cells)
// The pieces together are as wide as the table; a second cell of the row may break too, each piece with a tab
// then closing one cell. They are put back on one line, the paragraphs of the cell joined
// by a space, as a Word file's reader joins them, so the row reads as the Word file's does.
// A table with no number column ("Khi nào ⇥ Ai làm ⇥ Làm gì") opens its rows with any cell, so there a row broken
// so opens with whatever its first cell holds ("Tháng 4/2022 ⇥ Văn phòng UBND tỉnh" then "cùng: Sở X ⇥ Nâng cấp …"),
// an empty one too where a cell merged down leaves it blank in the copy.
import { fold } from "../domain/text.ts";
import { NUMBER_TITLE } from "./number-column.ts";

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

/**
 * Whether the table's header `lines[at]` ("STT ⇥ Cơ quan ⇥ Trước khi …") goes on on the next line, its last title
 * broken there ("(công tác chuẩn bị) ⇥ Khi … ⇥ Sau …"): the next line opens in lower case or with a bracket, and
 * the two together are as wide as the widest row under them.
 */
function headerGoesOn(lines: readonly string[], at: number): boolean {
  const next = lines[at + 1] ?? "";
  if (!next.includes("\t") || !/^\s*[\p{Ll}(]/u.test(next) || ROW_NUMBER.test(next.split("\t")[0]!)) return false;
  let widest = 0;
  for (let j = at + 2; j < Math.min(lines.length, at + 2 + CELL_LINES) && lines[j]!.trim(); j++)
    widest = Math.max(widest, width(lines[j]!));
  return width(lines[at]!) + width(next) - 1 === widest;
}

/** The lines of a text plan with each row broken by its cell's paragraphs put back on one line. */
export function joinCellParagraphs(lines: readonly string[]): string[] {
  const out: string[] = [];
  // The table's width: the widest row since the last blank line (a group row "I ⇥ TITLE" is narrower).
  let columns = 0;
  // Whether the table's first row, its header, titles no number column; null before a table.
  let unnumbered: boolean | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim()) columns = 0;
    if (!line.includes("\t")) {
      unnumbered = null;
      out.push(line);
      continue;
    }
    // A table's first line after a paragraph is its header, or a numbered row of a table going on.
    const first = line.split("\t")[0]!;
    if (unnumbered === null && NUMBER_TITLE.test(fold(first).trim()) && headerGoesOn(lines, i)) {
      out.push(`${line.replace(/ +$/, "")} ${lines[++i]!.replace(/^ +/, "")}`);
      unnumbered = false;
      columns = width(out.at(-1)!);
      continue;
    }
    unnumbered ??= !NUMBER_TITLE.test(fold(first).trim()) && !ROW_NUMBER.test(first);
    const numbered = ROW_NUMBER.test(first) || (unnumbered && columns > 0);
    const end = numbered && width(line) < columns ? restOfRow(lines, i, columns) : -1;
    if (end < 0) {
      columns = Math.max(columns, width(line));
      out.push(line);
      continue;
    }
    // Only spaces are trimmed: a tab at a line's end is an empty cell.
    out.push(
      lines
        .slice(i, end + 1)
        .map((l) => l.replace(/^ +| +$/g, ""))
        .join(" "),
    );
    i = end;
  }
  return out;
}
