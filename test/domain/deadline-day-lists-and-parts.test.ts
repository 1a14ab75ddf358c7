// A visit's day as a schedule writes it: two days or more listed under one month ("Ngày 14 và 15/4/2026",
// "Ngày 14, 15/4") end on the last listed, as a span of days does; a part of the day before it ("Sáng thứ Ba,
// 05/5/2026", "Chiều 08/5") says when on that day the work is done, the day itself.
import { describe, expect, it } from "vitest";
import { parseDeadline } from "../../src/domain/deadline.ts";
import { parseInPlanYear } from "../../src/domain/plan-year.ts";

const due = (wording: string) => {
  const parsed = parseInPlanYear(wording, "2026-03-16");
  return parsed.ok ? parsed.deadline.due : null;
};

describe("days listed under one month", () => {
  it.each([
    ["Ngày 14 và 15/4/2026", "2026-04-15"],
    ["Ngày 14, 15/4/2026", "2026-04-15"],
    ["Ngày 14, 15/4", "2026-04-15"],
    ["Các ngày 14, 15 và 16/4/2026", "2026-04-16"],
    ["ngày 28 và 29 tháng 5 năm 2026", "2026-05-29"],
  ])("%s ends on the last day listed, %s", (wording, day) => {
    expect(due(wording)).toBe(day);
  });

  it("leaves a day and a number that lists nothing as it read them", () => {
    expect(due("Ngày 14/4/2026, 15 đơn vị")).toBe("2026-04-14");
  });
});

describe("a part of the day before the day", () => {
  it.each([
    ["Sáng thứ Ba, 05/5/2026", "2026-05-05"],
    ["Sáng 05/5", "2026-05-05"],
    ["Chiều thứ Sáu, 08/5/2026", "2026-05-08"],
    ["Buổi chiều 08/5/2026", "2026-05-08"],
    ["Tối 30/4/2026", "2026-04-30"],
  ])("%s is that day", (wording, day) => {
    expect(due(wording)).toBe(day);
  });

  it("keeps a part of the day with no day after it undated", () => {
    expect(due("Sáng thứ Hai hằng tuần")).toBeNull();
  });

  it("reads 20,000 listed days in one cell without running long", () => {
    const long = `Ngày ${"1, ".repeat(20000)}2/4/2026`;
    expect(parseDeadline(long)).toMatchObject({ ok: true, deadline: { due: "2026-04-02" } });
    expect(parseDeadline(`Sáng ${"sáng ".repeat(20000)}`)).toMatchObject({ ok: false });
  });
});
