// Reads the deadline wording of Vietnamese plans:
//   "trước ngày 30/11/2019"         last allowed day is 29/11/2019
//   "chậm nhất ngày 19/01/2020", "Ngày 10/10/2020", "ngày 10 tháng 10 năm 2020"   that day
//   "Tháng 10/2023", "Tháng 11 năm 2020"   the month's last day ("Tháng 7-8/2024": the last month's)
//   "Quý I/2025", "Quý IV năm 2020"        the quarter's last day
//   "Năm 2024"                              the year's last day
//   "6 tháng đầu/cuối năm 2024"             the half year's last day (30/6, 31/12)
//   "Tuần đầu tháng 3/2026", "Trước ngày cuối cùng của tháng 5/2026"   a day within the month (days-of-month.ts)
// with or without a leading "Thời gian hoàn thành", in any case. Wording with no date
// ("đúng thời gian quy định") gives no deadline.
import { DAY_COUNT } from "./day-count.ts";
import { numberWordsMapped, withNumberWords } from "./number-words.ts";
import { addDays, lastDayOfMonth, makeDate, type IsoDate } from "./dates.ts";
import { DAY_BEFORE_MONTH, DAY_OF_MONTH_RULES, withQuarterMonths } from "./days-of-month.ts";
import { TET_NAMES, TET_YEARS, tetDay } from "./lunar-new-year.ts";
import { clean, fold } from "./text.ts";

export type DeadlineKind = "before" | "on" | "month" | "quarter" | "half" | "year";

export interface Deadline {
  /** The wording as the plan writes it. */
  text: string;
  /** The last day allowed by the wording, before the day-off rule. */
  due: IsoDate;
  kind: DeadlineKind;
}

/** Why a written date does not exist: "31/02/2020" (February 2020 has 29 days), "15/13/2020". */
export type DateFault =
  | { fault: "day-not-in-month"; written: string; month: number; year: string; days: number }
  | { fault: "no-such-month"; written: string; month: number };

export type DeadlineResult =
  | { ok: true; deadline: Deadline }
  | { ok: false; code: "no-date"; text: string }
  | { ok: false; code: "invalid-date"; text: string; why: DateFault };

// Lead-in words, one after another ("hoàn thành chậm nhất 30/6/2026").
// "Hạn: 27/4/2026" names the deadline in one word.
const LEAD_IN =
  /^(?:(?:thoi gian (?:hoan thanh|xong|thuc hien|nop)|han(?: (?:hoan thanh|nop|chot|cuoi(?: cung)?))?|hoan thanh|thuc hien|xong|thoi han|cham nhat)\s*)+/;
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
// "Thứ Hai, 15/04/2024", "trước Thứ Sáu, 31/05/2024", "Chủ nhật, ngày 2/6/2024": a day named with its weekday first, as
// Word's date picker (format "dddd, dd/MM/yyyy") and a careful typist write it; the weekday adds nothing to the day.
const WEEKDAY_BEFORE_DAY =
  /(?<=^|\s)(?:thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])|chu nhat)\s+(?=ngay\s+\d|\d{1,2}\s*[/.-]\s*\d)/g;
// "Sáng thứ Ba, 05/5/2026", "Chiều 08/5", "Buổi tối ngày 30/4": a schedule says when in the day a visit is; the day
// is the one after it.
const PART_OF_DAY =
  /^(?:buoi\s+)?(?:sang|trua|chieu|toi)\s+(?=(?:thu\s+\S+|chu nhat)\s+(?:ngay\s+)?\d|ngay\s+\d|\d{1,2}\s*[/.-]\s*\d)/;

function year(text: string): number {
  const n = Number(text);
  return text.length === 2 ? 2000 + n : n;
}

/** A day written d/m/y or "ngày d tháng m năm y" in folded text, or null. */
const DAY = String.raw`(\d{1,2})(?:\s*(?:\/|-|\.)\s*|\s+thang\s+)(\d{1,2})(?:\s*(?:\/|-|\.)\s*|\s+nam\s+)(\d{4}|\d{2})\b`;

