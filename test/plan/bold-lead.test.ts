// One units cell whose lead is written in bold, as a note under the table's title says ("đơn vị in đậm chủ trì"):
// the bold units lead wherever they stand in the cell, the others coordinate.
import { describe, expect, it } from "vitest";
import { saysBoldLeads, withBoldLeads } from "../../src/plan/marked-lead.ts";
import { Emphasis } from "../../src/plan/emphasis.ts";
import type { Block } from "../../src/plan/document.ts";
import { parse, tasks } from "../support/text-plans.ts";

const NOTE = "Ghi chú: đơn vị in đậm là đơn vị chủ trì, các đơn vị khác cùng ô phối hợp thực hiện.";

const table = [
  ["TT", "Thời gian", "Nội dung", "Đơn vị thực hiện"],
  ["1", "Tháng 8/2024", "Chỉnh lý tài liệu lưu trữ", "Sở Tư pháp; **Sở Xây dựng**"],
  ["2", "Tháng 9/2024", "Số hóa hồ sơ đất đai", "Sở Y tế; **Sở Tài chính**; Công an tỉnh"],
  ["3", "Tháng 10/2024", "Tập huấn nghiệp vụ", "Sở Xây dựng; Sở Tư pháp"],
]
  .map((cells) => cells.join("\t"))
  .join("\n");

describe("a units cell whose leads are in bold, as a note says", () => {
  it("reads the bold units as leads and the others as coordinators", () => {
    const [first, second, third] = tasks(parse(`${NOTE}\n${table}`));
    expect(first).toEqual(["1", "2024-08-31", ["Sở Xây dựng"], ["Sở Tư pháp"]]);
    expect(second).toEqual(["2", "2024-09-30", ["Sở Tài chính"], ["Sở Y tế", "Công an tỉnh"]]);
    expect(third![2]).toEqual(["Sở Xây dựng", "Sở Tư pháp"]);
  });

  it("knows the note, and reads no lead from bold without it", () => {
    expect(saysBoldLeads(NOTE)).toBe(true);
    expect(saysBoldLeads("(Cơ quan in đậm là cơ quan chủ trì; các cơ quan còn lại phối hợp)")).toBe(true);
    expect(saysBoldLeads("Các chỉ tiêu in đậm là chỉ tiêu trọng tâm của năm.")).toBe(false);
    const [first] = tasks(parse(table));
    expect(first![2]).toEqual(["Sở Tư pháp", "Sở Xây dựng"]);
  });

  it("takes a cell's bold passages run by run, none from a cell bold whole", () => {
    const cell = new Emphasis();
    for (const [text, bold] of [
      ["Sở ", true],
      ["Y tế", true],
      ["; Sở Nội vụ", false],
    ] as const)
      cell.add(text, bold);
    expect(cell.read()).toEqual(["Sở Y tế"]);
    const whole = new Emphasis();
    whole.add("Sở Y tế", true);
    expect(whole.read()).toEqual([]);
  });

  it("marks the bold units of twenty thousand rows", () => {
    const n = 20_000;
    const rows: Block[] = Array.from({ length: n }, (_, i) => ({
      type: "row",
      cells: [`${i + 1}`, "Sở Tư pháp; Sở Xây dựng"],
      emphasis: ["Sở Xây dựng"],
    }));
    const out = withBoldLeads([{ type: "text", text: NOTE }, ...rows]);
    expect(out).toHaveLength(n + 1);
    expect(out[n]).toMatchObject({ cells: [`${n}`, "Sở Tư pháp; Sở Xây dựng (*)"] });
  });
});
