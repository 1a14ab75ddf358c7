// Work numbered behind a word ("Nhiệm vụ 3:", "Hoạt động 2:") under headings that group it by area: an item of its
// heading, cited by its own words when the count runs on across the headings, by the heading's ref when each heading
// counts anew; label lines under it give its units and time whatever verb the unit's label uses ("Đơn vị tham mưu").
import { describe, expect, it } from "vitest";
import { labelledCountRunsOn } from "../../src/plan/labelled-items.ts";
import { markerOf } from "../../src/plan/numbering.ts";
import { labelOf } from "../../src/plan/labels.ts";
import { parse, tasks } from "../support/text-plans.ts";

describe("labelled items under area headings", () => {
  it("are cited by their own words when the count runs on across the headings", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Công tác thể chế",
        "Nhiệm vụ 1: Rà soát quy chế phối hợp giữa các phòng.",
        "Đơn vị tham mưu: Sở Tư pháp.",
        "Đơn vị phối hợp: Sở Y tế.",
        "Thời hạn trình: trước ngày 15/4/2027.",
        "Nhiệm vụ 2: Xây dựng quy định về số hóa hồ sơ.",
        "Đơn vị chủ trì: Sở Y tế.",
        "Thời hạn hoàn thành: tháng 8/2027.",
        "2. Công tác kiểm tra",
        "Nhiệm vụ 3: Kiểm tra việc thực hiện tại các xã.",
        "Đơn vị thực hiện: Sở Nội vụ.",
        "Thời gian: quý III năm 2027.",
      ].join("\n"),
      { issued: "2027-02-01" },
    );
    expect(tasks(plan)).toEqual([
      ["Nhiệm vụ 1", "2027-04-14", ["Sở Tư pháp"], ["Sở Y tế"]],
      ["Nhiệm vụ 2", "2027-08-31", ["Sở Y tế"], []],
      ["Nhiệm vụ 3", "2027-09-30", ["Sở Nội vụ"], []],
    ]);
  });

  it("take the heading's ref when each heading counts them anew", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Tuyên truyền",
        "Hoạt động 1: Sở Y tế in tờ rơi, hoàn thành trước ngày 20/5/2027.",
        "2. Tập huấn",
        "Hoạt động 1: Sở Nội vụ mở lớp tập huấn, hoàn thành trước ngày 30/6/2027.",
        "Hoạt động 2: Sở Tư pháp tổng hợp kết quả, hoàn thành trước ngày 31/7/2027.",
      ].join("\n"),
      { issued: "2027-02-01" },
    );
    expect(tasks(plan)).toEqual([
      ["II.1.1", "2027-05-19", ["Sở Y tế"], []],
      ["II.2.1", "2027-06-29", ["Sở Nội vụ"], []],
      ["II.2.2", "2027-07-30", ["Sở Tư pháp"], []],
    ]);
  });

  it("stay numbered as the section's own items when no heading stands between", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "Công việc 1: Sở Y tế rà soát danh mục, hoàn thành trước ngày 20/5/2027.",
        "Công việc 2: Sở Nội vụ tổng hợp, hoàn thành trước ngày 20/6/2027.",
      ].join("\n"),
      { issued: "2027-02-01" },
    );
    expect(tasks(plan)).toEqual([
      ["II.1", "2027-05-19", ["Sở Y tế"], []],
      ["II.2", "2027-06-19", ["Sở Nội vụ"], []],
    ]);
  });

  it("reads the label word, an activity's and 'số' before the number", () => {
    expect(markerOf("Hoạt động 4: Tổ chức hội thi", null)).toMatchObject({ ref: "4", label: "Hoạt động" });
    expect(markerOf("Nhiệm vụ số 5: Rà soát", null)).toMatchObject({ ref: "5", label: "Nhiệm vụ" });
    expect(markerOf("Hoạt động năm 2027 của Sở", null)).toBeNull();
  });

  it("reads 'Đơn vị tham mưu' as the lead's label and 'Thời hạn trình' as the deadline's", () => {
    expect(labelOf("Đơn vị tham mưu: Sở Tư pháp")).toEqual({ role: "lead", value: "Sở Tư pháp" });
    expect(labelOf("Cơ quan tham mưu: Sở Y tế")).toEqual({ role: "lead", value: "Sở Y tế" });
    expect(labelOf("Thời hạn trình: hằng quý")).toMatchObject({ role: "deadline", value: "hằng quý" });
  });

  it("tells a count running on in 100 KB of labelled items within bounds", () => {
    const many = Array.from({ length: 4000 }, (_, k) => `Nhiệm vụ ${k + 1}: Rà soát hồ sơ.`);
    expect(many.join("\n").length).toBeGreaterThan(100_000);
    const started = performance.now();
    expect(labelledCountRunsOn(many)).toBe(true);
    expect(labelledCountRunsOn([...many, "NHIỆM VỤ 7: Lặp lại."])).toBe(false);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("reads a plan of 100 KB of labelled items under headings within bounds", () => {
    const lines = ["II. NHIỆM VỤ"];
    for (let h = 1; h <= 40; h++) {
      lines.push(`${h}. Lĩnh vực ${h}`);
      for (let k = 1; k <= 20; k++)
        lines.push(
          `Nhiệm vụ ${(h - 1) * 20 + k}: Rà soát hồ sơ lưu trữ.`,
          "Đơn vị tham mưu: Sở Y tế.",
          "Thời gian: tháng 6/2027.",
        );
    }
    expect(lines.join("\n").length).toBeGreaterThan(60_000);
    const started = performance.now();
    const read = tasks(parse(lines.join("\n"), { issued: "2027-02-01" }));
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(read).toHaveLength(800);
    expect(read.at(-1)).toEqual(["Nhiệm vụ 800", "2027-06-30", ["Sở Y tế"], []]);
  });
});
