// A PDF's struck-through text: the characters a strike runs over go, the words after it keep their places.
import { describe, expect, it } from "vitest";
import type { PageGlyphs } from "../../src/plan/pdf/fallback-fonts.ts";
import type { Rule, TextRun } from "../../src/plan/pdf/geometry.ts";
import { withoutStruckText } from "../../src/plan/pdf/struck.ts";

// Every glyph half an em wide, a space a quarter.
const widths = new Map([..."abcdefghijklmnopqrstuvwxyzàáạăđêếệôơưọ0123456789/.,"].map((c) => [c, 0.5]));
widths.set(" ", 0.25);
const page: PageGlyphs = new Map([["F", { widths, text: "", spaced: [], gaps: [] }]]);
const natural = (text: string, size: number) => [...text].reduce((sum, c) => sum + widths.get(c)! * size, 0);
const strike = (x1: number, x2: number, y: number): Rule => ({ x1, x2, y1: y, y2: y });

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
    const runs: TextRun[] = Array.from({ length: 5000 }, (_, i) => ({
      text: "ngay 10/6/2025 ngay 20/6/2025",
      x: 60,
      y: 20 + i * 15,
      width: natural("ngay 10/6/2025 ngay 20/6/2025", 10),
      size: 10,
      font: "F",
    }));
    const rules = runs.map((r) => strike(60, 60 + natural("ngay 10/6/2025", 10), r.y - 3));
    const out = withoutStruckText(runs, rules.slice(0, 50), page);
    expect(out.filter((r) => r.text.includes("20/6")).length).toBe(5000);
  });
});
