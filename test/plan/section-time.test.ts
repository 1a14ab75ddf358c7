// A phase row writes its dates in a closing bracket, and a row under it may say "during" that phase instead of a day.
import { describe, expect, it } from "vitest";
import { bracketTime, duringSection } from "../../src/plan/section-time.ts";
import { parse, table } from "../support/text-plans.ts";
import { longTimeCell } from "../support/large-inputs.ts";

describe("a section row's time and the rows pointing at it", () => {
  const plan = () =>
    parse(
      table([
        ["STT", "Hoạt động", "Đơn vị thực hiện", "Thời gian"],
        ["II", "TRIỂN KHAI ĐỢT TIÊM BỔ SUNG (02/11–13/11/2026)", "", ""],
        ["1", "Giám sát tại các điểm tiêm", "Sở Y tế", "Trong thời gian đợt tiêm bổ sung"],
        ["2", "Báo cáo nhanh số trẻ được tiêm", "Sở Y tế", "Hằng ngày, trước 16 giờ"],
        ["3", "Tuyên truyền trên báo, đài", "Sở Tư pháp", "Trong thời gian nghỉ hè"],
      ]),
    );

  it("dates the section by a bracket holding a time alone, and a row 'during' what the section names by it", () => {
    const due = plan().tasks.map((t) => [t.ref, t.deadline?.due ?? null, t.deadline?.inheritedFrom ?? null]);
    expect(due).toEqual([
      ["II", "2026-11-13", null],
      ["1", "2026-11-13", "II"],
      ["2", null, null],
      ["3", null, null],
    ]);
  });

  it("takes no bracket citing a document by its date, nor one that is no time", () => {
    expect(bracketTime("TRIỂN KHAI CHIẾN DỊCH (16/3–27/3/2026)")).toBe("16/3–27/3/2026");
    expect(bracketTime("KIỂM TRA (Quý II/2026)")).toBe("Quý II/2026");
    expect(bracketTime("KIỂM TRA (theo Kế hoạch số 12/KH-UBND ngày 05/3/2026)")).toBeNull();
    expect(bracketTime("KIỂM TRA (nếu có)")).toBeNull();
  });

  it("points at the section only with the words its title names, never with recurring work", () => {
    expect(duringSection("Trong thời gian chiến dịch", "TRIỂN KHAI CHIẾN DỊCH (16/3–27/3/2026)")).toBe(true);
    expect(duringSection("Trong suốt thời gian diễn ra chiến dịch", "TRIỂN KHAI CHIẾN DỊCH")).toBe(true);
    expect(duringSection("Thường xuyên trong chiến dịch", "TRIỂN KHAI CHIẾN DỊCH")).toBe(false);
    expect(duringSection("Trong thời gian nghỉ Tết", "TRIỂN KHAI CHIẾN DỊCH")).toBe(false);
  });

  it("reads a long time cell", () => {
    const { during, bracket } = longTimeCell(20000);
    expect(duringSection(during, "TRIỂN KHAI CHIẾN DỊCH")).toBe(false);
    expect(bracketTime(bracket)).toBeNull();
  });
});
