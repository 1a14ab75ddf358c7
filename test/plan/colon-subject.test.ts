// "Tên nhiệm vụ: X thực hiện": a task's title, a colon, then who does it. A group of units is written in lower case
// ("các sở, ban, ngành"), and is the subject after the colon as a capitalised name is.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

describe("a group of units in lower case after a task's title and a colon", () => {
  const plan = parse(
    [
      "II. NHIỆM VỤ",
      "1. Chuẩn hóa quy trình",
      "a) Xây dựng quy trình nội bộ: các sở, ban, ngành chủ trì, phối hợp với Bưu điện tỉnh thực hiện trong tháng 6/2024.",
      "b) Công khai quy trình: Văn phòng UBND tỉnh thực hiện trong tháng 7/2024.",
      "c) Nội dung kiểm tra: các nhiệm vụ nêu trên, hoàn thành trong tháng 9/2024.",
    ].join("\n"),
  );
  const task = (ref: string) => tasks(plan).find((t) => t[0] === ref)!;

  it("leads the task, the partners after 'phối hợp với' taking part", () => {
    const [, due, lead, coordinators] = task("II.1.a");
    expect(due).toBe("2024-06-30");
    expect((lead as string[]).length).toBeGreaterThan(5);
    expect(lead).toContain("Sở Tư pháp");
    expect(coordinators).toEqual(["Bưu điện tỉnh"]);
  });

  it("as a capitalised name after the colon does", () => {
    expect(task("II.1.b")[2]).toEqual(["Văn phòng UBND tỉnh"]);
  });

  it("but lower-case words naming no unit after the colon are no subject", () => {
    expect(task("II.1.c")[2]).toEqual([]);
  });
});
