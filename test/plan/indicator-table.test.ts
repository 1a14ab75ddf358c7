// A table of indicators ("Tên chỉ tiêu | Đơn vị đo | Kế hoạch năm | Cơ quan chủ trì | …") is a task table: each
// indicator a task, its group row giving the deadline in brackets, a note under a figure giving a row its own.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

const HEADER = "TT\tTên chỉ tiêu\tĐơn vị đo\tKế hoạch năm\tCơ quan chủ trì\tCơ quan phối hợp";
const GROUP_I = "I\tCHỈ TIÊU VỀ CÔNG VỤ (hoàn thành trước ngày 15/9/2024)";
const GROUP_II = "II\tCHỈ TIÊU VỀ DỊCH VỤ CÔNG (trong năm 2024)";
const LAST = "3\tTỷ lệ hồ sơ nộp trực tuyến\t%\t≥ 70\tVăn phòng UBND tỉnh\tSở Thông tin và Truyền thông";
const READ = [
  ["1", "2024-09-14", ["Sở Nội vụ"], ["Sở Tài chính"]],
  ["2", "2024-05-31", ["Sở Tư pháp"], []],
  ["3", "2024-12-31", ["Văn phòng UBND tỉnh"], ["Sở Thông tin và Truyền thông"]],
];

describe("a table of indicators with no time column", () => {
  it("gives each indicator its group's deadline, or the one noted beside its figure", () => {
    const plan = parse(
      [
        "PHỤ LỤC: DANH MỤC CHỈ TIÊU",
        HEADER,
        GROUP_I,
        "1\tTỷ lệ công chức được bồi dưỡng\t%\t≥ 90\tSở Nội vụ\tSở Tài chính",
        "2\tSố văn bản được rà soát\tVăn bản\t50 (chậm nhất ngày 31/5/2024)\tSở Tư pháp\t",
        GROUP_II,
        LAST,
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual(READ);
  });

  it("reads a cell broken over two lines in a text copy as one cell of its row", () => {
    const plan = parse(
      [
        "PHỤ LỤC: DANH MỤC CHỈ TIÊU",
        HEADER,
        GROUP_I,
        "1\tTỷ lệ công chức được bồi dưỡng\t%\t≥ 90\tSở Nội vụ\tSở Tài chính",
        "2\tSố văn bản được rà soát\tVăn bản\t50",
        "(chậm nhất ngày 31/5/2024)\tSở Tư pháp\t",
        GROUP_II,
        // Under a group's row of one title, the row is as wide as the table, not as the row above it.
        "3\tTỷ lệ hồ sơ nộp trực tuyến\t%\t≥ 70",
        "(trước ngày 01/11/2024)\tVăn phòng UBND tỉnh\tSở Thông tin và Truyền thông",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([...READ.slice(0, 2), ["3", "2024-10-31", READ[2]![2], READ[2]![3]]]);
  });
});

describe("a time title merged over its start and end columns", () => {
  it("heads both: the end column, with nothing written above it, is the deadline", () => {
    const plan = parse(
      [
        "TT\tNội dung\tThời gian\t\tĐơn vị thực hiện\t",
        "\t\tBắt đầu\tHoàn thành\tChủ trì\tPhối hợp",
        "1\tRà soát thủ tục\t01/4/2024\t28/6/2024\tSở Tư pháp\tSở Nội vụ",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([["1", "2024-06-28", ["Sở Tư pháp"], ["Sở Nội vụ"]]]);
  });
});

describe("dates an OCR misread in a scanned plan's text", () => {
  it("are read as the digits they stand for", () => {
    const plan = parse(
      ["II. NHIỆM VỤ", "1. Rà soát thủ tục hành chính. Sở Tư pháp chủ trì. Thời hạn: trước ngày 3O/O9/2024."].join(
        "\n",
      ),
    );
    expect(tasks(plan)).toEqual([["II.1", "2024-09-29", ["Sở Tư pháp"], []]]);
  });
});
