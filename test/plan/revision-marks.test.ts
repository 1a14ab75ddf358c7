// A plan reissued in full marks its changed items "(đã điều chỉnh)" and some marks quote what the item said before:
// the quoted time or unit is the replaced one, not the task's.
import { describe, expect, it } from "vitest";
import { withoutReplacedQuote } from "../../src/plan/revision-marks.ts";
import { parse, tasks } from "../support/text-plans.ts";

describe("a revision mark quoting the replaced item", () => {
  it("reads the item's own time, not the old one the mark quotes, though the old one is still to come", () => {
    const plan = parse(
      [
        "KẾ HOẠCH",
        "Ninh Bình, ngày 05 tháng 3 năm 2025",
        "II. NHIỆM VỤ",
        "1. Cập nhật cơ sở dữ liệu cán bộ, công chức: Sở Nội vụ chủ trì; hoàn thành trong tháng 9/2025 (đã điều chỉnh, Kế hoạch số 15/KH-UBND giao hoàn thành trong tháng 6/2025).",
        "2. Tập huấn kỹ năng số cho công chức cấp xã: Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Y tế (điều chỉnh; trước đây là Sở Tài chính); hoàn thành trước ngày 20/11/2025.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1", "2025-09-30", ["Sở Nội vụ"], []],
      ["II.2", "2025-11-19", ["Sở Khoa học và Công nghệ"], ["Sở Y tế"]],
    ]);
  });

  it("keeps a mark that gives the new time or tells what became of the item", () => {
    const corrected = "Tháng 9/2026 (đã điều chỉnh: Tháng 11/2026)";
    expect(withoutReplacedQuote(corrected)).toBe(corrected);
    const dropped = "trước ngày 30/6/2025 (đã điều chỉnh: không thực hiện nội dung này)";
    expect(withoutReplacedQuote(dropped)).toBe(dropped);
    expect(withoutReplacedQuote("quý III (đã điều chỉnh, theo Kế hoạch cũ là quý II)")).toBe("quý III (đã điều chỉnh)");
  });

  it("reads a long run of marks in linear time", () => {
    const text = "(đã điều chỉnh, trước đây ".repeat(20000) + "(bổ sung, Kế hoạch số 1/KH giao " + "x ".repeat(50000);
    const started = performance.now();
    withoutReplacedQuote(text);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