/** The first day of a span of days and its dash: "12-", "28/5 - ". */
const DAY_SPAN_START = String.raw`\d{1,2}(?:\/\d{1,2})?\s*-\s*`;
// Words before "từ" that say the work goes on from that day ("Thường xuyên từ ngày …", "Bắt đầu từ …").
const OPEN_FROM = /^(thuong xuyen|bat dau|lien tuc),?\s+(?=tu\s)/;

function dayOf(m: RegExpMatchArray): IsoDate | null {
  return makeDate(year(m[3]!), Number(m[2]), Number(m[1]));
}

const pad = (n: number) => String(n).padStart(2, "0");

/** Why the matched day, or month, does not exist. */
function faultOf(m: RegExpMatchArray, kind: DeadlineKind): DateFault {
  const dayFirst = !["month", "quarter", "half", "year"].includes(kind);
  const [day, month, y] = dayFirst ? [Number(m[1]), Number(m[2]), year(m[3]!)] : [0, Number(m[1]), year(m[2]!)];
  const written = dayFirst ? `${pad(day)}/${pad(month)}/${y}` : `${pad(month)}/${y}`;
  const last = month >= 1 && month <= 12 ? lastDayOfMonth(y, month) : null;
  return last
    ? { fault: "day-not-in-month", written, month, year: String(y), days: Number(last.slice(8)) }
    : { fault: "no-such-month", written, month };
}

