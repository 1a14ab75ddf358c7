// One units column whose leads carry a sign a note explains ("Đơn vị có dấu (*) là đơn vị chủ trì"): the marked
// units lead wherever they are written in the cell, the unmarked ones coordinate; a cell of one name leads alone.
import { describe, expect, it } from "vitest";
import { saysMarkedLeads, withMarkedLeads } from "../../src/plan/marked-lead.ts";
import { parse, tasks } from "../support/text-plans.ts";

const NOTE = "Ghi chú: Đơn vị có dấu (*) là đơn vị chủ trì; các đơn vị khác trong ô là đơn vị phối hợp.";

const table = [
  ["STT", "Nội dung", "Đơn vị thực hiện", "Thời hạn"],
  ["1", "Rà soát quy chế văn thư", "Sở Tư pháp;\nSở Xây dựng (*)", "Tháng 8/2024"],
  ["2", "Tổng hợp số liệu lưu trữ", "Văn phòng UBND tỉnh (*);\nSở Tài chính;\nSở Tư pháp", "Tháng 9/2024"],
  ["3", "Tập huấn nghiệp vụ", "Sở Xây dựng", "Tháng 10/2024"],
]
  .map((cells) => cells.join("\t"))
  .join("\n");

describe("a units cell whose leads a note's sign marks", () => {
  it("reads the marked units as leads and the others as coordinators", () => {
    const [first, second, third] = tasks(parse(`${NOTE}\n${table}`));
    expect(first).toEqual(["1", "2024-08-31", ["Sở Xây dựng"], ["Sở Tư pháp"]]);
    expect(second).toEqual(["2", "2024-09-30", ["Văn phòng UBND tỉnh"], ["Sở Tài chính", "Sở Tư pháp"]]);
    expect(third).toEqual(["3", "2024-10-31", ["Sở Xây dựng"], []]);
  });

  it("knows the note, and leaves a cell with no sign as written", () => {
    expect(saysMarkedLeads(NOTE)).toBe(true);
    expect(saysMarkedLeads("Số liệu (*) tính đến ngày 31/12/2023.")).toBe(false);
    expect(withMarkedLeads("Sở Tư pháp; Sở Xây dựng")).toBe("Sở Tư pháp; Sở Xây dựng");
    expect(withMarkedLeads("Sở Tư pháp; Sở Xây dựng (*)")).toBe("Sở Xây dựng (chủ trì); Sở Tư pháp");
  });
});
