// A header whose title merged over two columns ("Quy mô" over "Số lớp" | "Số học viên") is copied as text once: the
// lower row, one cell wider, is the header's too, and the columns after the title are where the lower row puts them.
import { describe, expect, it } from "vitest";
import type { Block } from "../../src/plan/document.ts";
import { headerRows, mapColumns } from "../../src/plan/table-header.ts";
import { parse, table, tasks } from "../support/text-plans.ts";

describe("a title over number columns, copied as text", () => {
  it("lines the who and when columns up with the body", () => {
    const plan = parse(
      table([
        ["STT", "Tên lớp bồi dưỡng", "Đối tượng", "Quy mô", "Thời gian", "Đơn vị chủ trì", "Đơn vị phối hợp"],
        ["", "", "", "Số lớp", "Số học viên", "", "", ""],
        [
          "1",
          "Bồi dưỡng kỹ năng soạn thảo văn bản",
          "Công chức cấp xã",
          "2",
          "120",
          "Quý II/2024",
          "Sở Nội vụ",
          "Sở Tư pháp",
        ],
        ["2", "Bồi dưỡng nghiệp vụ kế toán", "Kế toán cấp xã", "1", "60", "Tháng 9/2024", "Sở Tài chính", ""],
        ["", "Tổng cộng", "", "3", "180", "", "", ""],
      ]),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-06-30", ["Sở Nội vụ"], ["Sở Tư pháp"]],
      ["2", "2024-09-30", ["Sở Tài chính"], []],
    ]);
  });
});

// A PDF's grid gives a title merged across columns ("Thời hạn" over a solar and a lunar date) to its first column and
// leaves the next empty: the row under it labels the split title's columns and is the header's second row, never a
// header of its own that forgets the time.
const row = (...cells: string[]): Block => ({ type: "row", cells });

describe("a title split over two columns in a grid", () => {
  const blocks = [
    row("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn", ""),
    row("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Dương lịch", "Âm lịch"),
    row("1", "Kiểm tra", "Sở Y tế", "30/6/2024", "25 tháng Năm"),
  ];

  it("takes the row under it into the header", () => {
    const headers = headerRows(blocks, 0);
    expect(headers).toHaveLength(2);
    expect(mapColumns(headers, null).deadline).toBe(3);
  });

  it("but a row repeating every title above splits nothing", () => {
    const repeated = [blocks[0]!, row("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn", ""), blocks[2]!];
    expect(headerRows(repeated, 0)).toHaveLength(1);
  });
});
