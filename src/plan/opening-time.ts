// An item may open with its time, set off by a colon, as a timetable's row would in a list: "1. Tháng 10/2024: Ban
// hành thiết kế mẫu …", "2. Đầu tháng 3/2026: Tập huấn …", "4. Trước Tết Nguyên đán Ất Tỵ: Hoàn thành …". The words
// before the colon are the item's time, the sentence after it its work (and its subject, when it names one). A time
// in words that dates nothing ("Sau Tết Nguyên đán Ất Tỵ:", "Hằng tháng, trước ngày 20:") is the item's too, so long
// as the work after it gives no day of its own.
import { isRecurring, parseDeadline } from "../domain/deadline.ts";

// The words a time opens with: a preposition of time, a part of a period or the period itself.
const TIME_OPENING =
  /^(?:trước|sau|đến|hết|trong|từ|vào|chậm nhất|hoàn thành|đầu|giữa|cuối|thượng tuần|trung tuần|hạ tuần|ngày|tháng|quý|năm|tuần|dịp|hằng|định kỳ|thường xuyên)(?!\p{L})/iu;
// A time is a phrase, never a sentence: a few words, no full stop or semicolon inside.
const MAX_WORDS = 10;
// An occasion a time in words may name without a day: Tết, the lunar new year.
const OCCASION = /(?<!\p{L})tết(?!\p{L})/iu;

export interface OpeningTime {
  /** The time as written, before the colon. */
  wording: string;
  /** The work after the colon. */
  rest: string;
}

/**
 * The time an item's text opens with and the work after its colon, or null when the text opens otherwise.
 * `datesItself`: whether a sentence gives a day of its own (the work after an undated time may).
 */
export function openingTime(text: string, datesItself: (sentence: string) => boolean): OpeningTime | null {
  const colon = text.indexOf(":");
  if (colon < 0) return null;
  const wording = text.slice(0, colon).trim();
  const rest = text.slice(colon + 1).trim();
  if (!wording || !rest || /;|\.(?!\d)/.test(wording) || !TIME_OPENING.test(wording)) return null;
  if (wording.split(/\s+/).length > MAX_WORDS) return null;
  const read = parseDeadline(wording);
  if (read.ok || read.code === "invalid-date") return { wording, rest };
  return (isRecurring(wording) || OCCASION.test(wording)) && !datesItself(rest) ? { wording, rest } : null;
}
