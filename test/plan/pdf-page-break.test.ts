// A table row broken by a page break, read from the pages' runs and borders: its cells'
// texts are put together again as the reader sees them.
import { describe, expect, it } from "vitest";
import type { Block } from "../../src/plan/document.ts";
import type { PageContent, Rule, TextRun } from "../../src/plan/pdf/geometry.ts";
import { layoutBlocks } from "../../src/plan/pdf/layout.ts";

// Columns: number, task, deadline (60 points wide: 49 points inside Word's cell margins).
const XS = [60, 90, 330, 390];

function page(ys: number[], runs: TextRun[]): PageContent {
  const rules: Rule[] = [
    ...ys.map((y) => ({ x1: XS[0]!, y1: y, x2: XS.at(-1)!, y2: y })),
    ...XS.map((x) => ({ x1: x, y1: ys[0]!, x2: x, y2: ys.at(-1)! })),
  ];
  return { width: 595, height: 842, runs, rules };
}

const run = (text: string, x: number, y: number, width: number): TextRun => ({
  text,
  x,
  y,
  width,
  size: 11,
  font: "F",
});

/** Row "2" starts at the foot of the first page; its deadline's last line is at the top of the second. */
function rowBrokenAt(lastLine: TextRun, rest: TextRun): Block[] {
  const first = page(
    [740, 760, 800],
    [
      run("1", 70, 754, 6),
      run("Lập danh sách", 96, 754, 70),
      run("Tháng 3", 336, 754, 38),
      run("2", 70, 775, 6),
      run("Kiểm tra việc niêm yết công khai", 96, 775, 160),
      run("Trước", 336, 775, 28),
      lastLine,
    ],
  );
  const second = page([57, 90], [run("thủ tục tại các xã biên giới", 96, 70, 140), rest]);
  return layoutBlocks([first, second]);
}

const rows = (blocks: Block[]) => blocks.flatMap((b) => (b.type === "row" ? [b.cells] : []));

describe("a row broken by a page break", () => {
  it("rejoins a word cut at the foot of a cell's full line with no space", () => {
    // "31/12/202" fills the cell (46 + the next "7" is more than 49 points): the writer cut the date there.
    expect(rows(rowBrokenAt(run("31/12/202", 336, 789, 46), run("7", 336, 84, 5.5)))).toEqual([
      ["1", "Lập danh sách", "Tháng 3"],
      ["2", "Kiểm tra việc niêm yết công khai thủ tục tại các xã biên giới", "Trước 31/12/2027"],
    ]);
  });

  it("keeps a space after a line that left room for the next word", () => {
    expect(rows(rowBrokenAt(run("tháng", 336, 789, 28), run("12/2027", 336, 84, 38)))).toEqual([
      ["1", "Lập danh sách", "Tháng 3"],
      ["2", "Kiểm tra việc niêm yết công khai thủ tục tại các xã biên giới", "Trước tháng 12/2027"],
    ]);
  });

  it("goes on after the header repeated on the next page, even when that copy clips a label's last line", () => {
    const first = page(
      [700, 730, 760, 800],
      [
        run("TT", 66, 712, 12),
        run("Nội dung", 96, 712, 40),
        run("Thời hạn", 336, 712, 40),
        run("hoàn thành", 336, 724, 48),
        run("1", 70, 745, 6),
        run("Lập danh sách", 96, 745, 70),
        run("Tháng 3", 336, 745, 38),
        run("2", 70, 775, 6),
        run("Kiểm tra việc niêm yết công khai", 96, 775, 160),
        run("Trước", 336, 789, 28),
      ],
    );
    const second = page(
      [57, 80, 110],
      [
        run("TT", 66, 70, 12),
        run("Nội dung", 96, 70, 40),
        run("Thời hạn", 336, 70, 40),
        run("thủ tục tại các xã biên giới", 96, 95, 140),
        run("tháng 12/2027", 336, 95, 45),
      ],
    );
    expect(rows(layoutBlocks([first, second]))).toEqual([
      ["TT", "Nội dung", "Thời hạn hoàn thành"],
      ["1", "Lập danh sách", "Tháng 3"],
      ["2", "Kiểm tra việc niêm yết công khai thủ tục tại các xã biên giới", "Trước tháng 12/2027"],
      ["TT", "Nội dung", "Thời hạn"],
    ]);
  });
});

