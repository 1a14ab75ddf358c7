// A deadline a document system or a hand-kept sheet stores as a date, in a cell formatted General (or a date column
// exported without its format), shows Excel's serial day: "45961" for 31/10/2025, in the workbook and in its text copy
// or print alike. A time cell holding such a number alone is that day; the serials of days from 2000 to 2099 are five
// figures, which no other time a plan writes is ("Quý IV/2025", "30/10/2025", "2025").
import { formatVietnamese } from "../domain/dates.ts";
import { serialDay } from "../domain/serial-day.ts";

// A text copy does not say its workbook's date system: the 1900 one, Excel's default.
const FIRST = 36_526; // 01/01/2000
const LAST = 73_050; // 31/12/2099
// A fraction after it is the hour ("45961.7083" = 31/10/2025 17:00), which leaves the day.
const SERIAL = /^\d{5}(?:[.,]\d{1,12})?$/;

/** The time cell as the day it holds when it is a serial day alone ("45961" → "31/10/2025"), else as is. */
export function serialDayTime(time: string): string {
  const written = time.trim();
  if (!SERIAL.test(written)) return time;
  const serial = Number(written.slice(0, 5));
  const day = serial >= FIRST && serial <= LAST ? serialDay(serial) : null;
  return day ? formatVietnamese(day) : time;
}
