// The day figures are counted up to ("tính đến ngày …") says what a report holds, not when it is due; so does the
// span they cover ("số liệu từ ngày … đến ngày …").
import { describe, expect, it } from "vitest";
import { findDeadlineWording } from "../../src/domain/deadline-wording.ts";

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

  it("passes over the span of days the figures cover, either end of it", () => {
    expect(
      findDeadlineWording(
        "Các phòng chuyên môn lập báo cáo công tác dân vận 6 tháng (số liệu từ ngày 01/12/2025 đến ngày 31/5/2026), gửi UBND xã trước ngày 05/6/2026.",
      ),
    ).toBe("trước ngày 05/6/2026");
    expect(
      findDeadlineWording("Thống kê hồ sơ đất đai, thời gian lấy số liệu: từ 01/01/2026 đến 30/4/2026."),
    ).toBeNull();
    expect(findDeadlineWording("Kiểm tra các cơ sở kinh doanh từ ngày 10/5/2026 đến ngày 20/5/2026.")).toBe(
      "từ ngày 10/5/2026 đến ngày 20/5/2026",
    );
  });

  it("reads a sentence of 20,000 such spans to the deadline after them", () => {
    const spans = Array.from(
      { length: 20_000 },
      (_, k) => `số liệu từ ngày ${(k % 28) + 1}/01/2026 đến ngày 28/02/2026`,
    );
    expect(findDeadlineWording(`Báo cáo (${spans.join("; ")}), gửi Sở Nội vụ trước ngày 10/3/2026.`)).toBe(
      "trước ngày 10/3/2026",
    );
  }, 120_000);
});
