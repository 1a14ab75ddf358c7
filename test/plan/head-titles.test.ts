// A body named by its head's title: the post is dropped, the body does the work.
import { describe, expect, it } from "vitest";
import { parse, table, tasks } from "../support/text-plans.ts";

describe("heads' titles in a column of those responsible", () => {
  it("name the body, for a head titled by the body's kind and for a group's heads", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        table([
          ["STT", "Nội dung", "Trách nhiệm thực hiện", "Thời hạn"],
          ["1", "Đối chiếu số thu phí, lệ phí", "Cục trưởng Cục Thuế tỉnh", "Tháng 5/2024"],
          ["2", "Lập báo cáo tài sản", "Thủ trưởng các đơn vị sự nghiệp công lập tỉnh", "Tháng 6/2024"],
          ["3", "Kiểm tra hồ sơ nhập khẩu", "Chi cục trưởng Chi cục Hải quan tỉnh", "Tháng 7/2024"],
        ]),
      ].join("\n"),
    );
    expect(tasks(plan).map((t) => t[2])).toEqual([
      ["Thuế tỉnh"],
      ["?các đơn vị sự nghiệp công lập tỉnh"],
      ["?Chi cục Hải quan tỉnh"],
    ]);
  });
});
