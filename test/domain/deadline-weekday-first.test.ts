// A day written with its weekday before it ("Thứ Ba, 09/07/2024", "trước Chủ nhật, 14/7/2024"), as Word's date picker
// shows a date in its long format and some typists write it, is that day: the weekday is no part of the date.
import { describe, expect, it } from "vitest";
import { parseDeadline } from "../../src/domain/deadline.ts";
import { weekdayCells } from "../support/large-inputs.ts";

const due = (wording: string) => {
  const parsed = parseDeadline(wording);
  return parsed.ok ? parsed.deadline.due : null;
};

describe("a day with its weekday first", () => {
  it.each([
    ["Thứ Ba, 09/07/2024", "2024-07-09"],
    ["thứ 6, 12/7/2024", "2024-07-12"],
    ["Chậm nhất Thứ Bảy, 13/07/2024", "2024-07-13"],
    ["Chủ nhật, ngày 14 tháng 7 năm 2024", "2024-07-14"],
  ])("%s is due that day", (wording, day) => {
    expect(due(wording)).toBe(day);
  });

  it("keeps the eve of a day named after 'trước'", () => {
    expect(due("Hoàn thành trước Thứ Tư, 17/07/2024")).toBe("2024-07-16");
  });

  it("leaves a weekday with no day after it undated", () => {
    expect(due("Thứ Hai hằng tuần")).toBeNull();
  });

  it("reads 20,000 cells, and a long one", () => {
    const { cells, long } = weekdayCells(20000);
    for (const cell of cells) expect(due(cell)).not.toBeNull();
    expect(parseDeadline(long)).toMatchObject({
      ok: false,
      code: "no-date",
    });
  });
});
