// The period a review, report or count covers ("Kỳ đánh giá: tính từ ngày 01/01/2024 đến hết ngày 31/12/2024", "Thời
// kỳ thống kê: từ …", "Số liệu báo cáo tính từ ngày … đến ngày …") says which days its figures are of: it describes
// the plan, no one's deadline. Work written after such a label ("Kỳ báo cáo 6 tháng: Sở A tổng hợp …, trước ngày D")
// is still a task.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

describe("a period covered by a review or a report", () => {
  const plan = parse(
    [
      "II. NHIỆM VỤ",
      "1. Kỳ đánh giá: tính từ ngày 01/01/2026 đến hết ngày 31/12/2026.",
      "2. Thời kỳ thống kê: từ ngày 01/10/2025 đến ngày 30/9/2026.",
      "3. Số liệu báo cáo tính từ ngày 15/12/2025 đến ngày 14/6/2026.",
      "4. Kỳ báo cáo 6 tháng: Sở Nội vụ tổng hợp, báo cáo UBND tỉnh trước ngày 20/6/2026.",
    ].join("\n"),
    { issued: "2026-03-05" },
  );

  it("is no task, while work after the label is", () => {
    expect(tasks(plan)).toEqual([["II.4", "2026-06-19", ["Sở Nội vụ"], []]]);
  });

  // A count's cut-off day may open a sentence whose work follows: after its comma or semicolon, or in the next
  // sentence of the same item. Only a bare span describes the plan.
  it.each([
    "Số liệu tính đến ngày 30/11/2024, các sở gửi báo cáo về Sở Nội vụ trước ngày 05/12/2024.",
    "Số liệu báo cáo tính đến ngày 30/11/2024; Sở Tư pháp gửi báo cáo về Sở Nội vụ trước ngày 05/12/2024.",
    "Kỳ báo cáo: tính từ ngày 15/11/2024 đến ngày 30/11/2024. Sở Tư pháp gửi báo cáo về Sở Nội vụ trước ngày 05/12/2024.",
    "Thời kỳ thống kê: từ ngày 01/01/2024 đến ngày 30/11/2024, Sở Tư pháp tổng hợp gửi Sở Nội vụ trước ngày 05/12/2024.",
    "Số liệu được tính từ ngày 01/6/2024 đến ngày 30/11/2024; Sở Tư pháp gửi Sở Nội vụ trước ngày 05/12/2024.",
  ])("still leaves the work after it a task: %s", (line) => {
    const read = parse(["II. NHIỆM VỤ", `1. ${line}`].join("\n"), { issued: "2024-11-05" });
    expect(tasks(read).map((t) => [t[0], t[1]])).toEqual([["II.1", "2024-12-04"]]);
    // The task is the work, not the figures' period.
    expect(read.tasks.find((t) => t.kind === "task")?.title).toMatch(/^(các sở|Sở Tư pháp)/);
  });

  it("while a bare span stays no task", () => {
    const read = parse(
      [
        "II. NHIỆM VỤ",
        "3. Kỳ đánh giá: tính từ ngày 01/01/2024 đến hết ngày 31/12/2024.",
        "4. Số liệu tính đến ngày 30/11/2024.",
        "5. Sở Nội vụ tổng hợp, báo cáo UBND tỉnh trước ngày 20/12/2024.",
      ].join("\n"),
      { issued: "2024-11-05" },
    );
    expect(tasks(read).map((t) => t[0])).toEqual(["II.5"]);
  });

  it("reads a 10,000-character paragraph after a covered period as its work", () => {
    const long = `1. Số liệu tính đến ngày 30/11/2024, ${"các sở rà soát, ".repeat(600)}gửi Sở Nội vụ trước ngày 05/12/2024.`;
    const read = parse(["II. NHIỆM VỤ", long].join("\n"), { issued: "2024-11-05" });
    expect(tasks(read).map((t) => [t[0], t[1]])).toEqual([["II.1", "2024-12-04"]]);
  });

  it("reads 1,000 such lines as no task, the work after them as one", () => {
    const lines = ["II. NHIỆM VỤ"];
    for (let i = 1; i <= 1000; i++)
      lines.push(`${i}. Kỳ báo cáo nhóm ${i}: tính từ ngày 01/01/2026 đến ngày 30/6/2026.`);
    lines.push("1001. Sở Nội vụ tổng hợp, báo cáo UBND tỉnh trước ngày 20/6/2026.");
    expect(tasks(parse(lines.join("\n"), { issued: "2026-03-05" })).map((t) => t[0])).toEqual(["II.1001"]);
  });
});
