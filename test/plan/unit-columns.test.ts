// A task table giving each unit a column, marked "CT" where it leads and "PH" where it helps.
import { describe, expect, it } from "vitest";
import { parse, table, tasks, unresolvedNames } from "../support/text-plans.ts";

describe("unit columns marked CT and PH", () => {
  it("give each row the units it marks, two leads where two are marked, a group label its group", () => {
    const plan = parse(
      table([
        ["TT", "Nhiệm vụ", "Thời gian", "Đơn vị thực hiện", "", "", ""],
        ["", "", "", "Sở Y tế", "Sở Tư pháp", "Công an tỉnh", "UBND cấp xã"],
        ["I", "PHÁP CHẾ", "", "", "", "", ""],
        ["1", "Rà soát quy chế phối hợp liên ngành", "Quý II/2024", "PH", "CT", "", ""],
        ["2", "Tập huấn nghiệp vụ hộ tịch", "30/9/2024", "", "CT", "CT", "PH"],
        ["3", "Tuyên truyền phòng chống dịch", "Tháng 11/2024", "CT", "", "", ""],
      ]),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-06-30", ["Sở Tư pháp"], ["Sở Y tế"]],
      ["2", "2024-09-30", ["Sở Tư pháp", "Công an tỉnh"], ["?UBND cấp xã"]],
      ["3", "2024-11-30", ["Sở Y tế"], []],
    ]);
    expect(unresolvedNames(plan)).toContain("UBND cấp xã");
  });
});
