// Tết Nguyên đán, the first day of the lunar year, falls on a different solar day every year; plans name the year by
// its stem and branch ("Tết Nguyên đán Ất Tỵ", "Tết Bính Ngọ"), by its number ("Tết Nguyên đán 2026"), or both.
// The days come from the lunar calendar (Vietnam's own, UTC+7); a year outside the plans' years dates nothing.
import type { IsoDate } from "./dates.ts";
import { lunarToSolar } from "./lunar-calendar.ts";

/**
 * The years plans are dated in, each with its first day by the lunar calendar's one reckoning (lunar-calendar.ts): a
 * table typed by hand had put Tết 2030 on China's day (3 February), where Vietnam's calendar at UTC+7 has 2 February.
 */
const FIRST_DAY: Readonly<Record<number, IsoDate>> = Object.fromEntries(
  Array.from({ length: 12 }, (_, i) => 2019 + i).map((year) => [year, lunarToSolar(1, 1, year)!]),
);

// Folded (no marks): the ten stems and twelve branches in their order; a year's stem is (year - 4) mod 10 and its
// branch (year - 4) mod 12 (4 AD was Giáp Tý). Tý (rat) and Tỵ (snake) fold alike, but a stem and its branch are
// both even or both odd, so with its stem "ty" names one year of the cycle.
const STEMS = ["giap", "at", "binh", "dinh", "mau", "ky", "canh", "tan", "nham", "quy"];
const BRANCHES = ["ty", "suu", "dan", "mao", "thin", "ty", "ngo", "mui", "than", "dau", "tuat", "hoi"];

/** The folded stem and branch of a lunar year ("at ty"). */
export const yearName = (year: number): string => `${STEMS[(year - 4) % 10]} ${BRANCHES[(year - 4) % 12]}`;

const YEARS = Object.keys(FIRST_DAY).map(Number);

/** The folded names of the years the table holds, as a pattern's alternatives ("ky hoi|canh ty|…"; Mão also "meo"). */
export const TET_NAMES = YEARS.flatMap((y) => [
  yearName(y),
  ...(yearName(y).endsWith(" mao") ? [yearName(y).replace(/mao$/, "meo")] : []),
]).join("|");
/** The years the table holds, as a pattern's alternatives. */
export const TET_YEARS = YEARS.join("|");

/**
 * The solar day of Tết of a year named by its stem and branch (folded, "binh ngo"; "meo" is Mão) or by its number; when
 * both are written and disagree, the number wins. Null for a year the table does not hold.
 */
export function tetDay(name: string | null, written: number | null): IsoDate | null {
  const wanted = name?.replace(/ meo$/, " mao") ?? null;
  const year = YEARS.find((y) => y === written) ?? YEARS.find((y) => yearName(y) === wanted);
  return year === undefined ? null : FIRST_DAY[year]!;
}
