// A plan's part "II. THỜI GIAN THỰC HIỆN" may only say when the plan runs: "Từ tháng 8 năm 2025 đến hết tháng 7 năm
// 2026." That span is the plan's own frame, as its scope is (describing.ts), no one's task; a time-alone part that
// schedules work ("Từ ngày 01/3 đến 15/3/2026: Sở Nội vụ hướng dẫn …", numbered stages) still holds its tasks.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

const plan = (period: string[]) =>
  parse(
    [
      "KẾ HOẠCH",
      "I. MỤC ĐÍCH, YÊU CẦU",
      "Nâng cao chất lượng phục vụ người dân.",
      ...period,
      "III. NHIỆM VỤ CỤ THỂ",
      "1. Sở Nội vụ hướng dẫn các cơ quan tự đánh giá Chỉ số cải cách hành chính, hoàn thành trước ngày 15/4/2026.",
      "2. Sở Tư pháp rà soát thủ tục hành chính thuộc lĩnh vực hộ tịch, xong trong tháng 5/2026.",
    ].join("\n"),
  );

describe("the part that gives the plan's own period", () => {
  it.each([
    [["II. THỜI GIAN THỰC HIỆN", "Từ quý II đến hết quý IV năm 2026. Thời hạn của từng nhiệm vụ nêu tại Mục III."]],
    [
      [
        "II. THỜI GIAN THỰC HIỆN",
        "Từ ngày 01/3/2026 đến ngày 31/12/2026. Các ngày lễ nêu tại Mục III là ngày lễ trong năm.",
      ],
    ],
    [["II. THỜI GIAN TRIỂN KHAI", "Kế hoạch được triển khai từ tháng 3 đến tháng 12 năm 2026."]],
    [["II. THỜI GIAN", "Trong thời gian từ ngày 01/3/2026 đến hết ngày 31/12/2026"]],
  ])("is no task: %j", (period) => {
    expect(tasks(plan(period)).map((t) => t[0])).toEqual(["III.1", "III.2"]);
  });

  it("while a time-alone part that schedules work keeps its tasks", () => {
    const read = plan([
      "II. THỜI GIAN THỰC HIỆN",
      "Từ ngày 01/3 đến ngày 20/3/2026: Sở Khoa học và Công nghệ nâng cấp phần mềm chấm điểm.",
    ]);
    expect(tasks(read).map((t) => [t[0], t[1], t[2]])).toContainEqual([
      "II",
      "2026-03-20",
      ["Sở Khoa học và Công nghệ"],
    ]);
  });

  it("and a span with work after it in the same sentence stays a task", () => {
    const read = plan(["II. THỜI GIAN THỰC HIỆN", "Từ tháng 3 đến tháng 6 năm 2026, Sở Tài chính bố trí kinh phí."]);
    expect(tasks(read).map((t) => [t[0], t[1], t[2]])).toContainEqual(["II", "2026-06-30", ["Sở Tài chính"]]);
  });

  // "Từ … đến …" opens a sentence whose work follows with no subject: the span's end is a time's words, nothing more.
  it.each([
    ["Từ tháng 8 đến tháng 10/2024 kiểm tra tại 20 xã.", "2024-10-31"],
    ["Từ ngày 01/8 đến hết ngày 15/10/2024 tập huấn cấp xã.", "2024-10-15"],
    ["Từ quý III đến quý IV/2024 rà soát dữ liệu hộ tịch.", "2024-12-31"],
    ["Trong thời gian từ tháng 9 đến tháng 11/2024 tuyên truyền.", "2024-11-30"],
  ])("a span with work after it and no subject stays a task: %s", (line, due) => {
    const read = plan(["II. THỜI GIAN THỰC HIỆN", line]);
    expect(tasks(read).map((t) => [t[0], t[1]])).toContainEqual(["II", due]);
  });

  it("reads a long part of such sentences as the plan's frame", () => {
    const spans = Array.from(
      { length: 1_000 },
      (_, i) => `Từ ngày 01/3/2026 đến ngày ${(i % 28) + 1}/12/2026. Lần ${i}.\n`,
    );
    const long = `Từ tháng 3 đến tháng 12 năm 2026. ${"Các ngày lễ nêu tại Mục III là ngày lễ trong năm. ".repeat(200)}`;
    expect(tasks(plan(["II. THỜI GIAN THỰC HIỆN", ...spans, long])).map((t) => t[0])).toEqual(["III.1", "III.2"]);
  });
});
