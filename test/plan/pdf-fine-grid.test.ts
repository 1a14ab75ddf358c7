// A table printed from a Word file a PDF converter rebuilt on many narrow grid columns: each row draws its own walls,
// a few points off the header's, with thin empty cells between; read in the columns its header's labels name.
import { describe, expect, it } from "vitest";
import type { Block } from "../../src/plan/document.ts";
import { onHeaderColumns } from "../../src/plan/pdf/fine-grid.ts";
import type { PageContent, Rule, TextRun } from "../../src/plan/pdf/geometry.ts";
import { layoutBlocks } from "../../src/plan/pdf/layout.ts";
import type { Cell, Table } from "../../src/plan/pdf/tables.ts";

const run = (text: string, x: number, y: number): TextRun => ({
  text,
  x,
  y,
  width: text.length * 4,
  size: 9,
  font: "F",
});
const rows = (blocks: Block[]) => blocks.flatMap((b) => (b.type === "row" ? [b.cells] : []));
const [LEFT, RIGHT] = [70, 540];

/** A row from `top` to `top + 20`: its own walls, its floor (but where `open`, a cell merged down), its texts. */
function row(top: number, walls: number[], texts: [string, number][], open?: [number, number]): [Rule[], TextRun[]] {
  const bottom = top + 20;
  const floor = open
    ? [
        { x1: LEFT, y1: bottom, x2: open[0], y2: bottom },
        { x1: open[1], y1: bottom, x2: RIGHT, y2: bottom },
      ]
    : [{ x1: LEFT, y1: bottom, x2: RIGHT, y2: bottom }];
  const rules = [...walls.map((x) => ({ x1: x, y1: top, x2: x, y2: bottom })), ...floor];
  return [rules, texts.map(([text, x]) => run(text, x, top + 13))];
}

function page(parts: [Rule[], TextRun[]][]): PageContent {
  const top = { x1: LEFT, y1: 100, x2: RIGHT, y2: 100 };
  return { width: 595, height: 842, rules: [top, ...parts.flatMap(([r]) => r)], runs: parts.flatMap(([, t]) => t) };
}

describe("a table laid on a converter's fine grid", () => {
  // The header: STT | Nội dung | Chủ trì | Phối hợp | Thời hạn, thin empty cells at 100-104 and 365-368.
  const header = row(
    100,
    [70, 100, 104, 280, 365, 368, 455, 540],
    [
      ["STT", 75],
      ["Nội dung", 110],
      ["Chủ trì", 285],
      ["Phối hợp", 372],
      ["Thời hạn", 460],
    ],
  );
  const blocks = layoutBlocks([
    page([
      header,
      // A group row across the task, lead and partner columns.
      row(
        120,
        [70, 104, 457, 540],
        [
          ["1", 80],
          ["Tổ chức bộ máy", 110],
          ["Quý II/2026", 462],
        ],
      ),
      row(
        140,
        [70, 100, 104, 283, 368, 452, 455, 540],
        [
          ["1.1", 75],
          ["Kiện toàn Ban Chỉ đạo", 110],
          ["Sở Tài chính", 288],
          ["Sở Nội vụ", 372],
          ["Tháng 5/2026", 460],
        ],
      ),
      row(
        160,
        [70, 72, 100, 104, 276, 365, 368, 455, 540],
        [
          ["1.2", 76],
          ["Rà soát hợp tác xã", 110],
          ["UBND cấp xã", 281],
          ["Sở Tài chính", 372],
          ["Quý IV/2026", 460],
        ],
      ),
      // The lead of 2.1 merged down over 2.2.
      row(
        180,
        [70, 100, 104, 283, 365, 368, 455, 540],
        [
          ["2.1", 75],
          ["Xây dựng mô hình", 110],
          ["Sở Nông nghiệp", 288],
          ["UBND cấp xã", 372],
          ["Quý IV/2026", 460],
        ],
        [283, 365],
      ),
      row(
        200,
        [70, 100, 104, 283, 365, 368, 455, 540],
        [
          ["2.2", 75],
          ["Hỗ trợ OCOP", 110],
          ["Sở Công Thương", 372],
          ["Trước 30/6/2026", 460],
        ],
      ),
    ]),
  ]);

  it("reads each cell in the header column it stands beneath, a group's name across, a merged cell down", () => {
    expect(rows(blocks)).toEqual([
      ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời hạn"],
      ["1", "Tổ chức bộ máy", "", "", "Quý II/2026"],
      ["1.1", "Kiện toàn Ban Chỉ đạo", "Sở Tài chính", "Sở Nội vụ", "Tháng 5/2026"],
      ["1.2", "Rà soát hợp tác xã", "UBND cấp xã", "Sở Tài chính", "Quý IV/2026"],
      ["2.1", "Xây dựng mô hình", "Sở Nông nghiệp", "UBND cấp xã", "Quý IV/2026"],
      ["2.2", "Hỗ trợ OCOP", "Sở Nông nghiệp", "Sở Công Thương", "Trước 30/6/2026"],
    ]);
  });
});

describe("a table whose rows split a header's label in two", () => {
  it("is read by its own grid: a wall well inside a label is a sub-column, no converter's", () => {
    const blocks = layoutBlocks([
      page([
        row(
          100,
          [70, 100, 280, 455, 540],
          [
            ["TT", 75],
            ["Nội dung", 110],
            ["Cơ quan thực hiện", 285],
            ["Thời hạn", 460],
          ],
        ),
        row(
          120,
          [70, 100, 280, 370, 455, 540],
          [
            ["1", 75],
            ["Kiện toàn Ban Chỉ đạo", 110],
            ["Sở Tài chính", 285],
            ["Sở Nội vụ", 375],
            ["Quý I", 460],
          ],
        ),
      ]),
    ]);
    expect(rows(blocks)[1]).toEqual(["1", "Kiện toàn Ban Chỉ đạo", "Sở Tài chính", "Sở Nội vụ", "Quý I"]);
    expect(rows(blocks)[0]).toHaveLength(5);
  });
});

describe("a long table on a converter's fine grid", () => {
  it("is read by its header's columns", () => {
    // Grid walls 0, 3, 30, 33, 35, 90; the header: 0-30 | 30-33 (thin, empty) | 33-90; the rows: 0-3 | 3-35 | 35-90.
    const xs = [0, 3, 30, 33, 35, 90];
    const cell = (r: number, column: number, columns: number, text: string): Cell => ({
      row: r,
      column,
      rows: 1,
      columns,
      runs: text ? [run(text, xs[column]! + 1, r * 10 + 8)] : [],
    });
    const spread = (cells: Cell[]) => cells.flatMap((c) => Array.from({ length: c.columns }, () => c));
    const slots = Array.from({ length: 20_000 }, (_, r) =>
      spread(
        r === 0
          ? [cell(0, 0, 2, "STT"), cell(0, 2, 1, ""), cell(0, 3, 2, "Nội dung")]
          : [cell(r, 0, 1, ""), cell(r, 1, 3, `${r}`), cell(r, 4, 1, "Việc")],
      ),
    );
    const table: Table = { xs, ys: Array.from({ length: 20_001 }, (_, i) => i * 10), slots, rules: [] };
    const read = onHeaderColumns(table);
    expect(read.xs).toEqual([0, 33, 90]);
    expect(read.slots[5]!.map((c) => c.runs.map((r) => r.text))).toEqual([["5"], ["Việc"]]);
  });
});
