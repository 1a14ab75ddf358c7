// A work programme with no time column (Tháng | Nội dung công việc | Đơn vị thực hiện): a row is due at its month's
// end unless its own words give its day; the month cell merged down stands once, in the month's first row.
import { describe, expect, it } from "vitest";
import { BAC_KAN } from "../../src/domain/directories/bac-kan.ts";
import { parse, tasks } from "../support/text-plans.ts";
import { monthRowsOwnDay } from "../support/large-inputs.ts";

const HEADER = "Tháng\tNội dung công việc\tĐơn vị thực hiện";

describe("a month programme with no time column", () => {
  it("dates a row by the day its words give, else by its month's end, the year going on past December", () => {
    const plan = parse(
      [
        HEADER,
        "Tháng 11/2023\t1. Tổ chức hội thảo chuyên đề về chuyển đổi số (trước ngày 20/11)\tSở Y tế",
        "\t2. Rà soát danh mục thủ tục hành chính\tSở Tư pháp chủ trì, phối hợp với Sở Nội vụ",
        "Tháng 12\t3. Tổ chức kỳ thi chọn đội tuyển (ngày 05-06/12/2023)\tSở Nội vụ chủ trì, phối hợp với Công an tỉnh",
        "Tháng 1/2024\t4. Sơ kết công tác quý, báo cáo UBND tỉnh trước ngày 15/01\tSở Tư pháp",
        "Tháng 3\t5. Tổ chức giải thể thao, hoàn thành trước ngày 25/3\tSở Y tế",
        "\t6. Kiểm tra cơ sở vật chất\tSở Y tế",
      ].join("\n"),
      { directory: BAC_KAN, issued: "2023-10-20" },
    );
    expect(tasks(plan)).toEqual([
      ["1", "2023-11-19", ["Sở Y tế"], []],
      ["2", "2023-11-30", ["Sở Tư pháp"], ["Sở Nội vụ"]],
      ["3", "2023-12-06", ["Sở Nội vụ"], ["Công an tỉnh"]],
      ["4", "2024-01-14", ["Sở Tư pháp"], []],
      ["5", "2024-03-24", ["Sở Y tế"], []],
      ["6", "2024-03-31", ["Sở Y tế"], []],
    ]);
  });

  it("reads thousands of month rows", () => {
    const plan = parse(monthRowsOwnDay(3000), { directory: BAC_KAN });
    expect(tasks(plan)).toHaveLength(3000);
  });
});
