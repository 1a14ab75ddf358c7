import { numberedItems } from "./cell-list-tasks.ts";

// A task table need not number its rows: a letter listing what each office does by when ("Khi nào | Ai làm | Làm
// gì") writes one task a row and no number at all. There a row with no number is a task of its own, not the row
// above going on, as it is in a numbered table. A reader cites such a row by its place: the third row of the table
// set under item 1 of the letter is "1.3"; of a table under no numbered paragraph, "3".
// A row split across pages still carries its task's words on: in such a table that is a row whose task cell goes
// on in lower case, mid-sentence, with every other cell blank.

/** The ref of the `n`th row (from 1) of a table with no number column, set under the paragraph numbered `item`. */
export const unnumberedRowRef = (item: string | null, n: number): string => (item ? `${item}.${n}` : String(n));

/** Whether a row of a table with no number column only carries on the task cell (column `task`) of the row above. */
export const carriesOn = (cells: string[], task: number): boolean =>
  /^\p{Ll}/u.test(cells[task]?.trim() ?? "") && cells.every((cell, i) => i === task || !cell.trim());

/**
 * A table with no number column may number its rows in the units' cell instead ("1. Sở Y tế | 1. Tham mưu …", the
 * units a Word list running down the rows): that number is the row's, cited under the paragraph the table stands
 * under as a row with no number is ("III.1"), the words after it the unit.
 */
export function numberedUnitCell(cell: string): { n: number; unit: string } | null {
  const numbered = /^(\d{1,2})\.\s+(\p{Lu}.*)$/su.exec(cell.trim());
  return numbered ? { n: Number(numbered[1]), unit: numbered[2]! } : null;
}

/**
 * A table with no number column may number its rows in the task's cell instead ("1. Rà soát …", "2. Triển khai …"):
 * that number is the row's, as a number column's would be, and the words after it the task. A cell listing two
 * numbered items or more ("1. … 2. …") is a field's list of tasks, not a row's number (`cell-list-tasks.ts`).
 */
export function numberedTaskCell(cell: string): { ref: string; title: string } | null {
  const numbered = /^(\d{1,4}(?:\.\d{1,3})*)[.)]\s+(\p{Lu}.*)$/su.exec(cell.trim());
  return numbered && !numberedItems(cell) ? { ref: numbered[1]!, title: numbered[2]! } : null;
}
