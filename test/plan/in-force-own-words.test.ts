// Only the document itself taking effect ("Kế hoạch này có hiệu lực …") is a clause of entry into force: words that
// other documents are in force ("các văn bản đang có hiệu lực") say what the work is about, and a deadline counted
// after them stands. Every kind of document the plan may be (a Chương trình, a Phương án too) takes effect alike.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

describe("the words 'có hiệu lực' in a task", () => {
  it("about other documents in force leave the task's deadline counted from the plan's signing", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Sở Tư pháp rà soát các văn bản QPPL đang có hiệu lực trong vòng 30 ngày kể từ ngày ký ban hành Kế hoạch.",
      ].join("\n"),
      { issued: "2026-03-02" },
    );
    expect(tasks(plan)).toEqual([["II.1", "2026-04-01", ["Sở Tư pháp"], []]]);
  });

  it("count a deadline from a Chương trình or Phương án taking effect as from a Kế hoạch", () => {
    const plan = parse(
      [
        "I. HIỆU LỰC",
        "Chương trình này có hiệu lực kể từ ngày 10/3/2026.",
        "II. NHIỆM VỤ",
        "1. Sở Nội vụ ban hành hướng dẫn trong vòng 20 ngày kể từ ngày Chương trình này có hiệu lực.",
        "2. Sở Y tế báo cáo trong vòng 10 ngày kể từ ngày Phương án này có hiệu lực.",
      ].join("\n"),
      { issued: "2026-03-02" },
    );
    expect(tasks(plan)).toEqual([
      ["II.1", "2026-03-30", ["Sở Nội vụ"], []],
      ["II.2", "2026-03-20", ["Sở Y tế"], []],
    ]);
  });

  it("of the document itself still make no task of its clause of entry into force", () => {
    const plan = parse(
      [
        "Chương trình này có hiệu lực sau 10 ngày kể từ ngày ký.",
        "I. NHIỆM VỤ",
        "1. Sở Nội vụ báo cáo trong 15 ngày kể từ ngày Chương trình có hiệu lực.",
      ].join("\n"),
      { issued: "2025-06-02" },
    );
    expect(tasks(plan)).toEqual([["I.1", "2025-06-27", ["Sở Nội vụ"], []]]);
  });
});
