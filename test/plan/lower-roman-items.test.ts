// Items numbered in small Roman figures under a heading: i. ii. iii. iv. …, all at one level.
import { describe, expect, it } from "vitest";
import { markerOf } from "../../src/plan/numbering.ts";
import { parse, tasks } from "../support/text-plans.ts";

describe("items numbered i., ii., iii.", () => {
  it("are letters' level items, the third and later too", () => {
    expect(markerOf("iii. Công khai danh mục", null)).toEqual({
      kind: "letter",
      ref: "iii",
      rest: "Công khai danh mục",
    });
    expect(markerOf("viii. Kiểm tra", null)).toMatchObject({ kind: "letter", ref: "viii" });
    // Three letters that are no Roman figure number nothing.
    expect(markerOf("iiv. Kiểm tra", null)).toBeNull();
  });

  it("each name a task under their heading", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Công khai, minh bạch",
        "i. Công khai dự toán. Sở Tài chính thực hiện trước ngày 20/3/2024.",
        "ii. Công khai quy hoạch. Sở Xây dựng thực hiện trong tháng 4/2024.",
        "iii. Công khai danh sách hộ nghèo. Sở Y tế thực hiện trước ngày 15/5/2024.",
        "iv. Kiểm tra việc công khai. Thanh tra tỉnh thực hiện trong tháng 6/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1.i", "2024-03-19", ["Sở Tài chính"], []],
      ["II.1.ii", "2024-04-30", ["Sở Xây dựng"], []],
      ["II.1.iii", "2024-05-14", ["Sở Y tế"], []],
      ["II.1.iv", "2024-06-30", ["Thanh tra tỉnh"], []],
    ]);
  });
});
