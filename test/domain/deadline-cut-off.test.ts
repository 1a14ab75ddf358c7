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

describe("the day figures stand at, written 'đến ngày' with no 'tính'", () => {
  const issued = "2026-03-02";

  it("is no deadline when the day had passed before the plan was issued", () => {
    expect(
      findDeadlineWording("Chi cục Thống kê cung cấp số liệu hộ nghèo của từng thôn đến ngày 31/12/2025.", issued),
    ).toBeNull();
    expect(findDeadlineWording("Rà soát số liệu đất rừng đến hết ngày 30/9/2025 của các xã.", issued)).toBeNull();
  });

  it("stays the deadline when the day comes after the plan, or no figures are named", () => {
    expect(findDeadlineWording("Gửi số liệu hộ nghèo về Sở Tài chính đến ngày 15/4/2026.", issued)).toBe(
      "đến ngày 15/4/2026",
    );
    expect(findDeadlineWording("Niêm yết danh sách cử tri đến ngày 31/12/2025.", issued)).toBe("đến ngày 31/12/2025");
  });

  it("looks back a bounded reach for the figures: 100 KB of words before the day cost no more", () => {
    const words = "các thôn bản vùng cao ".repeat(5_000);
    expect(words.length).toBeGreaterThan(100_000);
    expect(findDeadlineWording(`Cung cấp cho ${words}số liệu dân số đến ngày 31/12/2025.`, issued)).toBeNull();
    // Figures named a sentence's length before the day are not what it stands at.
    expect(findDeadlineWording(`Cung cấp số liệu cho ${words}đến ngày 31/12/2025.`, issued)).toBe(
      "đến ngày 31/12/2025",
    );
  }, 120_000);
});
