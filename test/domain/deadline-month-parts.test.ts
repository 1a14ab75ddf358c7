// A deadline named by a part of a month: its last day ("ngày cuối cùng của tháng"), one of its weeks or thirds,
// its beginning, middle or end; and a date written in words.
import { describe, expect, it } from "vitest";
import { parseDeadline } from "../../src/domain/deadline.ts";
import { findDeadlineWording } from "../../src/domain/deadline-wording.ts";
import { findYearlessDay, parseInPlanYear } from "../../src/domain/plan-year.ts";

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

describe("a third or a part of a month", () => {
  it.each([
    ["hoàn thành trong thượng tuần tháng 3/2027", "2027-03-10"],
    ["trung tuần tháng 3/2027", "2027-03-20"],
    ["Hạ tuần tháng 2 năm 2027", "2027-02-28"],
    ["xong vào giữa tháng 7/2027", "2027-07-15"],
    ["đầu tháng 12/2027", "2027-12-10"],
    ["cuối tháng 4/2027", "2027-04-30"],
    ["tuần đầu tháng 4/2027", "2027-04-07"],
  ])("%s is due on %s", (wording, day) => expect(due(wording)).toBe(day));

  it("is read whole inside a sentence, and given back as written, its month in words", () => {
    const sentence = "Sở Y tế triển khai bệnh án điện tử tại các bệnh viện vào cuối tháng Mười năm 2027.";
    expect(findDeadlineWording(sentence)).toBe("cuối tháng Mười năm 2027");
    expect(due(findDeadlineWording(sentence)!)).toBe("2027-10-31");
  });

  it("is no deadline where the work starts from it", () => {
    expect(findDeadlineWording("Các huyện triển khai từ đầu tháng 4 năm 2027 theo hướng dẫn.")).toBeNull();
  });

  it("takes the plan's year when none is written, the month in words", () => {
    const wording = findYearlessDay("Sở Tư pháp rà soát văn bản; xong vào giữa tháng Tám.");
    expect(wording).toBe("giữa tháng Tám");
    const read = parseInPlanYear(wording!, "2027-06-20");
    expect(read.ok && read.deadline.due).toBe("2027-08-15");
    expect(read.ok && read.deadline.text).toBe("giữa tháng Tám");
  });
});

describe("a date written all in words", () => {
  it("reads the year in words and a month whose second word is in lower case", () => {
    const sentence =
      "Sở Nội vụ tổng hợp, báo cáo trước ngày hai mươi lăm tháng Mười một năm hai nghìn không trăm hai mươi bảy.";
    const wording = findDeadlineWording(sentence)!;
    expect(wording).toBe("trước ngày hai mươi lăm tháng Mười một năm hai nghìn không trăm hai mươi bảy");
    expect(due(wording)).toBe("2027-11-24");
    expect(due("ngày mồng năm tháng Giêng năm hai ngàn không trăm hai mươi tám")).toBe("2028-01-05");
  });
});
