// A heading may tell its units apart by whether the plan's list names them ("Các sở, ban, ngành tỉnh không có tên
// trong lịch kiểm tra", "UBND các huyện có tên tại danh sách"): the words say which units, not what they do, so the
// heading still only names units, and its one paragraph is their task, dated by its own words.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

const plan = (heading: string) =>
  parse(
    [
      "III. TỔ CHỨC THỰC HIỆN",
      "1. Sở Nội vụ",
      "Chủ trì kiểm tra theo lịch, tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 20/12/2024.",
      `2. ${heading}`,
      "Tự rà soát việc thực hiện nhiệm vụ tại đơn vị mình; gửi báo cáo kết quả về Sở Nội vụ trước ngày 16/10/2024.",
    ].join("\n"),
    { issued: "2024-04-02" },
  );

describe("a heading of units told apart by the plan's list", () => {
  it("reads its one paragraph as the units' task", () => {
    for (const heading of [
      "Các sở, ban, ngành tỉnh, UBND các huyện, thành phố không có tên trong lịch kiểm tra",
      "UBND các huyện, thành phố không có tên tại danh sách kiểm tra năm 2024",
    ]) {
      const read = tasks(plan(heading));
      expect(read.map((t) => t[0])).toEqual(["III.1", "III.2"]);
      expect(read[1]![1]).toBe("2024-10-15");
      expect(read[1]![2]).toContain("UBND thành phố Sông Công");
    }
  });

  it("reads a heading as long as a paragraph may be (20,000 characters) in one pass", () => {
    const read = tasks(plan(`UBND các huyện, thành phố không có tên trong ${"lịch kiểm tra, ".repeat(1300)}`));
    expect(read.map((t) => t.slice(0, 2))).toEqual([
      ["III.1", "2024-12-19"],
      ["III.2", "2024-10-15"],
    ]);
  });
});
