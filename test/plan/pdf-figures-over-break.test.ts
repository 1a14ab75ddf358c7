// A table whose last column holds figures (an amount, a year) may break a row over a page: the row's rest on the
// next page, its number cell blank, goes on with the row above even when both sides write a figure there. Only a
// pivot's count column closes a row at each figure (`pdf-pivot-tabular.test.ts`).
import { describe, expect, it } from "vitest";
import { layoutBlocks } from "../../src/plan/pdf/layout.ts";
import { page, rows, run } from "../support/pdf-pages.ts";

const line = (y: number, ref: string, task: string, lead: string, amount: string) => [
  ...(ref ? [run(ref, 30, y, 10)] : []),
  run(task, 80, y, Math.min(task.length * 4.5, 280)),
  ...(lead ? [run(lead, 420, y, lead.length * 4.5)] : []),
  run(amount, 780 - 5 * amount.length, y, 5 * amount.length),
];

describe("a table of figures in its last column broken over a page", () => {
  it("keeps the broken row's rest with it, though a figure stands on both sides of the break", () => {
    const blocks = layoutBlocks([
      page([
        run("STT", 30, 70, 20),
        run("Nội dung nhiệm vụ", 80, 70, 85),
        run("Đơn vị chủ trì", 420, 70, 70),
        run("Kinh phí", 740, 70, 40),
        ...line(90, "1", "Tập huấn nghiệp vụ cho cán bộ", "Sở Nội vụ", "120"),
        ...line(104, "2", "Xây dựng cơ sở dữ liệu về cán bộ, công chức", "Sở Nội vụ", "500"),
      ]),
      page([
        ...line(40, "", "và viên chức của tỉnh", "", "300"),
        ...line(54, "3", "Kiểm tra công vụ", "Sở Tư pháp", "80"),
      ]),
    ]);
    expect(rows(blocks).map((cells) => [cells[0], cells[1]])).toEqual([
      ["STT", "Nội dung nhiệm vụ"],
      ["1", "Tập huấn nghiệp vụ cho cán bộ"],
      ["2", "Xây dựng cơ sở dữ liệu về cán bộ, công chức và viên chức của tỉnh"],
      ["3", "Kiểm tra công vụ"],
    ]);
  });
});
