// A Tết plan dates its work by the lunar calendar; each task is due on the solar day of its lunar day.
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import { parsePlan } from "../../src/plan/parse-plan.ts";
import { readTextPlan } from "../../src/plan/read-text.ts";
import { shippedCalendar } from "../../src/services/plan-service.ts";

function dues(lines: string[]) {
  const read = readTextPlan(lines.join("\n"));
  if (!read.ok) throw new Error(read.error.code);
  const parsed = parsePlan(read.document, THAI_NGUYEN, shippedCalendar);
  if (!parsed.ok) throw new Error(parsed.error.code);
  return parsed.plan.tasks.filter((t) => t.kind === "task").map((t) => [t.ref, t.deadline?.due ?? null]);
}

describe("a plan dated by the lunar calendar", () => {
  it("reads lunar days as their solar days, a bracketed solar day as the same day", () => {
    const plan = [
      "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN",
      "Số: 09/KH-UBND",
      "Thái Nguyên, ngày 10 tháng 01 năm 2026",
      "KẾ HOẠCH",
      "Tổ chức đón Tết Bính Ngọ năm 2026",
      "I. NHIỆM VỤ",
      "1. Sở Y tế kiểm tra an toàn thực phẩm tại các chợ, hoàn thành trước ngày 16 tháng Chạp năm Ất Tỵ (ngày 03/02/2026).",
      "2. Sở Công Thương tổ chức phiên chợ Tết cho công nhân, xong chậm nhất ngày 26 tháng Chạp.",
      "3. Sở Nội vụ tổng hợp kết quả thăm, tặng quà, báo cáo UBND tỉnh trước ngày mùng 7 tháng Giêng năm Bính Ngọ.",
    ];
    expect(dues(plan)).toEqual([
      ["I.1", "2026-02-02"],
      ["I.2", "2026-02-13"],
      ["I.3", "2026-02-22"],
    ]);
  });
});
