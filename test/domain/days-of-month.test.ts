// Days named by their place in a month: a week of it, or the day before its last.
import { describe, expect, it } from "vitest";
import { parseDeadline } from "../../src/domain/deadline.ts";
import { findDeadlineWording } from "../../src/domain/deadline-wording.ts";
import { parseInPlanYear } from "../../src/domain/plan-year.ts";

const dueOf = (wording: string) => {
  const parsed = parseDeadline(wording);
  return parsed.ok ? parsed.deadline.due : parsed.code;
};

describe("a week of a month", () => {
  it.each([
    ["Tuần đầu tháng 4/2027", "2027-04-07"],
    ["tuần đầu tiên của tháng 11/2025", "2025-11-07"],
    ["Hoàn thành trong tuần thứ hai của tháng 02/2028", "2028-02-14"],
    ["Tuần thứ 3 tháng 9 năm 2026", "2026-09-21"],
    ["tuần thứ tư tháng 1/2027", "2027-01-28"],
    // The week by its bare number, as a time cell writes it.
    ["Tuần 2 tháng 6/2024", "2024-06-14"],
    ["tuần 4 tháng 2 năm 2026", "2026-02-28"],
  ])("%s is due on %s, the week's last day counted from the 1st", (wording, due) => {
    expect(dueOf(wording)).toBe(due);
  });

  it("takes the plan's year when none is written", () => {
    const parsed = parseInPlanYear("Tuần đầu tháng 10", "2027-01-20");
    expect(parsed.ok && parsed.deadline.due).toBe("2027-10-07");
    const numbered = parseInPlanYear("Tuần 3 tháng 5", "2027-01-20");
    expect(numbered.ok && numbered.deadline.due).toBe("2027-05-21");
  });

  it("starts its wording at the week inside a sentence", () => {
    const wording = findDeadlineWording("Phòng Tư pháp tổng hợp, báo cáo trong tuần đầu tháng 6/2027.");
    expect(wording).toBe("tuần đầu tháng 6/2027");
    expect(dueOf(wording!)).toBe("2027-06-07");
    expect(findDeadlineWording("Các huyện báo cáo kết quả trong tuần 2 tháng 7/2027.")).toBe("tuần 2 tháng 7/2027");
  });
});

describe("before the last day of a month", () => {
  it.each([
    ["Trước ngày cuối cùng của tháng 4/2027", "2027-04-29"],
    ["trước ngày cuối tháng 02/2028", "2028-02-28"],
    ["Trước ngày cuối cùng của tháng 12 năm 2026", "2026-12-30"],
  ])("%s is due the day before the month's last: %s", (wording, due) => {
    expect(dueOf(wording)).toBe(due);
  });

  it("is the month's last day without 'trước'", () => {
    expect(dueOf("ngày cuối cùng của tháng 4/2027")).toBe("2027-04-30");
  });

  it("reports a month that does not exist", () => {
    const parsed = parseDeadline("Trước ngày cuối cùng của tháng 13/2027");
    expect(!parsed.ok && parsed.code === "invalid-date" && parsed.why).toMatchObject({
      fault: "no-such-month",
      month: 13,
    });
  });

  it("is found inside a sentence", () => {
    expect(findDeadlineWording("Các phòng gửi báo cáo trước ngày cuối cùng của tháng 8/2027.")).toBe(
      "trước ngày cuối cùng của tháng 8/2027",
    );
  });
});

describe("the last day of a month written out", () => {
  it("is a day of its own, so it wins over a week of an earlier step in the same sentence", () => {
    const wording = findDeadlineWording(
      "Mở cuộc thi trong tuần đầu tháng 9/2027, chấm điểm và công bố kết quả chậm nhất ngày cuối cùng của tháng 10/2027.",
    );
    const parsed = wording ? parseDeadline(wording) : null;
    expect(parsed?.ok && parsed.deadline.due).toBe("2027-10-31");
  });
});
