// Task-table headers laid out on several rows, as a Quyết định's appendix lays them out: a group
// title over group titles over the labels, then a row numbering the columns.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

const table = (rows: string[][]) => rows.map((cells) => cells.join("\t")).join("\n");

describe("a task table whose header takes three rows", () => {
  const header = [
    ["TT", "Nội dung công việc, nhiệm vụ", "Triển khai", "", "", "", "Ghi chú"],
    ["", "", "Đơn vị", "", "Tiến độ", "", ""],
    ["", "", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian bắt đầu", "Thời gian hoàn thành", ""],
  ];
  const body = [
    ["1", "Cập nhật cơ sở dữ liệu cán bộ", "Sở Nội vụ", "Sở Tư pháp", "Tháng 3/2024", "Quý II/2024", ""],
    ["2", "Rà soát quy chế làm việc", "Sở Tư pháp", "", "01/4/2024", "Thường xuyên", "Lồng ghép"],
  ];

  it("reads the tasks under it, the deadline from the completion column, not the start one", () => {
    const plan = parse(table([...header, ...body]));
    expect(tasks(plan)).toEqual([
      ["1", "2024-06-30", ["Sở Nội vụ"], ["Sở Tư pháp"]],
      ["2", null, ["Sở Tư pháp"], []],
    ]);
  });

  it("takes a row numbering the columns, (1) to (7), for no task", () => {
    const numbers = ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"];
    const plan = parse(table([...header, numbers, ...body]));
    expect(plan.tasks.map((t) => t.ref)).toEqual(["1", "2"]);
  });

  it("reads it when the labels merged down are repeated on every row, as a PDF gives them", () => {
    const repeated = header.map((cells) =>
      cells.map((cell, c) => (c === 0 || c === 1 || c === 6 ? header[0]![c]! : cell)),
    );
    expect(repeated[2]).toContain("Nội dung công việc, nhiệm vụ");
    expect(tasks(parse(table([...repeated, ...body])))).toEqual([
      ["1", "2024-06-30", ["Sở Nội vụ"], ["Sở Tư pháp"]],
      ["2", null, ["Sở Tư pháp"], []],
    ]);
  });
});
