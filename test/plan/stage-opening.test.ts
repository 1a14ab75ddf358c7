// A roadmap ("Lộ trình") writes each milestone as one line: the stage's name and number, often its time in brackets,
// a colon or a dash, then who does what. The stage's name is neither the work nor an outline number: the sentence
// after it is the task, led by its subject, due by the bracket's time or by its own.
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN_2025 } from "../../src/domain/directories/thai-nguyen.ts";
import { parse, tasks } from "../support/text-plans.ts";

const read = (lines: string[]) => parse(lines.join("\n"), { issued: "2026-02-02", directory: THAI_NGUYEN_2025 });
const titled = (lines: string[]) =>
  read(lines)
    .tasks.filter((t) => t.kind === "task")
    .map((t) => [t.title, t.deadline?.due ?? null, t.lead.map((u) => u.name)]);

describe("a roadmap's milestones, each opening with its stage", () => {
  it("are tasks titled by their work, led by their subject, due by the bracket's time or their own", () => {
    expect(
      titled([
        "II. CÁC BƯỚC TRIỂN KHAI",
        "Các bước triển khai như sau:",
        "Bước 1 (tháng 4/2026) – Sở Nội vụ hướng dẫn các xã lập hồ sơ.",
        "Đợt 2 (trước 15/6/2026): Sở Tư pháp thẩm định hồ sơ của các xã.",
        "Giai đoạn 3 - Sở Y tế tổng kết việc thực hiện, xong trước 30/9/2026.",
        "Mốc 4 (Tổng kết): Sở Nội vụ báo cáo kết quả trong tháng 11/2026.",
        "III. TỔ CHỨC THỰC HIỆN",
      ]),
    ).toEqual([
      ["Sở Nội vụ hướng dẫn các xã lập hồ sơ", "2026-04-30", ["Sở Nội vụ"]],
      ["Sở Tư pháp thẩm định hồ sơ của các xã", "2026-06-14", ["Sở Tư pháp"]],
      ["Sở Y tế tổng kết việc thực hiện", "2026-09-29", ["Sở Y tế"]],
      ["Sở Nội vụ báo cáo kết quả", "2026-11-30", ["Sở Nội vụ"]],
    ]);
  });

  it("but a stage's span of years is no stage's number, nor a line with no work after the stage", () => {
    const found = titled([
      "II. NHIỆM VỤ",
      "Giai đoạn 2026 - 2030: Sở Nội vụ rà soát hồ sơ, xong trước 30/6/2026.",
      "Bước 1 (trước 30/4/2026): 15 hồ sơ.",
    ]);
    expect(found.map((t) => t[0])).not.toContain("Sở Nội vụ rà soát hồ sơ");
    expect(found.map((t) => t[0])).not.toContain("15 hồ sơ");
  });

  it("of thousands of lines are each read", () => {
    const lines = Array.from(
      { length: 2000 },
      (_, i) => `Bước ${(i % 99) + 1} (trước ${(i % 28) + 1}/12/2026) – Sở Nội vụ rà soát hồ sơ số ${i + 1}.`,
    );
    // Paragraphs apart, as a typed copy sets them (lines run on without a blank line between them).
    const found = tasks(read([["II. LỘ TRÌNH", ...lines].join("\n\n")]));
    expect(found).toHaveLength(2000);
    expect(found.at(-1)).toEqual([expect.any(String), "2026-12-11", ["Sở Nội vụ"], []]);
  });
});
