// Work reached in stages is one task due at its last stage: numbered phases ("giai đoạn 1 … xong trong tháng 4;
// giai đoạn 2 … xong trong tháng 9") are no tasks of their own, as rounds ("Đợt 1 … Đợt 2") are not; shares written
// after the time they are reached by ("hết quý I đạt 30%; hết quý III đạt 100%") are due with the last, as shares
// written before their time ("30% trước ngày …, 100% trước ngày …") already were. A span of years ("giai đoạn
// 2026 - 2030") is no phase.
import { describe, expect, it } from "vitest";
import { lastStageTimeFirst, parseDeadline } from "../../src/domain/deadline.ts";
import { findDeadlineWording } from "../../src/domain/deadline-wording.ts";
import { parse, tasks } from "../support/text-plans.ts";

const due = (wording: string) => {
  const read = parseDeadline(wording);
  return read.ok ? read.deadline.due : null;
};

describe("staged work", () => {
  it("is one task due at its last phase", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Sở Y tế chủ trì, phối hợp với Sở Tài chính lắp đặt phần mềm bệnh án điện tử theo hai giai đoạn: giai đoạn 1 (bệnh viện tỉnh) xong trong tháng 4/2025; giai đoạn 2 (các trung tâm y tế huyện) xong trong tháng 9/2025.",
        "2. Sở Nội vụ lưu trữ điện tử hồ sơ. Tiến độ: hết quý I/2025 đạt 30%; hết quý III/2025 đạt 60%; hết năm 2025 đạt 100%.",
      ].join("\n"),
      { issued: "2025-02-10" },
    );
    expect(tasks(plan)).toEqual([
      ["II.1", "2025-09-30", ["Sở Y tế"], ["Sở Tài chính"]],
      ["II.2", "2025-12-31", ["Sở Nội vụ"], []],
    ]);
  });

  it("reads the last stage's time, whichever side of its share it stands", () => {
    expect(due("quý I/2025 đạt 30%; hết quý III/2025 đạt 60%; hết năm 2025 đạt 100%")).toBe("2025-12-31");
    expect(due("tháng 3/2025 đạt 40%, tháng 8/2025 lên 100%")).toBe("2025-08-31");
    expect(due("giai đoạn 1 xong trong tháng 4/2025; giai đoạn 2 xong trong tháng 9/2025")).toBe("2025-09-30");
    expect(due("giai đoạn I: quý II/2025; giai đoạn II: quý IV/2025")).toBe("2025-12-31");
    expect(findDeadlineWording("Đạt 50% trước ngày 30/6/2025 và 100% trước ngày 30/9/2025.")).toContain("30/9/2025");
    // One share, or a span of years, is no stage.
    expect(lastStageTimeFirst("hết năm 2025 đạt 100%")).toBeNull();
    expect(due("Đề án giai đoạn 2026 - 2030, trình trước ngày 15/5/2025")).toBe("2025-05-14");
  });

  it("reads 100 KB of stages in bounds", () => {
    const start = performance.now();
    const stages = "hết quý I/2025 đạt 1%; ".repeat(4_500);
    expect(due(`${stages}hết năm 2025 đạt 100%`)).toBe("2025-12-31");
    expect(lastStageTimeFirst(`quý I/2025 đạt 1%;${" ".repeat(50_000)},${" ".repeat(50_000)}đạt 2%`)).toBeNull();
    expect(due(`${"giai đoạn 1 trong tháng 3/2025; ".repeat(3_000)}giai đoạn 2 trong tháng 5/2025`)).toBe("2025-05-31");
    expect(performance.now() - start).toBeLessThan(5000);
  });
});
