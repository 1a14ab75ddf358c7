// A body paragraph that only says where the tasks are listed is no task, and its day is no deadline.
import { describe, expect, it } from "vitest";
import { pointsToAppendix } from "../../src/plan/appendix-pointer.ts";
import { parse } from "../support/text-plans.ts";

describe("a paragraph pointing to the appendix's list of tasks", () => {
  it("is told by its opening words", () => {
    expect(pointsToAppendix("Danh mục nhiệm vụ tại Phụ lục kèm theo, lập ngày 02/3/2024.")).toBe(true);
    expect(pointsToAppendix("Các nhiệm vụ cụ thể theo Phụ lục đính kèm.")).toBe(true);
    expect(pointsToAppendix("Sở Nội vụ rà soát nhiệm vụ tại Phụ lục, báo cáo trước ngày 30/3/2024.")).toBe(false);
  });

  it("is no dated task of the plan", () => {
    const plan = parse(
      [
        "Số: 12/KH-UBND\tLai Châu, ngày 02 tháng 3 năm 2024",
        "KẾ HOẠCH",
        "II. NHIỆM VỤ",
        "1. Danh sách nhiệm vụ tại Phụ lục kèm theo, lập trên phần mềm ngày 02/3/2024.",
        "2. Sở Tư pháp rà soát văn bản, hoàn thành trước ngày 30/4/2024.",
      ].join("\n"),
    );
    expect(plan.tasks.filter((t) => t.deadline).map((t) => t.ref)).toEqual(["II.2"]);
  });
});
