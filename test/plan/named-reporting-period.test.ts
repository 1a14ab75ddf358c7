// A time naming the period the work is for by "Kỳ" or "Kỳ báo cáo" ("Kỳ 6 tháng đầu năm 2025", "Kỳ báo cáo năm 2025")
// is due when that period ends, as the period written alone is; the word names no other day.
import { describe, expect, it } from "vitest";
import { parseDeadline } from "../../src/domain/deadline.ts";
import { parse } from "../support/text-plans.ts";

const due = (wording: string) => {
  const read = parseDeadline(wording);
  return read.ok ? read.deadline.due : null;
};

describe("a time cell naming its reporting period", () => {
  it("reads a half year, a year, a quarter and a month after 'Kỳ' or 'Kỳ báo cáo' as their last day", () => {
    expect(due("Kỳ 6 tháng đầu năm 2025")).toBe("2025-06-30");
    expect(due("kỳ báo cáo 6 tháng cuối năm 2024")).toBe("2024-12-31");
    expect(due("Kỳ báo cáo năm 2026")).toBe("2026-12-31");
    expect(due("Kỳ nửa năm đầu năm 2025")).toBe("2025-06-30");
    expect(due("Kỳ báo cáo quý III/2025")).toBe("2025-09-30");
    expect(due("Kỳ tháng 5/2025")).toBe("2025-05-31");
  });

  it("leaves a meeting's session, a lunar year's stem and a round of no clear day as they were", () => {
    expect(due("Kỳ họp thứ 10 HĐND tỉnh")).toBeNull();
    expect(due("Kỳ 1")).toBeNull();
    expect(due("Trước Tết Kỷ Hợi")).toBe("2019-02-04");
  });

  it("dates a table's rows timed by their reporting period, the plan's year filling a period written without one", () => {
    const rows = [
      ["STT", "Nội dung", "Đơn vị thực hiện", "Thời gian"],
      ["1", "Đánh giá chất lượng phục vụ người dân, công khai kết quả", "Sở Nội vụ", "Kỳ 6 tháng đầu năm 2024"],
      ["2", "Tổng hợp số liệu thống kê về cán bộ, công chức", "Sở Tư pháp", "Kỳ báo cáo năm 2024"],
      ["3", "Báo cáo tình hình kiểm soát thủ tục hành chính", "Sở Tài chính", "Kỳ báo cáo 6 tháng cuối năm"],
    ];
    const plan = parse(["II. NHIỆM VỤ", ...rows.map((r) => r.join("\t"))].join("\n"));
    expect(plan.tasks.filter((t) => t.kind === "task").map((t) => [t.ref, t.deadline?.due ?? null])).toEqual([
      ["1", "2024-06-30"],
      ["2", "2024-12-31"],
      ["3", "2024-12-31"],
    ]);
  });

  it("reads 5,000 rows timed by their reporting period", () => {
    const lines = ["II. NHIỆM VỤ", "STT\tNội dung\tĐơn vị thực hiện\tThời gian"];
    for (let k = 1; k <= 5000; k++)
      lines.push(
        `${k}\tBáo cáo số liệu chuyên đề ${k}\tSở Nội vụ\tKỳ báo cáo 6 tháng ${k % 2 ? "đầu" : "cuối"} năm 2024`,
      );
    const read = parse(lines.join("\n")).tasks.filter((t) => t.kind === "task");
    expect(read.length).toBe(5000);
    expect(read.every((t, i) => t.deadline?.due === (i % 2 ? "2024-12-31" : "2024-06-30"))).toBe(true);
  });
});
