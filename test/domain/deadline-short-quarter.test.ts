// A table short of room writes the quarter as "Q" and its numeral, as it writes the month "T9/2022".
import { describe, expect, it } from "vitest";
import { parseDeadline } from "../../src/domain/deadline.ts";

describe("a quarter shortened to Q", () => {
  it.each([
    ["QIII/2027", "2027-09-30"],
    ["QI/2028", "2028-03-31"],
    ["Q4/2027", "2027-12-31"],
    ["Hoàn thành QII / 2027", "2027-06-30"],
  ])("%s is due at the quarter's end, %s", (wording, due) => {
    const parsed = parseDeadline(wording);
    expect(parsed.ok && [parsed.deadline.due, parsed.deadline.kind]).toEqual([due, "quarter"]);
  });

  it("is no quarter inside a word or without its year", () => {
    expect(parseDeadline("QĐ/2027").ok).toBe(false);
    expect(parseDeadline("QIII").ok).toBe(false);
  });
});
