// Lunar days to solar days by the Vietnamese calendar (UTC+7), and lunar deadline wording written as solar days.
import { describe, expect, it } from "vitest";
import { lunarToSolar } from "../../src/domain/lunar-calendar.ts";
import { withSolarDays } from "../../src/domain/lunar-dates.ts";
import { lunarText } from "../support/large-inputs.ts";

describe("lunarToSolar", () => {
  it("gives the solar days of known lunar days", () => {
    expect(lunarToSolar(1, 1, 2026)).toBe("2026-02-17"); // mùng 1 Tết Bính Ngọ
    expect(lunarToSolar(23, 12, 2025)).toBe("2026-02-10"); // ông Công ông Táo, Ất Tỵ
    expect(lunarToSolar(1, 1, 2025)).toBe("2025-01-29"); // mùng 1 Tết Ất Tỵ
    expect(lunarToSolar(10, 3, 2026)).toBe("2026-04-26"); // Giỗ Tổ Hùng Vương, Bính Ngọ
    expect(lunarToSolar(15, 8, 2024)).toBe("2024-09-17"); // Trung thu Giáp Thìn
  });

  it("differs from China's calendar where the new moon falls between 23h and midnight in Vietnam", () => {
    expect(lunarToSolar(1, 1, 2007)).toBe("2007-02-17"); // China: 18/02/2007
  });

  it("places the leap month of a thirteen-month year after its namesake", () => {
    expect(lunarToSolar(1, 6, 2025)).toBe("2025-06-25");
    expect(lunarToSolar(1, 6, 2025, true)).toBe("2025-07-25");
    expect(lunarToSolar(1, 7, 2025)).toBe("2025-08-23");
  });

  it("gives no day a month does not have", () => {
    expect(lunarToSolar(30, 12, 2025)).toBeNull(); // Chạp Ất Tỵ has 29 days
    expect(lunarToSolar(29, 12, 2025)).toBe("2026-02-16");
    expect(lunarToSolar(1, 5, 2026, true)).toBeNull(); // Bính Ngọ has no leap month
    expect(lunarToSolar(0, 1, 2026)).toBeNull();
  });
});

describe("withSolarDays", () => {
  const issued = "2026-01-05";

  it("writes a lunar day named by its month and year as its solar day", () => {
    expect(withSolarDays("gửi báo cáo trước ngày 23 tháng Chạp năm Ất Tỵ.", issued)).toBe(
      "gửi báo cáo trước ngày 10/02/2026.",
    );
    expect(withSolarDays("khai mạc vào ngày mồng 10 tháng 3 âm lịch năm Bính Ngọ", issued)).toBe(
      "khai mạc vào ngày 26/04/2026",
    );
    expect(withSolarDays("dâng hương ngày 10 tháng Ba năm Bính Ngọ", null)).toBe(
      "dâng hương ngày 10 tháng Ba năm Bính Ngọ",
    );
  });

  it("reads a lunar year left out as the first that is not past on the plan's date", () => {
    expect(withSolarDays("xong chậm nhất ngày 28 tháng Chạp", issued)).toBe("xong chậm nhất ngày 15/02/2026");
    expect(withSolarDays("trước mùng 6 tháng Giêng", issued)).toBe("trước ngày 22/02/2026");
    expect(withSolarDays("xong chậm nhất ngày 28 tháng Chạp", "2026-03-01")).toBe("xong chậm nhất ngày 04/02/2027");
  });

  it("takes a solar day given again in brackets as the same day, not a second one", () => {
    expect(withSolarDays("hoàn thành trước ngày 16 tháng Chạp năm Ất Tỵ (ngày 03/02/2026).", issued)).toBe(
      "hoàn thành trước ngày 03/02/2026.",
    );
    // With no plan date to place the year, the bracket still gives the day.
    expect(withSolarDays("chậm nhất ngày 16 tháng Giêng (tức ngày 4/3/2026)", null)).toBe("chậm nhất ngày 04/03/2026");
  });

  it("leaves solar months alone, in figures or in words", () => {
    for (const text of ["trước ngày 20 tháng 12 năm 2025", "vào ngày 15 tháng Mười Một năm 2026", "ngày 5 tháng Ba"])
      expect(withSolarDays(text, issued)).toBe(text);
  });

  it("rewrites a long plan", () => {
    const out = withSolarDays(lunarText(20000), issued);
    expect(out.split("ngày 07/02/2026,").length).toBe(20001);
  });
});

describe("a lunar day bracketed after its solar day", () => {
  it("is that day said again, and stays as written", () => {
    const text = "giao nhận quân vào sáng ngày 13/02/2025 (ngày 16 tháng Giêng năm Ất Tỵ).";
    expect(withSolarDays(text, "2025-01-10")).toBe(text);
  });
});
