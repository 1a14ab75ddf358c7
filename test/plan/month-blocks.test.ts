// A work programme with no month column: each month's rows stand under a heading of their own ("THÁNG 3"), a
// line with no tab in a table copied as text, a row with one filled cell in Word. A row's blank time is the end
// of its block's month, a day with no month is that day of it; a heading that names no month ends the month.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

const header = ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"];
const rows = [
  ["1", "Tổng kết công tác văn thư, lưu trữ năm trước", "Sở Nội vụ", "Sở Tư pháp", "Ngày 20"],
  ["2", "Kế hoạch kiểm tra công vụ năm 2025", "Sở Nội vụ", "", ""],
  ["3", "Quy định quản lý cụm công nghiệp", "Sở Công Thương", "Sở Tài chính", "Trước 10/4"],
  ["4", "Báo cáo kết quả chuyển đổi số quý II", "Sở Thông tin và Truyền thông", "", ""],
  ["5", "Các nội dung khác theo chỉ đạo", "Sở Nội vụ", "", ""],
];
const expected = [
  ["1", "2025-03-20", ["Sở Nội vụ"], ["Sở Tư pháp"]],
  ["2", "2025-03-31", ["Sở Nội vụ"], []],
  ["3", "2025-04-09", ["Sở Công Thương"], ["Sở Tài chính"]],
  ["4", "2025-04-30", ["Sở Thông tin và Truyền thông"], []],
  ["5", null, ["Sở Nội vụ"], []],
];

/** The table with its month headings written by `heading` ("THÁNG 3" alone, or padded to the table's width). */
const programme = (heading: (text: string) => string) =>
  [
    header.join("\t"),
    heading("THÁNG 3"),
    rows[0]!.join("\t"),
    rows[1]!.join("\t"),
    heading("THÁNG 4"),
    rows[2]!.join("\t"),
    rows[3]!.join("\t"),
    heading("NỘI DUNG PHÁT SINH"),
    rows[4]!.join("\t"),
  ].join("\n");

describe("month blocks in a work programme", () => {
  it("copied as text, each heading a line of its own: the rows are dated in their block's month", () => {
    expect(
      tasks(
        parse(
          programme((h) => h),
          { issued: "2025-02-20" },
        ),
      ),
    ).toEqual(expected);
  });

  it("a heading row with one filled cell reads the same", () => {
    const padded = (h: string) => [h, ...header.slice(1).map(() => "")].join("\t");
    expect(tasks(parse(programme(padded), { issued: "2025-02-20" }))).toEqual(expected);
  });

  it("reads a part of the month ('Cuối tháng', 'giữa tháng') and each day of a span in the block's month", () => {
    const lines = [
      header.join("\t"),
      "THÁNG 7/2025",
      ["1", "Kiểm tra công tác lưu trữ", "Sở Nội vụ", "", "Cuối tháng"].join("\t"),
      ["2", "Rà soát quy chế làm việc", "Sở Tư pháp", "", "Giữa tháng"].join("\t"),
      "THÁNG 8/2025",
      ["3", "Thi tìm hiểu pháp luật", "Sở Tư pháp", "Sở Nội vụ", "Từ ngày 04 đến ngày 22"].join("\t"),
      ["4", "Họp giao ban", "Sở Nội vụ", "", "Tuần đầu tháng."].join("\t"),
    ];
    expect(tasks(parse(lines.join("\n"), { issued: "2025-06-20" }))).toEqual([
      ["1", "2025-07-31", ["Sở Nội vụ"], []],
      ["2", "2025-07-15", ["Sở Tư pháp"], []],
      ["3", "2025-08-22", ["Sở Tư pháp"], ["Sở Nội vụ"]],
      ["4", "2025-08-07", ["Sở Nội vụ"], []],
    ]);
  });
});
