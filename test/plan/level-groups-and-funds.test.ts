// A local level named alone ("Các huyện", "các xã, phường") is every unit of that level, as "UBND các huyện" is; told
// by what kind they are ("các huyện nghèo", "các xã biên giới") it names some, kept for the admin to name. A state fund
// opening a task's sentence ("Quỹ Phát triển đất tỉnh hoàn thành …") is the body doing it, named to the admin when no
// directory knows it, never dropped in silence.
import { describe, expect, it } from "vitest";
import { parse, tasks, unresolvedNames, THAI_NGUYEN_DISTRICTS } from "../support/text-plans.ts";

describe("a local level named alone", () => {
  it("is every unit of it, as a subject and as partners", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Các huyện rà soát hộ cận nghèo, gửi kết quả trước ngày 20/8/2024.",
        "2. Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với các huyện tổng hợp danh sách trước ngày 15/9/2024.",
      ].join("\n"),
    );
    const rows = tasks(plan);
    expect(rows[0]![2]).toEqual(expect.arrayContaining(THAI_NGUYEN_DISTRICTS));
    expect(rows[0]![2]).toHaveLength(THAI_NGUYEN_DISTRICTS.length);
    expect(rows[1]![3]).toHaveLength(THAI_NGUYEN_DISTRICTS.length);
  });

  it("names only some when told by their kind, kept as written for the admin", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Các huyện nghèo xây dựng phương án thoát nghèo trước ngày 30/6/2024.",
        "2. Các huyện biên giới báo cáo kết quả trước ngày 30/7/2024.",
        "3. UBND các huyện chưa đạt chỉ tiêu giải trình trước ngày 30/8/2024.",
      ].join("\n"),
    );
    expect(tasks(plan).map(([, , lead]) => lead)).toEqual([
      ["?Các huyện nghèo"],
      ["?Các huyện biên giới"],
      ["?UBND các huyện chưa đạt chỉ tiêu"],
    ]);
    expect(unresolvedNames(plan)).toEqual([
      "Các huyện nghèo",
      "Các huyện biên giới",
      "UBND các huyện chưa đạt chỉ tiêu",
    ]);
  });

  it("is no level's UBND when it names the level's own bodies ('các huyện đoàn', 'các huyện ủy')", () => {
    const plan = parse("II. NHIỆM VỤ\n1. Các huyện đoàn, thành đoàn tổ chức ra quân tình nguyện trước ngày 15/7/2024.");
    expect(tasks(plan).map(([, , lead]) => lead)).toEqual([["?Các huyện đoàn, thành đoàn"]]);
  });
});

describe("a fund opening a task's sentence", () => {
  it("leads it, and is named to the admin when no directory knows it", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Quỹ Bảo vệ và Phát triển rừng tỉnh hoàn thành thu tiền dịch vụ môi trường rừng trước ngày 15/11/2024.",
        "2. Sở Tài chính trích Quỹ Phòng, chống thiên tai hỗ trợ các hộ bị thiệt hại, hoàn thành trước ngày 15/12/2024.",
      ].join("\n"),
    );
    expect(tasks(plan).map(([, , lead]) => lead)).toEqual([["?Quỹ Bảo vệ và Phát triển rừng tỉnh"], ["Sở Tài chính"]]);
    expect(unresolvedNames(plan)).toEqual(["Quỹ Bảo vệ và Phát triển rừng tỉnh"]);
  });

  it("reads 100 KB of funds and kinds in bounds", () => {
    const start = performance.now();
    const line = "- Quỹ Phát triển đất tỉnh, các huyện nghèo, các xã biên giới hoàn thành trước ngày 15/11/2024.";
    const plan = parse(`II. NHIỆM VỤ\n1. Rà soát quỹ đất\n${`${line}\n`.repeat(1_100)}`);
    expect(tasks(plan).length).toBeGreaterThan(0);
    // Linear: about 2 s on a quiet machine; a reading quadratic in the lines would take minutes.
    expect(performance.now() - start).toBeLessThan(15_000);
  });
});
