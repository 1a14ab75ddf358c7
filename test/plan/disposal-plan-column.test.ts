// A plan for surplus offices lists each asset beside what is to be done with it ("Cơ sở nhà, đất | Diện tích (m²) |
// Phương án bố trí, xử lý | Đơn vị thực hiện | Thời gian hoàn thành"): the "Phương án" cell is the row's task.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

const table = [
  ["STT", "Cơ sở nhà, đất", "Diện tích (m²)", "Phương án xử lý", "Đơn vị chủ trì", "Thời gian hoàn thành"],
  [
    "1",
    "Trụ sở xã An Bình (cũ)",
    "640",
    "Chuyển giao cho trường tiểu học làm điểm trường",
    "Sở Xây dựng",
    "Tháng 6/2026",
  ],
  ["2", "Nhà kho thôn Đông", "90", "Lập hồ sơ bán đấu giá tài sản", "Sở Tài chính", "Trước 15/8/2026"],
]
  .map((cells) => cells.join("\t"))
  .join("\n");

describe("a table of assets and what to do with each", () => {
  it("reads the Phương án column as each row's task", () => {
    const plan = parse(table);
    expect(tasks(plan)).toEqual([
      ["1", "2026-06-30", ["Sở Xây dựng"], []],
      ["2", "2026-08-14", ["Sở Tài chính"], []],
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual([
      "Chuyển giao cho trường tiểu học làm điểm trường",
      "Lập hồ sơ bán đấu giá tài sản",
    ]);
  });
});
