// A matrix whose unit columns repeat under the deadline of the work marked in them: the group holding a row's
// marks dates it, a day in "Ghi chú" wins, and a note naming a unit by its role adds that unit.
import { describe, expect, it } from "vitest";
import { parse, table, tasks } from "../support/text-plans.ts";

const units = ["SYT", "STP", "CA"];

describe("unit columns grouped under deadlines", () => {
  const rows = [
    ["TT", "Nội dung công việc", "Xong trước 30/4/2024", "", "", "Xong trước 31/10/2024", "", "", "Ghi chú"],
    ["", "", ...units, ...units, ""],
    ["1", "Rà soát quy trình cấp phép hành nghề", "C", "P", "", "", "", "", ""],
    ["2", "Tập huấn kỹ năng tiếp công dân", "", "", "", "P", "", "C", ""],
    ["3", "Công khai danh mục thuốc đấu thầu", "C", "", "", "", "", "", "Trước 10/4/2024"],
    ["4", "Kiểm tra an toàn thực phẩm bếp ăn tập thể", "", "", "", "C", "P", "", "Phối hợp Sở Nội vụ"],
  ];
  const body = (grid: string[][]) =>
    [
      'Ký hiệu: "C" là cơ quan chủ trì, "P" là cơ quan phối hợp.',
      "Chữ viết tắt: SYT - Sở Y tế; STP - Sở Tư pháp; CA - Công an tỉnh.",
      table(grid),
    ].join("\n");

  it("date each row by the group of its marks, a note's day first, and read C and P as lead and partner", () => {
    expect(tasks(parse(body(rows), { issued: "2024-02-01" }))).toEqual([
      ["1", "2024-04-29", ["Sở Y tế"], ["Sở Tư pháp"]],
      ["2", "2024-10-30", ["Công an tỉnh"], ["Sở Y tế"]],
      ["3", "2024-04-09", ["Sở Y tế"], []],
      ["4", "2024-10-30", ["Sở Y tế"], ["Sở Tư pháp", "Sở Nội vụ"]],
    ]);
  });

  it("are read from a text copy that writes each group's title once", () => {
    const copied = [
      ["TT", "Nội dung công việc", "Xong trước 30/4/2024", "Xong trước 31/10/2024", "Ghi chú"],
      ...rows.slice(1),
    ];
    expect(tasks(parse(body(copied), { issued: "2024-02-01" }))).toEqual(
      tasks(parse(body(rows), { issued: "2024-02-01" })),
    );
  });
});
