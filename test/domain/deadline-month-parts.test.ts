// A deadline named by a part of a month: its last day ("ngày cuối cùng của tháng"), or one of its weeks.
import { describe, expect, it } from "vitest";
import { findDeadlineWording, parseDeadline } from "../../src/domain/deadline.ts";

const due = (wording: string) => {
  const parsed = parseDeadline(wording);
  return parsed.ok ? parsed.deadline.due : parsed.code;
};

describe("the last day of a month", () => {
  it.each([
    ["chậm nhất ngày cuối cùng của tháng 2/2028", "2028-02-29"],
    ["Hoàn thành ngày cuối cùng tháng 11 năm 2027", "2027-11-30"],
    ["trước ngày cuối cùng của tháng 9/2027", "2027-09-29"],
  ])("%s is due on %s", (wording, day) => expect(due(wording)).toBe(day));

  it("leaves a month that does not exist to be reported", () => {
    expect(due("chậm nhất ngày cuối cùng của tháng 13/2027")).toBe("invalid-date");
  });

  it("dates a sentence, before a later month named for something else", () => {
    const sentence =
      "Sở Y tế tổng kết, gửi Sở Nội vụ trước ngày cuối cùng của tháng 8/2027 để báo cáo trong tháng 9/2027.";
    expect(due(findDeadlineWording(sentence)!)).toBe("2027-08-30");
  });
});

describe("a week of a month", () => {
  it.each([
    ["trong tuần đầu tháng 6/2027", "2027-06-07"],
    ["Tuần đầu tiên của tháng 02 năm 2028", "2028-02-07"],
    ["tuần thứ hai của tháng 6/2027", "2027-06-14"],
    ["tuần cuối tháng 6/2027", "2027-06-30"],
  ])("%s is due on %s", (wording, day) => expect(due(wording)).toBe(day));

  it("is read whole inside a sentence, not as the month it names", () => {
    const sentence = "Các phòng gửi kế hoạch về Văn phòng (qua bộ phận tổng hợp) trong tuần đầu tháng 4/2027.";
    expect(findDeadlineWording(sentence)).toBe("tuần đầu tháng 4/2027");
  });

  it("yields to a day a later step of the work is due by", () => {
    const sentence = "Phát động hội thi trong tuần đầu tháng 4/2027, chấm và trao giải chậm nhất ngày 20/5/2027.";
    expect(due(findDeadlineWording(sentence)!)).toBe("2027-05-20");
  });
});
