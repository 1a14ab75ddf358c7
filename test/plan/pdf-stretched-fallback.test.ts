// Text a drawing's box stretches to fit (LibreOffice prints a SmartArt diagram's boxes so) is drawn wider than its
// height: each glyph advances by the stretched size. Its main font's words and the fallback font's letters between
// them ("t nh" and "ỉ") are placed by those advances, so the letter falls inside its word again.
import { describe, expect, it } from "vitest";
import type { PageGlyphs } from "../../src/plan/pdf/fallback-fonts.ts";
import { untangleFallbackFonts } from "../../src/plan/pdf/fallback-fonts.ts";
import type { TextRun } from "../../src/plan/pdf/geometry.ts";

const glyphs: PageGlyphs = new Map([
  [
    "main",
    {
      widths: new Map([
        ["t", 0.3],
        ["n", 0.5],
        ["h", 0.5],
        [" ", 0.25],
      ]),
      text: "",
      spaced: [],
      gaps: [],
    },
  ],
  ["fallback", { widths: new Map([["ỉ", 0.3]]), text: "", spaced: [], gaps: [] }],
]);

/** "t nh" and its "ỉ" on line `y`, glyphs 12 high stretched to advance as 25 wide ones. */
const stretchedLine = (y: number): TextRun[] => [
  { text: "t nh", x: 100, y, width: 40, size: 12, across: 25, font: "main" },
  { text: "ỉ", x: 107.5, y, width: 7.5, size: 12, across: 25, font: "fallback" },
];

const placed = (runs: TextRun[]) => runs.map((r) => [r.text, r.x]).sort((a, b) => Number(a[1]) - Number(b[1]));

describe("a stretched line drawn in two fonts", () => {
  it("places the main font's words by the stretched advances, the fallback letter between them", () => {
    expect(placed(untangleFallbackFonts(stretchedLine(100), glyphs))).toEqual([
      ["t", 100],
      ["ỉ", 107.5],
      ["nh", 115],
    ]);
  });

  it("on thousands of lines places each", () => {
    const runs = Array.from({ length: 3000 }, (_, i) => stretchedLine(100 + i * 20)).flat();
    const out = untangleFallbackFonts(runs, glyphs);
    expect(out).toHaveLength(9000);
    expect(out.filter((r) => r.text === "nh").every((r) => r.x === 115)).toBe(true);
  });
});
