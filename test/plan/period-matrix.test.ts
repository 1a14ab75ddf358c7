// A matrix of units by periods whose cells hold the tasks' words: each filled cell is a task of its row's unit,
// due at the end of its column's period unless its closing bracket says when, partners named there too.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

const table = (rows: string[][]) => rows.map((cells) => cells.join("\t")).join("\n");

describe("a unit × period matrix", () => {
  it("reads each filled cell as a task of its row's unit, dated by its column or its bracket", () => {
    const plan = parse(
      table([
        ["TT", "Cơ quan chủ trì", "Quý I/2025", "Quý II/2025", "Quý III/2025", "Quý IV/2025"],
        ["1", "Sở Y tế", "Khám sàng lọc học sinh (trước 20/3)", "", "Kiểm tra bếp ăn (PH: Sở Tư pháp)", ""],
        ["", "", "", "Tập huấn sơ cứu (Quý II - Quý III; PH: Công an tỉnh; Sở Tư pháp)", "", ""],
        ["2", "Công an tỉnh", "Tuyên truyền an toàn giao thông (thực hiện cả năm)", "", "", "Tổng kết năm"],
        ["3", "Sở Tư pháp", "", "Biên soạn tài liệu (SIPAS)", "", ""],
      ]),
      { issued: "2025-01-15" },
    );
    expect(tasks(plan)).toEqual([
      ["1.1", "2025-03-19", ["Sở Y tế"], []],
      ["1.2", "2025-09-30", ["Sở Y tế"], ["Sở Tư pháp"]],
      ["1.3", "2025-09-30", ["Sở Y tế"], ["Công an tỉnh", "Sở Tư pháp"]],
      ["2.1", "2025-12-31", ["Công an tỉnh"], []],
      ["2.2", "2025-12-31", ["Công an tỉnh"], []],
      ["3.1", "2025-06-30", ["Sở Tư pháp"], []],
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual([
      "Khám sàng lọc học sinh",
      "Kiểm tra bếp ăn",
      "Tập huấn sơ cứu",
      "Tuyên truyền an toàn giao thông",
      "Tổng kết năm",
      "Biên soạn tài liệu (SIPAS)",
    ]);
  });
});
