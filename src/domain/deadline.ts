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
import { withNumberWords } from "./number-words.ts";
import { addDays, lastDayOfMonth, makeDate, type IsoDate } from "./dates.ts";
import { DAY_OF_MONTH_RULES, withQuarterMonths } from "./days-of-month.ts";
import { TET_NAMES, TET_YEARS, tetDay } from "./lunar-new-year.ts";
import { clean, fold } from "./text.ts";
import { withoutCitedDays } from "./cited-days.ts";

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
  | { fault: "no-such-month"; written: string; month: number }
  | { fault: "backward-span"; written: string };

export type DeadlineResult =
  | { ok: true; deadline: Deadline }
  | { ok: false; code: "no-date"; text: string }
  | { ok: false; code: "invalid-date"; text: string; why: DateFault };

// Lead-in words, one after another ("hoàn thành chậm nhất 30/6/2026").
// "Hạn: 27/4/2026" names the deadline in one word.
const LEAD_IN =
  /^(?:(?:thoi gian (?:hoan thanh|xong|thuc hien|nop)|han(?: (?:hoan thanh|nop|chot|cuoi(?: cung)?))?|hoan thanh|thuc hien|xong|thoi han|cham nhat)\s*)+/;
// "Kỳ 6 tháng đầu năm 2025", "Kỳ báo cáo năm 2025": a time cell may name the period the work is for by its word
// "kỳ" (the reporting period): the period's end, as the period alone gives. Only before a period's own words, so a
// lunar year's stem ("Kỷ Hợi") and a period no one day ends ("Kỳ họp thứ 10") stay as they were.
const PERIOD_NAMED = /^ky\s+(?:bao cao\s+)?(?=(?:(?:0?6|sau)\s+thang|nua nam|nam|quy|thang)\s+\S)/;
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
// "Thứ Hai, 15/04/2024", "trước Thứ Sáu, 31/05/2024", "Chủ nhật, ngày 2/6/2024": a day named with its weekday first, as
// Word's date picker (format "dddd, dd/MM/yyyy") and a careful typist write it; the weekday adds nothing to the day.
const WEEKDAY_BEFORE_DAY =
  /(?<=^|\s)(?:thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])|chu nhat)\s+(?=ngay\s+\d|\d{1,2}\s*[/.-]\s*\d)/g;
// "Sáng thứ Ba, 05/5/2026", "Chiều 08/5", "Buổi tối ngày 30/4": a schedule says when in the day a visit is; the day
// is the one after it.
const PART_OF_DAY =
  /^(?:buoi\s+)?(?:sang|trua|chieu|toi)\s+(?=(?:thu\s+\S+|chu nhat)\s+(?:ngay\s+)?\d|ngay\s+\d|\d{1,2}\s*[/.-]\s*\d)/;

