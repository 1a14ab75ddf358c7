// A task table may give its time as a mark ("x") under one of four quarter columns, grouped under a
// title merged across them ("Thời gian thực hiện (năm 2026)" over Quý I | Quý II | Quý III | Quý IV).
// A careful reader takes the end of the marked quarter, or of the last one when several are marked (the
// work runs on and is done in the last); a day written in the "Ghi chú" column beside them is the exact
// deadline and overrides the quarter, and a note that the work repeats ("Thường xuyên", "Hằng quý") says
// it has no one day, however many quarters are marked. So does a column of its own saying by when the work is done
// ("Thời hạn hoàn thành" beside the quarters, filled on some rows): where it writes a time, that time is the deadline
// (a note under such tables says so: "nhiệm vụ có ghi thời hạn cụ thể thì thực hiện theo thời hạn đã ghi"), and where
// it says the work goes on there is no one day, whatever the marks.
// A quarter's cell may write the day itself instead of a mark ("15/3" under Quý I, "Tháng 8" under Quý III):
// that day is the deadline. Days written under two quarters ("15/6" under Quý II, "15/12" under Quý IV) are two
// deadlines, the work done once by each (a report of six months, then of the year): a task for each under the
// row, as a submission in each of several months is (`month-numbers.ts`).
import { isRecurring, parseDeadline } from "../domain/deadline.ts";
import { fold } from "../domain/text.ts";

const QUARTER = /^quy\s*(iv|i{1,3}|[1-4])$/;
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const ROMAN_OF = ["", "I", "II", "III", "IV"];

export interface QuarterColumns {
  /** Column index → its quarter (1–4). */
  quarters: Map<number, number>;
  /** The year the group title names ("Thời gian thực hiện năm 2026"), else the plan's is meant. */
  year: string | null;
  note: number | undefined;
  /** The column of the written deadline beside the quarters ("Thời hạn hoàn thành"), whose time wins over the marks. */
  written: number | undefined;
}

/** "Quý I" … "Quý IV", "Quý 1" … "Quý 4", also as PDF text runs them together ("QuýIII"). */
export function quarterOf(label: string): number | null {
  const m = QUARTER.exec(fold(label));
  if (!m) return null;
  return ROMAN[m[1]!] ?? Number(m[1]);
}

// A column titled as the day the work must be done by, never as the span it is done in ("Thời gian thực hiện", the
// title merged over the quarters).
const WRITTEN_DEADLINE = /^(thoi han|thoi gian hoan thanh|(ngay |han )hoan thanh|han chot)\b/;

/** The written deadline's column: titled so, outside the quarters' span (the title over them stands in it). */
function writtenColumn(headers: string[][], quarters: Map<number, number>): number | undefined {
  const [first, last] = [Math.min(...quarters.keys()), Math.max(...quarters.keys())];
  for (const row of headers) {
    const at = row.findIndex((cell, i) => (i < first || i > last) && WRITTEN_DEADLINE.test(fold(cell)));
    if (at >= 0) return at;
  }
  return undefined;
}

/** The quarter columns of a header, the year over them, the note column and the written deadline's; null if none. */
export function quarterColumns(headers: string[][]): QuarterColumns | null {
  const quarters = new Map<number, number>();
  let note: number | undefined;
  let year: string | null = null;
  for (const row of headers) {
    row.forEach((cell, i) => {
      const quarter = quarterOf(cell);
      if (quarter !== null) quarters.set(i, quarter);
      else if (fold(cell) === "ghi chu") note ??= i;
    });
  }
  if (quarters.size < 2) return null;
  const first = Math.min(...quarters.keys());
  for (const row of headers) year ??= /\bnam (\d{4})\b/.exec(fold(row[first] ?? ""))?.[1] ?? null;
  return { quarters, year, note, written: writtenColumn(headers, quarters) };
}

/** The note beside the marks when it gives a day or says the work goes on; else empty. */
export function noteTime(cells: string[], column: number | undefined): string {
  const note = column === undefined ? "" : (cells[column] ?? "").trim();
  return note && (parseDeadline(note).ok || /\d{1,2}\s*\/\s*\d{1,2}/.test(note) || isRecurring(note)) ? note : "";
}

/** A quarter's cell that writes a day ("15/3", "30.6") or a month ("Tháng 8"), not a mark ("x"). */
const writesDay = (cell: string) => /\d{1,2}\s*[/.-]\s*\d{1,2}/.test(cell) || /\bthang\s*\d{1,2}\b/.test(fold(cell));

/** A day written without its year, in the year the title over the quarters names. */
const inYear = (cell: string, year: string | null) => (year && !/\d{4}/.test(cell) ? `${cell} năm ${year}` : cell);

/**
 * The times of a row as time cells would write them: the written deadline's cell or else the note, when it gives a
 * day or says the work goes on; else each day a quarter's cell writes, in the order written; else the last marked
 * quarter ("Quý III năm 2026"). Empty when nothing is marked.
 */
export function quarterTimes(cells: string[], columns: QuarterColumns): string[] {
  const note = noteTime(cells, columns.written) || noteTime(cells, columns.note);
  if (note) return [note];
  const filled = [...columns.quarters].flatMap(([i, q]) =>
    (cells[i] ?? "").trim() ? [{ q, cell: cells[i]!.trim() }] : [],
  );
  const days = filled.filter(({ cell }) => writesDay(cell)).map(({ cell }) => inYear(cell, columns.year));
  if (days.length > 0 || filled.length === 0) return days;
  const quarter = `Quý ${ROMAN_OF[Math.max(...filled.map(({ q }) => q))]}`;
  return [columns.year ? `${quarter} năm ${columns.year}` : quarter];
}

/** The time of a row as one time cell would write it: its first (`quarterTimes`); empty when nothing is marked. */
export const quarterTime = (cells: string[], columns: QuarterColumns): string => quarterTimes(cells, columns)[0] ?? "";
