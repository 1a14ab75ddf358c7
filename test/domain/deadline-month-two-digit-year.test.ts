// A table typed in haste writes the month's year in two digits after a slash ("Tháng 9/27"), as it writes "15/4/27".
import { describe, expect, it } from "vitest";
import { parseDeadline } from "../../src/domain/deadline.ts";
import { twoDigitYearMonths } from "../support/large-inputs.ts";

describe("a month with a two-digit year", () => {
  it.each([
    ["Tháng 9/27", "2027-09-30"],
    ["hoàn thành tháng 2/28", "2028-02-29"],
    ["Trong tháng 11 / 26", "2026-11-30"],
  ])("%s is due at the month's end, %s", (wording, due) => {
    const parsed = parseDeadline(wording);
    expect(parsed.ok && [parsed.deadline.due, parsed.deadline.kind]).toEqual([due, "month"]);
  });

  it("reads no year after a dash, where two numbers are a span of months", () => {
    expect(parseDeadline("Tháng 10-11").ok).toBe(false);
  });

  it("says a month past 12 does not exist", () => {
    const parsed = parseDeadline("Tháng 14/27");
    expect(!parsed.ok && parsed.code).toBe("invalid-date");
  });

  it("reads thousands of cells", () => {
    const dues = twoDigitYearMonths(5000).map((cell) => {
      const parsed = parseDeadline(cell);
      return parsed.ok ? parsed.deadline.due : null;
    });
    expect(dues.filter(Boolean)).toHaveLength(5000);
    expect(dues[4999]).toBe("2059-08-31");
  });
});
