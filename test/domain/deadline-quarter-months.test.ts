// Time cells name a month by its place in a quarter ("tháng cuối quý III") and write a span of quarters with one
// word "Quý" ("Quý II-III/2025"): the month is the one it names, and the span ends with its last quarter.
import { describe, expect, it } from "vitest";
import { parseDeadline } from "../../src/domain/deadline.ts";
import { findDeadlineWording } from "../../src/domain/deadline-wording.ts";
import { parseInPlanYear } from "../../src/domain/plan-year.ts";

const due = (wording: string) => {
  const read = parseDeadline(wording);
  return read.ok ? [read.deadline.due, read.deadline.kind] : read.code;
};

describe("a month named by its place in a quarter", () => {
  it.each([
    ["Ngày 25 của tháng cuối quý I/2027", ["2027-03-25", "on"]],
    ["ngày 10 tháng đầu quý IV/2027", ["2027-10-10", "on"]],
    ["Ngày 5 của tháng thứ hai của quý II năm 2027", ["2027-05-05", "on"]],
    ["Trước ngày 12 của tháng cuối quý 2/2027", ["2027-06-11", "before"]],
    ["Tháng giữa quý III/2027", ["2027-08-31", "month"]],
  ])("%s is due %j", (wording, expected) => {
    expect(due(wording)).toEqual(expected);
  });

  it("dates a day the month does not have as no day", () => {
    expect(due("Ngày 31 của tháng cuối quý III/2027")).toBe("invalid-date");
  });

  it("takes the plan's year when the cell writes none", () => {
    const read = parseInPlanYear("Ngày 25 của tháng cuối quý III", "2027-01-20");
    expect(read.ok && read.deadline.due).toBe("2027-09-25");
  });

  it("is found in a sentence after 'trước ngày', where a quarter of no numeral names no month", () => {
    expect(findDeadlineWording("Gửi số liệu về Sở, xong trước ngày 12 của tháng cuối quý II/2027.")).toBe(
      "trước ngày 12 của tháng cuối quý II/2027",
    );
    expect(findDeadlineWording("Báo cáo trước ngày 12 của tháng cuối quý.")).toBeNull();
  });
});

describe("a span of quarters under one word Quý", () => {
  it.each([
    ["Quý I-II/2027", "2027-06-30"],
    ["Quý III - IV năm 2027", "2027-12-31"],
    ["Quý 2-3/2027", "2027-09-30"],
  ])("%s ends with its last quarter, %s", (wording, day) => {
    expect(due(wording)).toEqual([day, "quarter"]);
  });

  it("takes the plan's year when the cell writes none, and is found in a sentence", () => {
    const read = parseInPlanYear("Quý I-II", "2027-01-20");
    expect(read.ok && read.deadline.due).toBe("2027-06-30");
    expect(findDeadlineWording("Lắp đặt biển báo trong Quý I-II/2027.")).toBe("Quý I-II/2027");
  });
});

describe("a day of a month named by its place in a quarter, in a sentence", () => {
  it("dates the sentence from the day, not from the quarter's end", () => {
    const wording = (sentence: string) => findDeadlineWording(sentence);
    expect(wording("Sở Tư pháp báo cáo kết quả rà soát, hoàn thành ngày 20 của tháng cuối quý III/2027.")).toBe(
      "ngày 20 của tháng cuối quý III/2027",
    );
    expect(due(wording("Sở Tài chính tổng hợp số liệu, thời hạn: ngày 15 tháng cuối quý II năm 2027.")!)).toEqual([
      "2027-06-15",
      "on",
    ]);
  });
});
