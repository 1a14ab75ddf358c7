// A cell of a task table signed "(*)", "**" or "(1)" and explained by a line under the table that opens with the same
// sign: the line is the cell's note, dating it as a footnote would, and never a task of its own.
import { describe, expect, it } from "vitest";
import type { Block } from "../../src/plan/document.ts";
import { withTableNotes } from "../../src/plan/table-notes.ts";
import { parse, tasks } from "../support/text-plans.ts";
import { noteSigns, signedRows } from "../support/large-inputs.ts";

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
    const many = noteSigns(5000);
    // The note explaining a cell goes; a note no cell points to stays.
    expect(withTableNotes(many)).toHaveLength(5001 + 2500);
  });
});

const tableText = (rows: string[][]) => rows.map((cells) => cells.join("\t")).join("\n");

describe("signs in a table's cells and the notes under the table", () => {
  it("date a row whose time cell is a sign by the note with that sign, each sign its own note", () => {
    const plan = parse(
      [
        tableText([
          ["STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn"],
          ["1", "Xây dựng cơ sở dữ liệu hộ tịch", "Sở Tư pháp", "Công an tỉnh", "(*)"],
          ["2", "Cập nhật dữ liệu quy hoạch", "Sở Xây dựng", "Sở Nội vụ", "Tháng 6/2024"],
          ["3", "Đánh giá chất lượng phục vụ", "Sở Nội vụ", "Sở Tư pháp", "(**)"],
        ]),
        "(*) Hoàn thành cùng đợt nâng cấp phần mềm, chậm nhất ngày 20/9/2024.",
        "(**) Tổ chức đánh giá trong tháng 11/2024.",
        "III. TỔ CHỨC THỰC HIỆN",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-09-20", ["Sở Tư pháp"], ["Công an tỉnh"]],
      ["2", "2024-06-30", ["Sở Xây dựng"], ["Sở Nội vụ"]],
      ["3", "2024-11-30", ["Sở Nội vụ"], ["Sở Tư pháp"]],
    ]);
  });

  it("read numbered signs under a line 'Ghi chú:', and a sign after a date whose note moves it", () => {
    const plan = parse(
      [
        tableText([
          ["TT", "Nội dung", "Đơn vị chủ trì", "Thời gian hoàn thành"],
          ["1", "Tổng hợp báo cáo cải cách hành chính", "Sở Nội vụ", "(1)"],
          ["2", "Rà soát văn bản quy phạm pháp luật", "Sở Tư pháp", "Quý III/2024 (2)"],
        ]),
        "Ghi chú:",
        "(1): Gửi báo cáo trước ngày 10/12/2024.",
        "(2) Điều chỉnh thành tháng 10/2024 theo đề nghị của Sở Tư pháp.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-12-09", ["Sở Nội vụ"], []],
      ["2", "2024-10-31", ["Sở Tư pháp"], []],
    ]);
  });

  it("leave a note whose sign no cell carries where it is", () => {
    const plan = parse(
      [
        tableText([
          ["STT", "Nhiệm vụ", "Chủ trì", "Thời hạn"],
          ["1", "Tập huấn nghiệp vụ", "Sở Nội vụ", "Tháng 5/2024"],
        ]),
        "(*) Số liệu tính đến ngày 31/12/2023.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([["1", "2024-05-31", ["Sở Nội vụ"], []]]);
  });

  it("read a table of thousands of signed rows", () => {
    const plan = parse(signedRows(3000));
    expect(plan.tasks).toHaveLength(3000);
    expect(plan.tasks.every((t) => t.deadline?.due === "2024-10-15")).toBe(true);
  });
});

describe("a row numbered in brackets", () => {
  it("keeps its number though a note under the table opens with it", () => {
    const blocks: Block[] = [
      { type: "row", cells: ["TT", "Nội dung", "Thời gian"] },
      { type: "row", cells: ["(1)", "Tập huấn", "(1)"] },
      { type: "text", text: "(1) Chậm nhất ngày 30/6/2025." },
    ];
    expect(withTableNotes(blocks)[1]).toMatchObject({ cells: ["(1)", "Tập huấn", ""] });
  });
});
