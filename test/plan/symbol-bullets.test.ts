// Bullets in symbol fonts: a typed copy keeps Wingdings' and Symbol's private-use codes ("", ""), a Word list its
// glyph; squares, checks and arrows are bullets, never the first word of a task.
import { describe, expect, it } from "vitest";
import { typedBullet } from "../../src/plan/docx/numbering.ts";
import { markerOf } from "../../src/plan/numbering.ts";
import { parse, tasks } from "../support/text-plans.ts";

describe("symbol bullets", () => {
  it("reads any symbol glyph before a space as a bullet", () => {
    for (const mark of ["\uF0A7", "\uF0FC", "\uF0D8", "▪", "✓", "◦", "❖", "➢", "→"])
      expect(markerOf(`${mark} Sở Y tế kiểm tra`, null)).toEqual({ kind: "bullet", mark, rest: "Sở Y tế kiểm tra" });
  });

  it("keeps the glyph a Word list's typist chose, Symbol's dot read as the list bullet", () => {
    expect(typedBullet("\uF0A7")).toBe("\uF0A7");
    expect(typedBullet("✓")).toBe("✓");
    expect(typedBullet("\uF0B7")).toBe("•");
    expect(typedBullet("\uF02D")).toBe("-");
    expect(typedBullet("o")).toBe("•");
  });

  it("takes a section's number for its one dated bullet of a chosen glyph, as for its one dated dash", () => {
    const plan = parse(
      [
        "III. TỔ CHỨC THỰC HIỆN",
        "\uF0A7 Sở Tài chính bố trí kinh phí theo quy định.",
        "\uF0A7 Sở Nội vụ tổng hợp, báo cáo kết quả trước ngày 20/11/2024.",
        "\uF0A7 Đề nghị các đoàn thể phối hợp tuyên truyền.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([["III", "2024-11-19", ["Sở Nội vụ"], []]]);
  });

  it("reads an item's checklist of symbol bullets as its contents", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1) Sở Xây dựng kiểm tra an toàn các công trình trường học trong tháng 8/2024, gồm:",
        "✓ kết cấu mái, tường bao;",
        "✓ hệ thống điện, phòng cháy.",
        "2) Sở Y tế tập huấn sơ cứu trước ngày 15/9/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1", "2024-08-31", ["Sở Xây dựng"], []],
      ["II.2", "2024-09-14", ["Sở Y tế"], []],
    ]);
  });
});
