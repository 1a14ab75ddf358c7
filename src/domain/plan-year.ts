// A task table's time cell often leaves out the year ("Trước 31/3", "Quý II", "Tháng 7-8"): the
// plan means its own year, or the next one when that day would already be past on the plan's date
// ("Quý I" in a plan of December). Wording that names a year is read as written, and wording that
// repeats ("Định kỳ hằng năm, trước 15/12") names no one day: it stays without a date.
import type { IsoDate } from "./dates.ts";
import { BEFORE_EXPECTED_MEETING, isRecurring, parseDeadline, type DeadlineResult } from "./deadline.ts";
import { HAN } from "./deadline-wording.ts";
import { numberWordsMapped, withNumberWords } from "./number-words.ts";
import { coversFigures } from "./report-scope.ts";

/**
 * Wording whose date stops short of a year: it ends with the day's month, a month or a quarter, or with the
 * word "năm" of a year it leaves unnamed ("Trong năm", "06 tháng cuối năm": of the plan's year).
 */
const ENDS_WITHOUT_YEAR = /(?:\d{1,2}|\b[IVX]+|(?<!\p{L})(năm))\s*$/iu;

/** The deadline of `wording` written without a year, in the year of a plan issued on `issued`. */
export function parseInPlanYear(wording: string, issued: IsoDate | null): DeadlineResult {
  const meeting = BEFORE_EXPECTED_MEETING.exec(withNumberWords(wording));
  if (meeting) {
    const read = parseInPlanYear(`trước ngày ${meeting[1]}`, issued);
    return read.ok ? { ok: true, deadline: { ...read.deadline, text: wording } } : read;
  }
  const next = NEXT_YEAR.exec(wording);
  if (next && issued) return inNextYear(wording.slice(0, next.index), wording, issued);
  const written = parseDeadline(wording);
  if (written.ok || written.code !== "no-date" || !issued || isRecurring(wording)) return written;
  const year = Number(issued.slice(0, 4));
  for (const candidate of [year, year + 1]) {
    const dated = withYear(wording, candidate);
    const read = dated ? parseDeadline(dated) : written;
    if (!read.ok) return written;
    if (read.deadline.due >= issued) return { ok: true, deadline: { ...read.deadline, text: written.text } };
  }
  return written;
}

/**
 * `wording` written out in `year` where it stops short of a year ("Quý II" → "Quý II/2026", "Trong năm" → "Trong năm
 * 2026"), its number words as figures; null where it does not (it names its year, or ends with no day at all).
 */
export function withYear(wording: string, year: number): string | null {
  // "giữa tháng Tám" ends with its month in words: the year goes after its number.
  const numbered = withNumberWords(wording).trimEnd();
  const end = ENDS_WITHOUT_YEAR.exec(numbered);
  return end ? `${numbered}${end[1] ? " " : "/"}${year}` : null;
}

// "trước ngày 15.01 năm sau": the day in the year after the plan's, whatever day the plan was issued on.
const NEXT_YEAR = /\s+năm\s+sau\s*$/iu;

function inNextYear(day: string, wording: string, issued: IsoDate): DeadlineResult {
  const read = parseDeadline(`${day.trimEnd()}/${Number(issued.slice(0, 4)) + 1}`);
  return read.ok ? { ok: true, deadline: { ...read.deadline, text: wording } } : read;
}