const RULES: { pattern: RegExp; kind: DeadlineKind; due: (m: RegExpMatchArray) => IsoDate | null }[] = [
  {
    pattern: new RegExp(String.raw`\btruoc(?:\s+ngay)?\s+` + DAY),
    kind: "before",
    due: (m) => {
      const day = dayOf(m);
      return day && addDays(day, -1);
    },
  },
  {
    // A span "từ ngày A đến hết ngày B" ends on B, and so does one to an hour of B ("đến 17 giờ 00 ngày B", "đến 17h
    // ngày B", as time limits set by law are written).
    pattern: new RegExp(
      String.raw`\bden\s+(?:het\s+)?(?:\d{1,2}\s*(?:gio|h)(?:\s*\d{1,2})?(?:\s*phut)?\s+)?(?:ngay\s+)?` + DAY,
    ),
    kind: "on",
    due: dayOf,
  },
  {
    // A span of days ends on its last: in one month ("từ ngày 18 - 22/5/2026", "ngày 10-12/6/2026", "Từ 12-14/5",
    // a cell's bare "26-27/5/2026") or across two ("Từ 28/5 - 02/6/2026"), the first day's month left out or not.
    pattern: new RegExp(String.raw`(?:^|\b(?:ngay|tu)\s+)` + DAY_SPAN_START + DAY),
    kind: "on",
    due: dayOf,
  },
  {
    // Days listed under one month ("Ngày 14 và 15/4/2026", "Các ngày 14, 15 và 16/4", a comma folded to a space) end
    // on the last listed, as a span of them does.
    pattern: new RegExp(String.raw`\bngay\s+(?:\d{1,2}\s+(?:va\s+)?)+` + DAY),
    kind: "on",
    due: dayOf,
  },
  {
    // "Dịp 26/3/2024", "nhân dịp 02/9/2025": the work is done on the occasion, the day itself.
    pattern: new RegExp(String.raw`\b(?:ngay|het|dip)\s+` + DAY),
    kind: "on",
    due: dayOf,
  },
  // After the rules of a day written out, which a later step of the work may name ("phát động trong tuần đầu tháng
  // 4, trao giải chậm nhất ngày 20/5"), and before the month's, which would read the month's end.
  ...DAY_OF_MONTH_RULES,
  {
    // A span of quarters written with one word "Quý" ("Quý II-III/2025") ends with its last quarter.
    pattern: /\bquy\s+(?:(?:iv|iii|ii|i|[1-4])\s*-\s*)?(iv|iii|ii|i|[1-4])(?:\s*(?:\/|-)\s*|\s+nam\s+)(\d{4})\b/,
    kind: "quarter",
    due: (m) => lastDayOfMonth(Number(m[2]), 3 * (ROMAN[m[1]!] ?? Number(m[1]))),
  },
  {
    // A span of months ("Tháng 7-8/2024") ends with its last month.
    pattern: /\bthang\s+\d{1,2}\s*-\s*(\d{1,2})(?:\s*(?:\/)\s*|\s+nam\s+)(\d{4})\b/,
    kind: "month",
    due: (m) => lastDayOfMonth(Number(m[2]), Number(m[1])),
  },
  {
    // "Tháng 12/2025", "tháng 3 năm 2026"; a table typed in haste writes the year in two digits after a slash
    // ("Tháng 12/25", as it writes "30/6/25"); never after a dash, where "Tháng 10-12" is a span of months.
    pattern:
      /\bthang\s+(\d{1,2})(?:\s*\/\s*(?=\d{2}(?![\d/.-]))|\s*[/-]\s*(?=\d{4})|\s+nam\s+(?=\d{4}))(\d{4}|\d{2})\b/,
    kind: "month",
    due: (m) => lastDayOfMonth(year(m[2]!), Number(m[1])),
  },
  {
    // "T9/2022", "T12/2022": a table short of room writes the month as "T" and its number. Never after a slash: in
    // "Tuần 1/ T12" (a PDF's line broken after the slash) the month is the week's, and a year put after it for the
    // plan's year ("Tuần 1/ T12/2026") makes no month's end of it.
    pattern: /(?:^|(?<!\/)\s)t(\d{1,2})\s*\/\s*(\d{4})\b/,
    kind: "month",
    due: (m) => lastDayOfMonth(Number(m[2]), Number(m[1])),
  },
  {
    // "QIII/2025", "Q1/2026": the quarter shortened as the month is, "Q" and its numeral.
    pattern: /(?:^|(?<!\/)\s)q(iv|iii|ii|i|[1-4])\s*\/\s*(\d{4})\b/,
    kind: "quarter",
    due: (m) => lastDayOfMonth(Number(m[2]), 3 * (ROMAN[m[1]!] ?? Number(m[1]))),
  },
  {
    pattern: new RegExp("^" + DAY),
    kind: "on",
    due: dayOf,
  },
  {
    // "Trước Tết Nguyên đán Ất Tỵ", "trước Tết Bính Ngọ năm 2026", "trước Tết Nguyên đán 2025": the day before the
    // named year's first day, as "trước ngày X" is X's eve. A Tết of no named year ("trước Tết Nguyên đán") dates
    // nothing: which Tết it is, and whether the break's eve is meant, is the admin's to say.
    pattern: new RegExp(
      String.raw`\btruoc\s+(?:dip\s+)?tet(?:\s+nguyen dan|\s+co truyen|\s+am lich)?` +
        String.raw`(?:\s+(${TET_NAMES})(?:\s+(?:nam\s+)?(${TET_YEARS}))?|\s+(?:nam\s+)?(${TET_YEARS}))\b`,
    ),
    kind: "before",
    due: (m) => {
      const day = tetDay(m[1] ?? null, m[2] || m[3] ? Number(m[2] ?? m[3]) : null);
      return day && addDays(day, -1);
    },
  },
  {
    // A half of the year ("6 tháng đầu năm", "6 tháng cuối năm") ends with its sixth month.
    pattern: /^(?:trong\s+)?(?:(?:0?6|sau)\s+thang|nua nam)\s+(dau|cuoi)\s+nam\s+(\d{4})\b/,
    kind: "half",
    due: (m) => lastDayOfMonth(Number(m[2]), m[1] === "dau" ? 6 : 12),
  },
  {
    // "Trong năm 2026", "cả năm 2026" (the work of the whole year), "(đến) hết năm 2026", "(vào) cuối năm 2026":
    // until the year is out.
    pattern: /^(?:trong\s+|ca\s+|(?:den\s+)?het\s+|(?:vao\s+)?cuoi\s+)?nam\s+(\d{4})$/,
    kind: "year",
    due: (m) => makeDate(Number(m[1]), 12, 31),
  },
  {
    // A time that is a span of years ("2021 - 2022", "Năm 2024 - 2025", "Giai đoạn 2021 - 2023") runs to the end of
    // its last year. Only as the whole time: "giai đoạn 2021 - 2025" inside a sentence names a programme.
    pattern: /^(?:(?:trong|tu)\s+)?(?:giai doan\s+|nam\s+)?(\d{4})\s*-\s*(\d{4})$/,
    kind: "year",
    due: (m) => (Number(m[2]) > Number(m[1]) ? makeDate(Number(m[2]), 12, 31) : null),
  },
];

