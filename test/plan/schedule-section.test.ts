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

  it("of a timetable of twenty thousand rows is read so too, the table going with the rows that dated", () => {
    const table: Block[] = [
      { type: "text", text: "IV. Tiến độ thực hiện" },
      { type: "row", cells: ["STT", "Nội dung công việc", "Thời hạn"] },
      ...items.map((_, k): Block => ({ type: "row", cells: [`${k + 1}`, words(k), `Quý ${(k % 4) + 1}/2030`] })),
    ];
    const { keyed, rest } = scheduleKeys(table, () => items, "2030-01-01");
    expect(keyed.size).toBe(N);
    expect(keyed.get("II.6")).toEqual([{ role: "deadline", value: "Quý 2/2030" }]);
    expect(rest).toHaveLength(1);
  });
});

describe("a timetable naming the duties of each unit in words", () => {
  // Duties under "Trách nhiệm của …" headings, undated, and a table at the end giving each its time by its wording.
  const DUTIES = [
    "II. TRÁCH NHIỆM THỰC HIỆN",
    "1. Trách nhiệm của Sở Y tế",
    "a) Chủ trì khảo sát nhu cầu trang thiết bị của các trạm y tế xã, lập danh mục đề xuất mua sắm.",
    "b) Phối hợp với Sở Nội vụ tổ chức lớp bồi dưỡng kỹ năng quản lý cho viên chức y tế cơ sở.",
    "c) Thường xuyên hướng dẫn các trạm y tế xã cập nhật hồ sơ sức khỏe điện tử.",
    "2. Trách nhiệm của Sở Tài chính",
    "Thẩm định danh mục đề xuất mua sắm trang thiết bị, tham mưu UBND tỉnh bố trí kinh phí.",
  ];

  it("dates each duty by the row naming it, the heading's one paragraph being its duty, and reads no row as a task", () => {
    const timetable = [
      "III. THỜI GIAN, TIẾN ĐỘ THỰC HIỆN",
      "STT\tNội dung công việc\tThời hạn\tGhi chú",
      "1\tKhảo sát nhu cầu trang thiết bị, lập danh mục mua sắm\tTrước ngày 15/5/2024\t",
      "2\tThẩm định danh mục mua sắm trang thiết bị\tTháng 7/2024\t",
      "3\tBồi dưỡng kỹ năng quản lý cho viên chức y tế cơ sở\tQuý III/2024\t",
    ];
    const plan = parse([...DUTIES, ...timetable].join("\n"));
    expect(tasks(plan)).toEqual([
      ["II.1.a", "2024-05-14", ["Sở Y tế"], []],
      ["II.1.b", "2024-09-30", ["Sở Y tế"], ["Sở Nội vụ"]],
      ["II.2", "2024-07-31", ["Sở Tài chính"], []],
    ]);
    expect(plan.tasks.find((t) => t.ref === "II.2")?.title).toMatch(/^Thẩm định danh mục/);
  });

  it("under any of the headings offices give it, dates no item a line names as closely as another", () => {
    const items = [
      "II. NỘI DUNG",
      "1. Sở Y tế tổ chức kiểm tra an toàn thực phẩm tại các bếp ăn tập thể.",
      "2. Sở Giáo dục và Đào tạo tổ chức kiểm tra an toàn thực phẩm tại các bếp ăn trường học.",
      "3. Sở Nội vụ tổng hợp danh sách viên chức đề nghị khen thưởng.",
    ];
    const schedule = [
      "III. LỊCH TRÌNH THỰC HIỆN",
      "- Tháng 6/2024: Kiểm tra an toàn thực phẩm tại các bếp ăn.",
      "- Tháng 9/2024: Tổng hợp danh sách đề nghị khen thưởng.",
    ];
    const read = tasks(parse([...items, ...schedule].join("\n")));
    expect(read).toContainEqual(["II.3", "2024-09-30", ["Sở Nội vụ"], []]);
    expect(read.some((t) => t[0] === "II.1" || t[0] === "II.2")).toBe(false);
  });
});
