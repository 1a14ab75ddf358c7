// Text made to make a regex backtrack: each once held the reader for seconds to minutes on a few kilobytes
// (the lint rule regexp/no-super-linear-backtracking now keeps such regexes out). Only what is read is asserted;
// on the old regexes these tests ran into vitest's time limit.
import { describe, expect, it } from "vitest";
import { readAbbreviations } from "../../src/plan/abbreviations.ts";
import { markerOf } from "../../src/plan/numbering.ts";

const spaces = (n: number) => " ".repeat(n);

describe("regexes over hostile text", () => {
  it("reads a numbered line whose number is followed by 100,000 spaces and a line break as no heading", () => {
    // `^I\.\s*(.+)$` took 5 s on 50 KB of it.
    expect(markerOf(`I.${spaces(100_000)}\n`, null)).toBeNull();
    expect(markerOf(`I.${spaces(100_000)}MỤC ĐÍCH`, null)).toMatchObject({ kind: "roman", ref: "I", rest: "MỤC ĐÍCH" });
  });

  it("reads no abbreviation from a bracket opened by 'sau đây viết tắt là' and 20,000 spaces", () => {
    // `là\s+([^()]{2,40}?)\s*\)` took 58 s on 20 KB of it.
    const text = `Phòng Kinh tế (sau đây viết tắt là${spaces(20_000)}x`;
    expect(readAbbreviations([{ type: "text", text } as never])).toEqual(new Map());
  });
});