// "tháng 4/2024 - tháng 6/2024", "Quý I đến Quý II/2025": a span of months or quarters ends with its last part,
// and "từ tháng 5/2026 đến hết năm 2026" with its year.
const SPAN_END = /\s(?:-|den(?:\s+het)?)\s+(?=(?:thang|quy|nam)\s)/g;

// "Thường xuyên", "liên tục", "định kỳ", "hằng quý", "mỗi tháng": the work goes on or recurs, so no one
// day is its deadline, whatever day the wording also names ("Định kỳ hằng năm, trước 15/12").
// "Trước ngày 20 các tháng 6 và tháng 12": the months named in the plural, with no year, come each year.
const RECURRING = /\b(thuong xuyen|lien tuc|dinh ky|cac (thang|quy) (\d{1,2}|[ivx]+)\b(?!.*\d{4}))\b/;
// "Hằng năm", "hàng tháng", "mỗi quý" read with their marks: folded, "khởi công mới năm 2024" (new) would read
// "mỗi năm" and "xếp hạng năm 2025" (rank) "hằng năm".
const EACH_PERIOD = /(?<!\p{L})(?:hằng|hàng|mỗi)\s+(?:ngày|tuần|tháng|quý|năm)(?!\p{L})/iu;

/** Whether `wording` says the work goes on or recurs rather than ends on one day. */
export const isRecurring = (wording: string): boolean =>
  RECURRING.test(fold(wording)) || EACH_PERIOD.test(wording.normalize("NFC"));

// "31 – 10 – 2026": en and em dashes, minus signs and Unicode hyphens separate a date's parts as a hyphen does.
const DASHES = /[\u2010-\u2015\u2212]/g;
// "Đợt 1: tháng 4/2026; Đợt 2: tháng 8/2026": work done in rounds is due when its last round is, and so is work in
// parts counted by ordinals ("lớp thứ nhất trong tháng 4, lớp thứ hai trong tháng 10", "lần thứ hai").
export const ROUND =
  /(?<![\p{L}\d])(?:đợt\s+(?:\d{1,2}|[IVX]+)|(?:đợt|lần|lớp|khóa)\s+thứ\s+(?:nhất|hai|ba|tư|năm|\d{1,2}))(?![\p{L}\d])/giu;

/** The last of two or more rounds a text names ("Đợt 2"), or null when it names fewer. */
function lastRound(text: string): RegExpExecArray | null {
  const rounds = [...text.matchAll(ROUND)];
  return rounds.length > 1 ? rounds.at(-1)! : null;
}

// "giải ngân đạt tối thiểu 40% kế hoạch trước ngày 30/6 và trên 95% đến hết ngày 31/12": a target reached in stages,
// each a share of the work with its day, is due when its last share is, as work in rounds is.
const SHARE = /\d+(?:[,.]\d+)?\s*%/gu;
const DATE_IN = /\d{1,2}\s*[/.-]\s*\d{1,2}|\d{1,2}\s*[/.-]\s*\d{4}/u;

/** The last of two or more shares a text names with a date between them, or null. */
function lastStagedShare(text: string): RegExpExecArray | null {
  const shares = [...text.matchAll(SHARE)];
  const last = shares.at(-1);
  return last && shares.length > 1 && DATE_IN.test(text.slice(shares[0]!.index, last.index)) ? last : null;
}

// "Dự thảo: 20/6/2022 Hoàn thành: 15/7/2022", "Xây dựng dự thảo trước 30/7/2022; trình UBND tỉnh trước 15/8/2022": a
// draft's day is a step on the way, and the work is due with the step after it; so is a pilot's ("thí điểm từ
// tháng 5, hoàn thành thí điểm trước 31/7); tổng kết … trong quý IV"). The draft's words up to its date. What
// follows with "để" is the draft's purpose ("… để trình kỳ họp cuối năm"), and with "đến" the end of its span.
// "dự thảo báo cáo tình hình năm 2026, gửi … trước ngày 15/12": a year after "năm" names what the draft is of, one
// of its words; "tháng 5 năm 2026" is a day. The draft's words are a sentence's, never a page's.
const DRAFT_STEP =
  /(?<!\p{L})(?:dự thảo|thí điểm)(?!\p{L})(?:[^\d]|năm\s\d{4}){0,400}?(?:\d[\d\s/.-]*?(?:\d{4}|\d{1,2}\/\d{1,2})|\d{1,2}\s+năm\s+\d{4})[\s;,.)]+(?!(?:để|đến)(?!\p{L}))(?=\p{L})/giu;

