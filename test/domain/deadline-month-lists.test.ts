// Months listed under one year ("Tháng 10, 11/2024", "tháng 3, 4 và 5/2025") are due with the last listed, as a span
// of months ("Tháng 7-8/2024") and days listed under one month are.
import { describe, expect, it } from "vitest";
import { parseDeadline } from "../../src/domain/deadline.ts";

const due = (wording: string) => {
  const parsed = parseDeadline(wording);
  return parsed.ok ? parsed.deadline.due : null;
};

describe("months listed under one year", () => {
  it.each([
    ["Tháng 3, 4/2025", "2025-04-30"],
    ["tháng 7 và 8/2025", "2025-08-31"],
    ["Tháng 2, 3 và 4/2026", "2026-04-30"],
    ["Tháng 8, 9 năm 2025", "2025-09-30"],
    ["Trong tháng 5-6/2025", "2025-06-30"],
  ])("%s is due at the last month's end, %s", (wording, day) => {
    expect(due(wording)).toBe(day);
  });

  it("leaves a month and a day after it read as the day", () => {
    expect(due("trong tháng 5, trước 10/6/2025")).toBe("2025-06-09");
  });

  it("reads a cell holding thousands of listed months as its last", () => {
    const months = Array.from({ length: 3000 }, (_, i) => String((i % 11) + 1)).join(", ");
    expect(due(`Tháng ${months}, 12/2025`)).toBe("2025-12-31");
  });
});
