// A rectangle drawn round text (a flowchart's step, its arrow to the next step touching its edge; a boxed note) is a
// text box, no table: its lines are paragraphs, as the Word reader reads a text box. Two cells make a table.
import { describe, expect, it } from "vitest";
import type { Block } from "../../src/plan/document.ts";
import type { Rule } from "../../src/plan/pdf/geometry.ts";
import { layoutBlocks } from "../../src/plan/pdf/layout.ts";
import { box, framedRun as run, framePage as page, stackedBoxes } from "../support/large-file-inputs.ts";

// The connector: a line down from the middle of a box's bottom edge to the next box's top.
const arrow = (x: number, from: number, to: number): Rule => ({ x1: x, y1: from, x2: x, y2: to });

const texts = (blocks: Block[]) => blocks.map((b) => (b.type === "text" ? b.text : `| ${b.cells.join(" | ")}`));

describe("a flowchart of boxes in a PDF", () => {
  it("reads each box's lines as paragraphs, in turn", () => {
    const blocks = layoutBlocks([
      page(
        [...box(80, 500, 100, 160), arrow(290, 160, 190), ...box(80, 500, 190, 250), arrow(290, 250, 280)],
        [
          run("Quy trình như sau:", 60, 80),
          run("Bước 1: Tiếp nhận hồ sơ", 90, 115),
          run("Chủ trì: Sở Tư pháp", 90, 130),
          run("Thời hạn: Trước ngày 15/5/2025", 90, 145),
          run("Bước 2: Thẩm định hồ sơ", 90, 205),
          run("Chủ trì: Sở Nội vụ", 90, 220),
          run("Thời hạn: Trước ngày 30/5/2025", 90, 235),
        ],
      ),
    ]);
    expect(texts(blocks)).toEqual([
      "Quy trình như sau:",
      "Bước 1: Tiếp nhận hồ sơ",
      "Chủ trì: Sở Tư pháp",
      "Thời hạn: Trước ngày 15/5/2025",
      "Bước 2: Thẩm định hồ sơ",
      "Chủ trì: Sở Nội vụ",
      "Thời hạn: Trước ngày 30/5/2025",
    ]);
  });

  it("keeps a drawn grid a table: cells side by side, or rows that touch", () => {
    const blocks = layoutBlocks([
      page(
        [...box(80, 500, 100, 130), { x1: 290, y1: 100, x2: 290, y2: 130 }],
        [run("Tiếp nhận hồ sơ", 90, 118), run("15/5/2025", 300, 118)],
      ),
    ]);
    expect(texts(blocks)).toEqual(["| Tiếp nhận hồ sơ | 15/5/2025"]);
    const column = layoutBlocks([
      page(
        [...box(80, 500, 100, 130), ...box(80, 500, 130, 160)],
        [run("Mục tiêu", 90, 118), run("Nhiệm vụ", 90, 148)],
      ),
    ]);
    expect(texts(column)).toEqual(["| Mục tiêu", "| Nhiệm vụ"]);
  });

  it("reads 2,000 boxes on a page", () => {
    const { rules, runs } = stackedBoxes(2_000);
    // Boxes drawn over one another: whatever they make of them, every step's words are read, each once.
    const steps = texts(layoutBlocks([page(rules, runs)]))
      .join(" ")
      .match(/Bước \d+/g);
    expect(steps).toHaveLength(2_000);
    expect(new Set(steps).size).toBe(2_000);
  });
});
