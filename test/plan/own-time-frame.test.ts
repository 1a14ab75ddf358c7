// The span of a plan's own inspection or survey, given under its heading, is when the plan runs: no task.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

describe("the time of the plan's own inspection or survey", () => {
  it("is no task, where a dated item beside it is one", () => {
    const plan = parse(
      [
        "II. NỘI DUNG, THỜI GIAN KIỂM TRA",
        "1. Thời gian",
        "- Thời gian kiểm tra: từ tháng 6 đến tháng 9 năm 2024, theo lịch của Đoàn.",
        "- Thời kỳ khảo sát: từ ngày 01/01/2024 đến ngày 31/5/2024.",
        "- Sở Nội vụ gửi lịch kiểm tra tới các đơn vị trước ngày 20/5/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([["II.1.1", "2024-05-19", ["Sở Nội vụ"], []]]);
  });
});
