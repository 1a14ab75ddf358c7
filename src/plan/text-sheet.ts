// A worksheet copied out of Excel (select the used range, copy, paste into Notepad or a chat) is text with one line a
// row and a tab between every two cells of the range, the empty ones at a row's end too: every line that holds
// anything holds the same number of tabs, the titles above the table and the notes under it as well, where a Word
// table copied so stands between untabbed paragraphs. Such a text is read as the workbook readers read the sheet
// (`sheet/blocks.ts`): a line whose one filled cell is its first is a paragraph (a title "QUÝ II NĂM 2026", a
// month's heading "THÁNG 4/2026", "PHỤ LỤC 2", a note), any other line a row; several sheets copied one after
// another are told apart by their titles, as the sheets are. A copy made sheet by sheet writes each under a line with
// its tab's name ("PL nhiem vu", "Phụ lục II"), at the text's top or after the empty line parting two sheets: that line
// is the sheet's tab, as the workbook readers give it, and no line of its range.
import type { Block } from "./document.ts";
import { inCapitals } from "./section-lines.ts";
import { sheetBlocks } from "./sheet/blocks.ts";
import type { SheetRow } from "./sheet/grid.ts";

// A table of three columns at least, and more than a line or two of it. A later sheet, pasted after an empty line, may
// be narrower ("STT | Cơ quan phối hợp" after the task list), yet two columns at least: a paragraph is no sheet's line.
const MIN_CELLS = 3;
const MIN_LATER_CELLS = 2;
const MIN_LINES = 3;
// Excel names a tab in 31 characters at most.
const TAB_NAME_MAX = 31;

/**
 * Whether the `k`th line is a sheet's tab name over its range: short, with no tab, opening the text (`opening`: no line
 * holding anything before it) or after an empty line, and over a line of cells. A title in capitals over a table
 * ("KẾ HOẠCH") is a document's paragraph, as a Word table copied between paragraphs has, and no tab's name.
 */
function isTabName(lines: readonly string[], k: number, opening: boolean): boolean {
  const name = lines[k]!.trim();
  if (!name || lines[k]!.includes("\t") || name.length > TAB_NAME_MAX || inCapitals(name)) return false;
  return (opening || lines[k - 1] === "") && !!lines[k + 1]?.includes("\t");
}

/**
 * The number of cells of a line, as wide as its sheet's range (`width`) when the cells past it are empty: a row whose
 * merged heading was copied with a tab too many at its end still holds nothing outside the range,
 * and is one of its rows. A cell filled past the range keeps the line wider, no row of it.
 */
function cellCount(line: string, width: number): number {
  const cells = line.split("\t");
  return width && cells.length > width && cells.slice(width).every((cell) => !cell.trim()) ? width : cells.length;
}

/**
 * Whether every line holding anything has the same number of cells as the others of its sheet, three at least: a sheet
 * copied as text. Sheets copied one after another are parted by an empty line (a blank row of the range keeps its
 * tabs), each as wide as its own range.
 */
export function isSheetCopy(lines: readonly string[]): boolean {
  let width = 0;
  let count = 0;
  let parted = false;
  let named = false;
  for (const [k, line] of lines.entries()) {
    if (!line.trim()) {
      parted ||= width > 0 && line === "";
      continue;
    }
    if (isTabName(lines, k, count === 0)) {
      named ||= count === 0;
      continue;
    }
    // A later sheet's range is its own, wider or narrower: its title rows hold its width's tabs, none one too many.
    const own = line.split("\t").length;
    if (parted && own !== width && own >= MIN_LATER_CELLS) width = own;
    const cells = cellCount(line, width);
    parted = false;
    if (cells < (named ? MIN_LATER_CELLS : MIN_CELLS) && count === 0) return false;
    if (cells !== (width || cells)) return false;
    width = cells;
    count++;
  }
  return count >= MIN_LINES;
}

/** A sheet copied as text as blocks, its lines' cells cleaned by `cell`, each sheet under its tab's name if given. */
export function sheetCopyBlocks(lines: readonly string[], cell: (text: string) => string): Block[] {
  const blocks: Block[] = [];
  let [tab, rows]: [string, SheetRow[]] = ["", []];
  const endSheet = () => {
    for (const block of sheetBlocks(rows, tab)) blocks.push(block);
    [tab, rows] = ["", []];
  };
  for (const [k, line] of lines.entries()) {
    if (!line.trim()) continue;
    if (isTabName(lines, k, blocks.length + rows.length === 0)) {
      endSheet();
      tab = line.trim();
    } else rows.push({ number: rows.length + 1, cells: line.split("\t").map(cell), generalNumbers: new Set<number>() });
  }
  endSheet();
  return blocks;
}
