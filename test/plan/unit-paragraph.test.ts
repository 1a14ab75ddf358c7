// Several tasks of one unit in one paragraph: "N. <unit>: <task>, <when>; <task>, <when>."; and a heading that only
// names units over the paragraphs of their tasks.
import { describe, expect, it } from "vitest";
import { findYearlessDay } from "../../src/domain/plan-year.ts";
import { numberedRuns } from "../../src/plan/unit-paragraph.ts";
import { parse, tasks } from "../support/text-plans.ts";

describe("a paragraph of a unit's tasks", () => {
  it("gives each clause with a deadline of its own as a task the unit leads", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Sở Y tế: rà soát danh mục thuốc, hoàn thành trước 10/4; chủ trì, phối hợp với Sở Tài chính lập dự toán " +
          "mua sắm trong Quý III. Tổng kết công tác năm, xong trước 05/12.",
        "2. Sở Tư pháp: thẩm định dự thảo quy chế trong tháng 5.",
      ].join("\n"),
      { issued: "2027-01-12" },
    );
    expect(tasks(plan)).toEqual([
      ["II.1.1", "2027-04-09", ["Sở Y tế"], []],
      ["II.1.2", "2027-09-30", ["Sở Y tế"], ["Sở Tài chính"]],
      ["II.1.3", "2027-12-04", ["Sở Y tế"], []],
      ["II.2", "2027-05-31", ["Sở Tư pháp"], []],
    ]);
  });

  it("takes no clause dated before the plan itself for a task: it tells the scope of the next", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Sở Xây dựng: rà soát giấy phép cấp từ ngày 01/01/2025 đến ngày 31/12/2026; báo cáo kết quả trước ngày " +
          "15/4/2027.",
      ].join("\n"),
      { issued: "2027-01-12" },
    );
    expect(tasks(plan)).toEqual([["II.1", "2027-04-14", ["Sở Xây dựng"], []]]);
  });

  it("reads rounds of one task as that task, due with its last round; a round is no partner", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "3. Kiểm kê tài sản công tại các trạm y tế. Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính, làm hai đợt: " +
          "Đợt 1 xong trước ngày 20/5/2027; Đợt 2 xong trước ngày 20/10/2027.",
        "4. Tiêm chủng mở rộng. Giao Sở Y tế chủ trì, phối hợp với Tỉnh đoàn; Đợt 1 trong tháng 3/2027; Đợt 2 trong tháng 9/2027.",
      ].join("\n"),
      { issued: "2027-01-12" },
    );
    expect(tasks(plan)).toEqual([
      ["II.3", "2027-10-19", ["Sở Y tế"], ["Sở Tài chính"]],
      ["II.4", "2027-09-30", ["Sở Y tế"], ["Tỉnh đoàn"]],
    ]);
  });

  it("reads a month or a quarter with no year in the plan's year", () => {
    expect(findYearlessDay("Sở Y tế kiểm tra các trạm, hoàn thành trong Quý IV")).toBe("trong Quý IV");
    expect(findYearlessDay("Sở Y tế kiểm tra các trạm trong tháng 11.")).toBe("trong tháng 11");
    expect(findYearlessDay("Sở Y tế kiểm tra các trạm trong tháng 11/2027.")).toBeNull();
    expect(findYearlessDay("Sở Y tế kiểm tra các trạm trong Quý II năm 2027.")).toBeNull();
    expect(findYearlessDay("Kiểm tra các trạm, thời gian: tháng 6 - tháng 8; báo cáo sau đó")).toBe(
      "tháng 6 - tháng 8",
    );
    expect(findYearlessDay("Kiểm tra các trạm từ tháng 6 đến tháng 8.")).toBe("từ tháng 6 đến tháng 8");
    expect(findYearlessDay("Kiểm tra các trạm từ tháng 6 đến tháng 8/2027.")).toBeNull();
  });

  it("under a heading that only names units, one paragraph with no subject is the heading's task", () => {
    const plan = parse(
      [
        "III. NHIỆM VỤ",
        "1. Sở Y tế, Sở Tài chính",
        "Lập phương án mua sắm trang thiết bị, phối hợp với Kho bạc Nhà nước tỉnh thẩm định; hoàn thành trong tháng 8/2024.",
        "2. Sở Tư pháp",
        "Rà soát văn bản quy phạm pháp luật, xong trước ngày 10/6/2024.",
        "Tập huấn công chức hộ tịch trong tháng 10/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["III.1", "2024-08-31", ["Sở Y tế", "Sở Tài chính"], ["Kho bạc Nhà nước tỉnh"]],
      // Two paragraphs under the units: a task each.
      ["III.2.1", "2024-06-09", ["Sở Tư pháp"], []],
      ["III.2.2", "2024-10-31", ["Sở Tư pháp"], []],
    ]);
    expect(plan.tasks.find((t) => t.ref === "III.1")?.title).toMatch(/^Lập phương án mua sắm trang thiết bị/);
  });

  it("under a heading that only names units, reads each dated item of a paragraph numbered '(1) …; (2) …' as a task", () => {
    const plan = parse(
      [
        "III. NHIỆM VỤ",
        "1. Sở Tài chính",
        "(1) Hướng dẫn lập dự toán năm sau, hoàn thành trước ngày 20/7/2024; (2) Thẩm định phương án giá, phối hợp với " +
          "Sở Xây dựng, thời gian: tháng 9 - tháng 11; (3) Theo dõi việc giải ngân, thường xuyên.",
      ].join("\n"),
    );
    // The third names no time: it describes, as an undated line of a list would.
    expect(tasks(plan)).toEqual([
      ["III.1.1", "2024-07-19", ["Sở Tài chính"], []],
      ["III.1.2", "2024-11-30", ["Sở Tài chính"], ["Sở Xây dựng"]],
    ]);
    expect(plan.tasks.find((t) => t.ref === "III.1.1")?.title).toMatch(/^Hướng dẫn lập dự toán năm sau/);
  });

  it("keeps a paragraph whole when its brackets do not number it from (1)", () => {
    expect(numberedRuns("Rà soát hồ sơ (2) lần trong năm; (3) đơn vị báo cáo.")).toBeNull();
    expect(numberedRuns("(1) Rà soát hồ sơ, trước 20/3.")).toBeNull();
    expect(numberedRuns("(1) Rà soát; (2) Kiểm tra (kèm 3 biểu). (3) Báo cáo.")).toEqual([
      "Rà soát",
      "Kiểm tra (kèm 3 biểu)",
      "Báo cáo.",
    ]);
  });
});