// "16:00 10/10/2025", "8h30 05/3/2026", "16 giờ, 25/11/2025": a sheet's date-time cell (format "hh:mm dd/mm/yyyy")
// or a typist puts the hour a report is due before its day; the day is the deadline, the hour only says when in it.
// Read on the text before folding, where the colon tells an hour from a listed day ("Ngày 14, 15/4").
const TIME_BEFORE_DAY =
  /^(?:[01]?\d|2[0-3])\s*(?::\s*[0-5]\d|h(?:\s*[0-5]\d)?|giờ(?:\s*[0-5]\d)?(?:\s*phút)?)(?:,\s*|\s+)(?=(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d)/iu;

function year(text: string): number {
  const n = Number(text);
  return text.length === 2 ? 2000 + n : n;
}

/** A day written d/m/y or "ngày d tháng m năm y" in folded text, or null. */
// "ngày 8-9/10", "ngày 1-2/12": a dash then a slash before two figures is a span of days in a month with no year (the
// plan's year gives it), never the day 8/9/2010: a date written with a dash keeps it ("8-9-2025"), and a short year
// comes after a slash only where the day is written with one too.
const DAY = String.raw`(?!\d{1,2}\s*-\s*\d{1,2}\s*\/\s*\d{2}\b)(\d{1,2})(?:\s*(?:\/|-|\.)\s*|\s+thang\s+)(\d{1,2})(?:\s*(?:\/|-|\.)\s*|\s+nam\s+)(\d{4}|\d{2})\b`;

/** The first day of a span of days and its dash: "12-", "28/5 - ", "5 - ngày" (the word repeated before the last). */
const DAY_SPAN_START = String.raw`\d{1,2}(?:\/\d{1,2})?\s*-\s*(?:ngay\s+)?`;
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

interface Rule {
  pattern: RegExp;
  kind: DeadlineKind;
  due: (m: RegExpMatchArray) => IsoDate | null;
  /** Whether the span the rule read runs backward within its month or year ("tháng 8-7/2025"). */
  backward?: (m: RegExpMatchArray) => boolean;
}

// "tháng 8-7/2025", "Quý III-II/2025", "ngày 20-10/6/2026": a span under one year (or month) whose first part comes
// after its last is a slip of the pen, and which part was meant (8 for 7, or the two swapped) no reader can tell; the
// time is read as no day, for the admin to set, rather than as either month's end. A span across the year's turn
// writes "đến" or both years ("từ tháng 10 đến tháng 3/2026", "tháng 9/2025 - tháng 5/2026") and is read as before.
const FIRST_OF_SPAN = /(\d{1,2}|iv|iii|ii|i)(\/\d{1,2})?\s*-/;
const spanStart = (m: RegExpMatchArray): RegExpExecArray | null => FIRST_OF_SPAN.exec(m[0]);
const numeral = (part: string) => ROMAN[part] ?? Number(part);

const RULES: Rule[] = [
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
    backward: (m) => {
      const start = spanStart(m)!;
      const sameMonth = !start[2] || Number(start[2].slice(1)) === Number(m[2]);
      return sameMonth && Number(start[1]) > Number(m[1]);
    },
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
    backward: (m) => {
      const start = spanStart(m);
      return start !== null && numeral(start[1]!) > numeral(m[1]!);
    },
  },
  {
    // A span of months ("Tháng 7-8/2024") ends with its last month, and so do months listed under one year ("Tháng
    // 10, 11/2024", "tháng 3, 4 và 5/2025", a comma folded to a space), as days listed under one month do.
    pattern:
      /\bthang\s+\d{1,2}(?:\s*-\s*|(?:\s+(?:va\s+)?\d{1,2})*\s+(?:va\s+)?)(\d{1,2})(?:\s*(?:\/)\s*|\s+nam\s+)(\d{4})\b/,
    kind: "month",
    due: (m) => lastDayOfMonth(Number(m[2]), Number(m[1])),
    backward: (m) => {
      const start = spanStart(m);
      return start !== null && Number(start[1]) > Number(m[1]);
    },
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
// and "từ tháng 5/2026 đến hết năm 2026" with its year ("… đến hết năm", "… đến cuối năm": the start's).
const SPAN_END = /\s(?:-|den(?:\s+(?:het|cuoi))?)\s+(?=(?:thang|quy|nam)(?:[\s.,;)]|$))/g;

// "Từ tháng 5 - tháng 9/2024", "từ quý II - quý III/2025": a dash before the span's last month, quarter or year ends
// the span as "đến" does, so a time opening with "Từ" is due at that end, not a start with no end.
const namesSpanEnd = (folded: string): boolean => /\bden\b/.test(folded) || folded.search(SPAN_END) >= 0;

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
export const DASHES = /[\u2010-\u2015\u2212]/g;
// "Đợt 1: tháng 4/2026; Đợt 2: tháng 8/2026": work done in rounds is due when its last round is, and so is work in
// parts counted by ordinals ("lớp thứ nhất trong tháng 4, lớp thứ hai trong tháng 10", "lần thứ hai"), and work in
// numbered phases ("giai đoạn 1 … xong trong tháng 5; giai đoạn 2 … xong trong tháng 8"), never a span of years
// ("giai đoạn 2021 - 2025").
export const ROUND =
  /(?<![\p{L}\d])(?:(?:đợt|giai\s+đoạn)\s+(?:\d{1,2}|[IVX]+)|(?:đợt|lần|lớp|khóa)\s+thứ\s+(?:nhất|hai|ba|tư|năm|\d{1,2}))(?![\p{L}\d])/giu;

const OPENS_ROUND = new RegExp(`^(?:${ROUND.source})`, "iu");

/** Whether a clause opens with its round ("Đợt 1 hoàn thành …", "giai đoạn 2 (…) xong …"): a part of one work. */
export const opensWithRound = (clause: string): boolean => OPENS_ROUND.test(clause.trim());

/** The last of two or more rounds a text names ("Đợt 2"), or null when it names fewer. */
export function lastRound(text: string): RegExpExecArray | null {
  const rounds = [...text.matchAll(ROUND)];
  return rounds.length > 1 ? rounds.at(-1)! : null;
}

// "giải ngân đạt tối thiểu 40% kế hoạch trước ngày 30/6 và trên 95% đến hết ngày 31/12": a target reached in stages,
// each a share of the work with its day, is due when its last share is, as work in rounds is.
const SHARE = /\d+(?:[,.]\d+)?\s*%/gu;
const DATE_IN = /\d{1,2}\s*[/.-]\s*\d{1,2}|\d{1,2}\s*[/.-]\s*\d{4}/u;

/** The last of two or more shares a text names with a date between them, or null. */
export function lastStagedShare(text: string): RegExpExecArray | null {
  const shares = [...text.matchAll(SHARE)];
  const last = shares.at(-1);
  return last && shares.length > 1 && DATE_IN.test(text.slice(shares[0]!.index, last.index)) ? last : null;
}

// "hết quý II/2024 đạt 40%; hết quý III/2024 đạt 70%; hết năm 2024 đạt 100%": the stages written time first, each share
// after the time it is reached by. The work is due with the last stage, whose time stands between the share before it
// and the last share; the first stage opens on its time too. Written share first ("50% trước ngày 30/6 và 100% trước
// ngày 30/9"), a time follows the last share and the stage is read from there (lastStagedShare).
const REACHES = /(?<!\p{L})(?:đạt|được|là|lên|còn)$/u;
const EDGE = /[\s;,.:]/;

/** A stage's time alone: its piece of text without the marks around it and the verb before its share. */
function stageTime(piece: string): string {
  let [from, to] = [0, piece.length];
  while (from < to && EDGE.test(piece[from]!)) from++;
  while (to > from && EDGE.test(piece[to - 1]!)) to--;
  const verb = REACHES.exec(piece.slice(from, to));
  return verb ? stageTime(piece.slice(from, from + verb.index)) : piece.slice(from, to);
}

/** The time of the last stage of two or more written time first, each before its share; null for any other text. */
export function lastStageTimeFirst(text: string): string | null {
  const shares = [...text.matchAll(SHARE)];
  if (shares.length < 2) return null;
  const [first, previous, last] = [shares[0]!, shares.at(-2)!, shares.at(-1)!];
  if (parseDeadline(text.slice(last.index + last[0].length)).ok) return null;
  const opening = stageTime(text.slice(0, first.index));
  const stage = stageTime(text.slice(previous.index + previous[0].length, last.index));
  return stage && parseDeadline(opening).ok ? stage : null;
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
  // "trong quý III/2026, theo … Kế hoạch số 178/KH-UBND ngày 20/8/2025": a cited document's day is no deadline; the
  // wording is read without it when it gives a time without it (cited-days.ts).
  const uncited = withoutCitedDays(text);
  if (uncited !== text) {
    const read = parseDeadline(uncited);
    if (read.ok) return { ok: true, deadline: { ...read.deadline, text } };
  }
  const round = lastRound(text);
  if (round) {
    const last = parseDeadline(text.slice(round.index + round[0].length).replace(/^[\s:,-]+/, ""));
    if (last.ok) return { ok: true, deadline: { ...last.deadline, text } };
  }
  const stage = lastStageTimeFirst(text);
  const staged = stage === null ? null : parseDeadline(stage);
  if (staged?.ok) return { ok: true, deadline: { ...staged.deadline, text } };
  const step = lastStep(text);
  if (step) return step;
  const final = afterDraft(text);
  if (final) return final;
  const meeting = beforeExpectedMeeting(text);
  if (meeting) return meeting;
  // Slashes and dashes stay: they separate day, month and year. A month named by its place in a quarter ("tháng cuối
  // quý III") is read as the month it is (days-of-month.ts).
  const unplaced = fold(withNumberWords(text.replace(TIME_BEFORE_DAY, "")).replace(DASHES, "-"), "/-.")
    .replace(PART_OF_DAY, "")
    .replace(WEEKDAY_BEFORE_DAY, "")
    .replace(LEAD_IN, "")
    .replace(PERIOD_NAMED, "");
  const folded = withQuarterMonths(unplaced);
  // "Đã tổ chức từ 18 - 20/01/2022", "Đã hoàn thành tháng 3": work the plan reports as done, written where a
  // deadline goes, dates when it was done; nothing is due.
  if (/^da\s/.test(folded)) return { ok: false, code: "no-date", text };
  // "Từ tháng 10/2025", "Từ ngày 01/3/2026" with no end: when the work begins, never when it is due, and so is
  // "Thường xuyên từ ngày …", "Bắt đầu từ ngày …"; "Từ ngày 18 - 22/5/2026" is a span of days, due on its last.
  const from = folded.replace(OPEN_FROM, "");
  if (/^tu\s/.test(from) && !namesSpanEnd(from) && !new RegExp(`^tu (?:ngay )?${DAY_SPAN_START}\\d`).test(from))
    return { ok: false, code: "no-date", text };
  // "Từ ngày 01/01/2025 đến thời điểm kiểm tra", "… đến nay": a span to a time with no date ends on no day; one to a
  // quarter or the year's end its start's year dates ("đến quý IV", "đến hết năm", "đến cuối năm") is read below.
  if (/^tu\s.*\bden\b(?!.*\d)(?!(?:\s+(?:het|cuoi))?\s+(?:quy\s+(?:iv|iii|ii|i)|nam)\b)/.test(folded))
    return { ok: false, code: "no-date", text };
  const span = [...folded.matchAll(SPAN_END)].at(-1) ?? DAY_SPAN_END.exec(folded);
  const last = span ? folded.slice(span.index + span[0].length) : null;
  const end = last === null ? null : matchRule(last);
  const yearless = span && last !== null && !end ? endInStartYear(folded.slice(0, span.index), last) : null;
  // "từ tháng 9/2025 đến hết năm học": a span whose end gives no day is due on none; its start is when work begins.
  if (span && !end?.due && !yearless && /^tu\s/.test(from)) return { ok: false, code: "no-date", text };
  return toResult(text, end?.due ? end : (yearless ?? matchRule(folded)));
}

// "từ ngày 15/5/2026 đến ngày 30/6": a span of days whose last day closes the wording with no year of its own.
const DAY_SPAN_END = /\sden\s+(?:het\s+)?(?:ngay\s+)?(?=\d{1,2}\s*\/\s*\d{1,2}[\s.;,)]*$)/;
// An end written without its year: a month's or day's number, a quarter's numeral, "năm" ("đến hết năm").
const YEARLESS_END = /(?:\d|\b(?:iv|iii|ii|i)|\bnam)[\s.;,)]*$/;

