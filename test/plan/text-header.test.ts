// A two-row header copied as text writes a title merged across columns once: the labels after it line up
// with the lower row's columns.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

describe("a title merged across columns, copied as text", () => {
  it("spans the labels under it, so the columns after it keep their places", () => {
    const plan = parse(
      [
        ["TT", "Nội dung công việc", "Trách nhiệm", "Thời hạn"],
        ["", "", "Chủ trì", "Phối hợp", ""],
        ["1", "Rà soát quy chế văn hóa công sở", "Sở Nội vụ", "Sở Tư pháp", "Trước ngày 20/6/2024"],
        ["2", "Tập huấn nghiệp vụ lưu trữ", "Sở Nội vụ", "Sở Tài chính", "Tháng 10/2024"],
      ]
        .map((cells) => cells.join("\t"))
        .join("\n"),
      { issued: "2024-03-01" },
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-06-19", ["Sở Nội vụ"], ["Sở Tư pháp"]],
      ["2", "2024-10-31", ["Sở Nội vụ"], ["Sở Tài chính"]],
    ]);
  });
});
