// A letter whose days are typed "20-8" or "05.11", its year only in the heading: each paragraph is due in the plan's
// year ("năm sau": the next), and days that only say when something starts or applies date no task.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

describe("days typed with a dash or a dot and no year", () => {
  it("dates each paragraph in the plan's year, and leaves a start or a count of days undated", () => {
    const plan = parse(
      [
        "1. Sở Tư pháp rà soát văn bản quy phạm pháp luật của tỉnh, hoàn thành trước 20-8.",
        "2. Sở Y tế kiểm tra an toàn thực phẩm tại các chợ, chậm nhất ngày 05.11.",
        "3. Sở Xây dựng lập quy chế quản lý kiến trúc áp dụng từ ngày 01-01-2028, xong ngày 30.9.",
        "4. Sở Tài chính tổng hợp quyết toán năm, trình UBND tỉnh trước ngày 10.02 năm sau.",
        "5. Sở Nội vụ thông báo lịch tiếp dân trước 1-2 ngày, bắt đầu từ 01-7.",
      ].join("\n"),
      { issued: "2027-06-03" },
    );
    expect(tasks(plan)).toEqual([
      ["1", "2027-08-19", ["Sở Tư pháp"], []],
      ["2", "2027-11-05", ["Sở Y tế"], []],
      ["3", "2027-09-30", ["Sở Xây dựng"], []],
      ["4", "2028-02-09", ["Sở Tài chính"], []],
    ]);
  });
});
