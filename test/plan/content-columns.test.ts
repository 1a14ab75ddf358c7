// A task table whose columns are titled in words the reader does not know, with no legend: its cells say which
// column is when (deadlines) and which are who (short names beside the task, the lead's first).
import { describe, expect, it } from "vitest";
import { parse, table, tasks } from "../support/text-plans.ts";

describe("columns titled in unknown words", () => {
  const rows = [
    ["STT", "Nội dung", "Đầu mối", "Cùng làm", "Mốc", "Ghi chú"],
    ["1", "Cập nhật cơ sở dữ liệu hộ tịch", "Sở Tư pháp", "UBND các huyện, thành phố", "T8/2024", "Kết nối"],
    ["2", "Kiểm tra công tác văn thư lưu trữ", "Sở Nội vụ", "Văn phòng UBND tỉnh", "Quý III/2024", ""],
    ["3", "Tuyên truyền cải cách hành chính", "Sở Thông tin và Truyền thông", "", "Thường xuyên", "Báo tỉnh"],
    ["4", "Tổng kết năm", "Sở Nội vụ", "Các sở, ban, ngành", "Trước 15/12/2024", ""],
  ];

  it("are read by what their cells hold: the deadlines when, the first names the lead, the next the partners", () => {
    const read = tasks(parse(table(rows)));
    expect(read.map(([ref, due, lead]) => [ref, due, lead])).toEqual([
      ["1", "2024-08-31", ["Sở Tư pháp"]],
      ["2", "2024-09-30", ["Sở Nội vụ"]],
      ["3", null, ["Sở Thông tin và Truyền thông"]],
      ["4", "2024-12-14", ["Sở Nội vụ"]],
    ]);
    expect(read[1]?.[3]).toEqual(["Văn phòng UBND tỉnh"]);
  });

  it("leave a table with no column of deadlines alone: a list of members is no task table", () => {
    const members = [
      ["STT", "Nội dung", "Đầu mối", "Cùng làm"],
      ["1", "Trưởng ban", "Sở Nội vụ", "Văn phòng UBND tỉnh"],
      ["2", "Phó trưởng ban", "Sở Tư pháp", "Sở Tài chính"],
    ];
    expect(() => parse(table(members))).toThrow("no-tasks");
  });

  it("read a group row's bracket labelled with the lead column's own title as the group's lead", () => {
    const grouped = [
      rows[0]!,
      ["I", "HỘ TỊCH (Đầu mối: Sở Tư pháp)"],
      ["1", "Số hóa sổ hộ tịch", "", "UBND các huyện, thành phố", "T10/2024", ""],
      ["2", "Tập huấn công chức tư pháp", "", "Sở Nội vụ", "Quý IV/2024", ""],
    ];
    const read = tasks(parse(table(grouped)));
    expect(read.map(([ref, due, lead]) => [ref, due, lead])).toEqual([
      ["1", "2024-10-31", ["Sở Tư pháp"]],
      ["2", "2024-12-31", ["Sở Tư pháp"]],
    ]);
  });
});
