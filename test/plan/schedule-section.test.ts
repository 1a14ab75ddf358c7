// Items that say what and who, and a later part "TIẾN ĐỘ THỰC HIỆN" whose lines open with a time and name the work
// again in other words: each item takes the time of the line naming its work, keeps its number and its units, and
// the lines are no tasks of their own.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";
import type { Block } from "../../src/plan/document.ts";
import { scheduleKeys } from "../../src/plan/schedule-section.ts";

const ITEMS = [
  "II. NỘI DUNG",
  "1. Sở Y tế chủ trì, phối hợp với Sở Tài chính khảo sát nhu cầu trang thiết bị của các trạm y tế xã, lập danh mục đề xuất mua sắm.",
  "2. Sở Nội vụ tổ chức lớp bồi dưỡng kỹ năng quản lý cho viên chức y tế cơ sở.",
  "3. Sở Tài chính thẩm định danh mục đề xuất mua sắm trang thiết bị, trình UBND tỉnh phê duyệt trước ngày 30/6/2024.",
  "4. Các sở, ban, ngành cập nhật thông tin lên cổng dữ liệu của tỉnh.",
];

describe("a schedule part naming the items in words", () => {
  it("dates each item by the line naming its work, and reads no line as a task", () => {
    const schedule = [
      "III. TIẾN ĐỘ THỰC HIỆN",
      "- Tháng 01/2024: Thành lập Tổ giúp việc (đã thực hiện).",
      "- Quý III/2024: Tổ chức lớp bồi dưỡng kỹ năng quản lý cho viên chức.",
      "- Trước ngày 15/5/2024: Khảo sát nhu cầu trang thiết bị, lập danh mục đề xuất mua sắm.",
    ];
    const plan = parse([...ITEMS, ...schedule].join("\n"));
    expect(tasks(plan)).toEqual([
      ["II.1", "2024-05-14", ["Sở Y tế"], ["Sở Tài chính"]],
      ["II.2", "2024-09-30", ["Sở Nội vụ"], []],
      ["II.3", "2024-06-29", ["Sở Tài chính"], []],
    ]);
  });

  it("keeps the date an item writes itself, and reads a line naming no item as it did", () => {
    const schedule = [
      "III. TIẾN ĐỘ THỰC HIỆN",
      "- Tháng 8/2024: Thẩm định danh mục đề xuất mua sắm trang thiết bị.",
      "- Tháng 10/2024: Sở Giáo dục và Đào tạo tổ chức hội thi giáo viên dạy giỏi cấp tỉnh.",
    ];
    const plan = parse([...ITEMS, ...schedule].join("\n"));
    const read = tasks(plan);
    expect(read).toContainEqual(["II.3", "2024-06-29", ["Sở Tài chính"], []]);
    expect(read.find((t) => t[1] === "2024-10-31")?.[2]).toEqual(["Sở Giáo dục và Đào tạo"]);
    expect(read.some((t) => t[0] === "II.1" || t[0] === "II.2" || t[1] === "2024-08-31")).toBe(false);
  });
});

describe("a schedule part of a hostile size", () => {
  // Each item's own words ("Việc k1 k2 k3") and a line naming them; "Tiến độ" written again before every line.
  const N = 20_000;
  const words = (k: number) => `việc mã${k} mã${k + 1} mã${k + 2} thực hiện`;
  const blocks: Block[] = Array.from({ length: N }, (_, k) => [
    { type: "text" as const, text: "1 Tiến độ" },
    { type: "text" as const, text: `- Trước ngày ${(k % 28) + 1}/6/2030: ${words(k)}` },
  ]).flat();
  const items = Array.from({ length: N }, (_, k) => ({ ref: `II.${k + 1}`, text: words(k), dated: false }));

  it("of twenty thousand lines and items is read through the pairs they share, each item by its own line", () => {
    const { keyed, rest } = scheduleKeys(blocks, () => items, "2030-01-01");
    expect(keyed.size).toBe(N);
    expect(keyed.get("II.31")).toEqual([{ role: "deadline", value: "Trước ngày 3/6/2030" }]);
    expect(rest).toHaveLength(N);
  });
});
