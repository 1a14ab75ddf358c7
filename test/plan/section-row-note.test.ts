// A section row merged across a task table (Word gives it one filled cell and blanks) whose note speaks of tasks and
// deadlines is still the section's row, never a new header: the rows under it keep the table's columns.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

const row = (...cells: string[]) => cells.join("\t");

describe("a section row whose bracket speaks of tasks and deadlines", () => {
  it("dates the section's undated rows and keeps the columns", () => {
    const plan = parse(
      [
        row("TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"),
        row("A. NHÓM CHUẨN BỊ", "", "", "", ""),
        row("1", "Khảo sát hiện trạng", "Sở Xây dựng", "Sở Tài chính", "Tháng 4/2024"),
        row("B. NHÓM TRIỂN KHAI (các nhiệm vụ chưa có thời hạn riêng hoàn thành trong tháng 9/2024)", "", "", "", ""),
        row("2", "Lắp đặt thiết bị", "Sở Y tế", "Công an tỉnh", ""),
        row("3", "Nghiệm thu", "Sở Y tế", "Sở Tài chính", "Tháng 11/2024"),
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-04-30", ["Sở Xây dựng"], ["Sở Tài chính"]],
      ["2", "2024-09-30", ["Sở Y tế"], ["Công an tỉnh"]],
      ["3", "2024-11-30", ["Sở Y tế"], ["Sở Tài chính"]],
    ]);
  });
});
