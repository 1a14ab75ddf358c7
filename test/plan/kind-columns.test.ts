// "Đơn vị thực hiện" over columns labelled by kinds of unit, each row naming the units of each kind: all lead.
import { describe, expect, it } from "vitest";
import { parse, table, tasks } from "../support/text-plans.ts";

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

  it("keeps its columns past the header repeated on a new page over a row of one-word names", () => {
    const head = [
      ["STT", "Nội dung", "Chủ trì", "Đơn vị phối hợp", "", "Thời gian"],
      ["STT", "Nội dung", "Chủ trì", "Cấp tỉnh", "Cấp huyện", "Thời gian"],
    ];
    const plan = parse(
      table([
        ...head,
        ["1", "Tập huấn an toàn thực phẩm", "Sở Y tế", "Công an tỉnh", "UBND huyện Võ Nhai", "Tháng 4/2024"],
        ["2", "Kiểm tra bếp ăn tập thể", "Sở Y tế", "Sở Công Thương", "", "Tháng 6/2024"],
        ...head,
        ["3", "Tổng kết tháng hành động", "Sở Y tế", "SCT", "", "Tháng 8/2024"],
        "Viết tắt: SCT - Sở Công Thương".split("\t"),
      ]),
      { issued: "2024-01-05" },
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-04-30", ["Sở Y tế"], ["Công an tỉnh", "UBND huyện Võ Nhai"]],
      ["2", "2024-06-30", ["Sở Y tế"], ["Sở Công Thương"]],
      ["3", "2024-08-31", ["Sở Y tế"], ["Sở Công Thương"]],
    ]);
  });

  it("reads a 100 KB table whose header comes again over every row", () => {
    const head = [
      ["STT", "Nội dung", "Chủ trì", "Đơn vị phối hợp", "", "Thời gian"],
      ["STT", "Nội dung", "Chủ trì", "Cấp tỉnh", "Cấp huyện", "Thời gian"],
    ];
    const pages = Array.from({ length: 800 }, (_, i) => [
      ...head,
      [
        String(i + 1),
        `Kiểm tra cơ sở số ${i + 1}`,
        "Sở Y tế",
        i ? "SCT" : "Sở Công Thương, Công an tỉnh",
        "",
        "Tháng 8/2024",
      ],
    ]);
    const body = table(pages.flat());
    expect(body.length).toBeGreaterThan(100_000);
    const read = tasks(parse(`${body}\nViết tắt: SCT - Sở Công Thương`, { issued: "2024-01-05" }));
    expect(read).toHaveLength(800);
    expect(read.at(-1)).toEqual(["800", "2024-08-31", ["Sở Y tế"], ["Sở Công Thương"]]);
  });
});
