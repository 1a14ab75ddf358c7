// A PDF's struck-through text: the characters a strike runs over go, the words after it keep their places.
import { describe, expect, it } from "vitest";
import type { TextRun } from "../../src/plan/pdf/geometry.ts";
import { withoutStruckText } from "../../src/plan/pdf/struck.ts";
import { natural, strike, STRUCK_PAGE, struckRuns } from "../support/large-file-inputs.ts";

// Every glyph half an em wide, a space a quarter.
const page = STRUCK_PAGE;

describe("a strike in a justified line", () => {
  it("leaves the words after it where they stand, a blank where the struck ones stood", () => {
    const text = "han 30/4/2025 ngay 15/5/2025 xong";
    const size = 10;
    // Justified: drawn 20% wider than its glyphs.
    const run: TextRun = { text, x: 100, y: 500, width: natural(text, size) * 1.2, size, font: "F" };
    const before = natural("han ", size) * 1.2;
    const struck = natural("30/4/2025", size) * 1.2;
    const out = withoutStruckText([run], [strike(100 + before, 100 + before + struck, 497)], page);
    expect(out.map((r) => r.text)).toEqual(["han ", " ", " ngay 15/5/2025 xong"]);
    const last = out.at(-1)!;
    expect(last.x + last.width).toBeCloseTo(run.x + run.width, 3);
    expect(out[1]!.x).toBeCloseTo(100 + before, 3);
  });

  it("drops a run struck whole, and keeps one no strike crosses", () => {
    const run: TextRun = { text: "quy 2/2025", x: 50, y: 300, width: natural("quy 2/2025", 12), size: 12, font: "F" };
    expect(withoutStruckText([run], [strike(49, 50 + run.width + 1, 297)], page)).toEqual([]);
    expect(withoutStruckText([run], [strike(49, 50 + run.width + 1, 290)], page)).toEqual([run]);
  });

  it("cuts thousands of runs at once", () => {
    const { runs, rules } = struckRuns(5000);
    const out = withoutStruckText(runs, rules, page);
    expect(out.filter((r) => r.text.includes("20/6")).length).toBe(5000);
  });
});
