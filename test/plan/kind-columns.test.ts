// "Đơn vị thực hiện" over columns labelled by kinds of unit, each row naming the units of each kind: all lead.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

const table = (rows: string[][]) => rows.map((cells) => cells.join("\t")).join("\n");

describe("lead columns labelled by kinds of unit", () => {
  it("reads the names in every column under the title as leads, an empty cell adding none", () => {
    const plan = parse(
      table([
        ["STT", "Nội dung", "Đơn vị thực hiện", "", "Đơn vị phối hợp", "Thời gian"],
        ["", "", "Cấp tỉnh", "Cấp huyện", "", ""],
        [
          "1",
          "Tập huấn an toàn thực phẩm",
          "Sở Y tế",
          "Trung tâm Y tế huyện Phú Lương",
          "Công an tỉnh",
          "Tháng 4/2024",
        ],
        ["2", "Kiểm tra bếp ăn tập thể", "", "Trung tâm Y tế huyện Võ Nhai", "Sở Y tế", "Tháng 6/2024"],
      ]),
      { issued: "2024-01-05" },
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-04-30", ["Sở Y tế", "?Trung tâm Y tế huyện Phú Lương"], ["Công an tỉnh"]],
      ["2", "2024-06-30", ["?Trung tâm Y tế huyện Võ Nhai"], ["Sở Y tế"]],
    ]);
  });

  it("still reads a matrix of unit columns by its marks", () => {
    const plan = parse(
      table([
        ["STT", "Nội dung", "Đơn vị thực hiện", "", "Thời gian"],
        ["", "", "Sở Y tế", "Công an tỉnh", ""],
        ["1", "Tập huấn an toàn thực phẩm", "CT", "PH", "Tháng 4/2024"],
      ]),
      { issued: "2024-01-05" },
    );
    expect(tasks(plan)).toEqual([["1", "2024-04-30", ["Sở Y tế"], ["Công an tỉnh"]]]);
  });
});
