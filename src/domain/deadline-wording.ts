// Finds a deadline's wording inside a sentence of prose ("… Thời gian xong trước ngày 30/11/2019."): which keyword
// or bare day starts it, where it ends, and which of several days is the one a task is due by; deadline.ts reads the
// wording found.
import { DAY_COUNT } from "./day-count.ts";
import { DAY_BEFORE_MONTH } from "./days-of-month.ts";
import { numberWordsMapped } from "./number-words.ts";
import type { IsoDate } from "./dates.ts";
import {
  afterDraftSteps,
  BEFORE_EXPECTED_MEETING,
  DASHES,
  lastRound,
  lastStagedShare,
  parseDeadline,
} from "./deadline.ts";
import { DOCUMENT_NUMBER } from "./cited-documents.ts";
import { clean } from "./text.ts";
import { movedTimeAt } from "./time-moves.ts";
import { coversFigures, periodOfReport } from "./report-scope.ts";

const BARE_DAY = /(?<=^|\s)ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}/giu;

/**
 * Where a bare "ngày 20/8/2026" stands as the day a task is due ("báo cáo … ngày 20/8/2026",
 * "tổ chức … vào ngày 19/12/2026"): not when it dates a document, nor when it opens the
 * sentence ("Ngày 10/3/2026, …" tells what happened), nor after "sau" ("Trường hợp sau ngày
 * 01/7/2025 …", "sau ngày 15/3/2026 mới …": a day things begin after, not one they end by) or "từ"
 * ("hồ sơ tiếp nhận từ ngày 01/7/2025": a day things begin on).
 */
function bareDayAt(text: string): number | undefined {
  const firstWord = text.search(/\S/);
  for (const m of text.matchAll(BARE_DAY)) {
    const before = wordsBefore(text, m.index).trimEnd();
    if (firstWord < m.index && !/[.;:]$/.test(before) && !beginsOrDates(before) && !coversFigures(text, m.index))
      return m.index;
  }
  return undefined;
}

/** Whether a text gives a document's date ("… tại Văn bản số 215/SXD-QHKT ngày 20/02/2025"): a day no task is due. */
export const datesDocument = (text: string): boolean =>
  [...text.matchAll(BARE_DAY)].some((m) => DOCUMENT_NUMBER.test(wordsBefore(text, m.index).trimEnd()));

// What is said just before a day or a keyword and changes how it reads ("từ", "sau", "05 ngày", "tuần đầu", "ngày 10
// -", "Quyết định số …") is a few words long: it is looked for within this reach, not in the whole sentence before (a
// sentence may hold thousands of days, and a look back from each to the sentence's start made it quadratic to read).
const WORDS_REACH = 160;

/** Where the words just before `index` start: within the reach, from a word's start (a longer word is cut). */
function wordsStart(text: string, index: number): number {
  const from = index - WORDS_REACH;
  if (from <= 0) return 0;
  const space = text.indexOf(" ", from - 1);
  return space >= 0 && space + 1 < index ? space + 1 : from;
}

const wordsBefore = (text: string, index: number): string => text.slice(wordsStart(text, index), index);

/**
 * Whether a day after `before` is one things begin on ("từ", "sau"), the one figures are counted up to ("tính đến"),
 * or the date of a document.
 */
const beginsOrDates = (before: string) =>
  /(^|\s)(sau|từ|tính đến(\s+hết)?)$/iu.test(before) || DOCUMENT_NUMBER.test(before);

