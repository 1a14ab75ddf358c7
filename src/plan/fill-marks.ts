// A Gantt chart drawn in a sheet or a table marks a task's time by colouring the cells of its periods, writing
// nothing in them ("Ô tô màu: thời gian thực hiện"): a cell with no text but a fill is read as a mark, as an "x"
// written there would be, and the period columns read marks (week-columns.ts, quarter-columns.ts). Colour that
// only styles the table marks nothing: a fill the row's own text cells share (a shaded header, a banded or
// highlighted row), and the cells a merge covers, which show their first cell. A bar merged across its months is
// one filled cell: each month it covers is marked. Only a period's cell is a bar: a fill marks a cell under a header
// naming a period (month, week, quarter) in a row holding text, never a highlighted note, a unit column of an
// assignment matrix (a mark there would make the unit a participant) nor a shaded separator row.

import { quarterOf } from "./quarter-columns.ts";
import { monthOf, weekOf } from "./week-columns.ts";
import { fold } from "../domain/text.ts";

/** What a textless filled cell shows once read as a mark. */
export const FILL_MARK = "x";

/** A cell's fill, rows and columns counted from 1; `colour` in the file's own terms ("FF5B9BD5", "#5b9bd5"). */
export interface CellFill {
  row: number;
  column: number;
  colour: string;
}

/** A merged range, both ends included. */
interface Span {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * A colour that paints: not white, "auto" nor none (a table's plain cells are often written white); in a workbook's
 * default palette (.xls, .xlsx) indexed 1 and 9 are white, 64 the system's background.
 */
export const paints = (colour: string | null | undefined): colour is string =>
  !!colour && !/^(#?(ff)?ffffff|auto|none|transparent|window|theme0\/0|indexed(1|9|64))$/i.test(colour.trim());

const key = (row: number, column: number) => `${row}:${column}`;

/** A header label naming a period a bar may cover: "T3", "Tháng 3", "Tuần 2", "Quý I". */
export const namesPeriod = (label: string): boolean =>
  monthOf(label) !== null || weekOf(label) !== null || quarterOf(label) !== null;

// "T2", "Thứ 2", "Thứ Hai", "Th 2", "CN", "Chủ nhật", "Mon", "Monday", folded: a weekday heading a date's column or
// written before a date ("T6 06/03/26", "Mon 3/2/26"). Vietnamese counts Monday the second day, Sunday none.
const WEEKDAY =
  /^(?:(?:t|th|thu)\s*([2-7])|thu\s*(hai|ba|tu|nam|sau|bay)|(cn|chu nhat)|(sun|mon|tue|wed|thu|fri|sat)|(sunday|monday|tuesday|wednesday|thursday|friday|saturday))\.?$/;
const VIETNAMESE_DAYS = ["", "hai", "ba", "tu", "nam", "sau", "bay"];
const ENGLISH_DAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/** The weekday a folded label names, 0 Sunday … 6 Saturday ("t2", "thu hai", "cn", "mon", "tuesday"), or null. */
export function weekdayOf(label: string): number | null {
  const m = WEEKDAY.exec(label);
  if (!m) return null;
  if (m[1]) return Number(m[1]) - 1;
  if (m[2]) return VIETNAMESE_DAYS.indexOf(m[2]);
  if (m[3]) return 0;
  const english = (m[4] ?? m[5])!;
  return ENGLISH_DAYS.findIndex((day) => day.startsWith(english));
}

/**
 * A row of weekdays over a calendar's days ("T2" … "T7", "CN"): its "T2" is Monday, no month, and a weekend's shading
 * under it marks nothing. Told by weekdays making most of its labels, a Sunday ("CN", "Chủ nhật") among them or one
 * written twice (a week of working days), where no label names a month a weekday cannot be ("T1", "T8" … "T12": a
 * Gantt over two years). Sheets, Word tables, PDF prints and a month's calendar grid (`calendar-grid.ts`) all ask it.
 */
export function isWeekdayRow(cells: readonly string[]): boolean {
  const labels = cells.map((c) => fold(c)).filter(Boolean);
  const numbered = labels.flatMap((l) => /^t ?(\d{1,2})$/.exec(l)?.[1] ?? []).map(Number);
  if (numbered.some((n) => n < 2 || n > 7)) return false;
  const days = labels.filter((l) => weekdayOf(l) !== null);
  if (days.length * 2 <= labels.length) return false;
  return days.some((l) => weekdayOf(l) === 0) || new Set(days).size < days.length;
}

/** A table's texts: per row, its cells' texts, column 1 first. */
export type Texts = ReadonlyMap<number, readonly string[]>;

/** Per column, the first row whose cell names a period; a label merged across heads every column it spans. */
export function periodHeads(texts: Texts, merges: Span[]): Map<number, number> {
  const across = new Map(merges.map((m) => [key(m.top, m.left), m.right]));
  const heads = new Map<number, number>();
  for (const [row, cells] of texts) {
    if (isWeekdayRow(cells)) continue;
    cells.forEach((text, i) => {
      if (!text || !namesPeriod(text)) return;
      for (let c = i + 1; c <= (across.get(key(row, i + 1)) ?? i + 1); c++)
        if (!((heads.get(c) ?? Infinity) <= row)) heads.set(c, row);
    });
  }
  return heads;
}

/**
 * The cells read as marks: filled, holding no text, in a row that holds text, neither covered by a merge nor coloured
 * as a text cell of their row is, under a period's header: `headed(row, column)`.
 */
export function fillMarks(
  fills: CellFill[],
  merges: Span[],
  texts: Texts,
  headed: (row: number, column: number) => boolean,
): { row: number; column: number }[] {
  const hasText = (row: number, column: number) => !!texts.get(row)?.[column - 1];
  const covered = new Set<string>();
  const spans = new Map<string, Span>();
  for (const m of merges) {
    spans.set(key(m.top, m.left), m);
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(key(r, c));
  }
  const textColours = new Map<number, Set<string>>();
  for (const f of fills) {
    if (!hasText(f.row, f.column)) continue;
    const colours = textColours.get(f.row) ?? new Set<string>();
    textColours.set(f.row, colours.add(f.colour));
  }
  const marks: { row: number; column: number }[] = [];
  for (const f of fills) {
    if (covered.has(key(f.row, f.column)) || hasText(f.row, f.column)) continue;
    if (!texts.get(f.row)?.some(Boolean)) continue;
    if (textColours.get(f.row)?.has(f.colour)) continue;
    const span = spans.get(key(f.row, f.column));
    for (let c = f.column; c <= (span?.right ?? f.column); c++)
      if (headed(f.row, c)) marks.push({ row: f.row, column: c });
  }
  return marks;
}
