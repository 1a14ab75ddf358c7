// A table copied as text out of Word writes a group row whose heading spans the content columns as one cell, so the
// row is short ("2⇥CÔNG TÁC KIỂM TRA⇥Quý III/2024⇥"); its time is the group's, for a task with a blank time cell.
import { describe, expect, it } from "vitest";
import { withGroupRowsSpread } from "../../src/plan/text-group-rows.ts";
import { parse, tasks } from "../support/text-plans.ts";
import { groupRows } from "../support/large-inputs.ts";

const HEADER = "STT\tNội dung\tChủ trì\tPhối hợp\tThời gian\tGhi chú";

describe("a short group row of a text table", () => {
  it("gives its time to the group's tasks with none, as the Word file does", () => {
    const plan = parse(
      [
        HEADER,
        "1\tCÔNG TÁC TUYÊN TRUYỀN\t\t",
        "1.1\tTuyên truyền pháp luật\tSở Tư pháp\tSở Y tế\tTháng 5/2024\t",
        "2\tCÔNG TÁC KIỂM TRA\tQuý III/2024\t",
        "2.1\tKiểm tra hồ sơ\tSở Nội vụ\tSở Y tế\tTháng 7/2024\t",
        "2.2\tKiểm tra cơ sở\tSở Y tế\tSở Nội vụ\t\t",
        "",
        "Các đơn vị triển khai thực hiện.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["1.1", "2024-05-31", ["Sở Tư pháp"], ["Sở Y tế"]],
      ["2.1", "2024-07-31", ["Sở Nội vụ"], ["Sở Y tế"]],
      ["2.2", "2024-09-30", ["Sở Y tế"], ["Sở Nội vụ"]],
    ]);
  });

  it("leaves a header row, a task row and a row typed short as they are", () => {
    const rows = [
      ["TT", "NỘI DUNG", "THỜI GIAN", ""],
      ["3", "Họp giao ban", "Sở Y tế", ""],
      ["4", "TỔNG KẾT", "Tháng 12"],
    ];
    const table = [...rows, ...Array.from({ length: 3 }, () => ["1", "a", "b", "c", "d"])].map((cells) => ({
      cells,
      notes: cells.map(() => []),
    }));
    expect(
      withGroupRowsSpread(table)
        .slice(0, 3)
        .map((r) => r.cells),
    ).toEqual(rows);
  });

  it("widens 20,000 group rows", () => {
    const out = withGroupRowsSpread(groupRows(20000));
    expect(out).toHaveLength(20000);
    expect(out.every((r) => r.cells.length === 6)).toBe(true);
  });
});
