// A time cell may write a span with a dash where others write "đến": "Từ tháng 5 - tháng 9/2024", "Từ quý II - quý
// III/2025". The work runs through the span and is due at its end, as "Từ tháng 5 đến tháng 9/2024" is; "Từ tháng
// 10/2025" alone still says when work starts, never when it is due.
import { describe, expect, it } from "vitest";
import { parseDeadline } from "../../src/domain/deadline.ts";
import { parse, tasks } from "../support/text-plans.ts";

const due = (wording: string) => {
  const read = parseDeadline(wording);
  return read.ok ? read.deadline.due : null;
};

describe("a span opening with 'Từ' whose end follows a dash", () => {
  it("is due at the span's last month, quarter or year, whatever dash is typed", () => {
    expect(due("Từ tháng 5 - tháng 9/2024")).toBe("2024-09-30");
    expect(due("Từ tháng 6 – tháng 11/2025")).toBe("2025-11-30");
    expect(due("từ tháng 3/2026 - tháng 8/2026")).toBe("2026-08-31");
    expect(due("Từ quý II - quý III/2025")).toBe("2025-09-30");
    expect(due("Từ năm 2024 - năm 2025")).toBe("2025-12-31");
  });

  it("leaves a start with no end undated, as before", () => {
    expect(due("Từ tháng 10/2025")).toBeNull();
    expect(due("Từ tháng 10/2025 - nay")).toBeNull();
  });

  it("dates a task table's row by the span's end", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "STT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện",
        "1\tXây dựng bộ tài liệu hỏi đáp về thủ tục hành chính\tSở Tư pháp\tSở Nội vụ\tTừ tháng 5 - tháng 9/2024",
        "2\tTổ chức hội thi tìm hiểu cải cách hành chính\tSở Nội vụ\t\tTừ quý II – quý III/2024",
      ].join("\n"),
    );
    expect(tasks(plan).map(([, ...read]) => read)).toEqual([
      ["2024-09-30", ["Sở Tư pháp"], ["Sở Nội vụ"]],
      ["2024-09-30", ["Sở Nội vụ"], []],
    ]);
  });

  it("reads a long time cell in bounds", () => {
    const start = performance.now();
    expect(due(`Từ tháng 5 ${"- ".repeat(50_000)}tháng 9/2024`)).not.toBe("x");
    expect(due(`Từ ${"tháng 5 - ".repeat(10_000)}tháng 9/2024`)).toBe("2024-09-30");
    expect(performance.now() - start).toBeLessThan(3000);
  });
});
