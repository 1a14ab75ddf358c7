// An item's units and time said apart from its work: in a plain sentence after its points that only assigns it, or in a
// bracket before the words leading into its points.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

describe("an item's assignment said apart from its work", () => {
  it("reads a closing sentence that only assigns as the item's units and time", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Kiểm kê tài sản công tại các cơ quan, gồm:",
        "- nhà, đất;",
        "- xe ô tô, máy móc.",
        "Sở Tài chính chủ trì, phối hợp với Sở Nội vụ thực hiện, hoàn thành trước ngày 31/10/2024.",
        "2. Tổ chức ngày hội việc làm cho thanh niên.",
        "Sở Lao động - Thương binh và Xã hội rà soát nhu cầu tuyển dụng, báo cáo trước ngày 30/8/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1", "2024-10-30", ["Sở Tài chính"], ["Sở Nội vụ"]],
      // A sentence naming work of its own is the item's one paragraph, read in its own words.
      ["II.2", "2024-08-29", ["Sở Lao động - Thương binh và Xã hội"], []],
    ]);
    expect(plan.tasks.find((t) => t.ref === "II.2")?.title).toContain("rà soát nhu cầu tuyển dụng");
    expect(plan.tasks.find((t) => t.ref === "II.1")?.title).toBe("Kiểm kê tài sản công tại các cơ quan, gồm");
  });

  it("reads a bracket of units and time before the words leading into an item's points", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Kiểm tra việc thực hiện quy chế dân chủ (Sở Nội vụ thực hiện, hoàn thành trong Quý IV/2024), trong đó:",
        "+ việc công khai tài chính;",
        "+ việc tiếp nhận kiến nghị.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([["II.1", "2024-12-31", ["Sở Nội vụ"], []]]);
  });
});
