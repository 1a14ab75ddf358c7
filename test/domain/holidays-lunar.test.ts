import { describe, expect, it } from "vitest";
import { VIETNAM_DAYS_OFF } from "../../src/domain/holidays-vn.ts";
import { lunarToSolar } from "../../src/domain/lunar-calendar.ts";

// The days off are the Government's notices (data: bridging days move each year), the lunar days a reckoning: the two
// must agree, or a deadline would move past a Tết or Giỗ Tổ the lunar reader dates differently.
const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();
const daysOff = (name: string, year: number) =>
  VIETNAM_DAYS_OFF.filter((e) => e.name === name && !e.working && e.date.startsWith(`${year}-`)).map((e) => e.date);
const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

describe("the notices' lunar holidays and the lunar calendar", () => {
  for (let year = 2019; year <= 2027; year++) {
    it(`${year}: Tết's first day and Giỗ Tổ (10 tháng Ba) are days off, or a weekend whose next working day is`, () => {
      const tet = lunarToSolar(1, 1, year)!;
      const tetOff = daysOff("Tết Nguyên đán", year);
      expect(tetOff.includes(tet) || [0, 6].includes(weekday(tet)), tet).toBe(true);
      const hung = lunarToSolar(10, 3, year)!;
      const hungOff = daysOff("Giỗ Tổ Hùng Vương", year);
      // On a weekend the day off moves to the next working day (Monday, or after the 30/4 and 1/5 holidays).
      const moved = [nextDay(hung), nextDay(nextDay(hung)), nextDay(nextDay(nextDay(hung)))];
      expect(
        hungOff.includes(hung) || ([0, 6].includes(weekday(hung)) && moved.some((d) => hungOff.includes(d))),
        hung,
      ).toBe(true);
    });
  }
});
