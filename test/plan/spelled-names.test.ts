// A short form of capitals that the plan writes out in full elsewhere, with no legend ("TT PVHCC tỉnh" beside
// "… tại Trung tâm Phục vụ hành chính công tỉnh"), is that name: the admin is asked about it once, by its full name.
import { describe, expect, it } from "vitest";
import { parse, tasks, unresolvedNames } from "../support/text-plans.ts";

describe("a short form the plan spells out elsewhere", () => {
  it("is read as the full name the plan writes, initial by initial", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "TT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành",
        "1\tĐánh giá chất lượng giải quyết thủ tục tại Trung tâm Phục vụ hành chính công tỉnh\tVăn phòng UBND tỉnh\tTT PVHCC tỉnh\tTháng 9/2022",
        "2\tTập huấn cho công chức một cửa\tTT PVHCC tỉnh\t\t15/10/2022",
      ].join("\n"),
      { issued: "2022-03-01" },
    );
    expect(tasks(plan)).toEqual([
      ["1", "2022-09-30", ["Văn phòng UBND tỉnh"], ["?Trung tâm Phục vụ hành chính công tỉnh"]],
      ["2", "2022-10-15", ["?Trung tâm Phục vụ hành chính công tỉnh"], []],
    ]);
    expect(new Set(unresolvedNames(plan))).toEqual(new Set(["Trung tâm Phục vụ hành chính công tỉnh"]));
  });

  it("stays as written when the text spells it two ways, or it has too few initials to tell", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "TT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành",
        "1\tKiểm tra thiết bị của Trung tâm Dữ liệu tỉnh và Trung tâm Du lịch tỉnh\tTTDL tỉnh\t\tTháng 9/2022",
        "2\tTập huấn cho Ban Quản lý Dự án tỉnh\tBQL tỉnh\t\t15/10/2022",
      ].join("\n"),
      { issued: "2022-03-01" },
    );
    expect(unresolvedNames(plan)).toEqual(["TTDL tỉnh", "BQL tỉnh"]);
  });
});