/**
 * "Từ tháng 3/2026 đến tháng 12", "từ tháng 10/2025 đến tháng 02", "Quý II/2026 đến quý IV": a span whose end leaves
 * out the year its start gives is due at that end, in the start's year, or the next when the end would come before the
 * start (October to February); never at the start, which is when work begins. Null when the start gives no day (the
 * plan's year then dates both, plan-year.ts) or the end reads as no time.
 */
function endInStartYear(start: string, end: string): RuleMatch | null {
  const begins = matchRule(start.replace(/^tu\s+/, ""));
  // "… đến hết năm, báo cáo hằng quý": words after the year's end, with no number, say what else is done (a school
  // year, "năm học", ends in another month).
  const last = end.replace(/^nam\s(?!\s*hoc\b)\D*$/, "nam").replace(/[\s.;,)]+$/, "");
  if (!begins?.due || !YEARLESS_END.test(last)) return null;
  const startYear = Number(begins.due.slice(0, 4));
  for (const candidate of [startYear, startYear + 1]) {
    const read = matchRule(`${last}${/nam$/.test(last) ? " " : "/"}${candidate}`);
    if (!read?.due || read.rule.backward?.(read.match)) return read;
    if (read.due >= begins.due) return read;
  }
  return null;
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
  rule: Rule;
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
  if (rule.backward?.(match))
    return { ok: false, code: "invalid-date", text, why: { fault: "backward-span", written: text } };
  if (!due) return { ok: false, code: "invalid-date", text, why: faultOf(match, rule.kind) };
  return { ok: true, deadline: { text, due, kind: rule.kind } };
}
