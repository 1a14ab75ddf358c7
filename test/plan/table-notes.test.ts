// A cell of a task table marked with asterisks ("(*)", "**") and explained by a line under the table that opens with
// the same mark: the line is the cell's note, dating it as a footnote would, and never a task of its own.
import { describe, expect, it } from "vitest";
import type { Block } from "../../src/plan/document.ts";
import { withTableNotes } from "../../src/plan/table-notes.ts";
import { parse, tasks } from "../support/text-plans.ts";

const rows = [
  ["TT", "Công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"],
  ["1", "Xây dựng quy chế phối hợp quản lý cụm công nghiệp", "Sở Công Thương", "Sở Tư pháp", "15/5/2024"],
  ["2", "Kiểm tra hoạt động của các cụm công nghiệp", "Sở Công Thương", "Sở Xây dựng", "(*)"],
  ["3", "Báo cáo kết quả thu hút đầu tư vào cụm công nghiệp", "Sở Công Thương", "Sở Tài chính", "Quý III/2024 **"],
  ["4", "Rà soát quy hoạch các cụm công nghiệp", "Sở Xây dựng", "Sở Công Thương", "(***)"],
];
const table = rows.map((cells) => cells.join("\t")).join("\n");

describe("a note under a task table opening with a cell's mark", () => {
  const plan = parse(
    [
      "II. NHIỆM VỤ",
      table,
      "(*) Sau khi quy chế tại nội dung số 1 được ban hành, chậm nhất ngày 30/8/2024.",
      "(**) Lùi lại: hoàn thành trước ngày 16/10/2024 để tổng hợp cùng số liệu cả năm.",
      "III. TỔ CHỨC THỰC HIỆN",
      "Sở Công Thương theo dõi việc thực hiện Kế hoạch.",
    ].join("\n"),
    { issued: "2024-04-02" },
  );
  const read = tasks(plan);

  it("dates a cell holding nothing but the mark by the note's deadline", () => {
    expect(read.find((t) => t[0] === "2")?.[1]).toBe("2024-08-30");
  });

  it("moves a cell's own time when the note says so, the mark written with or without brackets", () => {
    expect(read.find((t) => t[0] === "3")?.[1]).toBe("2024-10-15");
  });

  it("is no task of its own", () => {
    expect(read.map((t) => t[0])).toEqual(["1", "2", "3", "4"]);
  });
});

describe("notes under a table", () => {
  const row = (...cells: string[]): Block => ({ type: "row", cells });
  const text = (words: string): Block => ({ type: "text", text: words });

  it("stand under a label, which goes with them, and end at the first line opening with no mark", () => {
    const blocks = withTableNotes([
      row("TT", "Nội dung", "Thời gian"),
      row("1", "Tập huấn", "*"),
      text("Ghi chú:"),
      text("* Trước kỳ nghỉ hè, chậm nhất ngày 31/5/2025."),
      text("Các đơn vị báo cáo kết quả về Sở."),
      text("* Dòng này không còn là ghi chú của bảng."),
    ]);
    expect(blocks).toEqual([
      row("TT", "Nội dung", "Thời gian"),
      {
        type: "row",
        cells: ["1", "Tập huấn", ""],
        notes: [[], [], ["Trước kỳ nghỉ hè, chậm nhất ngày 31/5/2025."]],
        written: "1 | Tập huấn | *",
      },
      text("Các đơn vị báo cáo kết quả về Sở."),
      text("* Dòng này không còn là ghi chú của bảng."),
    ]);
  });

  it("leave a header's marked title as written, and a paragraph that is no note where it is", () => {
    const blocks = [row("TT", "Nội dung", "Thời gian (*)"), row("1", "Tập huấn", "Tháng 5"), text("(*) Năm 2025.")];
    expect(withTableNotes(blocks)).toEqual(blocks);
  });

  it("are read in one pass over a long document", () => {
    const many: Block[] = [row("TT", "Nội dung", "Thời gian")];
    for (let i = 0; i < 5000; i++) many.push(row(String(i), "Việc", i % 2 ? "(*)" : "Tháng 5"));
    for (let i = 0; i < 5000; i++) many.push(text(i % 2 ? "(*) Chậm nhất ngày 30/6/2025." : "(**) Ghi chú."));
    const started = performance.now();
    // The note explaining a cell goes; a note no cell points to stays.
    expect(withTableNotes(many)).toHaveLength(5001 + 2500);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
