// A table after a spreadsheet's Subtotal, sorted by lead, printed over two pages: the page breaks between a lead's
// last row and the row summing it ("<lead> Count"), which stands under the header repeated on the new page with its
// first cell blank. It is the group's sum, a row of its own, not the rest of the row above; a row the break really
// cut still goes on with its first part.
import { describe, expect, it } from "vitest";
import type { Block } from "../../src/plan/document.ts";
import type { PageContent, Rule, TextRun } from "../../src/plan/pdf/geometry.ts";
import { layoutBlocks } from "../../src/plan/pdf/layout.ts";
import { closesGroup } from "../../src/plan/subtotal-label.ts";

// Columns: number, work, lead, time.
const XS = [40, 80, 300, 460, 560];

const run = (text: string, x: number, y: number): TextRun => ({
  text,
  x,
  y,
  width: text.length * 4,
  size: 10,
  font: "F",
});
const across = (y: number): Rule => ({ x1: XS[0]!, y1: y, x2: XS.at(-1)!, y2: y });
const walls = (top: number, bottom: number): Rule[] => XS.map((x) => ({ x1: x, y1: top, x2: x, y2: bottom }));
const header = (y: number) => [run("TT", 44, y), run("Việc", 84, y), run("Chủ trì", 304, y), run("Thời hạn", 464, y)];

/** Two pages; the second opens, under the repeated header, with `top` (its number cell blank). */
const pages = (top: TextRun[]): PageContent[] => [
  {
    width: 595,
    height: 842,
    rules: [across(700), across(730), across(760), across(800), ...walls(700, 800)],
    runs: [
      ...header(718),
      run("4", 44, 748),
      run("Lập hồ sơ số hóa", 84, 748),
      run("Sở Y tế", 304, 748),
      run("30/6/2025", 464, 748),
      run("7", 44, 788),
      run("Cấp giấy chứng sinh điện tử", 84, 788),
      run("Sở Nội vụ", 304, 788),
      run("30/9/2025", 464, 788),
    ],
  },
  {
    width: 595,
    height: 842,
    rules: [across(40), across(70), across(100), across(130), ...walls(40, 130)],
    runs: [
      ...header(58),
      ...top,
      run("2", 44, 118),
      run("Báo cáo sơ kết", 84, 118),
      run("Sở Y tế", 304, 118),
      run("15/7/2025", 464, 118),
    ],
  },
];

const rows = (blocks: Block[]) => blocks.flatMap((b) => (b.type === "row" ? [b.cells] : []));

describe("a subtotal row at the top of a page", () => {
  it("stands as its own row under the repeated header, the lead above it left whole", () => {
    expect(rows(layoutBlocks(pages([run("1", 84, 88), run("Sở Nội vụ Count", 304, 88)])))).toEqual([
      ["TT", "Việc", "Chủ trì", "Thời hạn"],
      ["4", "Lập hồ sơ số hóa", "Sở Y tế", "30/6/2025"],
      ["7", "Cấp giấy chứng sinh điện tử", "Sở Nội vụ", "30/9/2025"],
      ["TT", "Việc", "Chủ trì", "Thời hạn"],
      ["", "1", "Sở Nội vụ Count", ""],
      ["2", "Báo cáo sơ kết", "Sở Y tế", "15/7/2025"],
    ]);
  });

  it("still gives a row the break cut its rest", () => {
    const read = rows(layoutBlocks(pages([run("và khám sức khỏe", 84, 88), run("tỉnh", 304, 88)])));
    expect(read[2]).toEqual(["7", "Cấp giấy chứng sinh điện tử và khám sức khỏe", "Sở Nội vụ tỉnh", "30/9/2025"]);
  });

  it("tells a subtotal from a name going on: the group's name and an aggregate, or 'Tổng' and the name", () => {
    expect(closesGroup("Sở Nội vụ Count", "Sở Nội vụ")).toBe(true);
    expect(closesGroup("Sở Nội vụ Total", "Sở Nội vụ")).toBe(true);
    expect(closesGroup("Tổng Sở Nội vụ", "Sở Nội vụ")).toBe(true);
    expect(closesGroup("Sở Nội vụ Average", "Sở Nội vụ")).toBe(true);
    expect(closesGroup("Sở Nội vụ và Sở Tư pháp", "Sở Nội vụ")).toBe(false);
    expect(closesGroup("Count", "")).toBe(false);
    expect(closesGroup("của tỉnh", "Sở Nội vụ")).toBe(false);
  });

  it("judges a 100 KB name quickly", () => {
    const name = "Sở Nội vụ ".repeat(10_000).trim();
    const started = Date.now();
    expect(closesGroup(`${name} Count`, name)).toBe(true);
    expect(closesGroup(`${name} tỉnh`, name)).toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
