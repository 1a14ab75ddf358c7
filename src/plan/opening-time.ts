// An item may open with its time, set off by a colon, as a timetable's row would in a list: "1. Tháng 10/2024: Ban
// hành thiết kế mẫu …", "2. Đầu tháng 3/2026: Tập huấn …", "4. Trước Tết Nguyên đán Ất Tỵ: Hoàn thành …". The words
// before the colon are the item's time, the sentence after it its work (and its subject, when it names one). A time
// in words that dates nothing ("Sau Tết Nguyên đán Ất Tỵ:", "Hằng tháng, trước ngày 20:") is the item's too, so long
// as the work after it gives no day of its own.
import { isRecurring, parseDeadline } from "../domain/deadline.ts";

// The words a time opens with: a preposition of time, a part of a period or the period itself, or a count of months
// ("6 tháng cuối năm 2026", "06 tháng đầu năm": a half of the year).
const TIME_OPENING =
  /^(?:\d{1,2}\s+tháng|trước|sau|đến|hết|trong|từ|vào|chậm nhất|hoàn thành|đầu|giữa|cuối|thượng tuần|trung tuần|hạ tuần|ngày|tháng|quý|năm|tuần|dịp|hằng|định kỳ|thường xuyên)(?!\p{L})/iu;
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
 * `datesItself`: whether a sentence gives a day of its own (the work after an undated time may); `stageTime`: the
 * time a roadmap's stage opening the line gave (stageOpening), the text then being the work after it.
 */
export function openingTime(
  text: string,
  datesItself: (sentence: string) => boolean,
  stageTime: string | null = null,
): OpeningTime | null {
  // A roadmap's stage gave its time before the colon (stageOpening): the whole text is the work.
  if (stageTime) return { wording: stageTime, rest: text };
  const colon = text.indexOf(":");
  if (colon < 0) return null;
  const wording = text.slice(0, colon).trim();
  const rest = text.slice(colon + 1).trim();
  if (!rest) return null;
  const said = timePhrase(wording);
  return said === "dated" || (said === "words" && !datesItself(rest)) ? { wording, rest } : null;
}

/**
 * Whether a few words are a time alone: "dated" when they give a day ("Quý I/2026", "Trước ngày 31/01/2026"),
 * "words" when they say when without one ("Thường xuyên trong năm", "Hằng quý", "Sau Tết Nguyên đán"), else null.
 */
export function timePhrase(wording: string): "dated" | "words" | null {
  if (!wording || /;|\.(?!\d)/.test(wording) || !TIME_OPENING.test(wording)) return null;
  if (wording.split(/\s+/).length > MAX_WORDS) return null;
  const read = parseDeadline(wording);
  if (read.ok || read.code === "invalid-date") return "dated";
  return isRecurring(wording) || OCCASION.test(wording) ? "words" : null;
}

// A roadmap ("Lộ trình thực hiện") lists its milestones each as one line that opens with the stage's name and
// number, often its time in brackets, then a colon or a dash, then who does what:
//   Giai đoạn 1 (trước 31/3/2026): Sở Tài chính hướng dẫn rà soát …
//   Bước 2 – UBND cấp xã lập phương án …, hoàn thành trong tháng 6/2026.
//   Đợt 3 (quý III/2026) - Sở Nội vụ tổng hợp …
// The stage's name is no work of the line, and no number of the outline (the stages carry the milestones' order, not
// their refs): the sentence after the colon or dash is the task, its subject the lead, and the bracket's time (when
// it is one) its deadline, as a time opening an item before a colon is (openingTime above). A bracket naming the stage
// ("Giai đoạn 1 (Chuẩn bị):") is no time: the sentence then dates itself or the line is no task.
// "Giai đoạn 2: Tập huấn (tháng 3/2026)" with its colon right after the number numbers a level of the outline
// (numbering.ts) and is read there, before this.

export interface StageOpening {
  /** The bracket's time as written, when the bracket holds a time. */
  wording: string | null;
  /** The sentence after the colon or dash: the work (the whole line when it opens with no stage). */
  rest: string;
}

// The stage's word and its small number (a year is no stage's number: "Giai đoạn 2021 - 2025"), a bracket of at most
// 80 characters, then the colon or dash and a sentence opening with a letter.
const STAGE =
  /^(?:giai đoạn|bước|đợt|mốc)\s+(?:\d{1,2}|[IVX]{1,4}|thứ\s+\p{L}{2,5})(?![\p{L}\p{N}])\s*(?:\(([^()]{1,80})\)\s*)?[:–—-]\s*(\p{L}.*)$/iu;

/**
 * The stage a line opens with, cut off: the work after it and the bracket's time; the line as it is when it opens
 * otherwise. `timeIn`: the deadline wording a bracket's words give, or null.
 */
export function stageOpening(text: string, timeIn: (words: string) => string | null): StageOpening {
  const stage = STAGE.exec(text.trim());
  if (!stage) return { wording: null, rest: text };
  const bracket = stage[1]?.trim() ?? "";
  return { wording: bracket ? timeIn(bracket) : null, rest: stage[2]!.trim() };
}
