// An amending plan restates, drops and re-times points of the plan it amends, citing them by their place there
// ("điểm b khoản 2 Mục IV"): the restated point's quoted words are the task, however it says when; a point dropped by
// its place is no task; a re-timed point's bracket says its work and who does it, the words after the colon when.
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import { createResolver } from "../../src/domain/resolve-units.ts";
import { citedPoint } from "../../src/plan/cited-point.ts";
import { parse } from "../support/text-plans.ts";

describe("an amending plan's points", () => {
  const plan = parse(
    [
      "I. NỘI DUNG ĐIỀU CHỈNH",
      "1. Thay thế điểm c khoản 2 Mục IV như sau:",
      "“c) Sở Y tế chủ trì, phối hợp với Sở Tài chính lập danh mục trang thiết bị y tế cần mua sắm. Thời hạn: Quý II/2024.”",
      "2. Hủy bỏ khoản 3 Mục II (tổ chức hội thảo khoa học trong tháng 5/2024).",
      "3. Điều chỉnh thời hạn như sau:",
      "- Điểm b khoản 1 Mục IV (kiểm tra an toàn thực phẩm tại các chợ - Sở Công Thương chủ trì, Sở Y tế phối hợp): từ tháng 4/2024 sang tháng 6/2024.",
      "- Tiết a điểm 2 Mục III (tổng hợp số liệu thống kê của Sở Tài chính): từ ngày 10/5/2024 sang ngày 24/5/2024.",
    ].join("\n"),
  );
  const dated = plan.tasks.filter((t) => t.kind === "task");
  const byTitle = (words: string) => dated.find((t) => t.title.startsWith(words));

  it("titles a restated point by its new words, not by the amending line", () => {
    const task = dated.find((t) => t.ref === "I.1");
    expect(task?.title).toMatch(/^Sở Y tế chủ trì, phối hợp với Sở Tài chính lập danh mục/);
    expect(task?.deadline?.due).toBe("2024-06-30");
  });

  it("reads no task in a point dropped by its place", () => {
    expect(dated.some((t) => /hội thảo|Hủy bỏ/.test(t.title))).toBe(false);
  });

  it("reads a re-timed point's work and units from its bracket, its time after the colon", () => {
    const checks = byTitle("kiểm tra an toàn thực phẩm tại các chợ");
    expect(checks?.title).toBe("kiểm tra an toàn thực phẩm tại các chợ");
    expect(checks?.deadline?.due).toBe("2024-06-30");
    expect(checks?.lead.map((u) => u.name)).toEqual(["Sở Công Thương"]);
    expect(checks?.coordinators.map((u) => u.name)).toEqual(["Sở Y tế"]);
    const figures = byTitle("tổng hợp số liệu thống kê");
    expect(figures?.deadline?.due).toBe("2024-05-24");
    expect(figures?.lead.map((u) => u.name)).toEqual(["Sở Tài chính"]);
  });

  it("reads a 100 KB cited bracket within bounds", () => {
    const resolver = createResolver(THAI_NGUYEN);
    const started = performance.now();
    expect(citedPoint(resolver, `Điểm a khoản 1 Mục II (${"rà soát - ".repeat(10_000)}): từ A sang B`)).toBeNull();
    expect(citedPoint(resolver, `Điểm a khoản 1 Mục II (${"của Sở - ".repeat(60)}): sang tháng 6/2024`)).not.toBeNull();
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
