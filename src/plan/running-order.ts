// A meeting's programme (a Giấy mời's or a conference plan's "CHƯƠNG TRÌNH HỘI NGHỊ") is laid out as a table
// "Thời gian | Nội dung | Thực hiện" whose time cells are hours of the one day ("08h00 - 08h15", "14 giờ 00",
// "9:30"): it is the running order of that day, who speaks when, not work given with a deadline. A task table's
// time column names days, months or words ("Quý II", "Trước 30/6/2026", "Thường xuyên"), never an hour alone, so a
// table whose every written time is an hour of the day holds no tasks. A merged time cell (one slot over several
// speeches) leaves the rows below it blank; blanks say nothing either way.
import { fold } from "../domain/text.ts";

// One clock time: "08h00", "8h", "8 giờ 30", "08:15", "8g30"; no day or month in it.
const HOUR = String.raw`\d{1,2}\s*(?:h|gio|g|:)(?:\s*\d{2})?(?:\s*(?:phut|p))?`;
// A cell of one hour or a span of two ("08h00 - 08h15", "từ 8 giờ đến 9 giờ 30"). Spaces may end it only after an
// "h", "giờ", "g" or ":" (as before); read once, never shared between a time's end and what follows it.
const CLOCK = new RegExp(String.raw`^(?:tu\s+)?${HOUR}(?:\s*(?:-|–|—|den)\s*${HOUR})?(?:(?<=[hog:])\s+)?$`);

/** Whether a cell says only an hour of the day or a span of hours ("08h00 - 08h15"). */
export const isClockTime = (cell: string): boolean => CLOCK.test(fold(cell, ":-–—"));

/**
 * Whether a table's body is a running order: its time column (`time`) has at least two written cells, and every
 * written one is an hour of the day.
 */
export function isRunningOrder(body: string[][], time: number | undefined): boolean {
  if (time === undefined) return false;
  const written = body.map((cells) => (cells[time] ?? "").trim()).filter(Boolean);
  return written.length >= 2 && written.every(isClockTime);
}
