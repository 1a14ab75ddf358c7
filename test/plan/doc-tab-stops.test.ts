// A .doc's tab stops: a style's sprmPChgTabsPapx and a paragraph's sprmPChgTabs delete and add stops over its base's;
// counts the operand cannot hold change nothing, whatever a crafted file says.
import { describe, expect, it } from "vitest";
import { applyTabs } from "../../src/plan/doc/styles.ts";

/** A sprm with a one-byte size before its operand. */
const sprm = (code: number, operand: number[]) => {
  const out = Buffer.alloc(3 + operand.length);
  out.writeUInt16LE(code, 0);
  out[2] = operand.length;
  Buffer.from(operand).copy(out, 3);
  return out;
};
const int16 = (n: number) => [n & 0xff, (n >> 8) & 0xff];

describe("tab stops in a .doc", () => {
  it("adds a style's stops with their alignment and lets a paragraph delete one and add its own", () => {
    // Style: stops at 700 (left) and 10200 (right); paragraph: 700 deleted (tolerance 0), 5000 added (decimal).
    const style = applyTabs([], sprm(0xc60d, [0, 2, ...int16(700), ...int16(10200), 0, 2]));
    expect(style).toEqual([
      { pos: 700, align: "left" },
      { pos: 10200, align: "right" },
    ]);
    const paragraph = applyTabs(style, sprm(0xc615, [1, ...int16(700), ...int16(0), 1, ...int16(5000), 3]));
    expect(paragraph).toEqual([
      { pos: 5000, align: "decimal" },
      { pos: 10200, align: "right" },
    ]);
  });

  it("changes nothing when the counts claim more stops than the operand holds", () => {
    const stops = [{ pos: 700, align: "left" as const }];
    expect(applyTabs(stops, sprm(0xc60d, [0, 250, ...int16(1000)]))).toEqual(stops);
    expect(applyTabs(stops, sprm(0xc615, [255, 0, 0]))).toEqual(stops);
  });

  it("reads a style of 64 stops, Word's most, and a list of thousands of changes in time", () => {
    const many = Array.from({ length: 64 }, (_, k) => int16(100 * (k + 1))).flat();
    const grpprl = Buffer.concat(
      Array.from({ length: 5000 }, () => sprm(0xc60d, [0, 64, ...many, ...Array<number>(64).fill(0)])),
    );
    expect(applyTabs([], grpprl)).toHaveLength(64);
  });
});
