// Lists a hostile plan makes long: appended one by one, never spread into a call's arguments.
import { describe, expect, it } from "vitest";
import { append } from "../../src/domain/collections.ts";

describe("append", () => {
  it("adds a list of hundreds of thousands of items, which spreading into push overflows", () => {
    const many = Array.from({ length: 300_000 }, (_, i) => i);
    expect(() => [0].push(...many)).toThrow(RangeError);
    const target = append([-1], many);
    expect(target.length).toBe(300_001);
    expect(target.at(-1)).toBe(299_999);
  });
});
