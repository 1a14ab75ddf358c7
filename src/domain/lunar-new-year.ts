// Tết Nguyên đán, the first day of the lunar year, falls on a different solar day every year (data, as the days
// off in holidays-vn.ts are). Plans name the year it opens by its stem and branch ("Tết Nguyên đán Bính Ngọ") or
// by the solar year it falls in ("Tết Nguyên đán năm 2026"), so "trước Tết Nguyên đán Bính Ngọ" is a day.
import type { IsoDate } from "./dates.ts";

/** Mùng 1 Tết of each solar year, as Vietnam's calendar (UTC+7) has it. */
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

// Folded (no marks), indexed by the solar year modulo 10 and 12: 2026 is Bính (6) Ngọ (10).
const STEMS = ["canh", "tan", "nham", "quy|qui", "giap", "at", "binh", "dinh", "mau", "ky|ki"];
const BRANCHES = ["than", "dau", "tuat", "hoi", "ty|ti", "suu", "dan", "mao|meo", "thin", "ty|ti", "ngo", "mui"];

/** A lunar year's name, folded ("binh ngo"), as a pattern of its stem and branch. */
export const YEAR_NAME = String.raw`(${STEMS.join("|")})\s+(${BRANCHES.join("|")})\b`;

/** Mùng 1 Tết of the solar year `year`, or null beyond the years known. */
export const lunarNewYear = (year: number): IsoDate | null => FIRST_DAY[year] ?? null;

/**
 * Mùng 1 Tết of the lunar year a folded stem and branch name ("at", "ty"), the year known that bears the name (one
 * in sixty), or null. "Tỵ" folds as "ty", as "Tý" does: the stem tells them apart, a stem going with every other
 * branch (Ất goes with Tỵ, Giáp with Tý).
 */
export function lunarNewYearNamed(stem: string, branch: string): IsoDate | null {
  for (const year of Object.keys(FIRST_DAY).map(Number)) {
    const s = STEMS[year % 10]!.split("|");
    const b = BRANCHES[year % 12]!.split("|");
    if (s.includes(stem) && b.includes(branch)) return FIRST_DAY[year]!;
  }
  return null;
}
