// A workbook typed day-first, as Vietnamese write dates, on a computer set to a month-first locale (en-US): Excel reads
// each typed date as that locale does. "05/06/2026" (5 June) is a day there, 6 May, stored so and shown by the locale's
// "m/d/yyyy" as "5/6/2026", what was typed; "30/09/2026" is no day month-first and stays text, as typed. The sheet
// shows every date as its author typed it, and its author and every reader of it read them day-first; only the values
// stored are swapped. A column whose cells of text are bare dates that are days only day-first (a first number over 12)
// beside date cells shown month-first was typed so: its date cells are read as they show, the first figure the day.
// Anything else in the column saying its dates are the locale's own keeps them as stored: a date cell shown month-first
// whose day is past 12 ("9/30/2026"), or a bare date kept as text that the locale would have read as a day (a first
// number up to 12: the column's cells were text before they were typed in, or pasted as text). A date inside words
// ("Trước 30/09/2026") is text in any locale, and tells nothing.
import type { SheetRow } from "./grid.ts";

/** A bare date "d/m/yyyy" ("d-m-yy"), as a month-first locale would have read it into a date cell. */
const BARE_DATE = /^(\d{1,2})([/-])(\d{1,2})\2(?:\d{4}|\d{2})$/;

const figures = (text: string): [number, number] | null => {
  const m = BARE_DATE.exec(text.trim());
  return m ? [Number(m[1]), Number(m[3])] : null;
};
const isDay = (day: number, month: number) => day >= 1 && day <= 31 && month >= 1 && month <= 12;

/** What a column says of how its dates were typed. */
interface ColumnSigns {
  /** Bare dates kept as text that are days only day-first. */
  dayFirstText: number;
  /** Date cells shown month-first. */
  shownMonthFirst: number;
  /** A sign the column's date cells hold the days meant. */
  genuine: boolean;
}

function signsOf(rows: readonly SheetRow[]): Map<number, ColumnSigns> {
  const signs = new Map<number, ColumnSigns>();
  const of = (column: number) => {
    let s = signs.get(column);
    if (!s) signs.set(column, (s = { dayFirstText: 0, shownMonthFirst: 0, genuine: false }));
    return s;
  };
  for (const row of rows)
    row.cells.forEach((text, column) => {
      const date = row.dates?.get(column);
      if (date === null) return;
      const read = figures(date ?? text);
      if (!read) return;
      const [first, second] = read;
      if (date !== undefined) {
        const s = of(column);
        s.shownMonthFirst++;
        // Shown month-first, its day past 12: a day the locale read as its author meant it.
        if (second > 12) s.genuine = true;
      } else if (first > 12 && isDay(first, second)) of(column).dayFirstText++;
      else if (first <= 12) of(column).genuine = true;
    });
  return signs;
}

/**
 * The sheet's rows, each date cell of a column typed day-first into a month-first locale read as it shows (its text
 * the figures shown, "5/6/2026", read day-first by every later step); every other cell as it was.
 */
export function typedDayFirst(rows: SheetRow[]): SheetRow[] {
  if (!rows.some((row) => [...(row.dates?.values() ?? [])].some((date) => date !== null))) return rows;
  const typed = new Set<number>();
  for (const [column, s] of signsOf(rows))
    if (s.dayFirstText > 0 && s.shownMonthFirst > 0 && !s.genuine) typed.add(column);
  if (typed.size === 0) return rows;
  return rows.map((row) => {
    const shown = [...typed].filter((column) => typeof row.dates?.get(column) === "string");
    if (shown.length === 0) return row;
    const cells = [...row.cells];
    for (const column of shown) cells[column] = row.dates!.get(column)!;
    return { ...row, cells };
  });
}
