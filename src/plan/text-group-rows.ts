// A group row of a Word table ("4 | NGUỒN NHÂN LỰC, MÔI TRƯỜNG DU LỊCH | Năm 2026 | | "), its heading merged across the
// content columns, is copied as text with one cell for the merged ones: "4⇥NGUỒN …⇥Năm 2026⇥⇥", two cells short of
// the table's rows, so the group's time would stand under the lead column. A copy keeps every cell's tab, the empty
// ones at the row's end too; where such a row is short and its heading is in capitals, the heading took the missing
// columns, and the cells after it are the table's last ones, as the Word and PDF files read them.
import { isGroupHeading } from "./group-heading.ts";

interface Row {
  cells: string[];
  notes: string[][];
}

/** The number of cells most rows of a table have. */
function usualWidth(rows: readonly Row[]): number {
  const counts = new Map<number, number>();
  for (const row of rows) counts.set(row.cells.length, (counts.get(row.cells.length) ?? 0) + 1);
  let best = 0;
  for (const [width, count] of counts) if (count > (counts.get(best) ?? 0)) best = width;
  return best;
}

// The group's number: "4", "II", "B." (a header row's "STT" is none).
const GROUP_NUMBER = /^(?:\d{1,2}|[IVXLC]{1,6}|\p{Lu})[.)]?$/u;

/** Whether a row is a short copied group row: numbered, its heading in capitals, its end's empty cells kept. */
const isShortGroupRow = (cells: readonly string[], width: number): boolean =>
  cells.length >= 3 &&
  cells.length < width &&
  !cells.at(-1) &&
  GROUP_NUMBER.test(cells[0]!) &&
  isGroupHeading(cells[1]!);

/** The table's rows, each short group row widened after its heading (its second cell) to the table's width. */
export function withGroupRowsSpread<T extends Row>(rows: T[]): T[] {
  const width = usualWidth(rows);
  return rows.map((row) => {
    if (!isShortGroupRow(row.cells, width)) return row;
    const gap = width - row.cells.length;
    const spread = <V>(list: V[], blank: () => V) => [
      ...list.slice(0, 2),
      ...Array.from({ length: gap }, blank),
      ...list.slice(2),
    ];
    return { ...row, cells: spread(row.cells, () => ""), notes: spread(row.notes, () => []) };
  });
}
