// Units cited by number codes that a legend above the table spells out once.
import { describe, expect, it } from "vitest";
import { readUnitCodes, spellCodes } from "../../src/plan/unit-codes.ts";
import type { Block } from "../../src/plan/document.ts";
import { parse, table, tasks } from "../support/text-plans.ts";
import { unitCodes } from "../support/large-inputs.ts";

const text = (t: string): Block => ({ type: "text", text: t });

describe("a legend of unit codes", () => {
  it("gives each code its unit, the legend continued on a paragraph of its own", () => {
    const codes = readUnitCodes([
      text("Ghi chú: (1) Sở Tư pháp; (2) Công an tỉnh;"),
      text("(3) Các sở, ban, ngành tỉnh; (4) UBND các huyện, thị xã."),
    ]);
    expect([...codes]).toEqual([
      ["(1)", "Sở Tư pháp"],
      ["(2)", "Công an tỉnh"],
      ["(3)", "Các sở, ban, ngành tỉnh"],
      ["(4)", "UBND các huyện, thị xã"],
    ]);
  });

  it("is no enumeration of work, no list out of turn, no sentence citing a code", () => {
    expect(readUnitCodes([text("Nội dung gồm: (1) Rà soát hồ sơ; (2) Xây dựng dự thảo; (3) Lấy ý kiến.")]).size).toBe(
      0,
    );
    expect(readUnitCodes([text("Đơn vị: (1) Sở Y tế; (3) Sở Tư pháp; (4) Công an tỉnh.")]).size).toBe(0);
    expect(readUnitCodes([text("Thực hiện theo mục (1) Sở Y tế; (2) Sở Tư pháp; (3) Công an tỉnh.")]).size).toBe(0);
  });

  it("spells codes written together as that many units, and leaves a code it lacks", () => {
    const codes = new Map([
      ["(1)", "Sở Tư pháp"],
      ["(2)", "Công an tỉnh"],
    ]);
    expect(spellCodes("(1), (2)", codes)).toBe("Sở Tư pháp; Công an tỉnh");
    expect(spellCodes("(2); các đơn vị liên quan", codes)).toBe("Công an tỉnh; các đơn vị liên quan");
    expect(spellCodes("(1), (9)", codes)).toBe("(1), (9)");
  });

  it("reads a table's lead and partner cells as the legend's units", () => {
    const plan = parse(
      [
        "Đơn vị thực hiện: (1) Sở Y tế; (2) Sở Tư pháp; (3) Công an tỉnh; (4) UBND các huyện, thành phố.",
        table([
          ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời hạn"],
          ["1", "Kiểm tra an toàn thực phẩm tại bếp ăn tập thể", "(1)", "(3), (4)", "Quý II/2024"],
          ["2", "Rà soát văn bản quy phạm pháp luật", "(2)", "(1); các cơ quan liên quan", "Tháng 9/2024"],
        ]),
      ].join("\n"),
    );
    const read = tasks(plan);
    expect(read[0]!.slice(0, 3)).toEqual(["1", "2024-06-30", ["Sở Y tế"]]);
    expect(read[0]![3]).toContain("Công an tỉnh");
    expect((read[0]![3] as string[]).length).toBeGreaterThan(2);
    expect(read[1]).toEqual(["2", "2024-09-30", ["Sở Tư pháp"], ["Sở Y tế", "?các cơ quan liên quan"]]);
  });

  it("reads a legend of hundreds of codes and thousands of cells at once", () => {
    const { legend, cell, cells: many } = unitCodes(999);
    const codes = readUnitCodes(legend);
    expect(spellCodes(cell, codes).split("; ")).toHaveLength(999);
    const cells = many.map((c) => spellCodes(c, codes));
    expect(cells[998]).toBe("Sở số 999; Sở số 7");
    expect(codes.size).toBe(999);
  });
});
