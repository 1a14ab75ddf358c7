// The day figures are counted up to ("tính đến ngày …") says what a report holds, not when it is due.
import { describe, expect, it } from "vitest";
import { findDeadlineWording } from "../../src/domain/deadline.ts";

describe("a cut-off day of the figures", () => {
  it("is passed over for the deadline that follows it", () => {
    expect(
      findDeadlineWording(
        "Sở Y tế cung cấp số liệu tiêm chủng năm 2025 (tính đến ngày 31/3/2026) của từng xã, gửi Sở Nội vụ chậm nhất ngày 20/4/2026.",
      ),
    ).toBe("chậm nhất ngày 20/4/2026");
    expect(findDeadlineWording("Báo cáo số liệu tính đến hết ngày 30/6/2026, gửi trước ngày 10/7/2026.")).toBe(
      "trước ngày 10/7/2026",
    );
  });

  it("is no deadline when nothing follows it", () => {
    expect(findDeadlineWording("Tổng hợp số hồ sơ tiếp nhận tính đến ngày 31/12/2025.")).toBeNull();
  });

  it("leaves a task done 'đến ngày' a deadline", () => {
    expect(findDeadlineWording("Niêm yết công khai danh sách đến ngày 15/5/2026.")).toBe("đến ngày 15/5/2026");
  });
});
