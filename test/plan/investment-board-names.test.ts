// A project board is named for the investment it manages: "Ban Quản lý dự án đầu tư xây dựng các công trình …
// huyện". After "đầu tư", "xây dựng" is the kind of investment, and after "công", "trình" is part of "công trình"
// (works): neither is the verb that ends the subject, so the board's whole name leads, or partners.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

describe("a project board's name holding 'đầu tư xây dựng' and 'công trình'", () => {
  const plan = parse(
    [
      "1. Ban Quản lý dự án đầu tư xây dựng các công trình thủy lợi huyện Định Hóa lập hồ sơ thanh toán khối lượng " +
        "hoàn thành, gửi Kho bạc trước ngày 20/6/2024.",
      "2. Sở Tài chính chủ trì, phối hợp với Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng huyện Phú " +
        "Lương rà soát kế hoạch vốn trong tháng 7/2024.",
      "3. Sở Xây dựng trình UBND tỉnh danh mục công trình trọng điểm trước ngày 15/8/2024.",
    ].join("\n"),
  );

  it("is read whole, up to the verb after it", () => {
    expect(tasks(plan)).toEqual([
      ["1", "2024-06-19", ["?Ban Quản lý dự án đầu tư xây dựng các công trình thủy lợi huyện Định Hóa"], []],
      [
        "2",
        "2024-07-31",
        ["Sở Tài chính"],
        ["?Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng huyện Phú Lương"],
      ],
      // "trình" alone after a name is still the verb.
      ["3", "2024-08-14", ["Sở Xây dựng"], []],
    ]);
  });
});
