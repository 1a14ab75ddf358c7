// A Gantt task table: an "x" under Tuần 1 … Tuần 4 of each month, a day in "Ghi chú" beside them.
import { describe, expect, it } from "vitest";
import { parse, table, tasks } from "../support/text-plans.ts";

const weeks = ["Tuần 1", "Tuần 2", "Tuần 3", "Tuần 4"];

describe("week columns under their months, marked with x", () => {
  it("give the last day of the last marked week, the last week running to the month's end", () => {
    const plan = parse(
      table([
        ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Tháng 9/2024", "Tháng 10/2024", "Ghi chú"],
        ["", "", "", "", ...weeks, ...weeks, ""],
        ["1", "Rà soát danh mục hồ sơ lưu trữ", "Sở Nội vụ", "Sở Tư pháp", "x", "x", "", "", "", "", "", "", ""],
        ["2", "Tập huấn văn thư cơ sở", "Sở Nội vụ", "", "", "", "", "x", "", "", "", "x", "Hai lớp"],
        ["3", "Sơ kết công tác văn thư", "Sở Nội vụ", "", "", "", "", "", "x", "", "", "", "Chậm nhất 03/10/2024"],
        ["4", "Kiểm tra khi có phản ánh", "Sở Nội vụ", "", "", "", "", "", "", "", "", "", "Đột xuất"],
      ]),
      { issued: "2024-08-20" },
    );
    expect(tasks(plan).map(([ref, due]) => [ref, due])).toEqual([
      ["1", "2024-09-14"],
      ["2", "2024-10-31"],
      ["3", "2024-10-03"],
      ["4", null],
    ]);
  });
});

describe("month columns (T1 … T12) under a title naming their year, marked with x", () => {
  const months = Array.from({ length: 12 }, (_, i) => `T${i + 1}`);
  const marks = (...marked: number[]) => months.map((_, i) => (marked.includes(i + 1) ? "x" : ""));
  it("give the last day of the last marked month; units stay in their columns, never read as month units", () => {
    const plan = parse(
      table([
        ["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện năm 2025"],
        ["", "", "", "", ...months],
        ["1", "Phát sóng chuyên mục cải cách hành chính", "Sở Nội vụ", "Sở Tư pháp", ...marks(2, 3, 4, 5)],
        ["2", "Tập huấn công chức một cửa", "Sở Nội vụ", "", ...marks(9)],
        ["3", "Cập nhật tin bài trên cổng thông tin", "Sở Nội vụ", "", "Thường xuyên"],
      ]),
      { issued: "2025-01-10" },
    );
    expect(tasks(plan)).toEqual([
      ["1", "2025-05-31", ["Sở Nội vụ"], ["Sở Tư pháp"]],
      ["2", "2025-09-30", ["Sở Nội vụ"], []],
      ["3", null, ["Sở Nội vụ"], []],
    ]);
  });

  it("written 'Tháng 1' … with no year over them: the plan's year", () => {
    const plan = parse(
      table([
        ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Tháng 1", "Tháng 2", "Tháng 3"],
        ["1", "Rà soát quy chế làm việc", "Sở Tư pháp", "x", "x", ""],
      ]),
      { issued: "2025-01-10" },
    );
    expect(tasks(plan)).toEqual([["1", "2025-02-28", ["Sở Tư pháp"], []]]);
  });

  it("holding a day number instead of x: that day of the month, the last mark the task's", () => {
    const dayIn = (marked: Record<number, string>) => months.map((_, i) => marked[i + 1] ?? "");
    const plan = parse(
      table([
        ["STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", ...months],
        ["1", "Ban hành kế hoạch kiểm tra nội vụ", "Sở Nội vụ", "", ...dayIn({ 3: "12" })],
        ["2", "Kiểm tra việc thực hiện quy chế dân chủ", "Sở Nội vụ", "Sở Tư pháp", ...dayIn({ 4: "20", 9: "25" })],
        ["3", "Tổng hợp kết quả đánh giá", "Sở Nội vụ", "", ...dayIn({ 5: "x", 7: "8" })],
      ]),
      { issued: "2025-01-10" },
    );
    expect(tasks(plan)).toEqual([
      ["1", "2025-03-12", ["Sở Nội vụ"], []],
      ["2", "2025-09-25", ["Sở Nội vụ"], ["Sở Tư pháp"]],
      ["3", "2025-07-08", ["Sở Nội vụ"], []],
    ]);
  });
});
