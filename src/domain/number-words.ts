// A formal plan may write a date's numbers in words, as documents of ceremony do: "ngày mười lăm tháng Tư
// năm 2026", "ngày mồng một tháng Tám", "tháng Mười Hai", "Quý Ba". A reader takes them as the numbers
// they are. Months in words are capitalised ("tháng Năm" is May), which keeps "tháng năm" (month and
// year) and "6 tháng đầu năm" as they are.

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
const DAY_WORDS = new RegExp(
  `(?<=\\bngày\\s+)(?:(?:mồng|mùng)\\s+)?((?:(?:${DIGIT})\\s+mươi|mười)(?:\\s+(?:${DIGIT}))?|(?:${DIGIT}))(?![\\p{L}])`,
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
const MONTH_WORDS = new RegExp(`\\b(tháng)\\s+(${MONTHS.map(([w]) => w).join("|")})(?![\\p{L}])`, "giu");
const QUARTERS: Record<string, string> = { Một: "I", Nhất: "I", Hai: "II", Ba: "III", Bốn: "IV", Tư: "IV" };
const QUARTER_WORDS = new RegExp(`\\b(quý)\\s+(${Object.keys(QUARTERS).join("|")})(?![\\p{L}])`, "giu");

/** The value of a day written in words ("hai mươi mốt" → 21), or null. */
export function dayInWords(words: string): number | null {
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
  return value >= 1 && value <= 31 ? value : null;
}

/** The text with the days, months and quarters of its dates written in words given as numbers. */
export function withNumberWords(text: string): string {
  return text
    .replace(DAY_WORDS, (words: string, day: string) => String(dayInWords(day) ?? words))
    .replace(MONTH_WORDS, (words: string, month: string, name: string) => {
      // Capitalised only: "tháng năm" in lower case is "month and year", no month's name.
      const entry = MONTHS.find(([w]) => w === name);
      return entry ? `${month} ${entry[1]}` : words;
    })
    .replace(QUARTER_WORDS, (words: string, quarter: string, name: string) =>
      QUARTERS[name] ? `${quarter} ${QUARTERS[name]}` : words,
    );
}
