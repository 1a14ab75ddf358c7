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

  it("reads a bracket of units whose last piece is a bare time as who and when", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Công tác pháp chế",
        "+ Rà soát quy chế phối hợp của tỉnh (Sở Tư pháp; quý III/2024).",
        "+ Tổng hợp danh mục đề án trình Hội đồng (Sở Kế hoạch và Đầu tư, Sở Tài chính; trước 15/10/2024).",
        "+ Chuẩn hóa dữ liệu hộ tịch (Sở Tư pháp, phối hợp Sở Y tế; 6 tháng cuối năm 2024).",
        "+ Kiểm tra công tác văn thư (Sở Nội vụ phối hợp Sở Tư pháp; cuối tháng 11/2024).",
        "+ Cập nhật cơ sở dữ liệu ngành (Sở Y tế; thường xuyên).",
      ].join("\n"),
    );
    const read = plan.tasks
      .filter((t) => t.deadline?.due)
      .map((t) => [t.title, t.deadline?.due, t.lead.map((u) => u.name), t.coordinators.map((u) => u.name)]);
    expect(read).toEqual([
      ["Rà soát quy chế phối hợp của tỉnh", "2024-09-30", ["Sở Tư pháp"], []],
      ["Tổng hợp danh mục đề án trình Hội đồng", "2024-10-14", ["Sở Kế hoạch và Đầu tư", "Sở Tài chính"], []],
      ["Chuẩn hóa dữ liệu hộ tịch", "2024-12-31", ["Sở Tư pháp"], ["Sở Y tế"]],
      ["Kiểm tra công tác văn thư", "2024-11-30", ["Sở Nội vụ"], ["Sở Tư pháp"]],
    ]);
  });

  it("keeps a last piece that names a unit or is no time out of the time", () => {
    expect(closingAssignment("Báo cáo kết quả (Sở Nội vụ; Sở Tư pháp)")).toBeNull();
    expect(closingAssignment("Báo cáo kết quả (Sở Nội vụ; Đoàn số 2)")).toBeNull();
    expect(closingAssignment("Báo cáo kết quả (sửa đổi; năm 2020 và 2021 của Bộ)")).toBeNull();
  });

  it("reads thousands of bracketed bullets", () => {
    const lines = Array.from({ length: 2000 }, (_, i) => `+ Kiểm tra hồ sơ đợt ${i + 1} (Sở Y tế; quý IV/2024).`);
    const plan = parse(["II. NHIỆM VỤ", "1. Công tác kiểm tra", ...lines].join("\n"));
    const dated = plan.tasks.filter((t) => t.deadline?.due === "2024-12-31");
    expect(dated).toHaveLength(2000);
    expect(dated.every((t) => t.lead.map((u) => u.name).join() === "Sở Y tế")).toBe(true);
  });
});
