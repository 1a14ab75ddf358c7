// A line closing an item's dashes that dates all the work above it ("Các nhiệm vụ trên hoàn thành trước …"): the
// item's time, which each undated dash takes; the line is no task of its own.
import { describe, expect, it } from "vitest";
import { parsePlanBuffer, shippedCalendar, shippedDirectories } from "../../src/services/plan-service.ts";
import type { ParsedPlan } from "../../src/plan/parsed-plan.ts";
import { docxFromText } from "../support/documents.ts";
import { parse, tasks } from "../support/text-plans.ts";

const ITEM = [
  "II. NHIỆM VỤ",
  "1. Sở Tư pháp",
  "- Rà soát, hệ thống hóa văn bản quy phạm pháp luật về đất đai.",
  "- Tập huấn nghiệp vụ hộ tịch cho công chức cấp xã.",
];
const NEXT = ["2. Sở Y tế", "- Công khai thủ tục hành chính lĩnh vực dược, hoàn thành trong tháng 8/2024."];

const shown = (plan: ParsedPlan) =>
  plan.tasks
    .filter((t) => t.kind === "task")
    .map((t) => [t.ref, t.deadline?.due ?? null, t.deadline?.inheritedFrom ?? null, t.lead.map((u) => u.name)]);

describe("a closing line dating the work above it", () => {
  it.each([
    ["Thời gian hoàn thành các nội dung trên: trong quý III/2024.", "2024-09-30"],
    ["Các nhiệm vụ trên hoàn thành chậm nhất ngày 20/9/2024.", "2024-09-20"],
    ["Thời hạn thực hiện các nhiệm vụ nêu trên: trước ngày 16/9/2024.", "2024-09-15"],
    ["Các nội dung trên phải hoàn thành xong trong tháng 9/2024.", "2024-09-30"],
  ])("%s dates each undated dash of the item, and is no task", (line, due) => {
    expect(shown(parse([...ITEM, line, ...NEXT].join("\n")))).toEqual([
      ["II.1.1", due, "II.1", ["Sở Tư pháp"]],
      ["II.1.2", due, "II.1", ["Sở Tư pháp"]],
      ["II.2", "2024-08-31", null, ["Sở Y tế"]],
    ]);
  });

  it("leaves a dash its own time", () => {
    const body = [...ITEM.slice(0, 3), "- Tập huấn nghiệp vụ hộ tịch, xong trong tháng 6/2024."];
    expect(tasks(parse([...body, "Các nhiệm vụ trên hoàn thành trước ngày 01/10/2024."].join("\n")))).toEqual([
      ["II.1.1", "2024-09-30", ["Sở Tư pháp"], []],
      ["II.1.2", "2024-06-30", ["Sở Tư pháp"], []],
    ]);
  });

  it("keeps a line doing something with the work above a task of its own", () => {
    const line = "Sở Nội vụ tổng hợp kết quả các nhiệm vụ trên, báo cáo UBND tỉnh trước ngày 10/12/2024.";
    const read = shown(parse([...ITEM, line].join("\n")));
    expect(read).toHaveLength(1);
    expect(read[0]).toEqual([expect.stringMatching(/^II\.1/), "2024-12-09", null, ["Sở Nội vụ"]]);
  });

  it("reads a Word plan so", async () => {
    const text = [
      "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN",
      "Số: 12/KH-UBND",
      "Thái Nguyên, ngày 05 tháng 03 năm 2024",
      "KẾ HOẠCH",
      ...ITEM,
      "Các nhiệm vụ trên hoàn thành chậm nhất ngày 20/9/2024.",
      ...NEXT,
      "Nơi nhận:",
    ].join("\n");
    const word = await parsePlanBuffer(await docxFromText(text), {
      directories: shippedDirectories,
      calendar: shippedCalendar,
    });
    if (!word.ok) throw new Error("the Word file should read");
    expect(shown(word.value).map((t) => t.slice(0, 2))).toEqual([
      ["II.1.1", "2024-09-20"],
      ["II.1.2", "2024-09-20"],
      ["II.2", "2024-08-31"],
    ]);
  });

  it("reads thousands of items each closed by such a line", () => {
    const body = ["II. NHIỆM VỤ"];
    for (let i = 1; i <= 800; i++)
      body.push(`${i}. Sở Tư pháp`, ...ITEM.slice(2), "Thời gian hoàn thành các nội dung trên: trong quý III/2024.");
    const read = shown(parse(body.join("\n")));
    expect(read).toHaveLength(1600);
    expect(read.every(([, due]) => due === "2024-09-30")).toBe(true);
  });
});
