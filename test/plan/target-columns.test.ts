// A time column split by what the common steps are done for (works, batches): each dated cell is the row's step for
// that thing, titled with the name a legend above gives it; cells saying done, a dash or an event with no day are none.
import { describe, expect, it } from "vitest";
import { parse, table, tasks } from "../support/text-plans.ts";

describe("time columns split by what the work is done for", () => {
  const legend = [
    "+ Công trình 1: Nhà văn hóa xóm Đông (180 m2, 1 tầng);",
    "+ Công trình 2: Cầu treo bản Nà Mò (giai đoạn 1).",
  ];
  const grid = [
    ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"],
    ["", "", "", "", "Công trình 1", "Công trình 2"],
    ["1", "Lập hồ sơ thiết kế và dự toán xây dựng", "Sở Xây dựng", "Sở Tài chính", "Đã hoàn thành", "20/5/2024"],
    ["2", "Tổ chức lựa chọn nhà thầu thi công", "Sở Xây dựng", "Sở Tài chính", "Quý II/2024", "10/7/2024"],
    ["3", "Nghiệm thu, bàn giao đưa vào sử dụng", "Sở Xây dựng", "", "-", "Sau khi thi công xong"],
  ];
  const plan = () => parse([...legend, table(grid)].join("\n"), { issued: "2024-03-05" });

  it("give a task per dated cell, numbered by its column when a row has several", () => {
    expect(tasks(plan())).toEqual([
      ["1", "2024-05-20", ["Sở Xây dựng"], ["Sở Tài chính"]],
      ["2.1", "2024-06-30", ["Sở Xây dựng"], ["Sở Tài chính"]],
      ["2.2", "2024-07-10", ["Sở Xây dựng"], ["Sở Tài chính"]],
    ]);
  });

  it("title each task with the thing as the legend names it, without its size", () => {
    expect(plan().tasks.map((t) => t.title)).toEqual([
      "Lập hồ sơ thiết kế và dự toán xây dựng (Công trình 2: Cầu treo bản Nà Mò (giai đoạn 1))",
      "Tổ chức lựa chọn nhà thầu thi công (Công trình 1: Nhà văn hóa xóm Đông)",
      "Tổ chức lựa chọn nhà thầu thi công (Công trình 2: Cầu treo bản Nà Mò (giai đoạn 1))",
    ]);
  });

  it("name the thing by its label when no legend does", () => {
    const read = parse(table(grid), { issued: "2024-03-05" });
    expect(read.tasks[0]!.title).toBe("Lập hồ sơ thiết kế và dự toán xây dựng (Công trình 2)");
  });
});
