// A time corrected where it stands: the old one written, the new one in brackets after it.
import { describe, expect, it } from "vitest";
import { withCorrectedTimes } from "../../src/plan/corrected-times.ts";
import { correctedTimes } from "../support/large-inputs.ts";

describe("a time corrected in brackets", () => {
  it("takes the old time's place, from the word the new one opens with", () => {
    expect(withCorrectedTimes("Quý III/2025 (đã điều chỉnh: Quý IV/2025)")).toBe("Quý IV/2025");
    expect(withCorrectedTimes("nộp hồ sơ trước ngày 05/8/2025 (điều chỉnh thành ngày 25/8/2025) tại Sở")).toBe(
      "nộp hồ sơ trước ngày 25/8/2025 tại Sở",
    );
    expect(withCorrectedTimes("hoàn thành 30/9/2025 (đã sửa: 15/10/2025).")).toBe("hoàn thành 15/10/2025.");
  });

  it("knows the move by every word a note or a column's label says it with", () => {
    expect(withCorrectedTimes("Tháng 9/2026 (đã lùi: Tháng 11/2026)")).toBe("Tháng 11/2026");
    expect(withCorrectedTimes("trước ngày 10/6/2026 (gia hạn thành ngày 30/6/2026)")).toBe("trước ngày 30/6/2026");
    expect(withCorrectedTimes("Quý II/2026 (được dời: Quý III/2026)")).toBe("Quý III/2026");
  });

  it("leaves a bracket naming no time, and one with no time before it", () => {
    expect(withCorrectedTimes("Sở Công Thương (đã điều chỉnh: Sở Tài chính)")).toBe(
      "Sở Công Thương (đã điều chỉnh: Sở Tài chính)",
    );
    expect(withCorrectedTimes("Nghị định số 15/2020 (đã sửa đổi năm 2024)")).toBe(
      "Nghị định số 15/2020 (đã sửa đổi năm 2024)",
    );
  });

  it("reads thousands of corrections in one text at once", () => {
    const read = withCorrectedTimes(correctedTimes(5000));
    expect(read.split("tháng 5/2025")).toHaveLength(5001);
    expect(read).not.toContain("3/2025");
  });
});
