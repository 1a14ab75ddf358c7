// A header on two rows at a table's top, its first titles merged down over both ("TT", "Cơ quan") beside a title
// spanning the columns under it: the merged cells are the header's own titles, not a group's name beside a table
// drawn inside its cell, so the header reads as two whole rows.
import { describe, expect, it } from "vitest";
import type { Block } from "../../src/plan/document.ts";
import type { PageContent, Rule, TextRun } from "../../src/plan/pdf/geometry.ts";
import { layoutBlocks } from "../../src/plan/pdf/layout.ts";

// Columns: number, unit, first half-year, second half-year.
const XS = [60, 100, 220, 340, 460];

const run = (text: string, x: number, y: number): TextRun => ({
  text,
  x,
  y,
  width: text.length * 4,
  size: 10,
  font: "F",
});
const across = (y: number, from = XS[0]!): Rule => ({ x1: from, y1: y, x2: XS.at(-1)!, y2: y });
const wall = (x: number, top: number, bottom: number): Rule => ({ x1: x, y1: top, x2: x, y2: bottom });

const page: PageContent = {
  width: 842,
  height: 595,
  rules: [
    across(100),
    // The rule between the header's rows starts right of the titles merged down.
    across(120, XS[2]),
    across(140),
    across(180),
    wall(XS[0]!, 100, 180),
    wall(XS[1]!, 100, 180),
    wall(XS[2]!, 100, 180),
    // The title over both halves spans them: no wall between them on the header's first row.
    wall(XS[3]!, 120, 180),
    wall(XS[4]!, 100, 180),
  ],
  runs: [
    run("TT", 66, 118),
    run("Cơ quan", 106, 118),
    run("Nhiệm vụ, thời gian thực hiện", 230, 110),
    run("6 tháng đầu năm", 226, 130),
    run("6 tháng cuối năm", 346, 130),
    run("1", 66, 160),
    run("Sở Y tế", 106, 160),
    run("1.1. Khám sàng lọc", 226, 160),
    run("1.2. Tổng kết", 346, 160),
  ],
};

const rows = (blocks: Block[]) => blocks.flatMap((b) => (b.type === "row" ? [b.cells] : []));

describe("a two-row header whose first titles are merged down", () => {
  it("reads as two rows of the whole table's width, the merged titles given to both", () => {
    expect(rows(layoutBlocks([page]))).toEqual([
      ["TT", "Cơ quan", "Nhiệm vụ, thời gian thực hiện", ""],
      ["TT", "Cơ quan", "6 tháng đầu năm", "6 tháng cuối năm"],
      ["1", "Sở Y tế", "1.1. Khám sàng lọc", "1.2. Tổng kết"],
    ]);
  });
});