// "… hoàn thành trước 20/3.", "báo cáo chậm nhất ngày 15/6", "gửi trước ngày 10 tháng 11", "… trong tháng 4",
// "hoàn thành trong Quý III", "thời gian: tháng 3 - tháng 5", "xong vào giữa tháng Tám": a day and month, a
// month, a quarter, a span of months or a part of a month with no year after them; so are a span's last day ("từ
// ngày 1/3 cho đến hết ngày 30/4", never the day figures are counted to, "tính đến ngày …") and a week of a month
// ("vào tuần thứ hai của tháng Tư"), and a day after "hạn" opening its clause, as a message types it ("…. Hạn 31/5",
// never "gia hạn 31/5").
const YEARLESS_DAY = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(?:trước|chậm nhất|hạn chót|${HAN}|(?<!tính\s+)đến(?:\s+hết)?(?=\s+ngày))(?:\s+ngày)?\s+\d{1,2}(?:\s*(?:\/)\s*|\s+tháng\s+)\d{1,2}|trong\s+(?:tháng\s+\d{1,2}|quý\s+[IVX]+)|(?:từ\s+)?tháng\s+\d{1,2}\s*(?:[-–]|đến)\s*tháng\s+\d{1,2}|(?<!từ\s+)(?:(?:thượng|trung|hạ)\s+tuần|tuần\s+(?:đầu(?:\s+tiên)?|cuối(?:\s+cùng)?|thứ\s+(?:nhất|hai|ba|tư|[1-4])|[1-4])(?:\s+của)?|đầu|giữa|cuối)\s+tháng\s+\d{1,2})(?:\s+năm\s+sau(?!\p{L}))?(?![\p{L}\d]|\s*[/.-]\s*\d|\s+năm\s+\d)`,
  "giu",
);

/** The first yearless day of `text` that is no end of the span a report's figures cover ("số liệu … đến ngày 14/4"). */
function yearlessDay(text: string): RegExpExecArray | null {
  for (const m of text.matchAll(YEARLESS_DAY)) if (!coversFigures(text, m.index)) return m;
  return null;
}

// "hoàn thành trước 15-10.", "chậm nhất ngày 31.10", "xong ngày 31.12", "trước 05-12; …", "trước ngày 15.01 năm
// sau": a day and month typed with a dash or a dot, or after "hoàn thành" / "xong" with any of them, is a date only
// where deadline words lead to it and nothing follows in its clause: "trước 1-2 ngày" counts days, "hoàn thành 2/3
// khối lượng" is a share, "15.10.2025" has its year.
const DAY_MONTH = String.raw`(?:0?[1-9]|[12]\d|3[01])\s*[/.-]\s*(?:0?[1-9]|1[0-2])`;
const CLOSING_DAY = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(?:trước|chậm nhất|hạn chót|${HAN})(?:\s+ngày)?|(?:hoàn thành|xong)(?:\s+ngày)?)\s+` +
    DAY_MONTH +
    String.raw`(?:\s+năm\s+sau)?(?=\s*(?:[,;:)]|\.(?!\d)|$))`,
  "iu",
);

// "vào ngày 15 tháng 7 (thứ Bảy)", "xong ngày 25/8 (thứ Sáu)", "ngày 10 tháng 12 (Chủ nhật)": a day whose weekday
// follows it in brackets is a day of the calendar, whatever word leads to it; of an event's opening and closing days
// ("khai mạc ngày 12 tháng 10 (thứ Năm), bế mạc ngày 14 tháng 10 (thứ Bảy)") the work ends on the closing one.
const WEEKDAY = String.raw`\(\s*(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\s*\)`;
const WEEKDAY_DAY = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(?:vào|hoàn thành|xong)\s+)?ngày\s+\d{1,2}(?:\s*(?:\/)\s*|\s+tháng\s+)\d{1,2}(?=\s*${WEEKDAY})`,
  "giu",
);
const OPENING = /(?:khai\s+mạc|bắt\s+đầu|từ)\s+(?:vào\s+)?$/iu;

/** The day of a sentence given with its weekday, the closing one of an event's two; null when there is none. */
function weekdayDay(text: string): RegExpExecArray | null {
  const days = [...text.matchAll(WEEKDAY_DAY)];
  return days.find((m) => !OPENING.test(text.slice(Math.max(0, m.index - 20), m.index))) ?? days[0] ?? null;
}

/**
 * The deadline wording of a sentence of prose that gives a day without its year ("Văn phòng … tổng hợp, gửi
 * Sở Nội vụ trước 15/6."), to be read in the plan's year; null when there is none, or when its clause repeats
 * ("hằng năm, trước 15/12": no one day), before the day or right after it ("trước ngày 10 tháng 12 hằng năm").
 */
export function findYearlessDay(sentence: string): string | null {
  const written = sentence.normalize("NFC");
  const { text, original } = numberWordsMapped(written);
  const m = yearlessDay(text) ?? CLOSING_DAY.exec(text) ?? BEFORE_EXPECTED_MEETING.exec(text) ?? weekdayDay(text);
  if (!m) return null;
  const clause = text
    .slice(0, m.index)
    .split(/[.;]\s/)
    .at(-1)!;
  const after = text.slice(m.index + m[0].length).split(/[,.;]/)[0]!;
  if (isRecurring(clause) || isRecurring(after)) return null;
  return written.slice(original(m.index), original(m.index + m[0].length));
}
