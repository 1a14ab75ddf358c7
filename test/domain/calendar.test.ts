import { describe, expect, it } from "vitest";
import {
  addWorkingDays,
  buildCalendar,
  effectiveDue,
  isWorkingDay,
  previousWorkingDay,
  withDayOffRule,
} from "../../src/domain/calendar.ts";
import { weekday } from "../../src/domain/dates.ts";
import { VIETNAM_DAYS_OFF } from "../../src/domain/holidays-vn.ts";

const calendar = buildCalendar(VIETNAM_DAYS_OFF);

describe("effectiveDue", () => {
  it.each([
    ["2019-11-29", "2019-11-29", "a Friday stays"],
    ["2019-12-14", "2019-12-16", "a Saturday moves to Monday"],
    ["2019-12-15", "2019-12-16", "a Sunday moves to Monday"],
    ["2023-12-31", "2024-01-02", "Sunday, then New Year's Day, moves to Tuesday"],
    ["2025-01-31", "2025-02-03", "inside Tết 2025 moves past it and the weekend"],
    ["2024-02-10", "2024-02-15", "Tết 2024 (8–14 Feb)"],
    ["2019-04-14", "2019-04-16", "Hùng Kings' day on a Sunday and its Monday off"],
    ["2024-04-30", "2024-05-02", "30/4 and 1/5"],
    ["2024-09-02", "2024-09-04", "National Day 2024 (2–3 Sep)"],
    ["2024-11-30", "2024-12-02", "end of November 2024, a Saturday"],
    ["2027-02-09", "2027-02-12", "Tết 2027 by the law's pattern"],
  ])("%s → %s (%s)", (due, expected) => {
    expect(effectiveDue(calendar, due)).toBe(expected);
  });

  it("counts a make-up Saturday as a working day", () => {
    expect(weekday("2024-05-04")).toBe(6);
    expect(isWorkingDay(calendar, "2024-05-04")).toBe(true);
    expect(effectiveDue(calendar, "2024-05-04")).toBe("2024-05-04");
  });

  it("lets admins' days override the shipped ones", () => {
    const withAdmin = buildCalendar(VIETNAM_DAYS_OFF, [{ date: "2019-11-29", name: "Nghỉ đột xuất", working: false }]);
    expect(effectiveDue(withAdmin, "2019-11-29")).toBe("2019-12-02");
    const undo = buildCalendar(VIETNAM_DAYS_OFF, [{ date: "2024-09-03", name: "Đi làm", working: true }]);
    expect(effectiveDue(undo, "2024-09-02")).toBe("2024-09-03");
  });
});

describe("effectiveDue by the province's day-off rule", () => {
  it.each([
    ["2019-12-14", "2019-12-16", "2019-12-16", "2019-12-13", '"trước ngày 15/12/2019": last day a Saturday'],
    ["2019-12-15", "2019-12-16", "2019-12-16", "2019-12-13", '"ngày 15/12/2019": a Sunday'],
    ["2023-12-31", "2024-01-02", "2024-01-02", "2023-12-29", "Sunday, then New Year's Day"],
    ["2025-01-31", "2025-02-03", "2025-02-03", "2025-01-24", "inside Tết 2025: back to the Friday before it"],
    ["2019-11-29", "2019-11-29", "2019-11-29", "2019-11-29", "a working day never moves"],
  ])("%s → next %s, civil-code %s, previous %s (%s)", (due, next, civil, previous) => {
    expect(effectiveDue(withDayOffRule(calendar, "next"), due)).toBe(next);
    expect(effectiveDue(withDayOffRule(calendar, "civil-code"), due)).toBe(civil);
    expect(effectiveDue(withDayOffRule(calendar, "previous"), due)).toBe(previous);
  });
});

describe("the shipped calendar", () => {
  it.each([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027])(
    "has New Year, five weekdays of Tết, Hùng Kings, 30/4, 1/5 and 2/9 in %i",
    (year) => {
      const days = VIETNAM_DAYS_OFF.filter((d) => d.date.startsWith(String(year)) && !d.working);
      const named = (name: string) => days.filter((d) => d.name === name).length;
      expect(named("Tết Dương lịch")).toBeGreaterThanOrEqual(1);
      expect(named("Tết Nguyên đán")).toBe(5);
      expect(named("Giỗ Tổ Hùng Vương")).toBe(1);
      expect(named("Ngày Chiến thắng 30/4") + named("Ngày Quốc tế Lao động 1/5")).toBeGreaterThanOrEqual(2);
      expect(named("Quốc khánh 2/9")).toBeGreaterThanOrEqual(1);
      for (const day of days) expect(weekday(day.date), `${day.date} is a weekday`).toBeLessThanOrEqual(5);
    },
  );
});

describe("addWorkingDays", () => {
  it("skips weekends and holidays both ways", () => {
    expect(addWorkingDays(calendar, "2019-11-29", -3)).toBe("2019-11-26");
    expect(addWorkingDays(calendar, "2019-11-29", 1)).toBe("2019-12-02");
    expect(addWorkingDays(calendar, "2024-02-07", 1)).toBe("2024-02-15");
  });
});

describe("previousWorkingDay", () => {
  it("keeps a working day and moves a day off back to the last one worked", () => {
    expect(previousWorkingDay(calendar, "2026-10-30")).toBe("2026-10-30");
    expect(previousWorkingDay(calendar, "2026-10-31")).toBe("2026-10-30");
    expect(previousWorkingDay(calendar, "2026-01-01")).toBe("2025-12-31");
  });
});
