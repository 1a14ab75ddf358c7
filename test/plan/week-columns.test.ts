// A Gantt task table: an "x" under Tuần 1 … Tuần 4 of each month, a day in "Ghi chú" beside them.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

const table = (rows: string[][]) => rows.map((cells) => cells.join("\t")).join("\n");
const weeks = ["Tuần 1", "Tuần 2", "Tuần 3", "Tuần 4"];

describe("week columns under their months, marked with x", () => {
  it("give the last day of the last marked week, the last week running to the month's end", () => {
    const plan = parse(
      table([
        ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Tháng 9/2024", "Tháng 10/2024", "Ghi chú"],
        ["", "", "", "", ...weeks, ...weeks, ""],
        ["1", "Rà soát danh mục hồ sơ lưu trữ", "Sở Nội vụ", "Sở Tư pháp", "x", "x", "", "", "", "", "", "", ""],
        ["2", "Tập huấn văn thư cơ sở", "Sở Nội vụ", "", "", "", "", "x", "", "", "", "x", "Hai lớp"],
        ["3", "Sơ kết công tác văn thư", "Sở Nội vụ", "", "", "", "", "", "x", "", "", "", "Chậm nhất 03/10/2024"],
        ["4", "Kiểm tra khi có phản ánh", "Sở Nội vụ", "", "", "", "", "", "", "", "", "", "Đột xuất"],
      ]),
      { issued: "2024-08-20" },
    );
    expect(tasks(plan).map(([ref, due]) => [ref, due])).toEqual([
      ["1", "2024-09-14"],
      ["2", "2024-10-31"],
      ["3", "2024-10-03"],
      ["4", null],
    ]);
  });
});
