// A worksheet copied out of Excel (select the used range, copy, paste into Notepad or a chat) is text with one line a
// row and a tab between every two cells of the range, the empty ones at a row's end too: every line that holds
// anything holds the same number of tabs, the titles above the table and the notes under it as well, where a Word
// table copied so stands between untabbed paragraphs. Such a text is read as the workbook readers read the sheet
// (`sheet/blocks.ts`): a line whose one filled cell is its first is a paragraph (a title "QUÝ II NĂM 2026", a
// month's heading "THÁNG 4/2026", "PHỤ LỤC 2", a note), any other line a row; several sheets copied one after
// another are told apart by their titles, as the sheets are.
import type { Block } from "./document.ts";
import { sheetBlocks } from "./sheet/blocks.ts";

// A table of three columns at least, and more than a line or two of it. A later sheet, pasted after an empty line, may
// be narrower ("STT | Cơ quan phối hợp" after the task list), yet two columns at least: a paragraph is no sheet's line.
const MIN_CELLS = 3;
const MIN_LATER_CELLS = 2;
const MIN_LINES = 3;

/**
 * Whether every line holding anything has the same number of cells as the others of its sheet, three at least: a sheet
 * copied as text. Sheets copied one after another are parted by an empty line (a blank row of the range keeps its
 * tabs), each as wide as its own range.
 */
export function isSheetCopy(lines: readonly string[]): boolean {
  let width = 0;
  let count = 0;
  let parted = false;
  for (const line of lines) {
    if (!line.trim()) {
      parted ||= width > 0 && line === "";
      continue;
    }
    const cells = line.split("\t").length;
    if (parted && cells !== width && cells >= MIN_LATER_CELLS) width = cells;
    parted = false;
    if (cells < MIN_CELLS && count === 0) return false;
    if (cells !== (width || cells)) return false;
    width = cells;
    count++;
  }
  return count >= MIN_LINES;
}

/** The blocks of a sheet copied as text, its lines' cells cleaned by `cell`. */
export const sheetCopyBlocks = (lines: readonly string[], cell: (text: string) => string): Block[] =>
  sheetBlocks(
    lines
      .filter((line) => line.trim())
      .map((line, k) => ({ number: k + 1, cells: line.split("\t").map(cell), generalNumbers: new Set<number>() })),
  );
