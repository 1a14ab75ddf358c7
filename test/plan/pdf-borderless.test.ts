// A task table a report tool printed with no ruling lines: a header line of labels, rows whose cells
// wrap, each row opening with its number; read into the same rows as a ruled table.
import { describe, expect, it } from "vitest";
import type { Block } from "../../src/plan/document.ts";
import type { PageContent, TextRun } from "../../src/plan/pdf/geometry.ts";
import { layoutBlocks } from "../../src/plan/pdf/layout.ts";

const run = (text: string, x: number, y: number, width: number): TextRun => ({
  text,
  x,
  y,
  width,
  size: 10,
  font: "F",
});
const page = (runs: TextRun[]): PageContent => ({ width: 842, height: 595, runs, rules: [] });
const rows = (blocks: Block[]) => blocks.flatMap((b) => (b.type === "row" ? [b.cells] : []));
const texts = (blocks: Block[]) => blocks.flatMap((b) => (b.type === "text" ? [b.text] : []));

// Labels centred over their columns; the number centred, the other cells set from their left.
const header = (y: number) => [
  run("STT", 62, y, 18),
  run("Nội dung", 180, y, 45),
  run("Đơn vị chủ trì", 330, y, 70),
  run("Thời gian", 470, y, 48),
];

describe("a task table printed with no ruling lines", () => {
  const blocks = layoutBlocks([
    page([
      run("BIỂU PHÂN CÔNG NHIỆM VỤ", 300, 40, 160),
      ...header(70),
      run("1", 68, 90, 6),
      run("Rà soát quy chế phối hợp tiếp nhận", 90, 90, 200),
      run("hồ sơ trực tuyến", 90, 102, 90),
      run("Văn phòng UBND", 320, 90, 80),
      run("tỉnh", 320, 102, 22),
      run("Quý II", 480, 90, 30),
      run("2", 68, 122, 6),
      run("Cập nhật cơ sở dữ liệu", 90, 122, 120),
      run("Sở Tư pháp", 320, 122, 55),
      run("Trước", 480, 122, 28),
      run("15/6/2024", 476, 134, 45),
      run("Bảng này gồm các nhiệm vụ giao trong năm, các đơn vị chủ động thực hiện đúng thời gian.", 60, 200, 460),
    ]),
    page([...header(60), run("3", 68, 80, 6), run("Tổng kết năm", 90, 80, 70), run("Sở Nội vụ", 320, 80, 50)]),
  ]);

  it("reads each numbered row's wrapped cells in their columns, on every page under the repeated header", () => {
    expect(rows(blocks)).toEqual([
      ["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian"],
      ["1", "Rà soát quy chế phối hợp tiếp nhận hồ sơ trực tuyến", "Văn phòng UBND tỉnh", "Quý II"],
      ["2", "Cập nhật cơ sở dữ liệu", "Sở Tư pháp", "Trước 15/6/2024"],
      ["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian"],
      ["3", "Tổng kết năm", "Sở Nội vụ", ""],
    ]);
  });

  it("leaves the title above it and a paragraph set well below it as text", () => {
    expect(texts(blocks)).toEqual([
      "BIỂU PHÂN CÔNG NHIỆM VỤ",
      "Bảng này gồm các nhiệm vụ giao trong năm, các đơn vị chủ động thực hiện đúng thời gian.",
    ]);
  });
});

describe("a list laid out at tab stops under a line of labels", () => {
  it("is no table: its items are numbered with a period", () => {
    const blocks = layoutBlocks([
      page([
        ...header(70),
        run("1.", 62, 90, 9),
        run("Rà soát quy chế phối hợp", 90, 90, 130),
        run("Sở Tư pháp", 320, 90, 55),
        run("Quý II", 480, 90, 30),
        run("2.", 62, 104, 9),
        run("Tổng kết năm", 90, 104, 70),
        run("Sở Nội vụ", 320, 104, 50),
      ]),
    ]);
    expect(rows(blocks)).toEqual([]);
  });
});
