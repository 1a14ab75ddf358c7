// A body the directory lacks, named beside a known one in a sentence's subject.
import { describe, expect, it } from "vitest";
import { parse, tasks, unresolvedNames } from "../support/text-plans.ts";

describe("a subject listing a known unit and a company the directory lacks", () => {
  it("leads with both, the company unresolved and reported, when its name is capitalised throughout", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Sở Y tế, MobiFone Thái Nguyên phối hợp với Sở Tư pháp triển khai ứng dụng đặt lịch khám trước ngày 30/9/2024.",
        "2. Sở Tài chính, các đơn vị sự nghiệp công lập rà soát định mức chi trước ngày 15/10/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1", "2024-09-29", ["Sở Y tế", "?MobiFone Thái Nguyên"], ["Sở Tư pháp"]],
      // A lower-case group after a named lead leads too, unresolved ("mass-bodies-lead").
      ["II.2", "2024-10-14", ["Sở Tài chính", "?các đơn vị sự nghiệp công lập"], []],
    ]);
    expect(unresolvedNames(plan)).toEqual(["MobiFone Thái Nguyên", "các đơn vị sự nghiệp công lập"]);
  });
});
