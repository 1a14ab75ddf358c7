// A table whose first column is merged down over the tasks due then, broken by a page break the way a browser prints
// it: the row at the top of the next page has no top border, and its merged first cell is empty there.
import { describe, expect, it } from "vitest";
import type { Block } from "../../src/plan/document.ts";
import type { PageContent, Rule, TextRun } from "../../src/plan/pdf/geometry.ts";
import { layoutBlocks } from "../../src/plan/pdf/layout.ts";

// Columns: time, number, task.
const XS = [60, 130, 160, 400];

const run = (text: string, x: number, y: number): TextRun => ({
  text,
  x,
  y,
  width: text.length * 5,
  size: 11,
  font: "F",
});
const across = (y: number, from = XS[0]!): Rule => ({ x1: from, y1: y, x2: XS.at(-1)!, y2: y });
const walls = (top: number, bottom: number): Rule[] => XS.map((x) => ({ x1: x, y1: top, x2: x, y2: bottom }));

const first: PageContent = {
  width: 595,
  height: 842,
  // The time cell spans rows 1 and 2: the rule between them starts right of it.
  rules: [across(700), across(730), across(765, XS[1]), across(800), ...walls(700, 800)],
  runs: [
    run("Thời gian", 66, 712),
    run("STT", 136, 712),
    run("Nội dung", 166, 712),
    run("Trước 30/4", 66, 745),
    run("1", 140, 745),
    run("Lập danh sách", 166, 745),
    run("2", 140, 782),
    run("Gửi danh sách", 166, 782),
  ],
};
// Row 3 goes on under the same time; the page draws its walls from the page's top but no rule above it.
const second: PageContent = {
  width: 595,
  height: 842,
  rules: [across(70), across(100), ...walls(40, 100)],
  runs: [
    run("3", 140, 58),
    run("Tổng hợp kết quả", 166, 58),
    run("Tháng 5", 66, 88),
    run("4", 140, 88),
    run("Báo cáo", 166, 88),
  ],
};

const rows = (blocks: Block[]) => blocks.flatMap((b) => (b.type === "row" ? [b.cells] : []));

describe("a row at the top of a page with no top border, under a first column merged over the break", () => {
  it("is a row of its own, under the time merged over it", () => {
    expect(rows(layoutBlocks([first, second]))).toEqual([
      ["Thời gian", "STT", "Nội dung"],
      ["Trước 30/4", "1", "Lập danh sách"],
      ["Trước 30/4", "2", "Gửi danh sách"],
      ["Trước 30/4", "3", "Tổng hợp kết quả"],
      ["Tháng 5", "4", "Báo cáo"],
    ]);
  });
});
