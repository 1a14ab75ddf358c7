// A count of days is one pattern for the readers that count from a written day and from a plan item.
import { describe, expect, it } from "vitest";
import { countsWorkingDays, DAY_COUNT } from "../../src/domain/day-count.ts";
import { findDeadlineWording } from "../../src/domain/deadline-wording.ts";
import { findRelativeDeadline } from "../../src/domain/relative-deadline.ts";

describe("a count of days", () => {
  it.each([
    ["05 ngày", "05", false],
    ["10 ngày làm việc", "10", true],
    ["7 ngày  làm   việc", "7", true],
  ])("%j is %s days, working days: %s", (text, count, working) => {
    const m = new RegExp(`^${DAY_COUNT}$`, "iu").exec(text);
    expect(m?.[1]).toBe(count);
    expect(countsWorkingDays(m![2]!)).toBe(working);
  });

  it("reads the same count before a written day and after the plan's own date", () => {
    expect(findDeadlineWording("hoàn thành 10 ngày làm việc trước ngày 01/11/2024.")).toBe(
      "10 ngày làm việc trước ngày 01/11/2024",
    );
    expect(findRelativeDeadline("trong 10 ngày làm việc kể từ ngày ban hành Kế hoạch này.")).toMatchObject({
      count: 10,
      workingDays: true,
    });
  });
});
