// A prose task closing with a bracket that says who leads, who helps and when, in any order: the bracket is
// no part of its title, its time piece dates it (in the plan's year when it names none), the rest says who.
import { describe, expect, it } from "vitest";
import { closingAssignment } from "../../src/plan/closing-assignment.ts";
import { parse, tasks } from "../support/text-plans.ts";

describe("a task's closing bracket of assignment", () => {
  it("reads who and when in each order a plan writes them", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Công tác y tế",
        "a) Kiểm tra an toàn thực phẩm tại chợ (Sở Y tế chủ trì, phối hợp với Sở Công Thương; thời gian: quý II)",
        "b) Tập huấn sơ cứu cho giáo viên (Thời gian: tháng 9; Sở Giáo dục và Đào tạo chủ trì; Sở Y tế phối hợp)",
        "c) Khảo sát bếp ăn tập thể (Sở Y tế chủ trì. Thời gian: Trong năm)",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1.a", "2024-06-30", ["Sở Y tế"], ["Sở Công Thương"]],
      ["II.1.b", "2024-09-30", ["Sở Giáo dục và Đào tạo"], ["Sở Y tế"]],
      ["II.1.c", "2024-12-31", ["Sở Y tế"], []],
    ]);
    expect(plan.tasks.find((t) => t.ref === "II.1.c")?.title).toBe("Khảo sát bếp ăn tập thể");
  });

  it("leaves a bracket that assigns no one part of the text", () => {
    expect(closingAssignment("Rà soát quy chế (sửa đổi năm 2020)")).toBeNull();
    expect(closingAssignment("Báo cáo kết quả (Sở Nội vụ thực hiện)")).toEqual({
      at: 16,
      time: null,
      units: "Sở Nội vụ thực hiện",
      after: "",
    });
  });
});
