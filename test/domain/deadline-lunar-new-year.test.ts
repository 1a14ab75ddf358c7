// "Trước Tết" of a named lunar year: the eve of that year's first day, as "trước ngày X" is X's eve.
import { describe, expect, it } from "vitest";
import { parseDeadline } from "../../src/domain/deadline.ts";
import { tetDay, yearName } from "../../src/domain/lunar-new-year.ts";

describe("the lunar new year by its name", () => {
  it("names each year by its stem and branch", () => {
    expect(yearName(2024)).toBe("giap thin");
    expect(yearName(2027)).toBe("dinh mui");
    expect(yearName(2020)).toBe("canh ty");
  });

  it("finds the solar first day by name or number; the number wins when they disagree", () => {
    expect(tetDay("nham dan", null)).toBe("2022-02-01");
    expect(tetDay(null, 2028)).toBe("2028-01-26");
    expect(tetDay("quy meo", null)).toBe("2023-01-22");
    expect(tetDay("nham dan", 2028)).toBe("2028-01-26");
    expect(tetDay("giap ngo", null)).toBeNull();
    expect(tetDay(null, 2040)).toBeNull();
  });
});

describe("a deadline before Tết", () => {
  it.each([
    ["Trước Tết Nguyên đán Giáp Thìn", "2024-02-09"],
    ["hoàn thành trước Tết Đinh Mùi", "2027-02-05"],
    ["Trước Tết Nguyên đán năm 2028", "2028-01-25"],
    ["trước dịp Tết cổ truyền Nhâm Dần 2022", "2022-01-31"],
    ["Trước Tết Quý Mão", "2023-01-21"],
  ])("%s is due on the eve of that year's first day, %s", (wording, due) => {
    const parsed = parseDeadline(wording);
    expect(parsed.ok && [parsed.deadline.due, parsed.deadline.kind]).toEqual([due, "before"]);
  });

  it("dates nothing when no year is named, after Tết, or for a year the calendar does not hold", () => {
    expect(parseDeadline("Trước Tết Nguyên đán").ok).toBe(false);
    expect(parseDeadline("Sau Tết Nguyên đán Giáp Thìn").ok).toBe(false);
    expect(parseDeadline("Trước Tết Nguyên đán Giáp Ngọ").ok).toBe(false);
  });

  it("yields to a day written beside it", () => {
    const parsed = parseDeadline("Trước Tết Giáp Thìn (trước ngày 05/02/2024)");
    expect(parsed.ok && parsed.deadline.due).toBe("2024-02-04");
  });
});
