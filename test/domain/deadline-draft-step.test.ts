// A time cell giving a draft's day and then another step's is due with the step after the draft; a month a table
// short of room writes "T" and its number is that month.
import { describe, expect, it } from "vitest";
import { parseDeadline } from "../../src/domain/deadline.ts";
import { findDeadlineWording } from "../../src/domain/deadline-wording.ts";

const due = (wording: string) => {
  const parsed = parseDeadline(wording);
  return parsed.ok ? parsed.deadline.due : null;
};

describe("a draft's day, then the step after it", () => {
  it.each([
    ["Dự thảo: 10/4/2027 Ban hành: 25/5/2027", "2027-05-25"],
    ["Hoàn thiện dự thảo trước 15/3/2027; trình HĐND tỉnh trước 20/4/2027", "2027-04-19"],
    ["Dự thảo quy chế: tháng 2/2027; Ký ban hành: tháng 4/2027", "2027-04-30"],
  ])("%s is due with the later step, %s", (wording, day) => {
    expect(due(wording)).toBe(day);
  });

  it("is the draft's day when no dated step follows it", () => {
    expect(due("Trình dự thảo trước 30/6/2027")).toBe("2027-06-29");
    expect(due("Hoàn thành dự thảo trước ngày 16/10/2027 để trình kỳ họp cuối năm")).toBe("2027-10-15");
  });
});

describe("a sentence of prose giving a draft's (or a pilot's) day and then another step's", () => {
  const found = (sentence: string) => {
    const wording = findDeadlineWording(sentence);
    return wording === null ? null : due(wording);
  };

  it.each([
    [
      "Sở Y tế xây dựng dự thảo Quy chế, gửi xin ý kiến trước ngày 12/2/2027, trình ban hành trước ngày 20/3/2027.",
      "2027-03-19",
    ],
    ["Thời hạn: hoàn thành dự thảo trong tháng 5/2027; trình UBND tỉnh chậm nhất ngày 10/7/2027.", "2027-07-10"],
    [
      "Thí điểm tại 5 xã từ tháng 3/2027; kết thúc thí điểm trước ngày 30/6/2027; nhân rộng trong quý III/2027.",
      "2027-09-30",
    ],
  ])("%s is due with the later step, %s", (sentence, day) => {
    expect(found(sentence)).toBe(day);
  });

  it("keeps the draft's day when what follows is its purpose or the end of its span", () => {
    expect(found("Hoàn thành dự thảo trước ngày 20/9/2027 để trình HĐND tỉnh tại kỳ họp cuối năm 2027.")).toBe(
      "2027-09-19",
    );
    expect(found("Lấy ý kiến dự thảo từ ngày 02/8 đến ngày 25/8/2027; trình HĐND tỉnh trước ngày 30/9/2027.")).toBe(
      "2027-09-29",
    );
  });
});

describe("a month written T and its number", () => {
  it.each([
    ["T3/2027", "2027-03-31"],
    ["T11/2027", "2027-11-30"],
    ["Trong T2/2028", "2028-02-29"],
  ])("%s is due on the month's last day, %s", (wording, day) => {
    expect(due(wording)).toBe(day);
  });

  it("is no month inside a word or a number", () => {
    expect(due("KT3/2027")).toBeNull();
  });
});
