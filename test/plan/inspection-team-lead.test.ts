// An inspection schedule names the team visiting by its number and the agency leading it ("Đoàn số 1 (Sở Nội vụ chủ
// trì)", "Tổ công tác số 2 (do Văn phòng UBND tỉnh chủ trì)", "Đoàn kiểm tra của Sở Tư pháp", "Đoàn 1 - Trưởng đoàn:
// Lãnh đạo Sở Nội vụ"): that agency leads the visit, and the bodies sending members ("Cơ quan cử thành viên",
// "Thành viên") coordinate it. The unit inspected is the visit's title, no lead.
import { describe, expect, it } from "vitest";
import { bodiesOfTeams } from "../../src/plan/people.ts";
import { parse, table, tasks, unresolvedNames } from "../support/text-plans.ts";

describe("a visit led by its team's agency", () => {
  it("reads the agency in the team's bracket as the lead and the members' agencies as partners", () => {
    const plan = parse(
      table([
        [
          "STT",
          "Thời gian",
          "Cơ quan, đơn vị được kiểm tra",
          "Đoàn kiểm tra (cơ quan chủ trì)",
          "Cơ quan cử thành viên",
        ],
        ["1", "Thứ Ba, ngày 07/4/2026", "Sở Y tế", "Đoàn số 1 (Sở Nội vụ chủ trì)", "Sở Tư pháp, Thanh tra tỉnh"],
        [
          "2",
          "Ngày 14, 15/4",
          "Sở Xây dựng",
          "Tổ công tác số 2 (do Văn phòng UBND tỉnh chủ trì)",
          "Sở Nội vụ; Công an tỉnh",
        ],
        ["3", "Sáng 05/5", "Sở Tài chính", "Đoàn số 1 (Sở Nội vụ chủ trì)", "Sở Tư pháp, Thanh tra tỉnh"],
      ]),
      { issued: "2026-03-16" },
    );
    expect(tasks(plan)).toEqual([
      ["1", "2026-04-07", ["Sở Nội vụ"], ["Sở Tư pháp", "Thanh tra tỉnh"]],
      ["2", "2026-04-15", ["Văn phòng UBND tỉnh"], ["Sở Nội vụ", "Công an tỉnh"]],
      ["3", "2026-05-05", ["Sở Nội vụ"], ["Sở Tư pháp", "Thanh tra tỉnh"]],
    ]);
  });

  it("reads a team named as an agency's, or by its head, as that agency's", () => {
    const plan = parse(
      table([
        ["TT", "Đơn vị được kiểm tra", "Thời gian", "Đoàn kiểm tra (chủ trì)", "Thành viên"],
        ["1", "Sở Y tế", "Chiều thứ Sáu, 08/5/2026", "Đoàn kiểm tra của Sở Tư pháp", "Thanh tra tỉnh"],
        ["2", "Sở Xây dựng", "Ngày 14 và 15/5/2026", "Đoàn 1 - Trưởng đoàn: Lãnh đạo Sở Nội vụ", "Sở Tài chính"],
      ]),
      { issued: "2026-03-16" },
    );
    expect(tasks(plan)).toEqual([
      ["1", "2026-05-08", ["Sở Tư pháp"], ["Thanh tra tỉnh"]],
      ["2", "2026-05-15", ["Sở Nội vụ"], ["Sở Tài chính"]],
    ]);
  });

  it("reads the team's agency with no members' column beside it, and keeps a team naming none", () => {
    const plan = parse(
      table([
        ["STT", "Đơn vị được kiểm tra", "Thời gian", "Đoàn kiểm tra (cơ quan chủ trì)"],
        ["1", "Sở Y tế", "Ngày 12/5/2026", "Đoàn số 1 (Sở Nội vụ chủ trì)"],
        ["2", "Sở Xây dựng", "Ngày 13/5/2026", "Đoàn số 2"],
      ]),
      { issued: "2026-03-16" },
    );
    expect(tasks(plan)).toEqual([
      ["1", "2026-05-12", ["Sở Nội vụ"], []],
      ["2", "2026-05-13", ["?Đoàn số 2"], []],
    ]);
    expect(unresolvedNames(plan)).toEqual(["Đoàn số 2"]);
  });

  it("leaves a body whose name opens with Đoàn as it is written", () => {
    const plan = parse(
      table([
        ["STT", "Nội dung", "Cơ quan chủ trì", "Thời gian"],
        ["1", "Tổ chức ngày hội thanh niên", "Đoàn Thanh niên tỉnh (Tỉnh đoàn chủ trì)", "Tháng 5/2026"],
      ]),
      { issued: "2026-03-16" },
    );
    expect(tasks(plan)[0]![2]).not.toContain("Tỉnh đoàn");
  });
});

describe("teams named with their agencies, many in one cell", () => {
  it("reads 20,000 of them, and a bracket that never says who chairs", () => {
    const cell = Array.from({ length: 20000 }, (_, k) => `Đoàn số ${(k % 99) + 1} (Sở Nội vụ chủ trì)`).join("; ");
    expect(bodiesOfTeams(cell).split("; ")).toEqual(Array.from({ length: 20000 }, () => "Sở Nội vụ"));
    const open = `Đoàn số 1 (Sở Nội vụ ${"và Sở Tư pháp ".repeat(20000)})`;
    expect(bodiesOfTeams(open)).toBe(open);
  });
});
