// A deadline moved: the words saying a time was changed, one vocabulary wherever it is said (a time column's label
// "Thời hạn điều chỉnh", a note "Lùi thời hạn sang …", a bracket "(đã sửa: …)", a sentence of an amending plan), and
// where a sentence naming the old time and the new one writes the new one:
//   "điều chỉnh thời gian hoàn thành từ ngày 30/11 thành trước ngày 20/12"   the time after "thành"
//   "thời hạn 30/6/2024 được lùi sang 15/8/2024", "từ quý III sang quý IV"   the time after "sang"
// The old time was missed or given up: it is no deadline.
import { fold } from "./text.ts";

/** The words saying a time was changed, as written. */
export const MOVE_WORDS = ["điều chỉnh", "thay đổi", "sửa đổi", "sửa", "gia hạn", "lùi", "kéo dài", "dời", "chuyển"];
/** The vocabulary as written, for a pattern over text (the `u` flag; words apart by any space). */
export const MOVE = `(?:${MOVE_WORDS.map((word) => word.replace(/ /g, String.raw`\s+`)).join("|")})`;
/** The vocabulary folded (see `fold`), for a pattern over a folded label. */
export const MOVE_FOLDED = `(?:${MOVE_WORDS.map((word) => fold(word)).join("|")})`;

// A time not moved, said where the new one would stand: "Giữ nguyên", "Như cũ", "Như kế hoạch (đã giao)", "Không"
// with any move word ("Không điều chỉnh", "Không gia hạn", "Không thay đổi") or "đổi", the time named after or not.
const KEPT = new RegExp(
  String.raw`^(?:giu nguyen|nhu (?:cu|ke hoach(?: cu| da giao)?)|khong (?:${MOVE_FOLDED}|doi))` +
    String.raw`(?: (?:thoi han|thoi gian|han))?\.?$`,
);

/** Whether the words say a time stays as it was given ("Không gia hạn", "Giữ nguyên"). */
export const saysTimeKept = (words: string): boolean => KEPT.test(fold(words).trim());

// An old time's last word: a date's or a month's figures ("30/11/2024", "9/2024", "tháng 9"), a quarter ("quý III",
// "quý 3/2024"), a bracket closing it. A year alone is none: "vốn năm 2023 được kéo dài sang năm 2024" moves money
// into a year, no deadline.
const OLD_END = String.raw`(?:\d[/.-]\d{1,4}|(?<!\p{L})(?:ngày|tháng|quý)\s+(?:\d{1,2}|[IVX]+)(?:[/.-]\d{4})?|\))`;
// Between the old time and the new: "(được / đã / nay / sẽ) (điều chỉnh / lùi …) (lại) thành / sang"; after a move word
// also "là", "đến", "tới" ("được điều chỉnh là ngày …", "lùi đến ngày …"), which alone say a range's end or what a
// day is; after a comma only with the move said ("Quý III/2024, nay điều chỉnh thành …"): "trước ngày 30/6, sang năm
// …" goes on to other work.
const BY = String.raw`(?:(?:được|đã|nay|sẽ)\s+)?`;
const MOVED_TO = String.raw`${MOVE}\s+(?:lại\s+)?(?:thành|sang|là|đến|tới)`;
const TURN = String.raw`(?:\s+${BY}(?:${MOVED_TO}|(?:lại\s+)?(?:thành|sang))|\s*,\s*${BY}${MOVED_TO}|\s*,\s*nay\s+(?:lại\s+)?(?:thành|sang))\s+`;
// What a new time opens with: never "thành lập", "sang năm" spoken of work ("chuyển sang năm sau" opens a year).
const NEW_START = String.raw`(?=(?:trước|chậm nhất|trong|vào|hết|cuối|giữa|đầu|ngày|tháng|quý|năm|tuần)(?!\p{L})|\d)`;
const OLD_THEN_NEW = new RegExp(`${OLD_END}${TURN}${NEW_START}`, "iu");
// A bare year the sentence then dates more finely ("chuyển kinh phí còn dư đến ngày 31/12/2024 sang năm 2025, hoàn
// thành trước ngày 15/01/2025"): the year is where the money or work goes, no time; the time after it is the new one.
const YEAR_THEN_DAY = /^năm\s+\d{4}(?![/.-]?\d)(?=[^.;]*?(?<!\p{L})(?:ngày|tháng|quý)\s+(?:\d|[IVX]))/iu;

/**
 * Where the new time of a sentence moving a deadline opens ("… từ ngày 30/11/2024 thành trước ngày 20/12/2024" at
 * "trước"; past a bare year the sentence dates more finely, at the words after the year), or null when the sentence
 * moves none: a time, then the turn to another time.
 */
export function movedTimeAt(text: string): number | null {
  const m = OLD_THEN_NEW.exec(text);
  if (!m) return null;
  const at = m.index + m[0].length;
  return at + (YEAR_THEN_DAY.exec(text.slice(at))?.[0].length ?? 0);
}
