// A list of records each body hands over to the archives, with no "Nhiệm vụ" column: the body handing them over
// ("Đơn vị giao nộp") does the row's work, the records it hands over say what is done, and the span of years the
// records cover is no deadline.
import { describe, expect, it } from "vitest";
import { parse, table, tasks } from "../support/text-plans.ts";

describe("a list of records to hand over to the archives", () => {
  const plan = parse(
    table([
      ["STT", "Đơn vị giao nộp", "Khối tài liệu", "Thời gian của tài liệu", "Khối lượng (hộp)", "Thời hạn nộp"],
      ["1", "Sở Y tế", "Hồ sơ thanh tra các năm", "2001 - 2010", "40", "Quý III/2024"],
      ["2", "Sở Tư pháp", "Hồ sơ hộ tịch gốc", "1995 - 2005", "25", "Tháng 10/2024"],
    ]),
  );

  it("reads each row as a task of the body handing the records over, due by the transfer's deadline", () => {
    expect(tasks(plan)).toEqual([
      ["1", "2024-09-30", ["Sở Y tế"], []],
      ["2", "2024-10-31", ["Sở Tư pháp"], []],
    ]);
  });

  it("titles the task by the records, not by their quantity", () => {
    expect(plan.tasks.map((t) => t.title)).toEqual(["Hồ sơ thanh tra các năm", "Hồ sơ hộ tịch gốc"]);
  });
});
