// A formal plan may write a date's numbers in words, as documents of ceremony do: "ngày mười lăm tháng Tư
// năm 2026", "ngày mồng một tháng Tám", "tháng Mười Hai", "Quý Ba", "năm hai nghìn không trăm hai mươi tư". A
// reader takes them as the numbers they are. Months in words are capitalised ("tháng Năm" is May), which keeps
// "tháng năm" (month and year) and "6 tháng đầu năm" as they are; a month in lower case is one when its year follows
// ("ngày mười lăm tháng tám năm 2024", "tháng năm năm 2025"): nothing else comes between "tháng" and a year.

const DIGITS: Record<string, number> = {
  một: 1,
  mốt: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  tư: 4,
  năm: 5,
  lăm: 5,
  sáu: 6,
  bảy: 7,
  tám: 8,
  chín: 9,
};
const DIGIT = Object.keys(DIGITS).join("|");
// "mười", "mười lăm", "hai mươi", "hai mươi mốt", "ba mươi", or one digit; "mồng"/"mùng" before days 1–10.
const BELOW_HUNDRED = `(?:(?:${DIGIT})\\s+mươi|mười)(?:\\s+(?:${DIGIT}))?|(?:${DIGIT})`;
const DAY_WORDS = new RegExp(`(?<=\\bngày\\s+)(?:(?:mồng|mùng)\\s+)?(${BELOW_HUNDRED})(?![\\p{L}])`, "giu");
// A year of this century: "năm hai nghìn không trăm hai mươi tư", "năm hai ngàn hai mươi lăm", "… không trăm linh năm".
const YEAR_WORDS = new RegExp(
  `(?<=\\bnăm\\s+)hai\\s+(?:nghìn|ngàn)(?:\\s+không\\s+trăm)?(?:\\s+(?:linh|lẻ))?\\s+(${BELOW_HUNDRED})(?![\\p{L}])`,
  "giu",
);
const MONTHS: [string, number][] = [
  ["Mười Hai", 12],
  ["Mười Một", 11],
  ["Giêng", 1],
  ["Chạp", 12],
  ["Mười", 10],
  ["Hai", 2],
  ["Ba", 3],
  ["Tư", 4],
  ["Năm", 5],
  ["Sáu", 6],
  ["Bảy", 7],
  ["Tám", 8],
  ["Chín", 9],
];
// The third group, when it matched, is the year after the month.
const MONTH_WORDS = new RegExp(
  `\\b(tháng)\\s+(${MONTHS.map(([w]) => w).join("|")})(?![\\p{L}])(?=(\\s+năm\\s+(?:\\d{4}|hai\\s+(?:nghìn|ngàn)))?)`,
  "giu",
);
const QUARTERS: Record<string, string> = { một: "I", nhất: "I", hai: "II", ba: "III", bốn: "IV", tư: "IV" };
// "Quý Hai", "xong trong quý hai": a quarter's number in words, capitalised or not.
const QUARTER_WORDS = new RegExp(`\\b(quý)\\s+(${Object.keys(QUARTERS).join("|")})(?![\\p{L}])`, "giu");
// "trong quý đầu năm", "trong tháng cuối năm": the year's first or last quarter or month, one period (never "6 tháng
// đầu năm", "những tháng cuối năm", "tháng đầu năm 2025" of a span): the words of time before it say so.
const YEAR_END_PERIOD = /(?<=(?:trong|vào)\s+)(tháng|quý)\s+(đầu|cuối)\s+năm(?![\p{L}\d]|\s+\d)/giu;
const YEAR_END_VALUE: Record<string, [string, string]> = { tháng: ["1", "12"], quý: ["I", "IV"] };

/** The value of one or two digits written in words ("hai mươi mốt" → 21, "ba" → 3), or null. */
export function belowHundred(words: string): number | null {
  const parts = words.toLowerCase().split(/\s+/);
  let value = 0;
  if (parts[0] === "mười") {
    value = 10;
    parts.shift();
  } else if (parts[1] === "mươi") {
    value = 10 * (DIGITS[parts[0]!] ?? 0);
    parts.splice(0, 2);
  }
  if (parts.length > 1) return null;
  if (parts.length === 1) value += DIGITS[parts[0]!] ?? NaN;
  return value >= 1 && value <= 99 ? value : null;
}

/** The value of a day written in words ("hai mươi mốt" → 21), or null. */
export function dayInWords(words: string): number | null {
  const value = belowHundred(words);
  return value !== null && value <= 31 ? value : null;
}

interface Edit {
  start: number;
  end: number;
  by: string;
}

/**
 * A month's name capitalised ("Tám", "Mười một") or before its year ("tám năm 2024"): "tháng năm" in lower case is
 * "month and year", no month.
 */
const monthNamed = (name: string, yearAfter: boolean) =>
  /^\p{Lu}/u.test(name) || yearAfter ? MONTHS.find(([w]) => w.toLowerCase() === name.toLowerCase())?.[1] : undefined;

/** The words of the text to give as numbers, in order. */
function edits(text: string): Edit[] {
  const found: Edit[] = [];
  const each = (pattern: RegExp, by: (m: RegExpMatchArray) => string | null | undefined) => {
    for (const m of text.matchAll(pattern)) {
      const value = by(m);
      if (value) found.push({ start: m.index, end: m.index + m[0].length, by: value });
    }
  };
  each(DAY_WORDS, (m) => String(dayInWords(m[1]!) ?? ""));
  each(YEAR_WORDS, (m) => {
    const year = belowHundred(m[1]!);
    return year ? String(2000 + year) : null;
  });
  each(MONTH_WORDS, (m) => {
    const month = monthNamed(m[2]!, m[3] !== undefined);
    return month ? `${m[1]} ${month}` : null;
  });
  each(QUARTER_WORDS, (m) => {
    const quarter = QUARTERS[m[2]!.toLowerCase()];
    return quarter ? `${m[1]} ${quarter}` : null;
  });
  each(YEAR_END_PERIOD, (m) => {
    const [first, last] = YEAR_END_VALUE[m[1]!.toLowerCase()]!;
    return `${m[1]} ${m[2]!.toLowerCase() === "đầu" ? first : last}`;
  });
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The text with the days, months, quarters and years of its dates written in words given as numbers, and where
 * each of its places stands in the text as written: wording found in the one is cut from the other.
 */
export function numberWordsMapped(text: string): { text: string; original: (at: number) => number } {
  const marks: { at: number; from: number }[] = [];
  let out = "";
  let from = 0;
  for (const edit of edits(text)) {
    if (edit.start < from) continue;
    out += text.slice(from, edit.start);
    marks.push({ at: out.length, from: edit.start }, { at: out.length + edit.by.length, from: edit.end });
    out += edit.by;
    from = edit.end;
  }
  out += text.slice(from);
  const original = (at: number) => {
    const mark = marks.findLast((m) => m.at <= at);
    return mark ? mark.from + Math.max(0, at - mark.at) : at;
  };
  return { text: out, original };
}

/** The text with the days, months, quarters and years of its dates written in words given as numbers. */
export const withNumberWords = (text: string): string => numberWordsMapped(text).text;
