// A header whose title merged over two columns ("Quy mô" over "Số lớp" | "Số học viên") is copied as text once: the
// lower row, one cell wider, is the header's too, and the columns after the title are where the lower row puts them.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

const table = (rows: string[][]) => rows.map((cells) => cells.join("\t")).join("\n");

describe("a title over number columns, copied as text", () => {
  it("lines the who and when columns up with the body", () => {
    const plan = parse(
      table([
        ["STT", "Tên lớp bồi dưỡng", "Đối tượng", "Quy mô", "Thời gian", "Đơn vị chủ trì", "Đơn vị phối hợp"],
        ["", "", "", "Số lớp", "Số học viên", "", "", ""],
        [
          "1",
          "Bồi dưỡng kỹ năng soạn thảo văn bản",
          "Công chức cấp xã",
          "2",
          "120",
          "Quý II/2024",
          "Sở Nội vụ",
          "Sở Tư pháp",
        ],
        ["2", "Bồi dưỡng nghiệp vụ kế toán", "Kế toán cấp xã", "1", "60", "Tháng 9/2024", "Sở Tài chính", ""],
        ["", "Tổng cộng", "", "3", "180", "", "", ""],
      ]),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-06-30", ["Sở Nội vụ"], ["Sở Tư pháp"]],
      ["2", "2024-09-30", ["Sở Tài chính"], []],
    ]);
  });
});
