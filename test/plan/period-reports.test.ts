// A sentence asking for the reports of two periods, each by its own day, is two tasks: the sentence their heading,
// the first period's report due on the first day, the second's on the second, titled with its own period.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

describe("two periods' reports in one sentence", () => {
  const plan = parse(
    [
      "IV. TỔ CHỨC THỰC HIỆN",
      "1. Sở Tư pháp theo dõi, tổng hợp, báo cáo Chủ tịch UBND tỉnh kết quả 9 tháng trước ngày 20/9/2024 và kết quả " +
        "cả năm trước ngày 10/12/2024.",
      "2. Sở Y tế gửi báo cáo công tác pháp chế 6 tháng đầu năm về Sở Tư pháp trước ngày 10/6/2024 và năm " +
        "trước ngày 25/11/2024.",
      "3. Sở Nội vụ xây dựng dự thảo Quy chế trước ngày 15/4/2024 và trình UBND tỉnh ban hành trước ngày 30/4/2024.",
    ].join("\n"),
  );
  const title = (ref: string) => plan.tasks.find((t) => t.ref === ref)?.title;

  it("are two tasks under the sentence, each due on its own day", () => {
    expect(tasks(plan)).toEqual([
      ["IV.1.1", "2024-09-19", ["Sở Tư pháp"], []],
      ["IV.1.2", "2024-12-09", ["Sở Tư pháp"], []],
      ["IV.2.1", "2024-06-09", ["Sở Y tế"], []],
      ["IV.2.2", "2024-11-24", ["Sở Y tế"], []],
      // A draft and its final are one work's two steps, no periods: one task, due with the last.
      ["IV.3", "2024-04-29", ["Sở Nội vụ"], []],
    ]);
    expect(plan.tasks.find((t) => t.ref === "IV.1")?.kind).toBe("heading");
  });

  it("title the second report with its period", () => {
    expect(title("IV.1.2")).toContain("báo cáo Chủ tịch UBND tỉnh kết quả cả năm");
    expect(title("IV.2.2")).toContain("báo cáo công tác pháp chế năm về Sở Tư pháp");
  });
});
