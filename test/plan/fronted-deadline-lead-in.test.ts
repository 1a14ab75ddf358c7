// A deadline may open a sentence before its subject with the words leading into the day ("Đến hết tháng 5/2026,",
// "Từ nay đến hết quý II/2026,", "Muộn nhất đến ngày 20/7/2026,"): the adverbial dates the task, the sentence after the
// comma names who does what, and the title is that sentence, never the lead-in's words.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

describe("a deadline with its lead-in words opening a sentence", () => {
  const plan = parse(
    [
      "II. NHIỆM VỤ",
      "1. Đến hết tháng 5/2026, Văn phòng UBND tỉnh hoàn thành việc số hóa hồ sơ lưu trữ; Sở Nội vụ phối hợp kiểm tra.",
      "2. Từ nay đến hết quý II/2026, Sở Tư pháp rà soát văn bản quy phạm pháp luật, báo cáo UBND tỉnh.",
      "3. Muộn nhất đến ngày 20/7/2026, Sở Y tế gửi báo cáo về Sở Nội vụ.",
    ].join("\n"),
    { issued: "2026-03-05" },
  );

  it("dates the task and leaves the subject after the comma to lead it", () => {
    expect(tasks(plan)).toEqual([
      ["II.1", "2026-05-31", ["Văn phòng UBND tỉnh"], ["Sở Nội vụ"]],
      ["II.2", "2026-06-30", ["Sở Tư pháp"], []],
      ["II.3", "2026-07-20", ["Sở Y tế"], []],
    ]);
  });

  it("titles the task by the sentence after the adverbial", () => {
    expect(plan.tasks.find((t) => t.ref === "II.1")!.title).toMatch(/^Văn phòng UBND tỉnh hoàn thành việc số hóa/);
  });

  it("reads 1,000 such items", () => {
    const lines = ["II. NHIỆM VỤ"];
    for (let i = 1; i <= 1000; i++)
      lines.push(`${i}. Đến hết tháng ${(i % 9) + 4}/2026, Sở Tư pháp rà soát hồ sơ số ${i}.`);
    const read = tasks(parse(lines.join("\n"), { issued: "2026-03-05" }));
    expect(read).toHaveLength(1000);
    expect(read.every((t) => (t[2] as string[])[0] === "Sở Tư pháp")).toBe(true);
  });
});