/** Where the step after a text's last draft (or pilot) step begins, or null when it names no dated draft. */
export function afterDraftSteps(text: string): number | null {
  const last = [...text.matchAll(DRAFT_STEP)].at(-1);
  return last ? last.index + last[0].length : null;
}

// The step's name before its day: "Ban hành: 25/5/2027".
const STEP_NAME = /^[^\d:;]{1,40}:\s*/u;

/** The step after a draft's, when it gives a day of its own ("… Hoàn thành: 15/7/2022"), or null. */
function afterDraft(text: string): DeadlineResult | null {
  const at = afterDraftSteps(text);
  if (at === null) return null;
  const step = text.slice(at);
  const next = [parseDeadline(step), parseDeadline(step.replace(STEP_NAME, ""))].find((read) => read.ok);
  return next?.ok ? { ok: true, deadline: { ...next.deadline, text } } : null;
}

// "Bắt đầu: 20/5; Hoàn thành: 20/6/2025", "Khảo sát: tháng 3; Báo cáo: 15/4/2026": a time written as named steps,
// each "<step>: <time>", is due when its last step is, as work in rounds is; the steps before are on the way.
const STEP_SEPARATOR = /\s*;\s*/;

/** The last of two or more named steps a time gives, read; null when it names fewer or the last gives no day. */
function lastStep(text: string): DeadlineResult | null {
  const steps = text.split(STEP_SEPARATOR).filter(Boolean);
  if (steps.length < 2 || !steps.every((step) => STEP_NAME.test(step))) return null;
  const last = parseDeadline(steps.at(-1)!.replace(STEP_NAME, ""));
  return last.ok ? { ok: true, deadline: { ...last.deadline, text } } : null;
}

/**
 * Whether a text dates one piece of work in steps, due with the last: rounds ("Đợt 1 …; Đợt 2 …"), shares of a target
 * ("40% … trước ngày 30/6 và 95% …"), a draft before its final ("dự thảo … trước 20/3; trình … trước 30/4"), or
 * named steps ("Bắt đầu: …; Hoàn thành: …").
 */
export const datesInSteps = (text: string): boolean =>
  lastRound(text) !== null ||
  lastStagedShare(text) !== null ||
  afterDraftSteps(text) !== null ||
  lastStep(text) !== null;

export function parseDeadline(wording: string): DeadlineResult {
  const text = clean(wording);
  const round = lastRound(text);
  if (round) {
    const last = parseDeadline(text.slice(round.index + round[0].length).replace(/^[\s:,-]+/, ""));
    if (last.ok) return { ok: true, deadline: { ...last.deadline, text } };
  }
  const step = lastStep(text);
  if (step) return step;
  const final = afterDraft(text);
  if (final) return final;
  const meeting = beforeExpectedMeeting(text);
  if (meeting) return meeting;
  // Slashes and dashes stay: they separate day, month and year. A month named by its place in a quarter ("tháng cuối
  // quý III") is read as the month it is (days-of-month.ts).
  const unplaced = fold(withNumberWords(text).replace(DASHES, "-"), "/-.")
    .replace(PART_OF_DAY, "")
    .replace(WEEKDAY_BEFORE_DAY, "")
    .replace(LEAD_IN, "");
  const folded = withQuarterMonths(unplaced);
  // "Đã tổ chức từ 18 - 20/01/2022", "Đã hoàn thành tháng 3": work the plan reports as done, written where a
  // deadline goes, dates when it was done; nothing is due.
  if (/^da\s/.test(folded)) return { ok: false, code: "no-date", text };
  // "Từ tháng 10/2025", "Từ ngày 01/3/2026" with no end: when the work begins, never when it is due, and so is
  // "Thường xuyên từ ngày …", "Bắt đầu từ ngày …"; "Từ ngày 18 - 22/5/2026" is a span of days, due on its last.
  const from = folded.replace(OPEN_FROM, "");
  if (/^tu\s/.test(from) && !/\bden\b/.test(from) && !new RegExp(`^tu (?:ngay )?${DAY_SPAN_START}\\d`).test(from))
    return { ok: false, code: "no-date", text };
  // "Từ ngày 01/01/2025 đến thời điểm kiểm tra", "… đến nay": a span to a time with no date ends on no day.
  if (/^tu\s.*\bden\b(?!.*\d)/.test(folded)) return { ok: false, code: "no-date", text };
  const span = [...folded.matchAll(SPAN_END)].at(-1);
  const end = span ? matchRule(folded.slice(span.index + span[0].length)) : null;
  return toResult(text, end?.due ? end : matchRule(folded));
}

