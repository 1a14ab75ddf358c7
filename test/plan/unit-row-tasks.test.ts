// A table of one row per unit, the unit's tasks a list in one cell, each with its own deadline, and no time
// column: each item is a task the row's unit leads.
import { describe, expect, it } from "vitest";
import { readTextPlan } from "../../src/plan/read-text.ts";
import { parse, tasks } from "../support/text-plans.ts";

const HEADER = "TT\tĐơn vị\tNhiệm vụ và thời hạn";

describe("a unit's row whose cell lists its tasks", () => {
  it("keeps a table with a partners' column one task a row", () => {
    const plan = parse(
      [
        "III. PHÂN CÔNG",
        "TT\tNhiệm vụ\tĐơn vị\tPhối hợp",
        "1\t- Rà soát danh mục; hoàn thành trước ngày 15/5/2024. - Tổng hợp báo cáo.\tSở Y tế\tCông an tỉnh",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([["1", null, ["Sở Y tế"], ["Công an tỉnh"]]]);
  });

  it("makes each dated item a task of the row's unit, 'phối hợp với' naming partners", () => {
    const plan = parse(
      [
        "III. PHÂN CÔNG",
        HEADER,
        "1\tSở Y tế\t- Rà soát danh mục thuốc; hoàn thành trước ngày 15/5/2024. " +
          "- Phối hợp với Công an tỉnh kiểm tra cơ sở hành nghề; xong trong Quý III/2024. - Theo dõi thường xuyên.",
        "2\tSở Tư pháp\t- Chậm nhất ngày 20/6/2024, báo cáo kết quả rà soát văn bản.",
        "3\tCông an tỉnh\tKiểm tra an ninh mạng tại các sở, hoàn thành tháng 8/2024.",
      ].join("\n"),
    );
    // A cell of one sentence, no list, is the row's own task.
    expect(tasks(plan)).toEqual([
      ["1.1", "2024-05-14", ["Sở Y tế"], []],
      ["1.2", "2024-09-30", ["Sở Y tế"], ["Công an tỉnh"]],
      ["2.1", "2024-06-20", ["Sở Tư pháp"], []],
      ["3", "2024-08-31", ["Công an tỉnh"], []],
    ]);
  });

  it("reads a text copy that writes the cell's next items on lines of their own", () => {
    const text = [
      "Số: 3/KH-UBND",
      "TT\tĐơn vị\tNhiệm vụ",
      "1\tSở Y tế\t- Rà soát danh mục; xong tháng 5/2024.",
      "- Tổng hợp, báo cáo trước 30/6/2024.",
      "+ Ghi chú riêng",
      "- Đoạn văn sau bảng.",
    ].join("\n");
    const read = readTextPlan(text);
    expect(read.ok && read.document.blocks.slice(1)).toEqual([
      { type: "row", cells: ["TT", "Đơn vị", "Nhiệm vụ"] },
      {
        type: "row",
        cells: ["1", "Sở Y tế", "- Rà soát danh mục; xong tháng 5/2024. - Tổng hợp, báo cáo trước 30/6/2024."],
      },
      { type: "text", text: "+ Ghi chú riêng" },
      { type: "text", text: "- Đoạn văn sau bảng." },
    ]);
  });
});
