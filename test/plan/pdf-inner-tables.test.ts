// A table nested in a cell of a task table and drawn clear of the cell's borders (as LibreOffice prints it): its rows
// are the task's parts after the task's row, as the Word reader and a text copy give them, and a part the page break
// cut goes on at the top of the next page. A nested table of anything else stays the cell's text.
import { describe, expect, it } from "vitest";
import type { Block } from "../../src/plan/document.ts";
import type { PageContent, Rule, TextRun } from "../../src/plan/pdf/geometry.ts";
import { layoutBlocks } from "../../src/plan/pdf/layout.ts";

// The outer table: number | task | unit (lead) | time; the inner one inside the task's cell: part | work | time.
const OUTER = [50, 80, 330, 430, 520];
const INNER = [88, 120, 260, 322];

const grid = (xs: number[], ys: number[]): Rule[] => [
  ...ys.map((y) => ({ x1: xs[0]!, y1: y, x2: xs.at(-1)!, y2: y })),
  ...xs.map((x) => ({ x1: x, y1: ys[0]!, x2: x, y2: ys.at(-1)! })),
];

const run = (text: string, x: number, y: number): TextRun => ({
  text,
  x,
  y,
  width: text.length * 4.5,
  size: 10,
  font: "F",
});

const page = (rules: Rule[], runs: TextRun[]): PageContent => ({ width: 595, height: 842, runs, rules });
const rows = (blocks: Block[]) => blocks.flatMap((b) => (b.type === "row" ? [b.cells] : []));

const header = [run("TT", 56, 115), run("Nội dung", 86, 115), run("Chủ trì", 336, 115), run("Thời hạn", 436, 115)];

describe("a table of a task's parts nested in its cell", () => {
  it("gives rows of their own after the task's row, each opening with the cell it stands in", () => {
    const blocks = layoutBlocks([
      page(
        [...grid(OUTER, [100, 125, 150, 240, 265]), ...grid(INNER, [170, 195, 230])],
        [
          ...header,
          run("1", 56, 140),
          run("Xây dựng kế hoạch", 86, 140),
          run("Sở Nội vụ", 336, 140),
          run("Tháng 3/2025", 436, 140),
          run("2", 56, 165),
          run("Tổ chức hội thi, gồm:", 86, 165),
          run("Sở Tư pháp", 336, 165),
          run("Theo từng nội dung", 436, 165),
          run("a)", 92, 187),
          run("Vòng sơ khảo", 124, 187),
          run("15/5/2025", 264, 187),
          run("b)", 92, 212),
          run("Vòng chung kết ở", 124, 212),
          run("tỉnh", 124, 224),
          run("30/6/2025", 264, 212),
          run("3", 56, 255),
          run("Báo cáo kết quả", 86, 255),
          run("Sở Tư pháp", 336, 255),
          run("Tháng 12/2025", 436, 255),
        ],
      ),
    ]);
    expect(rows(blocks)).toEqual([
      ["TT", "Nội dung", "Chủ trì", "Thời hạn"],
      ["1", "Xây dựng kế hoạch", "Sở Nội vụ", "Tháng 3/2025"],
      ["2", "Tổ chức hội thi, gồm:", "Sở Tư pháp", "Theo từng nội dung"],
      ["", "a)", "Vòng sơ khảo", "15/5/2025"],
      ["", "b)", "Vòng chung kết ở tỉnh", "30/6/2025"],
      ["3", "Báo cáo kết quả", "Sở Tư pháp", "Tháng 12/2025"],
    ]);
  });

  it("goes on at the top of the next page with a part the page broke after its number", () => {
    const first = page(
      [...grid(OUTER, [100, 125, 800]), ...grid(INNER, [740, 765, 795])],
      [
        ...header,
        run("2", 56, 140),
        run("Tổ chức hội thi, gồm:", 86, 140),
        run("Sở Tư pháp", 336, 140),
        run("Theo từng nội dung", 436, 140),
        run("a)", 92, 757),
        run("Vòng sơ khảo", 124, 757),
        run("15/5/2025", 264, 757),
        run("b)", 92, 782),
      ],
    );
    const second = page(
      [...grid(OUTER, [57, 120, 145]), ...grid(INNER, [62, 87, 112])],
      [
        run("Vòng chung kết", 124, 78),
        run("30/6/2025", 264, 78),
        run("c)", 92, 103),
        run("Trao giải", 124, 103),
        run("Tháng 7/2025", 264, 103),
        run("3", 56, 135),
        run("Báo cáo kết quả", 86, 135),
        run("Sở Tư pháp", 336, 135),
        run("Tháng 12/2025", 436, 135),
      ],
    );
    expect(rows(layoutBlocks([first, second])).slice(1)).toEqual([
      ["2", "Tổ chức hội thi, gồm:", "Sở Tư pháp", "Theo từng nội dung"],
      ["", "a)", "Vòng sơ khảo", "15/5/2025"],
      ["", "b)", "Vòng chung kết", "30/6/2025"],
      ["", "c)", "Trao giải", "Tháng 7/2025"],
      ["3", "Báo cáo kết quả", "Sở Tư pháp", "Tháng 12/2025"],
    ]);
  });

  it("stays the cell's text when its rows are no parts (a list of rounds and places)", () => {
    const blocks = layoutBlocks([
      page(
        [...grid(OUTER, [100, 125, 220]), ...grid(INNER, [150, 175, 200])],
        [
          ...header,
          run("1", 56, 140),
          run("Kiểm tra các xã:", 86, 140),
          run("Thanh tra tỉnh", 336, 140),
          run("Quý II/2025", 436, 140),
          run("Đợt 1", 92, 167),
          run("Xã A, xã B", 124, 167),
          run("Tháng 4", 264, 167),
          run("Đợt 2", 92, 192),
          run("Xã C", 124, 192),
          run("Tháng 5", 264, 192),
        ],
      ),
    ]);
    expect(rows(blocks)).toEqual([
      ["TT", "Nội dung", "Chủ trì", "Thời hạn"],
      ["1", "Kiểm tra các xã: Đợt 1 Xã A, xã B Tháng 4 Đợt 2 Xã C Tháng 5", "Thanh tra tỉnh", "Quý II/2025"],
    ]);
  });
});