// "trước Kỳ họp chuyên đề của HĐND tỉnh (dự kiến ngày 15/8/2024)", "trước kỳ họp thường lệ cuối năm (dự kiến khai mạc
// ngày mười hai tháng Mười hai)": work due before a meeting whose bracket gives the day it is expected on is due
// before that day, as "trước ngày …" is. The day's year may be left out, for the plan's year to give it.
export const BEFORE_EXPECTED_MEETING =
  /(?<![\p{L}\d])trước\s+(?:kỳ họp|phiên họp|cuộc họp|hội nghị|đại hội)[^().;]{0,120}\(\s*dự kiến[^()]{0,40}?ngày\s+(\d{1,2}(?:\s*(?:\/)\s*|\s+tháng\s+)\d{1,2}(?:(?:\s*(?:\/)\s*|\s+năm\s+)\d{4})?)\s*\)/iu;

/** The deadline of wording that opens with work due before a meeting of an expected day, or null. */
function beforeExpectedMeeting(text: string): DeadlineResult | null {
  const numbered = withNumberWords(text);
  const meeting = BEFORE_EXPECTED_MEETING.exec(numbered);
  // A day written before the meeting ("trước ngày 10/6/2024, trước Hội nghị …") is the one the work is due on.
  if (!meeting || /\d/.test(numbered.slice(0, meeting.index))) return null;
  const read = parseDeadline(`trước ngày ${meeting[1]}`);
  return read.ok ? { ok: true, deadline: { ...read.deadline, text } } : null;
}

interface RuleMatch {
  rule: (typeof RULES)[number];
  match: RegExpMatchArray;
  due: IsoDate | null;
}

/** The first rule the folded wording matches, and the day it gives (null when that day does not exist). */
function matchRule(folded: string): RuleMatch | null {
  for (const rule of RULES) {
    const match = folded.match(rule.pattern);
    if (match) return { rule, match, due: rule.due(match) };
  }
  return null;
}

function toResult(text: string, read: RuleMatch | null): DeadlineResult {
  if (!read) return { ok: false, code: "no-date", text };
  const { rule, match, due } = read;
  if (!due) return { ok: false, code: "invalid-date", text, why: faultOf(match, rule.kind) };
  return { ok: true, deadline: { text, due, kind: rule.kind } };
}

const BARE_DAY = /(?<=^|\s)ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}/giu;
// The date of a document: "Kế hoạch số 98/KH-UBND ngày 14/4/2026", "Nghị định 30/2020/NĐ-CP
// ngày …", "Công điện ngày …".
const DOCUMENT_NUMBER =
  /(\bsố\s*\S+|[^\s/]*\/[^\s\p{Lu}]*\p{Lu}\S*|\b(quyết định|kế hoạch|công văn|công điện|thông báo|nghị quyết|chỉ thị|văn bản|tờ trình|thông tư|nghị định))\s*$/iu;

/**
 * Where a bare "ngày 20/8/2026" stands as the day a task is due ("báo cáo … ngày 20/8/2026",
 * "tổ chức … vào ngày 19/12/2026"): not when it dates a document, nor when it opens the
 * sentence ("Ngày 10/3/2026, …" tells what happened), nor after "sau" ("Trường hợp sau ngày
 * 01/7/2025 …", "sau ngày 15/3/2026 mới …": a day things begin after, not one they end by) or "từ"
 * ("hồ sơ tiếp nhận từ ngày 01/7/2025": a day things begin on).
 */
function bareDayAt(text: string): number | undefined {
  for (const m of text.matchAll(BARE_DAY)) {
    const before = text.slice(0, m.index).trimEnd();
    if (before && !/[.;:]$/.test(before) && !beginsOrDates(before)) return m.index;
  }
  return undefined;
}

