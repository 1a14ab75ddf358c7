// A task table may give its time as a mark ("x") under one of four quarter columns, grouped under a
// title merged across them ("Thời gian thực hiện (năm 2026)" over Quý I | Quý II | Quý III | Quý IV).
// A careful reader takes the end of the marked quarter, or of the last one when several are marked (the
// work runs on and is done in the last); a day written in the "Ghi chú" column beside them is the exact
// deadline and overrides the quarter, and a note that the work repeats ("Thường xuyên", "Hằng quý") says
// it has no one day, however many quarters are marked.
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
}

/** "Quý I" … "Quý IV", "Quý 1" … "Quý 4", also as PDF text runs them together ("QuýIII"). */
export function quarterOf(label: string): number | null {
  const m = QUARTER.exec(fold(label));
  if (!m) return null;
  return ROMAN[m[1]!] ?? Number(m[1]);
}

/** The quarter columns of a header, the year over them and the note column; null when it has none. */
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
  return { quarters, year, note };
}

/** The note beside the marks when it gives a day or says the work goes on; else empty. */
export function noteTime(cells: string[], column: number | undefined): string {
  const note = column === undefined ? "" : (cells[column] ?? "").trim();
  return note && (parseDeadline(note).ok || /\d{1,2}\s*\/\s*\d{1,2}/.test(note) || isRecurring(note)) ? note : "";
}

/**
 * The time of a row as a time cell would write it: the note when it gives a day or says the work goes
 * on, else the last marked quarter ("Quý III năm 2026"); empty when nothing is marked.
 */
export function quarterTime(cells: string[], columns: QuarterColumns): string {
  const note = noteTime(cells, columns.note);
  if (note) return note;
  const marked = [...columns.quarters].filter(([i]) => (cells[i] ?? "").trim()).map(([, q]) => q);
  if (marked.length === 0) return "";
  const quarter = `Quý ${ROMAN_OF[Math.max(...marked)]}`;
  return columns.year ? `${quarter} năm ${columns.year}` : quarter;
}
