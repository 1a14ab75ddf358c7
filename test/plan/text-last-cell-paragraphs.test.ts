// A table copied out of Word as text writes a last cell of two paragraphs over two lines: the row's line ends
// with the cell's first paragraph, and its second stands alone on the next line, with no tab.
import { describe, expect, it } from "vitest";
import { readTextPlan } from "../../src/plan/read-text.ts";
import { parse, tasks } from "../support/text-plans.ts";
import { lastCellRows } from "../support/large-inputs.ts";

const HEADER = "TT\tCông việc\tCơ quan chủ trì\tCơ quan phối hợp\tThời hạn";
const rowsOf = (text: string) => {
  const read = readTextPlan(text);
  if (!read.ok) throw new Error(read.error.code);
  return read.document.blocks.map((b) => (b.type === "row" ? b.cells : b.text));
};

describe("a last cell broken over lines in a text copy", () => {
  it("takes the paragraph after a cell closing on a semicolon or comma into that cell", () => {
    const text = [
      HEADER,
      "1\tSoạn quy chế\tSở Nội vụ\tSở Tư pháp\tLấy ý kiến: 12/5;",
      "Trình ký: 02/6/2027",
      "2\tKiểm tra\tSở Y tế\t\tQuý III/2027",
    ];
    expect(rowsOf(text.join("\n"))).toEqual([
      HEADER.split("\t"),
      ["1", "Soạn quy chế", "Sở Nội vụ", "Sở Tư pháp", "Lấy ý kiến: 12/5; Trình ký: 02/6/2027"],
      ["2", "Kiểm tra", "Sở Y tế", "", "Quý III/2027"],
    ]);
  });

  it("takes a named entry under a cell of named entries, punctuation or none", () => {
    const text = [
      HEADER,
      "1\tKhảo sát\tSở Xây dựng\t\tKhởi động: tháng 3/2027",
      "Kết thúc: tháng 5/2027",
      "",
      "Đoạn văn sau bảng.",
    ];
    expect(rowsOf(text.join("\n"))[1]).toEqual([
      "1",
      "Khảo sát",
      "Sở Xây dựng",
      "",
      "Khởi động: tháng 3/2027 Kết thúc: tháng 5/2027",
    ]);
  });

  it("leaves a section line between rows, and a sentence under a cell that closes, as they are", () => {
    const text = [
      HEADER,
      "1\tA việc\tSở Y tế\t\tQuý I/2027;",
      "II. NHÓM THỨ HAI",
      "2\tB việc\tSở Y tế\t\tQuý II/2027",
      "Các đơn vị báo cáo hằng tháng.",
    ];
    const rows = rowsOf(text.join("\n"));
    expect(rows).toContain("II. NHÓM THỨ HAI");
    expect(rows).toContain("Các đơn vị báo cáo hằng tháng.");
  });

  it("dates each row by the step its broken cell names last", () => {
    const plan = parse(
      [
        "I. NHIỆM VỤ",
        HEADER,
        "1\tXây dựng quy chế phối hợp\tSở Nội vụ\tSở Tư pháp\tLấy ý kiến: 12/5;",
        "Trình ký: 02/6/2024",
        "2\tTổ chức tập huấn\tSở Y tế\tSở Nội vụ\tMở lớp: 10/7;",
        "Tổng kết: 26/7/2024",
      ].join("\n"),
    );
    expect(tasks(plan).map((t) => t.slice(0, 2))).toEqual([
      ["1", "2024-06-02"],
      ["2", "2024-07-26"],
    ]);
  });

  it("reads thousands of such rows", () => {
    const rows = rowsOf(lastCellRows(4000));
    expect(rows).toHaveLength(4001);
  });
});
