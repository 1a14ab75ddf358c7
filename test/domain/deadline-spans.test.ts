// A deadline written as a span of months is due at the end of its last month.
import { describe, expect, it } from "vitest";
import { parseDeadline } from "../../src/domain/deadline.ts";

describe("a span of months", () => {
  it.each([
    ["Tháng 3-4/2025", "2025-04-30"],
    ["tháng 01 - 02/2028", "2028-02-29"],
    ["Thời gian hoàn thành: Tháng 9-10 năm 2026", "2026-10-31"],
  ])("%s is due on %s", (wording, due) => {
    const parsed = parseDeadline(wording);
    expect(parsed.ok && [parsed.deadline.due, parsed.deadline.kind]).toEqual([due, "month"]);
  });

  it("reports a span ending in a month that does not exist", () => {
    const parsed = parseDeadline("Tháng 12-13/2025");
    expect(!parsed.ok && parsed.code).toBe("invalid-date");
  });
});
