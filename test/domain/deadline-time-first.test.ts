// A sheet's date-time cell shows the hour before the day ("hh:mm dd/mm/yyyy"), as a typist may write it too ("8h30,
// 05/3/2026"): the work is due on that day, the hour only saying when in it.
import { describe, expect, it } from "vitest";
import { parseDeadline } from "../../src/domain/deadline.ts";

const due = (wording: string) => {
  const parsed = parseDeadline(wording);
  return parsed.ok ? parsed.deadline.due : null;
};

describe("an hour written before its day", () => {
  it.each([
    ["17:30 04/06/2026", "2026-06-04"],
    ["9h 12/3/2026", "2026-03-12"],
    ["8h30, 05/3/2026", "2026-03-05"],
    ["14 giờ 15 phút 20/8/2026", "2026-08-20"],
    ["07:00 ngày 01/7/2026", "2026-07-01"],
  ])("%s is due that day", (wording, day) => {
    expect(due(wording)).toBe(day);
  });

  it("reads no hour where none is written: days listed, an hour past the day's, an hour alone", () => {
    expect(due("Ngày 14, 15/4/2026")).toBe("2026-04-15");
    expect(due("26:00 04/06/2026")).toBeNull();
    expect(due("17:30")).toBeNull();
  });

  it("reads a 100 KB cell of hours in bounded work", () => {
    const long = `${"17:30 ".repeat(20_000)}04/06/2026`;
    expect(long.length).toBeGreaterThan(100_000);
    expect(due(long)).toBeNull();
    const cells = Array.from(
      { length: 10_000 },
      (_, i) => `${i % 24}:${String(i % 60).padStart(2, "0")} ${(i % 28) + 1}/5/2026`,
    );
    for (const cell of cells) expect(due(cell)).toMatch(/^2026-05-/);
  });
});