/** Whether a text gives a document's date ("… tại Văn bản số 215/SXD-QHKT ngày 20/02/2025"): a day no task is due. */
export const datesDocument = (text: string): boolean =>
  [...text.matchAll(BARE_DAY)].some((m) => DOCUMENT_NUMBER.test(text.slice(0, m.index).trimEnd()));

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
  // "số liệu … (tính đến ngày 31/01/2023)", "tính đến hết ngày …": the day figures are counted up to, which says
  // what is to be reported, not by when.
  // (Only the words just before the keyword are looked at: a sentence may hold thousands of days.)
  const near = text.slice(Math.max(0, index - DATA_REACH), index);
  if (/^đến/iu.test(text.slice(index)) && /(?<!\p{L})tính\s+$/iu.test(near)) return null;
  // "báo cáo … (số liệu từ ngày 15/12/2025 đến ngày 14/6/2026)": the period the figures cover, neither end of it a
  // deadline.
  if (dataSpan(text.slice(index), near)) return null;
  // "hoàn thành 05 ngày trước ngày 01/11/2024": the count of days is part of the wording, five days before that day.
  const counted = /^trước ngày/iu.test(text.slice(index)) && COUNT_BEFORE.exec(text.slice(0, index));
  if (counted) return counted.index;
  if (!/^tháng/iu.test(text.slice(index))) return index;
  const before = text.slice(0, index);
  const within = before.match(DAY_BEFORE_MONTH);
  if (within) return /(^|\s)từ\s+$/iu.test(before.slice(0, within.index)) ? null : within.index!;
  const day = before.match(/(?<=^|\s)ngày\s+\d{1,2}\s+$/iu);
  if (day) return beginsOrDates(before.slice(0, day.index).trimEnd()) ? null : day.index!;
  return /(^|\s)từ(\s+(đầu|giữa|cuối))?\s+$/iu.test(before) ? null : index;
}

// "số liệu (tính) từ", "thời gian lấy số liệu: từ": a few words after "số liệu" open the span; its "đến" follows
// the "từ" in the same bracket or clause.
const DATA_FROM = /(?<!\p{L})số\s+liệu(?:\s+\p{L}+){0,3}\s*(?::\s*)?$/iu;
const DATA_REACH = 120;
const DATA_TO = /(?<!\p{L})số\s+liệu(?:\s+\p{L}+){0,3}\s*(?::\s*)?từ\s+[^;()]{1,40}$/iu;

/** Whether wording starting `rest` is an end of the span of days a report's figures cover. */
const dataSpan = (rest: string, before: string): boolean =>
  (/^từ\s/iu.test(rest) && DATA_FROM.test(before)) || (/^đến\s/iu.test(rest) && DATA_TO.test(before));

