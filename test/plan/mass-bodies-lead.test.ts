// "Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh tuyên truyền …": after a named lead, a
// group of bodies is written in lower case, as a group is mid-sentence; the Front's member organisations ("các tổ
// chức chính trị - xã hội", "các đoàn thể", "các hội, đoàn thể") are such a group, and "tổ chức" after "các" is the
// noun, no verb. A group the directory lacks leads too, unresolved and reported for the admin to name.
import { describe, expect, it } from "vitest";
import { parse, tasks, unresolvedNames } from "../support/text-plans.ts";

describe("a group of bodies after a named lead", () => {
  const plan = parse(
    [
      "II. NHIỆM VỤ",
      "1. Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh tuyên truyền, vận động nhân dân; hoàn thành trước 30/8/2026.",
      "2. Tỉnh đoàn và các hội, đoàn thể tỉnh vận động đoàn viên tham gia trong quý III/2026.",
    ].join("\n"),
    { issued: "2026-03-05" },
  );

  it("leads with it, unresolved and reported", () => {
    expect(tasks(plan)).toEqual([
      ["II.1", "2026-08-29", ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "?các tổ chức chính trị - xã hội tỉnh"], []],
      ["II.2", "2026-09-30", ["Tỉnh đoàn", "?các hội, đoàn thể tỉnh"], []],
    ]);
    expect(unresolvedNames(plan)).toEqual(
      expect.arrayContaining(["các tổ chức chính trị - xã hội tỉnh", "các hội, đoàn thể tỉnh"]),
    );
  });

  it("reads 1,000 such requests", () => {
    const lines = ["II. NHIỆM VỤ"];
    for (let i = 1; i <= 1000; i++)
      lines.push(`${i}. Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các đoàn thể tỉnh giám sát đợt ${i} trong quý III/2026.`);
    const read = tasks(parse(lines.join("\n"), { issued: "2026-03-05" }));
    expect(read).toHaveLength(1000);
    expect(read.every((t) => (t[2] as string[]).length === 2)).toBe(true);
  });
});
