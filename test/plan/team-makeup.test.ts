// An inspection schedule may write a team's whole makeup in one column ("Thành phần Đoàn"): its label, its head by
// post marked "(Trưởng đoàn)", then the bodies sending representatives ("đại diện …"). The head's body leads the
// visit, the bodies represented take part, and the unit inspected is the visit's title.
import { describe, expect, it } from "vitest";
import { bodiesOfTeams } from "../../src/plan/people.ts";
import { parse, table, tasks } from "../support/text-plans.ts";

describe("a visit whose team's makeup fills one cell", () => {
  it("reads the head's body as the lead and the bodies represented as partners, under group rows", () => {
    const teamOne = "Đoàn số 1: Lãnh đạo Sở Tư pháp (Trưởng đoàn); đại diện Thanh tra tỉnh, Sở Y tế";
    const teamTwo = "Đoàn kiểm tra số 2: Phó Giám đốc Sở Tài chính (Trưởng đoàn); thành viên: đại diện Sở Xây dựng";
    const plan = parse(
      table([
        ["STT", "Cơ quan được kiểm tra", "Thời gian", "Thành phần Đoàn kiểm tra", "Ghi chú"],
        ["I", "CẤP TỈNH", "", "", ""],
        ["1", "Sở Công Thương", "Từ ngày 08/6 đến ngày 09/6/2026", teamOne, ""],
        ["2", "Sở Nội vụ", "Ngày 16/6/2026", teamOne, "Kiểm tra cả đơn vị trực thuộc"],
        ["II", "CẤP XÃ", "", "", ""],
        ["3", "UBND xã Bình Minh", "21 - 22/7/2026", teamTwo, ""],
      ]),
      { issued: "2026-05-04" },
    );
    expect(tasks(plan)).toEqual([
      ["1", "2026-06-09", ["Sở Tư pháp"], ["Thanh tra tỉnh", "Sở Y tế"]],
      ["2", "2026-06-16", ["Sở Tư pháp"], ["Thanh tra tỉnh", "Sở Y tế"]],
      ["3", "2026-07-22", ["Sở Tài chính"], ["Sở Xây dựng"]],
    ]);
  });

  it("rewrites a makeup as a cell naming its lead, and leaves a team with no head's mark as written", () => {
    expect(bodiesOfTeams("Tổ công tác số 3: Lãnh đạo Sở Y tế (Tổ trưởng); đại diện Sở Tài chính, Công an tỉnh")).toBe(
      "Sở Y tế (chủ trì); Sở Tài chính, Công an tỉnh",
    );
    expect(bodiesOfTeams("Đoàn số 2: Sở Nội vụ, Sở Tư pháp")).toBe("Đoàn số 2: Sở Nội vụ, Sở Tư pháp");
  });
});

describe("a team's makeup naming many bodies", () => {
  it("rewrites a cell of 10,000 represented bodies in one pass", () => {
    const members = Array.from({ length: 10000 }, () => "Sở Y tế").join(", ");
    const cell = `Đoàn số 1: Lãnh đạo Sở Nội vụ (Trưởng đoàn); đại diện ${members}`;
    expect(bodiesOfTeams(cell)).toBe(`Sở Nội vụ (chủ trì); ${members}`);
  });
});
