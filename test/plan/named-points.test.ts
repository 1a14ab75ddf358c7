// An item saying its work once, then points naming only who does it by when: each point's task is that work.
import { describe, expect, it } from "vitest";
import { parse } from "../support/text-plans.ts";

describe("points naming units only under an item's work", () => {
  it("titles each point by the item's work, not the units", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Các đơn vị được phân công (theo danh sách kèm theo) nộp báo cáo tự đánh giá (kèm số liệu minh chứng) về Sở Tư pháp, cụ thể như sau:",
        "a) Sở Y tế, Sở Xây dựng: trước ngày 10/3/2025;",
        "b) UBND huyện Tam Đường: trước ngày 20/3/2025.",
      ].join("\n"),
    );
    expect(plan.tasks.filter((t) => t.ref.endsWith("a") || t.ref.endsWith("b")).map((t) => [t.ref, t.title])).toEqual([
      ["II.1.a", "Nộp báo cáo tự đánh giá (kèm số liệu minh chứng) về Sở Tư pháp"],
      ["II.1.b", "Nộp báo cáo tự đánh giá (kèm số liệu minh chứng) về Sở Tư pháp"],
    ]);
  });

  it("keeps a point's own work", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Các sở thực hiện các việc sau:",
        "a) Sở Y tế rà soát thủ tục hành chính trước ngày 10/3/2025;",
      ].join("\n"),
    );
    expect(plan.tasks.find((t) => t.ref === "II.1.a")?.title).toBe("Sở Y tế rà soát thủ tục hành chính");
  });
});
