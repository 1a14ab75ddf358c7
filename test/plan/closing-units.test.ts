// A prose task closing with a bracket that names its units and nothing else: before the semicolon the lead, after
// it the coordinators; with no semicolon every name leads. A bracket holding anything else, or qualifying the name
// before it, names no one.
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import { createResolver } from "../../src/domain/resolve-units.ts";
import { closingUnits } from "../../src/plan/closing-units.ts";
import { parse, tasks, unresolvedNames } from "../support/text-plans.ts";

describe("a task's closing bracket of unit names", () => {
  it("reads the names before a semicolon as the lead and those after it as coordinators", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Công tác y tế",
        "a) Kiểm tra an toàn thực phẩm tại các chợ đầu mối, xong trước ngày 15/6/2024 (Sở Y tế; Sở Công Thương, Công an tỉnh).",
        "b) Tập huấn sơ cứu cho giáo viên các trường, hoàn thành tháng 9/2024 (Sở Giáo dục và Đào tạo; Ban Điều phối dự án y tế).",
        "c) Khảo sát bếp ăn tập thể trong khu công nghiệp, chậm nhất ngày 20/11/2024 (Sở Y tế, Sở Công Thương).",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1.a", "2024-06-14", ["Sở Y tế"], ["Sở Công Thương", "Công an tỉnh"]],
      ["II.1.b", "2024-09-30", ["Sở Giáo dục và Đào tạo"], ["?Ban Điều phối dự án y tế"]],
      ["II.1.c", "2024-11-20", ["Sở Y tế", "Sở Công Thương"], []],
    ]);
    expect(plan.tasks.find((t) => t.ref === "II.1.a")?.title).not.toContain("Sở Y tế");
    expect(unresolvedNames(plan)).toEqual(["Ban Điều phối dự án y tế"]);
  });

  it("takes no bracket that holds a note, a date or a legal reference, nor one qualifying the name before it", () => {
    const resolver = createResolver(THAI_NGUYEN);
    expect(closingUnits(resolver, "Rà soát quy chế làm việc (sửa đổi), trước ngày 15/5/2024")).toBeNull();
    expect(closingUnits(resolver, "Ban hành quy chế, quý III/2024 (theo Quyết định số 12/QĐ-UBND)")).toBeNull();
    expect(closingUnits(resolver, "Hoàn thiện đề án (kỳ đầu: trước ngày 30/6/2024)")).toBeNull();
    expect(
      closingUnits(resolver, "Gửi báo cáo trước ngày 10/6/2024 về Sở Nội vụ (Phòng Cải cách hành chính)."),
    ).toBeNull();
    expect(closingUnits(resolver, "Tổ chức hội nghị, quý II/2024 (Sở Nội vụ; nếu có kinh phí)")).toBeNull();
    expect(closingUnits(resolver, "Chủ trì nội dung kiểm tra được giao (Đoàn số 1, Đoàn số 4)")).toBeNull();
    expect(closingUnits(resolver, "Gửi Sở Nội vụ trước ngày 10/6/2024 (Tổ công tác số 1; Tổ công tác số 2)")).toEqual({
      at: expect.any(Number),
      units: { lead: [expect.objectContaining({ name: "Tổ công tác số 1" })], coordinators: [expect.anything()] },
    });
  });

  it("under the plan's legend that the first name leads, a bracket with no semicolon is led by its first name", () => {
    const plan = parse(
      [
        "Cơ quan ghi đầu tiên là cơ quan chủ trì, các cơ quan còn lại là cơ quan phối hợp.",
        "II. NHIỆM VỤ",
        "1. Kiểm tra an toàn thực phẩm tại các chợ đầu mối, xong trước ngày 15/6/2024 (Sở Y tế, Sở Công Thương).",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([["II.1", "2024-06-14", ["Sở Y tế"], ["Sở Công Thương"]]]);
  });
});
