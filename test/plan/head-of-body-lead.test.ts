// "Người đứng đầu Sở Y tế, Sở Giáo dục và Đào tạo chỉ đạo …": the law's word for a body's head, as "Thủ trưởng" and
// "Giám đốc" are posts. The head answers for the body, so the bodies named after it lead the task.
import { describe, expect, it } from "vitest";
import { withoutHeadPosts } from "../../src/plan/head-post.ts";
import { parse, tasks } from "../support/text-plans.ts";

describe("'Người đứng đầu' before bodies' names", () => {
  it("is left out as a head's post is", () => {
    expect(withoutHeadPosts("Người đứng đầu Sở Y tế, Sở Tư pháp")).toBe("Sở Y tế, Sở Tư pháp");
    expect(withoutHeadPosts("người đứng đầu các cơ quan, đơn vị")).toBe("các cơ quan, đơn vị");
  });

  it("makes the bodies the task's leads, in a sentence and in a heading", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Người đứng đầu Sở Y tế, Sở Giáo dục và Đào tạo chỉ đạo các đơn vị trực thuộc rà soát nội quy; hoàn thành trước 30/6/2026.",
        "2. Người đứng đầu Sở Tư pháp:",
        "a) Kiểm tra việc chấp hành kỷ luật tại các phòng chuyên môn trong quý III/2026.",
      ].join("\n"),
      { issued: "2026-03-05" },
    );
    expect(tasks(plan)).toEqual([
      ["II.1", "2026-06-29", ["Sở Y tế", "Sở Giáo dục và Đào tạo"], []],
      ["II.2.a", "2026-09-30", ["Sở Tư pháp"], []],
    ]);
  });

  it("reads 1,000 such sentences", () => {
    const lines = ["II. NHIỆM VỤ"];
    for (let i = 1; i <= 1000; i++)
      lines.push(`${i}. Người đứng đầu Sở Y tế chỉ đạo rà soát hồ sơ số ${i} trong tháng 9/2026.`);
    const read = tasks(parse(lines.join("\n"), { issued: "2026-03-05" }));
    expect(read).toHaveLength(1000);
    expect(read.every((t) => (t[2] as string[]).join() === "Sở Y tế")).toBe(true);
  });
});
