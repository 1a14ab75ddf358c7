// A line of a PDF table that the writer showed as one run across a column's border: each part
// belongs to the cell it stands in; a border crossing a cell's text strikes nothing out.
import { describe, expect, it } from "vitest";
import type { PageGlyphs } from "../../src/plan/pdf/fallback-fonts.ts";
import type { Rule, TextRun } from "../../src/plan/pdf/geometry.ts";
import { withoutStruckText } from "../../src/plan/pdf/struck.ts";
import { findTables, placeRun, tableRows } from "../../src/plan/pdf/tables.ts";

// A grid of one row and three columns: borders at x = 50, 200, 300, 420; rows at y = 100, 160.
const rules: Rule[] = [
  ...[100, 160].map((y) => ({ x1: 50, y1: y, x2: 420, y2: y })),
  ...[50, 200, 300, 420].map((x) => ({ x1: x, y1: 100, x2: x, y2: 160 })),
];
const run = (text: string, x: number, y: number, width: number): TextRun => ({
  text,
  x,
  y,
  width,
  size: 10,
  font: "F",
});

describe("a run that crosses a column's border", () => {
  it("is split at the space nearest the border, each part in its own cell", () => {
    const [table] = findTables(rules);
    // "Quý III/2025" ends the middle cell's first line; "tỉnh" is the second line of the cell beside it.
    const runs = [run("Sở Nội vụ", 56, 115, 50), run("Quý III/2025 tỉnh", 206, 129, 118), run("Công an", 306, 115, 40)];
    expect(runs.every((r) => placeRun(table!, r))).toBe(true);
    expect(tableRows(table!, 1)).toEqual([["Sở Nội vụ", "Quý III/2025", "Công an tỉnh"]]);
  });

  it("leaves a run inside one cell whole", () => {
    const [table] = findTables(rules);
    expect(placeRun(table!, run("Trước ngày 15/9/2025", 206, 115, 88))).toBe(true);
    expect(tableRows(table!, 1)).toEqual([["", "Trước ngày 15/9/2025", ""]]);
  });
});

describe("a cell's text drawn past its row's height", () => {
  // A worksheet printed at a fixed row height: the cell's second line "Nguyên" sits on the row's lower border.
  const glyphs: PageGlyphs = new Map([
    ["F", { widths: new Map([..."Nguyên 30/4"].map((c) => [c, 0.5])), text: "", spaced: [], gaps: [] }],
  ]);

  it("is crossed by the table's border, never struck through", () => {
    const crossed = run("Nguyên", 206, 162, 30);
    expect(withoutStruckText([crossed], rules, glyphs)).toEqual([crossed]);
  });

  it("is struck through by a line of its own", () => {
    const strike = { x1: 206, y1: 130, x2: 231, y2: 130 };
    expect(withoutStruckText([run("30/4", 206, 133, 20)], [...rules, strike], glyphs)).toEqual([]);
  });
});
