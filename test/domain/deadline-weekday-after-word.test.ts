// "trước thứ Ba, ngày 05/10/2027": the weekday a careful typist names stands between the word saying which side of the
// day the work falls and the day; the word still governs the day.
import { describe, expect, it } from "vitest";
import { findDeadlineWording } from "../../src/domain/deadline-wording.ts";
import { parseDeadline } from "../../src/domain/deadline.ts";

const due = (sentence: string) => {
  const wording = findDeadlineWording(sentence, "2027-01-10");
  const read = wording ? parseDeadline(wording) : null;
  return read?.ok ? read.deadline.due : null;
};

describe("a weekday between a deadline's word and its day", () => {
  it("leaves 'trước' the day before", () => {
    expect(due("Sở Y tế gửi báo cáo trước thứ Ba, ngày 05/10/2027.")).toBe("2027-10-04");
    expect(due("Các xã hoàn thành trước Thứ Sáu, 08/10/2027.")).toBe("2027-10-07");
    expect(due("Nộp hồ sơ, xong trước chủ nhật ngày 10/10/2027.")).toBe("2027-10-09");
  });

  it("keeps a span whose both ends carry their weekday, due on its last day", () => {
    expect(due("Tập huấn tại tỉnh từ thứ Hai, ngày 11/10 đến thứ Sáu, ngày 15/10/2027.")).toBe("2027-10-15");
    expect(due("Kiểm tra (từ thứ 2, ngày 04/10/2027 đến thứ 6, ngày 22/10/2027).")).toBe("2027-10-22");
  });

  it("reads a 100 KB sentence of weekdays within bounds", () => {
    const long = `Họp ${"trước thứ Ba, ".repeat(7_000)}ngày 05/10/2027; tiếp ${"từ thứ Hai, ".repeat(1_000)}.`;
    expect(long.length).toBeGreaterThan(100_000);
    const started = performance.now();
    expect(due(long)).toBe("2027-10-04");
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