describe("a row whose task cell holds nothing above the break", () => {
  it("takes the whole text the next page gives its cell, beside the number and time left on the first page", () => {
    const first = page(
      [740, 760, 800],
      [
        run("1", 70, 754, 6),
        run("Lập danh sách", 96, 754, 70),
        run("Tháng 3", 336, 754, 38),
        run("2", 70, 775, 6),
        run("Quý IV", 336, 775, 30),
      ],
    );
    const second = page([57, 90], [run("Kiểm tra việc niêm yết công khai", 96, 70, 160)]);
    expect(rows(layoutBlocks([first, second]))).toEqual([
      ["1", "Lập danh sách", "Tháng 3"],
      ["2", "Kiểm tra việc niêm yết công khai", "Quý IV"],
    ]);
  });
});

describe("a task table drawn inside a cell of a table of groups", () => {
  // Outer columns: number, group, its tasks (x = 200 to 560); the inner table shares the cell's left
  // border and lies 5 points inside its top and bottom, so the page draws one grid of both.
  const horizontal = (y: number, x1: number) => ({ x1, y1: y, x2: 560, y2: y });
  const vertical = (x: number, y1: number, y2: number) => ({ x1: x, y1, x2: x, y2 });
  const rules: Rule[] = [
    ...[100, 120, 220].map((y) => horizontal(y, 60)),
    ...[60, 90, 200, 560].map((x) => vertical(x, 100, 220)),
    ...[125, 145, 170, 195].map((y) => horizontal(y, 200)),
    ...[230, 400, 480].map((x) => vertical(x, 125, 195)),
  ];
  const runs = [
    run("TT", 66, 113, 12),
    run("Lĩnh vực", 96, 113, 40),
    run("Các nhiệm vụ", 206, 113, 60),
    run("4", 70, 135, 6),
    run("Tài chính công", 96, 135, 70),
    ...[
      ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời gian"],
      ["4.1", "Kiểm kê tài sản công", "Sở Tài chính", "Quý III/2027"],
      ["4.2", "Công khai ngân sách xã", "UBND cấp xã", "Quý IV/2027"],
    ].flatMap((cells, i) => cells.map((text, c) => run(text, [206, 236, 406, 486][c]!, 139 + 25 * i, 50))),
  ];

  it("gives the inner table's rows as rows of their own after the group's row", () => {
    expect(rows(layoutBlocks([{ width: 842, height: 595, runs, rules }]))).toEqual([
      ["TT", "Lĩnh vực", "Các nhiệm vụ", "", "", ""],
      ["4", "Tài chính công"],
      ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời gian"],
      ["4.1", "Kiểm kê tài sản công", "Sở Tài chính", "Quý III/2027"],
      ["4.2", "Công khai ngân sách xã", "UBND cấp xã", "Quý IV/2027"],
    ]);
  });
});

