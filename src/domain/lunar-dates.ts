// Plans for Tết and the lunar festivals date their work by the lunar calendar: "trước ngày 20 tháng Chạp năm Ất
// Tỵ", "chậm nhất ngày 25 tháng Chạp", "vào ngày mùng 8 tháng Giêng năm Bính Ngọ", "ngày 10 tháng 3 âm lịch". Such a
// day is written as its solar day ("trước ngày 07/02/2026") for the deadline readers, which know only solar days; a
// solar day the plan gives in brackets after it ("(ngày 07/02/2026)") is the same day, said again, and goes.
// A month is lunar when its name is (Giêng, Chạp), when "âm lịch" follows, or when the year is named by its stem
// and branch; "tháng Mười Một năm 2025" is a solar month. A lunar year left out is the first that puts the day on or
// after the plan's date (a plan of January 2026 means the Chạp of Ất Tỵ, the Giêng of Bính Ngọ).
import { makeDate, type IsoDate } from "./dates.ts";
import { lunarToSolar } from "./lunar-calendar.ts";
import { yearName } from "./lunar-new-year.ts";
import { fold } from "./text.ts";

const MONTH_NAMES: Readonly<Record<string, number>> = {
  gieng: 1,
  hai: 2,
  ba: 3,
  tu: 4,
  nam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
  muoi: 10,
  "muoi mot": 11,
  "muoi hai": 12,
  chap: 12,
};
const MONTH = String.raw`giêng|chạp|mười\s+một|mười\s+hai|mười|một|hai|ba|tư|năm|sáu|bảy|tám|chín|\d{1,2}`;
const STEM = "giáp|ất|bính|đinh|mậu|kỷ|canh|tân|nhâm|quý";
const BRANCH = "tý|sửu|dần|mão|mẹo|thìn|tỵ|ngọ|mùi|thân|dậu|tuất|hợi";
const LUNAR_MARK = String.raw`(?:\s+âm\s+lịch|\s*\(\s*âm\s+lịch\s*\))`;
// "(ngày 07/02/2026)", "(tức ngày 7/2/2026 dương lịch)": the solar day said again in brackets.
const BRACKETED_SOLAR = String.raw`(?:\s*\(\s*(?:tức\s+)?(?:ngày\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?:\s+dương\s+lịch)?\s*\))`;
const LUNAR_DAY = new RegExp(
  String.raw`(?<![\p{L}\d])(ngày\s+)?(?:(?:mùng|mồng)\s+)?(\d{1,2})\s+tháng\s+(${MONTH})(?![\p{L}\d])(${LUNAR_MARK})?` +
    String.raw`(?:\s+năm\s+((?:${STEM})\s+(?:${BRANCH}))(?![\p{L}])(?:\s+(\d{4}))?)?(${LUNAR_MARK})?${BRACKETED_SOLAR}?`,
  "giu",
);

/** The lunar year a stem and branch name ("at ty"), the one of the sixty-year cycle nearest the plan's year. */
function namedYear(name: string, near: number): number | null {
  const folded = fold(name).replace(/ meo$/, " mao");
  for (let y = near - 30; y < near + 30; y++) if (yearName(y) === folded) return y;
  return null;
}

/** The solar day of a lunar day and month in the year named, or in the first year that is not past on `issued`. */
function solarDay(day: number, month: number, year: number | null, issued: IsoDate | null): IsoDate | null {
  if (year !== null) return lunarToSolar(day, month, year);
  if (!issued) return null;
  const solarYear = Number(issued.slice(0, 4));
  for (const candidate of [solarYear - 1, solarYear, solarYear + 1]) {
    const solar = lunarToSolar(day, month, candidate);
    if (solar && solar >= issued) return solar;
  }
  return null;
}

const format = (date: IsoDate) => `${date.slice(8)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

// "vào ngày 13/02/2025 (ngày 16 tháng Giêng năm Ất Tỵ)": a lunar day in brackets after a solar day says that day
// again for the reader; it stays as written, for the solar day before it dates the work.
const AFTER_SOLAR_DAY = /\d{4}\s*\(\s*(?:tức\s+)?$/u;

/** The text with each lunar day written as its solar day ("ngày 07/02/2026"), in a plan issued on `issued`. */
export function withSolarDays(text: string, issued: IsoDate | null): string {
  if (!/tháng|mùng|mồng/iu.test(text)) return text;
  return text
    .normalize("NFC")
    .replace(LUNAR_DAY, (whole, ngay, d, m, mark1, can, written, mark2, bd, bm, by, at: number, all: string) => {
      if (AFTER_SOLAR_DAY.test(all.slice(Math.max(0, at - 20), at))) return whole;
      const monthWord = fold(String(m)).replace(/\s+/g, " ");
      const named = monthWord === "gieng" || monthWord === "chap";
      if (!named && !mark1 && !mark2 && !can) return whole;
      const month = MONTH_NAMES[monthWord] ?? Number(m);
      const near = written ? Number(written) : issued ? Number(issued.slice(0, 4)) : null;
      const year = can && near !== null ? namedYear(String(can), near) : null;
      const solar =
        (can && year === null ? null : solarDay(Number(d), month, year, issued)) ??
        (by ? makeDate(Number(by), Number(bm), Number(bd)) : null);
      return solar ? `${ngay ?? "ngày "}${format(solar)}` : whole;
    });
}
