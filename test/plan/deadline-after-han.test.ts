// "Hạn 31/5", "hạn 15/4/2026", "thời hạn 30/9/2026": a message or a short plan types the deadline after "hạn" with no
// colon, opening a clause; the day is the task's, never a time moved ("gia hạn 15/4") or a report's word on one missed
// ("đúng hạn (hạn 31/3)").
import { describe, expect, it } from "vitest";
import { LAI_CHAU_2025 } from "../../src/domain/directories/lai-chau.ts";
import { parse, tasks } from "../support/text-plans.ts";

const plan = (items: string[]) =>
  parse(["II. NHIỆM VỤ", ...items].join("\n"), { issued: "2026-03-12", directory: LAI_CHAU_2025 });

describe("a deadline typed after 'hạn'", () => {
  it("dates a task by the day after 'hạn', with or without its year", () => {
    const read = plan([
      "1. Xây dựng bộ chỉ số đánh giá cải cách hành chính. Sở Nội vụ chủ trì, hạn 15/4/2026.",
      "2. Kích hoạt tài khoản định danh điện tử mức 2. Công an tỉnh chủ trì; Sở Nội vụ phối hợp. Hạn 31/5",
      "3. Số hóa hồ sơ địa chính. Sở Nông nghiệp và Môi trường chủ trì, thời hạn 30/9/2026.",
      "4. Sở Tư pháp rà soát văn bản quy phạm pháp luật, hạn ngày 30/6.",
    ]);
    expect(tasks(read)).toEqual([
      ["II.1", "2026-04-15", ["Sở Nội vụ"], []],
      ["II.2", "2026-05-31", ["Công an tỉnh"], ["Sở Nội vụ"]],
      ["II.3", "2026-09-30", ["Sở Nông nghiệp và Môi trường"], []],
      ["II.4", "2026-06-30", ["Sở Tư pháp"], []],
    ]);
  });

  it("reads no deadline from a time moved or missed", () => {
    const read = plan([
      "1. Sở Tài chính thẩm định dự toán, gia hạn 15/4/2026 cho các đơn vị chưa nộp.",
      "2. Sở Nội vụ tổng hợp các hồ sơ chưa giải quyết đúng hạn (hạn 31/3) báo cáo UBND tỉnh.",
      "3. Sở Tư pháp rà soát văn bản, hoàn thành trước ngày 30/6/2026.",
      "4. Sở Tài chính nhắc các đơn vị chưa nộp dự toán - hạn 30.4.2026 đã hết, Hạn 15/5 đã qua.",
      "5. Sở Nội vụ tổng hợp báo cáo, hạn 15/5/2026 (đơn vị đã quá hạn lần trước nộp bổ sung).",
    ]);
    // The items moving or missing a time are undated, so no tasks.
    // A day said to be gone only right after it: "đã quá hạn" later in the sentence leaves the task's day alone.
    expect(tasks(read).map((t) => t.slice(0, 2))).toEqual([
      ["II.3", "2026-06-29"],
      ["II.5", "2026-05-15"],
    ]);
  });

  it("reads a thousand items each due after 'hạn'", () => {
    const items = Array.from(
      { length: 1_000 },
      (_, k) => `${k + 1}. Sở Nội vụ kiểm tra lần ${k + 1}, hạn ${(k % 28) + 1}/5`,
    );
    const read = tasks(plan(items));
    expect(read).toHaveLength(1_000);
    expect(read[27]!.slice(0, 2)).toEqual(["II.28", "2026-05-28"]);
  });
});
