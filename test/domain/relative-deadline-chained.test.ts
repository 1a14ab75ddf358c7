// Deadlines chained to another row of the plan's table: "… sau khi hoàn thành nhiệm vụ 4", the event told before or
// after the period, and a period counted from a day the plan only expects.
import { describe, expect, it } from "vitest";
import { findRelativeDeadline, referencedRef } from "../../src/domain/relative-deadline.ts";

describe("a deadline counted from another task by its number", () => {
  it.each([
    ["Trong 12 ngày làm việc sau khi hoàn thành nhiệm vụ 4", 12, true, "4"],
    ["Chậm nhất 06 ngày sau khi nhận kết quả của nhiệm vụ số 11.", 6, false, "11"],
    ["Trong 08 ngày làm việc sau khi có báo cáo thẩm định (nhiệm vụ 3)", 8, true, "3"],
    ["Sau khi hoàn thành nhiệm vụ 7, trong 04 ngày làm việc", 4, true, "7"],
    ["Kể từ khi kết thúc nhiệm vụ 2, trong 25 ngày.", 25, false, "2"],
  ])("%j counts %i days from that task", (text, count, workingDays, row) => {
    const deadline = findRelativeDeadline(text);
    expect(deadline).toMatchObject({ count, workingDays, direction: 1, anchor: { kind: "item" } });
    expect(referencedRef("9", (deadline!.anchor as { item: object }).item)).toBe(row);
  });

  it("names the row in the task's own section", () => {
    const deadline = findRelativeDeadline("Trong 10 ngày sau khi hoàn thành nhiệm vụ 2");
    expect(referencedRef("III.5", (deadline!.anchor as { item: object }).item)).toBe("III.2");
  });

  it("counts from a day given in brackets as expected", () => {
    expect(
      findRelativeDeadline("Trong 14 ngày kể từ ngày Hội đồng thẩm định họp (dự kiến ngày 20/6/2025)")?.anchor,
    ).toEqual({ kind: "day", text: "ngày 20/6/2025" });
  });
});
