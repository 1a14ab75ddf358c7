// A spreadsheet's serial as a day, one way for every reader of workbooks: the 1900 system with its leap day that never
// was, the 1904 system, and serials no day answers.
import { describe, expect, it } from "vitest";
import { isoSerial, serialDay, serialMoment } from "../../src/domain/serial-day.ts";

describe("a spreadsheet's serial as a day", () => {
  it("counts the 1900 system as Excel does, around its 29 February 1900", () => {
    expect([1, 59, 61, 62].map((serial) => serialDay(serial))).toEqual([
      "1900-01-01",
      "1900-02-28",
      "1900-03-01",
      "1900-03-02",
    ]);
    // Day 60 is 29/2/1900, which never was: no day, whatever its time.
    expect(serialDay(60)).toBeNull();
    expect(serialMoment(60.5)).toBeNull();
    expect(serialDay(36_526)).toBe("2000-01-01");
    expect(serialDay(45_961)).toBe("2025-10-31");
  });

  it("keeps the time of day in the fraction, and a time with no day on day 0", () => {
    expect(serialMoment(45_961.75)?.toISOString()).toBe("2025-10-31T18:00:00.000Z");
    expect(serialMoment(0.5)?.toISOString()).toBe("1899-12-31T12:00:00.000Z");
  });

  it("counts the 1904 system from 1 January 1904, with no day missing", () => {
    expect(serialDay(0, { date1904: true })).toBe("1904-01-01");
    expect(serialDay(60, { date1904: true })).toBe("1904-03-01");
    expect(serialDay(45_961 - 1_462, { date1904: true })).toBe("2025-10-31");
  });

  it("answers no day for a serial out of range", () => {
    expect(serialDay(2_958_465)).toBe("9999-12-31");
    for (const serial of [-1, -0.5, 2_958_466, 1e20, Number.NaN, Number.POSITIVE_INFINITY])
      expect(serialDay(serial)).toBeNull();
    expect(serialDay(2_958_465 - 1_462, { date1904: true })).toBe("9999-12-31");
    expect(serialDay(2_958_466 - 1_462, { date1904: true })).toBeNull();
    expect(serialDay(-1, { date1904: true })).toBeNull();
  });

  it("turns a day written in ISO back into its serial, the reverse of the count", () => {
    expect(isoSerial("2025-10-31")).toBe(45_961);
    expect(isoSerial("2025-10-31T18:00:00.000")).toBe(45_961.75);
    expect(["1900-01-01", "1900-02-28", "1900-03-01"].map((day) => isoSerial(day))).toEqual([1, 59, 61]);
    expect(isoSerial("1899-12-31T08:30:00")).toBeCloseTo(8.5 / 24);
    expect(isoSerial("2025-10-31", { date1904: true })).toBe(45_961 - 1_462);
    expect(isoSerial("1899-12-30")).toBeNull();
    expect(isoSerial("1903-12-31", { date1904: true })).toBeNull();
    expect(isoSerial("31/10/2025")).toBeNull();
    for (const serial of [1, 59, 61, 45_961.75])
      expect(isoSerial(serialMoment(serial)!.toISOString().slice(0, 19))).toBe(serial);
  });
});
