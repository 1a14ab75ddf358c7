// Tết Nguyên đán, the first day of the lunar year, falls on a different solar day every year; plans name the year by
// its stem and branch ("Tết Nguyên đán Ất Tỵ", "Tết Bính Ngọ"), by its number ("Tết Nguyên đán 2026"), or both.
// The days are data, as the holidays of holidays-vn.ts are (Vietnam's own calendar, UTC+7); a year outside the table
// dates nothing.
import type { IsoDate } from "./dates.ts";

const FIRST_DAY: Readonly<Record<number, IsoDate>> = {
  2019: "2019-02-05",
  2020: "2020-01-25",
  2021: "2021-02-12",
  2022: "2022-02-01",
  2023: "2023-01-22",
  2024: "2024-02-10",
  2025: "2025-01-29",
  2026: "2026-02-17",
  2027: "2027-02-06",
  2028: "2028-01-26",
  2029: "2029-02-13",
  2030: "2030-02-03",
};

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