/** Where the first deadline wording a keyword after `from` finds starts, and where to look for the next. */
function firstKeyword(text: string, from = 0): { at: number; next: number } | undefined {
  for (const m of text.slice(from).matchAll(KEYWORDS)) {
    const index = from + m.index;
    // "trước ngày 15 của tháng cuối quý, bắt đầu từ ngày 01/3/2026": a day of no month named falls in every
    // period, so it dates nothing, and the date after it (when the reports begin) is not its.
    if (DAY_OF_EVERY_PERIOD.test(text.slice(index))) continue;
    const at = keywordStart(text, index);
    if (at !== null) return { at, next: index + 1 };
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
// 2026"); "06 tháng cuối năm" writes the six with a zero, as numbers do.
// A span of days dates a sentence as it does a time cell ("bồi dưỡng giáo viên từ ngày 05–09/8/2024 tại …"), and so
// does a span of two days with or without "ngày" before the first ("tập huấn từ 03/10 đến 17/10/2025"); and so
// does an hour of a day ("báo cáo UBND tỉnh trước 17 giờ ngày 30/8/2024": due that day, before the hour). A day of a
// month named by its place in a numbered quarter ("hoàn thành ngày 20 của tháng cuối quý III/2025") dates a sentence
// from its day, not from the quarter's end (days-of-month.ts reads the month).
const KEYWORD = new RegExp(
  String.raw`(ngày \d{1,2}(?:\s+của)?\s+tháng\s+(?:đầu|giữa|cuối|thứ\s+\S+)(?:\s+(?:tiên|cùng))?\s+(?:của\s+)?quý\s+[IVX\d]+|thời gian (hoàn thành|xong|thực hiện)|hạn (hoàn thành|nộp)\s*(?::\s*)?(?=\d)|(thời )?hạn\s*:\s*(?=\d)|${HAN}\s+(?:ngày\s+)?(?=\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4})|(từ |các )?ngày \d{1,2}(\/\d{1,2})?\s*-\s*\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}|trước \d{1,2}\s*(giờ|h)(\s*\d{1,2})?(\s*phút)?\s+ngày \d|trước ngày|chậm nhất|hạn chót|hạn cuối(?: cùng)?\s*(?::\s*)?(?=(?:ngày\s+)?\d)|vào cuối năm \d{4}|hoàn thành trong|(đến|đến hết) ngày \d|từ (?:ngày \d|\d{1,2}\s*\/\s*\d{1,2}(?!\d))(?=(?:[^;.]|\.(?=\d))*\sđến\s)|từ tháng \d(?=[^;.]*\sđến(?: hết)? (?:tháng|quý|năm) )|(hoàn thành:?|xong|trước) \d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}|tháng \d{1,2}(?:\s*-\s*\d{1,2})?\s*[/năm]|quý [IVX\d]+(?:\s*-\s*[IVX\d]+)?\s*[/n]|trong (0?6|sáu) tháng (đầu|cuối) năm|(?<=(?:[;,:]|hoàn thành|xong)\s*)(0?6|sáu) tháng (đầu|cuối) năm \d{4}(?=\s*(?:[.;]\s*)?$)|trong năm \d{4}(?=\s*(?:[.;]\s*)?$)|(?<=^\s*)trong năm \d{4}(?=\s*,)|(?<=;\s*)năm \d{4}(?=\s*(?:[.;]\s*)?$)|(?<=\(\s*)trong năm \d{4}(?=\s*\)))`,
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

function wordingAt(text: string, at: number): string | null {
  const fronted = FRONTED_YEAR.exec(text.slice(at));
  if (fronted) return fronted[0];
  const whole = toBracketEnd(text.slice(at))
    .replace(/[.;]\s*$/, "")
    .trim();
  const sentence = whole.split(NEXT_SENTENCE, 1)[0]!.trim();
  // The next sentence may carry the work's last round ("… trong tháng 4/2025. Giai đoạn 2: … trước ngày 15/6/2025"):
  // the wording ends with its sentence only when that gives the same day.
  const wording = sentence !== whole && dueOf(sentence) !== null && dueOf(sentence) === dueOf(whole) ? sentence : whole;
  const parsed = parseDeadline(wording);
  return parsed.ok || parsed.code === "invalid-date" ? wording : null;
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
  const wording =
    (round && wordingFrom(text.slice(round.index), issued)) ||
    (share && wordingFrom(text.slice(share.index), issued)) ||
    (draft !== null && wordingFrom(text.slice(draft), issued)) ||
    wordingFrom(text, issued);
  if (!wording) return null;
  const at = text.lastIndexOf(wording);
  return written.slice(original(at), original(at + wording.length));
}

function wordingFrom(text: string, issued: IsoDate | null): string | null {
  const first = firstKeyword(text);
  const at = first?.at ?? bareDayAt(text);
  if (at === undefined) return null;
  const wording = wordingAt(text, at);
  // "Trong năm 2024, Sở Y tế rà soát …, hoàn thành trước ngày 30/6/2024": a day later in the sentence is the nearer.
  if (first && FRONTED_YEAR.test(text.slice(at))) {
    for (let found = firstKeyword(text, first.next); found; found = firstKeyword(text, found.next)) {
      const later = wordingAt(text, found.at);
      if (later) return later;
    }
  }
  const due = wording && dueOf(wording);
  if (!wording || !issued || !due || due >= issued) return wording;
  for (let found = firstKeyword(text, first?.next ?? at + 1); found; found = firstKeyword(text, found.next)) {
    const later = wordingAt(text, found.at);
    const laterDue = later && dueOf(later);
    if (laterDue && laterDue >= issued) return later;
  }
  return wording;
}
