// A hyperlink in a table's cell is drawn underlined: its line, just under the words' baseline and no wider than
// they are, is no border of the row, which stays one row.
import { describe, expect, it } from "vitest";
import type { Rule, TextRun } from "../../src/plan/pdf/geometry.ts";
import { findTables, placeRun, tableRows, withoutUnderlines } from "../../src/plan/pdf/tables.ts";

// One row of two columns: walls at x = 40, 200, 400; floors at y = 100, 140.
const grid: Rule[] = [
  ...[100, 140].map((y) => ({ x1: 40, y1: y, x2: 400, y2: y })),
  ...[40, 200, 400].map((x) => ({ x1: x, y1: 100, x2: x, y2: 140 })),
];
const run = (text: string, x: number, y: number, width: number): TextRun => ({
  text,
  x,
  y,
  width,
  size: 8,
  font: "F",
});

describe("an underlined link in a table's cell", () => {
  const runs = [
    run("Lập báo cáo tổng hợp", 44, 112, 120),
    run("năm 2026", 44, 124, 50),
    run("QĐ 15/QĐ-UBND", 200.6, 112, 63.4),
    run("ngày 2/3", 266, 112, 30),
  ];
  // The link's line spans both runs of its words, half a point under their baseline.
  const underline = { x1: 200.6, y1: 112.6, x2: 296, y2: 112.6 };

  it("is no border: the row stays whole", () => {
    const [table] = findTables(withoutUnderlines([...grid, underline], runs));
    runs.forEach((r) => placeRun(table!, r));
    expect(tableRows(table!, 1)).toEqual([["Lập báo cáo tổng hợp năm 2026", "QĐ 15/QĐ-UBND ngày 2/3"]]);
  });

  it("keeps a cell's border under a row whose words, cell beside cell, run over its whole width", () => {
    // Each cell's floor drawn apart, just under one-line cells whose words stand from wall to wall of the row.
    const floors = [
      { x1: 40, y1: 124.5, x2: 200, y2: 124.5 },
      { x1: 200, y1: 124.5, x2: 400, y2: 124.5 },
    ];
    const wide = [run("Rà soát thủ tục hành chính cấp tỉnh", 38, 124, 170), run("Sở Tư pháp chủ trì", 198, 124, 204)];
    expect(withoutUnderlines(floors, wide)).toEqual(floors);
  });

  it("keeps the borders, even those near a baseline but wider than its words", () => {
    expect(withoutUnderlines([...grid, underline], runs)).toEqual(grid);
  });

  it("reads a long table of underlined links, one row each", () => {
    const rows = 400;
    const floors = Array.from({ length: rows + 1 }, (_, i) => ({
      x1: 40,
      y1: 100 + 20 * i,
      x2: 400,
      y2: 100 + 20 * i,
    }));
    const walls = [40, 200, 400].map((x) => ({ x1: x, y1: 100, x2: x, y2: 100 + 20 * rows }));
    const links = Array.from({ length: rows }, (_, i) => run(`CV ${i}/UBND`, 200.6, 112 + 20 * i, 60));
    const lines = links.map((l) => ({ x1: l.x, y1: l.y + 0.6, x2: l.x + l.width, y2: l.y + 0.6 }));
    const [table] = findTables(withoutUnderlines([...floors, ...walls, ...lines], links));
    links.forEach((r) => placeRun(table!, r));
    const read = tableRows(table!, 1);
    expect(read).toHaveLength(rows);
    expect(read.at(-1)).toEqual(["", `CV ${rows - 1}/UBND`]);
  });
});
