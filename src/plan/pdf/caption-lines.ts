// A task list set at tab stops with no table, under a caption line naming its columns once, as a PDF shows it:
//   TT Nội dung công việc                 Đơn vị thực hiện                      Thời gian
//        Kiểm soát quy định                                                             (a group's line)
//   1.   Rà soát quy định kinh doanh      Sở Tư pháp; phối hợp: Sở Y tế          Quý II/2024
// The page keeps no tabs, only where each piece of a line starts. Each line's pieces are put in the caption's
// columns by where they start, and the list is read by the rule a text copy's and a Word file's tab-aligned lines
// are read by (`labelledItems`, `src/plan/labelled-columns.ts`): each item as its number and words, then a line
// "label: cell" a filled column. A list that rule does not read stays as the page's paragraphs read it.
import { captionLabels, labelledItems } from "../labelled-columns.ts";
import type { Line } from "./lines.ts";

/**
 * Where each label of the caption starts on the page. Two labels in one piece ("TT Nội dung công việc": a narrow
 * number column's label set close to the next) are placed by their letters: the later one starts no further left
 * than that, and a gap before it only puts it further right. Null when a label is not found in its pieces.
 */
function labelStarts(caption: Line, labels: readonly string[]): number[] | null {
  const starts: number[] = [];
  for (const piece of caption.pieces) {
    let from = 0;
    while (starts.length < labels.length) {
      const at = piece.text.indexOf(labels[starts.length]!, from);
      if (at < 0) break;
      starts.push(piece.x + ((piece.right - piece.x) * at) / piece.text.length);
      from = at + labels[starts.length - 1]!.length;
    }
  }
  return starts.length === labels.length ? starts : null;
}

/** A line's cells: each piece in the last column starting at or before it, within a font size (a label centred). */
function cellsOf(line: Line, starts: readonly number[]): string[] {
  const cells = starts.map(() => "");
  for (const piece of line.pieces) {
    let k = starts.length - 1;
    while (k > 0 && starts[k]! > piece.x + line.size) k--;
    cells[k] = cells[k] ? `${cells[k]} ${piece.text}` : piece.text;
  }
  return cells;
}

/** The labels a line of two pieces or more names as a caption of columns (`captionLabels`), else null. */
const captionOf = (line: Line): string[] | null =>
  line.pieces.length > 1 ? captionLabels(line.pieces.map((p) => p.text).join("\t")) : null;

/**
 * Whether `lines[k]` is a line of the list: pieces in two columns or more (an item), or one piece set past the number
 * column over an item (a group's line, which heads the items after it) or going on in lower case (an item's words
 * wrapped, which `labelledItems` refuses: such a list stays as it was). Text alone at the number column's place, or
 * over no item, is the body after the list.
 */
function inList(lines: readonly Line[], k: number, starts: readonly number[]): boolean {
  const line = lines[k]!;
  // A caption again (the header repeated on a new page) ends the list and heads its own: each line is scanned once.
  if (line.pieces.length > 1) return !captionOf(line);
  const goesOn = /^\p{Ll}/u.test(line.pieces[0]!.text);
  return starts.length > 1 && line.x + line.size >= starts[1]! && (goesOn || (lines[k + 1]?.pieces.length ?? 0) > 1);
}

/**
 * The list under the caption line `lines[at]`, read item by item (`labelledItems`), and the index of the line after
 * it; null when `lines[at]` is no caption of columns set apart on the page or the lines under it are no such list.
 * Linear in the lines: a scan ends at the next caption.
 */
export function captionedList(lines: readonly Line[], at: number): { items: string[]; end: number } | null {
  const caption = lines[at]!;
  const labels = captionOf(caption);
  const starts = labels && labelStarts(caption, labels);
  if (!labels || !starts) return null;
  let end = at + 1;
  while (end < lines.length && inList(lines, end, starts)) end++;
  const items = labelledItems(
    labels,
    lines.slice(at + 1, end).map((line) => cellsOf(line, starts)),
  );
  return items ? { items, end } : null;
}
