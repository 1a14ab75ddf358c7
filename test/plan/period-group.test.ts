// An unnumbered heading in capitals over numbered tasks, naming their period and shared deadline.
import { describe, expect, it } from "vitest";
import { periodGroup, withinPeriodAbove } from "../../src/plan/period-group.ts";

describe("a heading of a period over numbered tasks", () => {
  it.each([
    ["QUÝ III (hạn chung: 25/9)", { ref: "QUÝ III", wording: "25/9" }],
    ["ĐỢT 2 - HOÀN THÀNH TRONG THÁNG 8/2027", { ref: "ĐỢT 2", wording: "HOÀN THÀNH TRONG THÁNG 8/2027" }],
    ["QUÝ IV", { ref: "QUÝ IV", wording: "QUÝ IV" }],
    ["CẢ NĂM", { ref: "CẢ NĂM", wording: "CẢ NĂM" }],
  ])("%s gives its tasks a deadline", (heading, group) => {
    expect(periodGroup(heading, "7. Tổ chức hội nghị", "2027-01-10")).toEqual(group);
  });

  it("is none without a numbered item under it, in lower case, or naming no time", () => {
    expect(periodGroup("QUÝ IV", "(Kèm theo Kế hoạch số 5/KH-UBND)", "2027-01-10")).toBeNull();
    expect(periodGroup("Quý IV năm 2027", "1. Tổ chức hội nghị", "2027-01-10")).toBeNull();
    expect(periodGroup("NHIỆM VỤ TRỌNG TÂM", "1. Tổ chức hội nghị", "2027-01-10")).toBeNull();
  });

  it("is the time of an item due 'trong quý', 'trong tháng' or 'trong giai đoạn này'", () => {
    expect(["Trong quý", "trong tháng.", "trong giai đoạn này"].map(withinPeriodAbove)).toEqual([true, true, true]);
    expect(["trong tháng 5", "thường xuyên"].map(withinPeriodAbove)).toEqual([false, false]);
  });
});
