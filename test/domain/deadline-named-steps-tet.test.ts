// A time written as named steps is due with its last; "trước Tết Nguyên đán" of a named year is the day before Tết.
import { describe, expect, it } from "vitest";
import { parseDeadline } from "../../src/domain/deadline.ts";
import { tetDay } from "../../src/domain/lunar-new-year.ts";

const due = (wording: string) => {
  const read = parseDeadline(wording);
  return read.ok ? read.deadline.due : null;
};

describe("a time of named steps", () => {
  it.each([
    ["Khởi động: 03/3; Kết thúc: 28/4/2027", "2027-04-28"],
    ["Khảo sát: tháng 3/2027; Báo cáo: tháng 5/2027", "2027-05-31"],
    ["Lấy ý kiến: 12/5; Trình ký: 02/6/2027", "2027-06-02"],
  ])("%s is due with its last step, %s", (wording, day) => expect(due(wording)).toBe(day));

  it("dates nothing when the steps name units, or the last step gives no day", () => {
    expect(due("Chủ trì: Sở Y tế; Phối hợp: Sở Nội vụ")).toBeNull();
    expect(due("Khởi động: 03/3/2027; Kết thúc: khi có chỉ đạo")).toBeNull();
  });
});

describe("before Tết Nguyên đán", () => {
  it.each([
    ["Trước Tết Nguyên đán Đinh Mùi", "2027-02-05"],
    ["trước Tết Mậu Thân", "2028-01-25"],
    ["Hoàn thành trước Tết Nguyên đán năm 2029", "2029-02-12"],
    ["Trước Tết Nguyên đán Giáp Thìn", "2024-02-09"],
  ])("%s is the day before mùng 1 Tết, %s", (wording, day) => expect(due(wording)).toBe(day));

  it("dates no Tết whose year is not written, nor work after or around it", () => {
    expect(due("Trước Tết Nguyên đán")).toBeNull();
    expect(due("Sau Tết Nguyên đán Đinh Mùi")).toBeNull();
    expect(due("Trước, trong và sau Tết Nguyên đán Đinh Mùi")).toBeNull();
  });

  it("tells the lunar year by its stem and branch: Tý and Tỵ fold alike", () => {
    expect(tetDay("canh ty", null)).toBe("2020-01-25");
    expect(tetDay("at ty", null)).toBe("2025-01-29");
    expect(tetDay("at ngo", null)).toBeNull();
    // Vietnam's calendar (UTC+7) has the new moon of 2 February 2030 at 23:07, a day before China's New Year.
    expect(tetDay(null, 2030)).toBe("2030-02-02");
  });
});
