// A deadline written as a day of a month named by its place: the day before its last, its first week.
import { describe, expect, it } from "vitest";
import { findDeadlineWording, parseDeadline } from "../../src/domain/deadline.ts";
import { parseInPlanYear } from "../../src/domain/plan-year.ts";

const dueOf = (wording: string) => {
  const parsed = parseDeadline(wording);
  return parsed.ok ? parsed.deadline.due : parsed.code;
};

describe("before the last day of a month", () => {
  it.each([
    ["Trước ngày cuối cùng của tháng 4/2027", "2027-04-29"],
    ["trước ngày cuối tháng 2 năm 2028", "2028-02-28"],
    ["Hoàn thành trước ngày cuối cùng của tháng 12/2026", "2026-12-30"],
  ])("%s is due the day before it, %s", (wording, due) => {
    expect(dueOf(wording)).toBe(due);
  });

  it("is the month's last day without 'trước'", () => {
    expect(dueOf("Ngày cuối cùng của tháng 4/2027")).toBe("2027-04-30");
  });

  it("takes the plan's year when none is written", () => {
    const read = parseInPlanYear("Trước ngày cuối cùng của tháng 5", "2027-02-10");
    expect(read.ok && read.deadline.due).toBe("2027-05-30");
  });

  it("is found in a sentence", () => {
    const wording = findDeadlineWording("Các phòng gửi số liệu trước ngày cuối cùng của tháng 3/2027.");
    expect(wording && dueOf(wording)).toBe("2027-03-30");
  });
});

describe("the first week of a month", () => {
  it.each([
    ["Tuần đầu tháng 3/2027", "2027-03-07"],
    ["tuần đầu tiên của tháng 10 năm 2026", "2026-10-07"],
    ["Trong tuần thứ nhất tháng 1/2028", "2028-01-07"],
  ])("%s ends on the month's seventh day, %s", (wording, due) => {
    expect(dueOf(wording)).toBe(due);
  });

  it("is found in a sentence, not read as the month's end", () => {
    const wording = findDeadlineWording("Trung tâm lắp đặt thiết bị trong tuần đầu tháng 6/2027.");
    expect(wording && dueOf(wording)).toBe("2027-06-07");
  });

  it("reports a month that does not exist", () => {
    const parsed = parseDeadline("Tuần đầu tháng 13/2027");
    expect(!parsed.ok && parsed.code).toBe("invalid-date");
  });
});
