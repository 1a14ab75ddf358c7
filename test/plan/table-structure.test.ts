// Task tables laid out as a Quyết định's appendix or an index plan lays them out: a header on
// three rows (a group title over group titles over the labels) and a row numbering the columns;
// sections as rows with no number that name their group ("Lĩnh vực 2: …").
import { describe, expect, it } from "vitest";
import { parse, table, tasks } from "../support/text-plans.ts";

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

describe("a task table grouped by rows that name their group ('Lĩnh vực 2: …')", () => {
  const plan = parse(
    table([
      ["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian"],
      ["", "Lĩnh vực 1: Tuyên truyền pháp luật", "", "", ""],
      ["1", "In tờ rơi về quyền khiếu nại", "Sở Tư pháp", "", "Tháng 4/2024"],
      ["", "Lĩnh vực 2: Quản lý công chức", "", "", "Quý III/2024"],
      ["2", "Cập nhật hồ sơ công chức", "Sở Nội vụ", "", ""],
      ["3", "Thống kê số lượng công chức", "Sở Nội vụ", "Sở Tài chính", ""],
    ]),
  );

  it("reads such a row as a section, never as more words of the task above it", () => {
    expect(plan.tasks.find((t) => t.ref === "1")?.title).toBe("In tờ rơi về quyền khiếu nại");
    expect(plan.tasks.filter((t) => t.kind === "heading").map((t) => [t.ref, t.title])).toEqual([
      ["Lĩnh vực 1", "Tuyên truyền pháp luật"],
      ["Lĩnh vực 2", "Quản lý công chức"],
    ]);
  });

  it("gives the section's deadline to its rows that have none", () => {
    expect(tasks(plan)).toEqual([
      ["1", "2024-04-30", ["Sở Tư pháp"], []],
      ["2", "2024-09-30", ["Sở Nội vụ"], []],
      ["3", "2024-09-30", ["Sở Nội vụ"], ["Sở Tài chính"]],
    ]);
    expect(plan.tasks.find((t) => t.ref === "3")?.deadline?.inheritedFrom).toBe("Lĩnh vực 2");
  });

  it("gives it to no row whose time cell says something else ('Thường xuyên')", () => {
    const recurring = parse(
      table([
        ["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian"],
        ["II", "KIỂM TRA CÔNG VỤ", "", "", "Tháng 10/2024"],
        ["1", "Kiểm tra đột xuất giờ làm việc", "Sở Nội vụ", "", "Thường xuyên"],
        ["2", "Tổng hợp kết quả kiểm tra", "Sở Nội vụ", "", "-"],
      ]),
    );
    expect(tasks(recurring)).toEqual([
      ["1", null, ["Sở Nội vụ"], []],
      ["2", "2024-10-31", ["Sở Nội vụ"], []],
    ]);
  });
});
