import { describe, expect, it } from "vitest";
import { isRecurring } from "../../src/domain/deadline.ts";

// Whether a wording says the work goes on (no one day is its deadline) is read with the words' marks where
// folding would join two words: "mới" (new) and "mỗi" (each), "hạng" (rank) and "hằng" (each).
describe("work that goes on or recurs", () => {
  it.each([
    "Thường xuyên",
    "Định kỳ hằng năm, trước ngày 15/12",
    "Báo cáo hàng tháng",
    "mỗi quý một lần",
    "Liên tục trong năm",
    "Trước ngày 20 các tháng 6 và tháng 12",
    "Hằng  tuần",
    "Hằng năm".normalize("NFD"),
  ])("%s goes on", (wording) => expect(isRecurring(wording)).toBe(true));

  it.each([
    "Công bố danh mục dự án khởi công mới năm 2025",
    "Hoàn thành xếp hạng năm 2025 trước ngày 30/6/2025",
    "Trước ngày 20 các tháng 6 và tháng 12 năm 2026",
  ])("%s names one time", (wording) => expect(isRecurring(wording)).toBe(false));
});
