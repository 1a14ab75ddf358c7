// A table of two columns, "Đơn vị | Nhiệm vụ được giao": the units numbered down the rows in their own cell (a Word
// list, no number column), each unit's duties a list numbered anew in the cell beside it. Each dated duty is a task
// the row's unit leads, cited by the unit's number and its own ("III.1.3"), as the same list in prose would be.
import { describe, expect, it } from "vitest";
import { PLAN_LIMITS } from "../../src/domain/limits.ts";
import { readTextPlan } from "../../src/plan/read-text.ts";
import { parse, tasks } from "../support/text-plans.ts";
import { unitDutyLists } from "../support/large-inputs.ts";

const TABLE = [
  "III. NHIỆM VỤ CỦA CÁC CƠ QUAN, ĐƠN VỊ",
  "Đơn vị\tNhiệm vụ được giao",
  "1. Sở Y tế (cơ quan thường trực)\t1. Tham mưu kiện toàn Ban Chỉ đạo, hoàn thành trong tháng 3/2024. " +
    "2. Giám sát mối nguy (thực hiện thường xuyên). 3. Phối hợp với Công an tỉnh kiểm tra cơ sở, trước ngày 20/9/2024.",
  "2. Sở Tư pháp\t1. Lồng ghép nội dung phổ biến pháp luật hằng năm. 2. Rà soát văn bản, chậm nhất ngày 15/4/2024.",
];

describe("a table of units and the duties each is given", () => {
  it("reads each dated duty as a task of the row's unit, cited by both numbers", () => {
    const plan = parse(TABLE.join("\n"));
    // Row 2 names "nội dung" and no number column: still a row, not a header.
    expect(tasks(plan)).toEqual([
      ["III.1.1", "2024-03-31", ["Sở Y tế"], []],
      ["III.1.3", "2024-09-19", ["Sở Y tế"], ["Công an tỉnh"]],
      ["III.2.2", "2024-04-15", ["Sở Tư pháp"], []],
    ]);
  });

  it("reads a text copy that writes a duty cell's next items on lines of their own", () => {
    const copy = [TABLE[0], TABLE[1], "1. Sở Y tế\t1. Tham mưu kiện toàn Ban Chỉ đạo, xong tháng 3/2024."];
    const text = [...copy, "2. Tổng hợp, báo cáo trước 30/6/2024.", "2. Sở Tư pháp\t1. Rà soát văn bản.", "4. Ghi chú"];
    const read = readTextPlan(["Số: 3/KH-UBND", ...text].join("\n"));
    expect(read.ok && read.document.blocks.slice(2)).toEqual([
      { type: "row", cells: ["Đơn vị", "Nhiệm vụ được giao"] },
      {
        type: "row",
        cells: [
          "1. Sở Y tế",
          "1. Tham mưu kiện toàn Ban Chỉ đạo, xong tháng 3/2024. 2. Tổng hợp, báo cáo trước 30/6/2024.",
        ],
      },
      // Not the next number of the cell's list: a line of its own.
      { type: "row", cells: ["2. Sở Tư pháp", "1. Rà soát văn bản."] },
      { type: "text", text: "4. Ghi chú" },
    ]);
  });

  it("joins the lines of many long lists in one pass", () => {
    const read = readTextPlan(unitDutyLists(200), {
      ...PLAN_LIMITS,
      maxBytes: 10_000_000,
    });
    expect(read.ok && read.document.blocks.length).toBe(202);
  });

  it("keeps a table of figures by unit no task table", () => {
    const figures = ["II. CHỈ TIÊU", "Đơn vị\tChỉ tiêu giao", "1. Sở Y tế\t95% hồ sơ, trước 30/6/2024"];
    expect(() => parse(figures.join("\n"))).toThrow("no-tasks");
  });
});
