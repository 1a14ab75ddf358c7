// A task table's time cells written without a year ("Trước 20/5", "Quý III") are in the plan's year.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

describe("time cells without a year", () => {
  it("are read in the year of the plan, keeping the wording as written", () => {
    const plan = parse(
      [
        ["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian"],
        ["1", "Tổng kết công tác dân vận", "Sở Nội vụ", "Trước 20/5"],
        ["2", "Hội thao công chức", "Sở Văn hóa, Thể thao và Du lịch", "Quý III"],
        ["3", "Khảo sát mức độ hài lòng", "Sở Nội vụ", "Tháng 2-3"],
      ]
        .map((cells) => cells.join("\t"))
        .join("\n"),
      { issued: "2024-02-10" },
    );
    expect(tasks(plan).map(([ref, due]) => [ref, due])).toEqual([
      ["1", "2024-05-19"],
      ["2", "2024-09-30"],
      ["3", "2024-03-31"],
    ]);
    expect(plan.tasks[0]!.deadline?.text).toBe("Trước 20/5");
    expect(plan.warnings.filter((w) => w.code === "deadline-without-date")).toEqual([]);
  });

  it("leave a time that repeats without a date: it names no one day", () => {
    const plan = parse(
      [
        ["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian"],
        ["1", "Báo cáo công tác thi đua", "Sở Nội vụ", "Định kỳ hằng năm, trước 15/12"],
        ["2", "Báo cáo tiến độ giải ngân", "Sở Tài chính", "Hàng quý, trước ngày 20/3"],
        ["3", "Tổng kết công tác dân vận", "Sở Nội vụ", "Trước 20/5"],
      ]
        .map((cells) => cells.join("\t"))
        .join("\n"),
      { issued: "2024-02-10" },
    );
    expect(tasks(plan).map(([ref, due]) => [ref, due])).toEqual([
      ["1", null],
      ["2", null],
      ["3", "2024-05-19"],
    ]);
  });

  it("date a time that repeats at its first instance when the plan says repeating work starts at once", () => {
    const plan = parse(
      [
        [
          ["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian"],
          ["1", "Báo cáo công tác thi đua", "Sở Nội vụ", "Trước ngày 15/01 hằng năm"],
          ["2", "Báo cáo tiến độ giải ngân", "Sở Tài chính", "Hằng quý, trước ngày 20 tháng cuối quý"],
          ["3", "Tuyên truyền cải cách hành chính", "Sở Nội vụ", "Thường xuyên"],
        ]
          .map((cells) => cells.join("\t"))
          .join("\n"),
        "Ghi chú: việc làm hằng năm, hằng quý thực hiện lần đầu tiên vào kỳ gần nhất kể từ ngày ban hành Kế hoạch.",
      ].join("\n"),
      { issued: "2024-04-02" },
    );
    expect(tasks(plan).map(([ref, due]) => [ref, due])).toEqual([
      ["1", "2025-01-14"],
      ["2", "2024-06-19"],
      ["3", null],
    ]);
  });
});
