// A table a PDF converter rebuilt in Word: many narrow grid columns, every cell spanning several, each row's edges
// a grid column or two off the header's, some rows shifted by skipped columns. Its cells read under the header
// columns they stand beneath; a table whose rows keep their grid reads by it as before.
import { describe, expect, it } from "vitest";
import { columnOf } from "../../src/plan/docx/fine-grid.ts";
import { readDocxPlan } from "../../src/plan/read-docx.ts";
import { blocksOf, rawDocx, table } from "../support/ooxml.ts";

const readBody = async (body: string) => blocksOf(readDocxPlan(await rawDocx({ body })));
type Cell = string | { content: string; span: number; vMerge?: "restart" | "continue" };
/** A row of [text, span] cells, with `before` skipped grid columns. */
const laid = (cells: [string, number, ("restart" | "continue")?][], before = 0) => ({
  cells: cells.map(([content, span, vMerge]): Cell => (vMerge ? { content, span, vMerge } : { content, span })),
  trPr: before ? `<w:gridBefore w:val="${before}"/>` : "",
});
// Header on 20 grid columns: TT 0-3, Công việc 3-10, Đơn vị chủ trì 10-14, Phối hợp 14-17, Hạn 17-20.
const HEADER = laid([
  ["TT", 3],
  ["Công việc", 7],
  ["Đơn vị chủ trì", 4],
  ["Phối hợp", 3],
  ["Hạn", 3],
]);

describe("a table laid on a converter's fine grid", () => {
  it("reads each cell under the header column it stands beneath, a group's name where it starts", async () => {
    const body = table([
      HEADER,
      laid([
        ["I", 5],
        ["Chuyển đổi số", 12],
        ["Năm 2027", 3],
      ]),
      laid([
        ["1", 4],
        ["Số hóa hồ sơ đất đai", 5],
        ["Sở Xây dựng", 5, "restart"],
        ["Sở Nội vụ", 2],
        ["Tháng 10/2027", 4],
      ]),
      laid(
        [
          ["2", 2],
          ["Cập nhật bản đồ số", 8],
          ["", 3, "continue"],
          ["Sở Tư pháp", 4],
          ["Quý IV/2027", 2],
        ],
        1,
      ),
    ]);
    expect(await readBody(body)).toEqual([
      ["TT", "Công việc", "Đơn vị chủ trì", "Phối hợp", "Hạn"],
      ["I", "Chuyển đổi số", "", "", "Năm 2027"],
      ["1", "Số hóa hồ sơ đất đai", "Sở Xây dựng", "Sở Nội vụ", "Tháng 10/2027"],
      ["2", "Cập nhật bản đồ số", "Sở Xây dựng", "Sở Tư pháp", "Quý IV/2027"],
    ]);
  });

  it("reads a cell off every column in the nearest one", () => {
    expect(
      columnOf(
        [8, 9],
        [
          [0, 3],
          [3, 8],
          [11, 14],
        ],
      ),
    ).toBe(1);
  });

  it("reads fifteen hundred shifted rows", async () => {
    const many = Array.from({ length: 1500 }, (_, i) =>
      laid(
        [
          [`${i + 1}`, 3 + (i % 2)],
          [`Việc ${i + 1}`, 6],
          ["Sở Nội vụ", 4],
          ["", 3],
          ["Quý II/2027", 4 - (i % 2)],
        ],
        0,
      ),
    );
    const blocks = await readBody(table([HEADER, ...many]));
    expect(blocks).toHaveLength(1501);
    expect(blocks[1500]).toEqual(["1500", "Việc 1500", "Sở Nội vụ", "", "Quý II/2027"]);
  });
});
