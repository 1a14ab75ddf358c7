// A day written with its weekday in brackets after it is a day of the calendar, whatever word leads to it.
import { describe, expect, it } from "vitest";
import { findYearlessDay, parseInPlanYear } from "../../src/domain/plan-year.ts";
import { yearlessDays } from "../support/large-inputs.ts";

const dueOf = (sentence: string, issued: string) => {
  const wording = findYearlessDay(sentence);
  if (!wording) return null;
  const read = parseInPlanYear(wording, issued as never);
  return read.ok ? read.deadline.due : null;
};

describe("days given with their weekday", () => {
  it("read a day with no lead word when its weekday follows it in brackets", () => {
    expect(
      dueOf("Đoàn Thanh niên tổ chức ra quân vào ngày 22 tháng 3 (Chủ nhật), phối hợp với Công an xã.", "2026-02-10"),
    ).toBe("2026-03-22");
    expect(dueOf("Các chi hội tổng hợp danh sách, xong ngày 04/9 (thứ Sáu).", "2026-08-01")).toBe("2026-09-04");
    expect(dueOf("Hội nghị sơ kết tổ chức ngày 08 tháng 01 (thứ 5) tại hội trường.", "2026-11-20")).toBe("2027-01-08");
  });

  it("take the closing day of an event given its opening and closing days", () => {
    expect(
      dueOf(
        "Tổ chức Tuần lễ văn hóa: khai mạc ngày 03 tháng 6 (thứ Tư), bế mạc ngày 07 tháng 6 (Chủ nhật).",
        "2026-04-01",
      ),
    ).toBe("2026-06-07");
  });

  it("read no bare day without its weekday, nor a weekday without a day", () => {
    expect(findYearlessDay("Kỷ niệm ngày 15 tháng 7 truyền thống của ngành.")).toBeNull();
    expect(findYearlessDay("Họp giao ban vào thứ Hai (hằng tuần).")).toBeNull();
  });

  it("read a long paragraph of dated days", () => {
    expect(findYearlessDay(yearlessDays(20000))).toBe("ngày 1 tháng 5");
  });
});