describe("a grid of rounds drawn inside a task's cell", () => {
  // Columns: number, task (x = 90 to 300), lead; inside the task's cell, a grid of three columns.
  const rules: Rule[] = [
    ...[100, 120, 220].map((y) => ({ x1: 60, y1: y, x2: 420, y2: y })),
    ...[60, 90, 300, 420].map((x) => ({ x1: x, y1: 100, x2: x, y2: 220 })),
    ...[140, 170, 200].map((y) => ({ x1: 90, y1: y, x2: 300, y2: y })),
    ...[150, 220].map((x) => ({ x1: x, y1: 140, x2: x, y2: 200 })),
  ];
  const runs = [
    ...["TT", "Nội dung", "Chủ trì"].map((text, c) => run(text, [66, 96, 306][c]!, 113, 36)),
    run("3", 70, 133, 6),
    run("Giám sát hai lần:", 96, 133, 80),
    run("Sở Y tế", 306, 133, 36),
    ...[
      ["Lần", "Địa bàn", "Thời gian"],
      ["Lần 1", "Huyện Bắc Yên", "Tháng 6/2027"],
    ].flatMap((cells, i) => cells.map((text, c) => run(text, [96, 156, 226][c]!, 155 + 30 * i, 50))),
  ];

  it("is the cell's text, and its columns are none of the table's", () => {
    expect(rows(layoutBlocks([{ width: 595, height: 842, runs, rules }]))).toEqual([
      ["TT", "Nội dung", "Chủ trì"],
      ["3", "Giám sát hai lần: Lần Địa bàn Thời gian Lần 1 Huyện Bắc Yên Tháng 6/2027", "Sở Y tế"],
    ]);
  });
});

describe("a broken row whose cell holds nothing above the break", () => {
  it("takes the text set on the new page for that cell", () => {
    const first = page(
      [740, 760, 800],
      [run("1", 70, 754, 6), run("Lập danh sách", 96, 754, 70), run("Tháng 3", 336, 754, 38), run("2", 70, 775, 6)],
    );
    const second = page([57, 90], [run("Kiểm tra việc niêm yết", 96, 70, 110), run("Tháng 7", 336, 70, 38)]);
    expect(rows(layoutBlocks([first, second]))).toEqual([
      ["1", "Lập danh sách", "Tháng 3"],
      ["2", "Kiểm tra việc niêm yết", "Tháng 7"],
    ]);
  });
});

describe("a group's name merged down over a page break, beside the group's last rows", () => {
  // Columns: group (60 to 150), number, task, time. The group's cell spans its rows on both pages, so the second
  // page draws no border across the first column: every row there is beside one merged cell.
  const cols = [60, 150, 180, 400, 480];
  const grid = (full: number[], inner: number[]): Rule[] => [
    ...full.map((y) => ({ x1: 60, y1: y, x2: 480, y2: y })),
    ...inner.map((y) => ({ x1: 150, y1: y, x2: 480, y2: y })),
    ...cols.map((x) => ({ x1: x, y1: Math.min(...full), x2: x, y2: Math.max(...full) })),
  ];
  const cells = (y: number, texts: string[]) => texts.map((text, c) => run(text, cols[c]! + 6, y, 40));
  const first: PageContent = {
    width: 595,
    height: 842,
    rules: grid([700, 720, 800], [760]),
    runs: [
      ...cells(714, ["Nhóm", "STT", "Nhiệm vụ", "Thời hạn"]),
      run("Báo cáo", 66, 764, 40),
      ...cells(740, ["", "1", "Kiểm tra hồ sơ", "Quý II/2027"]).slice(1),
      ...cells(780, ["", "2", "Tập huấn cán bộ", "Quý III/2027"]).slice(1),
    ],
  };
  const second: PageContent = {
    width: 595,
    height: 842,
    rules: grid([57, 137], [97]),
    runs: [
      ...cells(77, ["", "3", "Báo cáo 6 tháng", "Tháng 6/2027"]).slice(1),
      ...cells(117, ["", "4", "Báo cáo năm", "Tháng 12/2027"]).slice(1),
    ],
  };

  it("reads the rows there as rows of their own, each beside the group's name", () => {
    expect(rows(layoutBlocks([first, second]))).toEqual([
      ["Nhóm", "STT", "Nhiệm vụ", "Thời hạn"],
      ["Báo cáo", "1", "Kiểm tra hồ sơ", "Quý II/2027"],
      ["Báo cáo", "2", "Tập huấn cán bộ", "Quý III/2027"],
      ["Báo cáo", "3", "Báo cáo 6 tháng", "Tháng 6/2027"],
      ["Báo cáo", "4", "Báo cáo năm", "Tháng 12/2027"],
    ]);
  });
});
