// Only the document itself taking effect ("Kế hoạch này có hiệu lực …") is a clause of entry into force: words that
// other documents are in force ("các văn bản đang có hiệu lực") say what the work is about, and a deadline counted
// after them stands.
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
});