const COUNT_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])${DAY_COUNT}\s+$`, "iu");

/**
 * Where deadline wording a keyword found at `index` starts, or null when it is none. The month of a day written
 * in full ("vào ngày 20 tháng 7 năm 2026") is that day's, not the month's end, and no deadline where the day is
 * not one ("từ ngày 08 tháng 6 năm 2026"); a month things start from ("từ đầu tháng 4 năm 2026") is none either,
 * nor is the day figures are counted up to ("tính đến ngày 31/01/2023").
 */
function keywordStart(text: string, index: number): number | null {
  // "số liệu … (tính đến ngày 31/01/2023)", "chốt số liệu đến hết ngày …", "báo cáo … (số liệu từ ngày 15/12/2025
  // đến ngày 14/6/2026)": the day figures are counted up to, or an end of the span they cover, which says what is to
  // be reported, not by when (report-scope.ts).
  if (coversFigures(text, index)) return null;
  // Each look back below ends at the keyword: it is looked for in the words just before it.
  const start = wordsStart(text, index);
  const before = text.slice(start, index);
  // "hoàn thành 05 ngày trước ngày 01/11/2024": the count of days is part of the wording, five days before that day.
  const counted = /^trước ngày/iu.test(text.slice(index)) && COUNT_BEFORE.exec(before);
  if (counted) return start + counted.index;
  if (!/^tháng/iu.test(text.slice(index))) return index;
  const within = before.match(DAY_BEFORE_MONTH);
  if (within) return /(^|\s)từ\s+$/iu.test(before.slice(0, within.index)) ? null : start + within.index!;
  // "ngày 10 - 20 tháng 6 năm 2026": a span of days before the month is its last day's.
  const day = before.match(/(?<=^|\s)ngày\s+(?:\d{1,2}\s*-\s*)?\d{1,2}\s+$/iu);
  if (day) return beginsOrDates(before.slice(0, day.index).trimEnd()) ? null : start + day.index!;
  return /(^|\s)từ(\s+(đầu|giữa|cuối))?\s+$/iu.test(before) ? null : index;
}

const DATA_REACH = 120;

// "cung cấp số liệu quy mô dân số của từng xã đến ngày 31/12/2024": figures, then "đến ngày" a day already past when
// the plan was issued: the day the figures stand at ("as of"), not one the work is due by; no deadline can have passed
// before the plan that sets it. A day after the issue stays the work's deadline ("gửi số liệu … đến ngày 15/5").
const FIGURES_BEFORE = /(?<!\p{L})số\s+liệu[^;.:()]*$/iu;

/** Whether wording at `at` (due before the plan's issue) is the day the clause's figures stand at. */
const figuresStandAt = (text: string, at: number): boolean =>
  /^đến(?:\s+hết)?\s+ngày/iu.test(text.slice(at)) && FIGURES_BEFORE.test(text.slice(Math.max(0, at - DATA_REACH), at));

/** Where the first deadline wording a keyword after `from` finds starts, and where to look for the next. */
function firstKeyword(text: string, from = 0): { at: number; next: number } | undefined {
  for (const m of text.slice(from).matchAll(KEYWORDS)) {
    const index = from + m.index;
    const at = keywordAt(text, index);
    if (at === null) continue;
    // "… báo cáo cải cách hành chính quý I/2025, …, gửi Sở Nội vụ trước ngày 18/3/2025": the period a report is of
    // names the report; the time it is sent by, later in its sentence, is its deadline (report-scope.ts).
    if (periodOfReport(text, at)) {
      const sent = sendingTime(text, index + 1);
      if (sent) return sent;
    }
    return { at, next: index + 1 };
  }
  return undefined;
}

/** Where deadline wording the keyword at `index` starts, or null when it starts none. */
function keywordAt(text: string, index: number): number | null {
  // "trước ngày 15 của tháng cuối quý, bắt đầu từ ngày 01/3/2026": a day of no month named falls in every
  // period, so it dates nothing, and the date after it (when the reports begin) is not its.
  if (DAY_OF_EVERY_PERIOD.test(text.slice(index))) return null;
  return keywordStart(text, index);
}

// The time a report is sent by follows the period it is of within its sentence, a few clauses on.
const SENDING_REACH = 300;

/** The first keyword after `from`, within its sentence and reach, giving a time that is no report's period. */
function sendingTime(text: string, from: number): { at: number; next: number } | undefined {
  const window = text.slice(from, from + SENDING_REACH).split(NEXT_SENTENCE, 1)[0]!;
  for (const m of window.matchAll(KEYWORDS)) {
    const index = from + m.index;
    const at = keywordAt(text, index);
    if (at !== null && !periodOfReport(text, at)) return { at, next: index + 1 };
  }
  return undefined;
}

/**
 * "hạn" (or "thời hạn") opening a clause of its own, as a message types a deadline ("…, hạn 15/4/2026", "…. Hạn
 * 31/5"), unless the day after it is said to be gone ("hạn 30/4/2026 đã hết", "hạn 30.4 đã qua": a reminder of a time
 * missed). Shared by the readers of dated and yearless days.
 */
export const HAN = String.raw`(?<=(?:^|[,;.:–-])\s*)(?:thời\s+)?hạn(?!\s+(?:ngày\s+)?[\d/.\s-]{3,14}?đã\s+(?:hết|qua|quá)(?!\p{L}))`;

// "hạn hoàn thành: 30/4/2026" before a date, as a time cell writes it, dates a sentence too, and so
// do "thời hạn: 15/5/2026" and "hoàn thành: 15/5/2026", naming the deadline before a colon, and "hạn 15/4/2026",
// "thời hạn ngày 30/9/2026" before a whole date opening a clause of its own, as a message types it ("…, hạn
// 15/4/2026"; never "gia hạn 15/4", "đúng hạn (hạn 30/4/2024)", "hạn 30/4/2025 đã hết": a time moved, or a
// report's word on one missed).
// "trong năm 2026" dates a task only where it ends the sentence ("… ít nhất 02 đợt trong năm
// 2026.") or is all its bracket says ("NHÓM … (trong năm 2026)"), or opens it before a comma, the time of the whole
// sentence ("Trong năm 2023, các sở hoàn thành …"); inside it, it says what the task is
// about, and so does a half year ("…; 6 tháng cuối năm 2026.", "…; hoàn thành 6 tháng đầu năm 2026.", never "báo cáo
// kết quả 6 tháng đầu năm 2026 …"). A bare "năm 2026" is a time only as the last clause, after a semicolon
// ("Thẩm định quyết toán …; năm 2026.").
// A month things start from dates a task only when the span's end follows ("từ tháng 5/2026 đến hết năm
// 2026", "… đến cuối năm." with the start's year); "06 tháng cuối năm" writes the six with a zero, as numbers do.
// A span of days dates a sentence as it does a time cell ("bồi dưỡng giáo viên từ ngày 05–09/8/2024 tại …", "tập huấn
// từ 12-14/5/2026", the word "ngày" left out), and so
// does a span of two days with or without "ngày" before the first ("tập huấn từ 03/10 đến 17/10/2025"); and so
// does an hour of a day ("báo cáo UBND tỉnh trước 17 giờ ngày 30/8/2024": due that day, before the hour). A day of a
// month named by its place in a numbered quarter ("hoàn thành ngày 20 của tháng cuối quý III/2025") dates a sentence
// from its day, not from the quarter's end (days-of-month.ts reads the month).
// A span's end is looked for within a reach (the corpus's spans end within 50 characters): a lookahead to the
// sentence's end at each "từ ngày" made a long sentence repeating it quadratic to read.
const SPAN_REACH = 200;
// "trước thứ Hai, ngày 01/7/2024", "từ thứ Hai, ngày 08/7 đến thứ Sáu, ngày 12/7/2024", "xong trước Thứ Sáu, 31/5": a
// careful typist names the weekday between the word saying which side of the day and the day itself. The word still
// governs the day ("trước" one day before it; "từ … đến" a span): the weekday adds nothing (deadline.ts drops it).
const WEEKDAY = String.raw`(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)(?:\s*,\s*|\s+))?`;
const KEYWORD = new RegExp(
  String.raw`(ngày \d{1,2}(?:\s+của)?\s+tháng\s+(?:đầu|giữa|cuối|thứ\s+\S+)(?:\s+(?:tiên|cùng))?\s+(?:của\s+)?quý\s+[IVX\d]+|thời gian (hoàn thành|xong|thực hiện)|hạn (hoàn thành|nộp)\s*(?::\s*)?(?=\d)|(thời )?hạn\s*:\s*(?=\d)|${HAN}\s+(?:ngày\s+)?(?=\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4})|(từ |các )?ngày \d{1,2}(\/\d{1,2})?\s*-\s*\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}|từ \d{1,2}(\/\d{1,2})?\s*-\s*\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}|trước \d{1,2}\s*(giờ|h)(\s*\d{1,2})?(\s*phút)?\s+ngày \d|trước ${WEEKDAY}ngày|chậm nhất|hạn chót|hạn cuối(?: cùng)?\s*(?::\s*)?(?=(?:ngày\s+)?\d)|vào cuối năm \d{4}|hoàn thành trong|(đến|đến hết) ${WEEKDAY}ngày \d|từ ${WEEKDAY}(?:ngày \d|\d{1,2}\s*\/\s*\d{1,2}(?!\d))(?=(?:[^;.]|\.(?=\d)){0,${SPAN_REACH}}\sđến\s)|từ tháng \d(?=[^;.]{0,${SPAN_REACH}}\sđến(?: hết| cuối)? (?:tháng |quý |năm(?![\p{L}\p{N}])))|(hoàn thành:?|xong|trước) ${WEEKDAY}\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}|tháng \d{1,2}(?:\s*-\s*\d{1,2})?\s*[/năm]|quý [IVX\d]+(?:\s*-\s*[IVX\d]+)?\s*[/n]|trong (0?6|sáu) tháng (đầu|cuối) năm|(?<=(?:[;,:]|hoàn thành|xong)\s*)(0?6|sáu) tháng (đầu|cuối) năm \d{4}(?=\s*(?:[.;]\s*)?$)|trong năm \d{4}(?=\s*(?:[.;]\s*)?$)|(?<=^\s*)trong năm \d{4}(?=\s*,)|(?<=;\s*)năm \d{4}(?=\s*(?:[.;]\s*)?$)|(?<=\(\s*)trong năm \d{4}(?=\s*\)))`,
  "iu",
);
// Work due before a meeting of an expected day, written with its year (a yearless one is the plan year's to date).
const KEYWORDS = new RegExp(`${KEYWORD.source}|${BEFORE_EXPECTED_MEETING.source}(?<=\\d{4}\\s*\\))`, "giu");
// A day of a month named in a numbered quarter ("trước ngày 20 của tháng cuối quý III/2025") is one day.
const DAY_OF_EVERY_PERIOD =
  /^trước ngày \d{1,2}(?!\d|\s*[/.-]\s*\d|\s+tháng\s+\d|(?:\s+của)?\s+tháng\s+\S+(?:\s+\S+)?\s+(?:của\s+)?quý\s+[IVX\d])/iu;

/**
 * The wording from `at` to the end of its bracket: a deadline written in brackets after what it dates ("NHÓM … (hoàn
 * thành trước ngày 30/6/2026)") ends at the bracket that closes one opened before it.
 */
function toBracketEnd(text: string): string {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth < 0) return text.slice(0, i);
  }
  return text;
}

/**
 * A full stop after a figure or a word in lower case, then a capital: the next sentence ("… trước ngày 25/4/2025. Sở
 * Giao thông vận tải tiếp tục …"), whose words are no part of the deadline when they change no day. "TP. Lai Châu"
 * stops after a capital.
 */
const NEXT_SENTENCE = /(?<=[\d\p{Ll})])\.\s+(?=\p{Lu})/u;

/** The wording from `at` to the end of the sentence, when it gives a date (even one that does not exist). */
// "Trong năm 2023, các sở … hoàn thành …": a year opening the sentence is its wording up to the comma.
const FRONTED_YEAR = /^trong năm \d{4}(?=\s*,)/iu;

const wordingAt = (text: string, at: number): string | null => readingAt(text, at)?.wording ?? null;

/** The wording at `at` and the day it is due by (null for one that does not exist), or null when it gives no date. */
function readingAt(text: string, at: number): { wording: string; due: IsoDate | null } | null {
  const fronted = FRONTED_YEAR.exec(text.slice(at));
  if (fronted) return { wording: fronted[0], due: dueOf(fronted[0]) };
  const whole = toBracketEnd(text.slice(at))
    .replace(/[.;]\s*$/, "")
    .trim();
  const sentence = whole.split(NEXT_SENTENCE, 1)[0]!.trim();
  // The next sentence may carry the work's last round ("… trong tháng 4/2025. Giai đoạn 2: … trước ngày 15/6/2025"):
  // the wording ends with its sentence only when that gives the same day.
  const read = parseDeadline(whole);
  const due = read.ok ? read.deadline.due : null;
  if (sentence !== whole && due !== null && dueOf(sentence) === due) return { wording: sentence, due };
  return read.ok || read.code === "invalid-date" ? { wording: whole, due } : null;
}

function dueOf(wording: string): IsoDate | null {
  const parsed = parseDeadline(wording);
  return parsed.ok ? parsed.deadline.due : null;
}

/**
 * Finds deadline wording inside a sentence of prose ("… Thời gian xong trước ngày
 * 30/11/2019."), returning the wording from its keyword on, or null. In a plan issued on
 * `issued`, a day before it is no deadline when a later one follows: "văn bản ban hành trước
 * ngày 01/7/2025 …; báo cáo trước ngày 15/5/2026" tells which documents, then when it is due.
 */
export function findDeadlineWording(sentence: string, issued: IsoDate | null = null): string | null {
  const written = clean(sentence).normalize("NFC").replace(DASHES, "-");
  // Looked for with its dates' words as numbers ("cuối tháng Mười năm 2024"), given back as the plan writes it.
  const { text, original } = numberWordsMapped(written);
  // "… theo hai đợt: Đợt 1 hoàn thành trước ngày 30/6; Đợt 2 hoàn thành trước ngày 15/11": due with the last round.
  const round = lastRound(text);
  // "… gửi dự thảo lấy ý kiến trước ngày 20/3; trình UBND tỉnh ban hành trước ngày 30/4": due with the step after
  // the draft, read by the rule a time cell's "Dự thảo: … Hoàn thành: …" is.
  const draft = afterDraftSteps(text);
  const share = lastStagedShare(text);
  // "… điều chỉnh thời gian hoàn thành từ ngày 30/11 thành trước ngày 20/12": the time it was moved to; past a year
  // money is moved into ("… đến ngày 31/12 sang năm 2025, hoàn thành trước ngày 15/01/2025"), the time after it.
  const moved = movedTimeAt(text);
  const wording =
    (moved !== null && (movedWording(text.slice(moved)) || wordingFrom(text.slice(moved), issued))) ||
    (round && wordingFrom(text.slice(round.index), issued)) ||
    (share && wordingFrom(text.slice(share.index), issued)) ||
    (draft !== null && wordingFrom(text.slice(draft), issued)) ||
    wordingFrom(text, issued);
  if (!wording) return null;
  const at = text.lastIndexOf(wording);
  return written.slice(original(at), original(at + wording.length));
}

/** The new time a move writes at the start of `text`, to the end of its clause ("trước ngày 20/12/2024"). */
function movedWording(text: string): string | null {
  const clause = text
    .split(/[,;()]|\s+(?:và|để|nhằm)\s+/u, 1)[0]!
    .split(NEXT_SENTENCE, 1)[0]!
    .replace(/[.\s]+$/u, "");
  const parsed = parseDeadline(clause);
  return parsed.ok || parsed.code === "invalid-date" ? clause : null;
}

function wordingFrom(text: string, issued: IsoDate | null): string | null {
  const first = firstKeyword(text);
  const at = first?.at ?? bareDayAt(text);
  if (at === undefined) return null;
  const wording = wordingAt(text, at);
  // "Trong năm 2024, Sở Y tế rà soát …, hoàn thành trước ngày 30/6/2024": a day later in the sentence is the nearer.
  if (first && FRONTED_YEAR.test(text.slice(at))) {
    for (let found = firstKeyword(text, first.next); found; found = firstKeyword(text, found.next)) {
      const later = laterWordingAt(text, found.at, () => true);
      if (later) return later;
    }
  }
  const due = wording && dueOf(wording);
  if (!wording || !issued || !due || due >= issued) return wording;
  for (let found = firstKeyword(text, first?.next ?? at + 1); found; found = firstKeyword(text, found.next)) {
    const later = laterWordingAt(text, found.at, (laterDue) => laterDue !== null && laterDue >= issued);
    if (later) return later;
  }
  return figuresStandAt(text, at) ? null : wording;
}

// Every later wording the corpora read ends within 200 characters of its keyword.
const LATER_REACH = 300;

/**
 * The wording of a later day at `at` when `fits` its due, judged within a reach of its keyword: a sentence may hold
 * thousands of days, and reading each to the sentence's end made it quadratic to read. A wording ending within the
 * reach is read as before; a longer one is judged by its first words and given back whole, as the first day's is.
 */
function laterWordingAt(text: string, at: number, fits: (due: IsoDate | null) => boolean): string | null {
  const reach = at + LATER_REACH;
  const cut = reach < text.length ? text.lastIndexOf(" ", reach) : text.length;
  const judged = readingAt(text.slice(0, cut > at ? cut : reach), at);
  if (!judged || !fits(judged.due)) return null;
  return cut < text.length ? (wordingAt(text, at) ?? judged.wording) : judged.wording;
}
