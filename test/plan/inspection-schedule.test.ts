// An inspection schedule: one row per unit visited, the team's head and the bodies taking part merged
// down over the team's visits, teams named by headings in capitals between the rows.
import { describe, expect, it } from "vitest";
import { parse, table, tasks } from "../support/text-plans.ts";

const HEADER = ["TT", "Đơn vị được giám sát", "Thời gian", "Trưởng đoàn", "Thành viên tham gia"];

describe("an inspection schedule", () => {
  it("makes each visit a task, led by the head's body, the members coordinating, merged cells taken from above", () => {
    const plan = parse(
      table([
        HEADER,
        ["1", "Sở Y tế", "Từ 03-05/6/2024", "Lãnh đạo Sở Tư pháp", "Sở Tài chính; Thanh tra tỉnh"],
        ["2", "Sở Xây dựng", "27/6 - 01/7/2024", "", ""],
      ]),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-06-05", ["Sở Tư pháp"], ["Sở Tài chính", "Thanh tra tỉnh"]],
      ["2", "2024-07-01", ["Sở Tư pháp"], ["Sở Tài chính", "Thanh tra tỉnh"]],
    ]);
  });

  it("reads a team heading in capitals between the rows as no task and no end of the table", () => {
    const plan = parse(
      [
        table([HEADER]),
        "TỔ GIÁM SÁT SỐ 1 (giám sát việc công khai thủ tục)",
        table([["1", "Sở Y tế", "Ngày 12/6/2024", "Đồng chí Phó Giám đốc Sở Tư pháp", "Thanh tra tỉnh"]]),
        "TỔ GIÁM SÁT SỐ 2",
        table([["2", "Sở Xây dựng", "Ngày 14/6/2024", "Lãnh đạo Thanh tra tỉnh", "Sở Tài chính"]]),
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-06-12", ["Sở Tư pháp"], ["Thanh tra tỉnh"]],
      ["2", "2024-06-14", ["Thanh tra tỉnh"], ["Sở Tài chính"]],
    ]);
  });

  it("takes staff of an office named with their body in brackets for that body", () => {
    const plan = parse(
      table([
        HEADER,
        [
          "1",
          "Sở Y tế",
          "Ngày 12/6/2024",
          "Lãnh đạo Sở Tư pháp",
          "Thanh tra tỉnh; chuyên viên Phòng Pháp chế (Sở Tài chính)",
        ],
      ]),
    );
    expect(tasks(plan)).toEqual([["1", "2024-06-12", ["Sở Tư pháp"], ["Thanh tra tỉnh", "Sở Tài chính"]]]);
  });
});
