// A role in brackets closes the name it follows: "Sở A (chủ trì)" on one line of a units cell and "Sở B" on the next,
// the cell's lines joined with a space ("Sở A (chủ trì) Sở B"), name a lead and a partner, as "Sở A (chủ trì); Sở B"
// does. So does a sentence writing the next unit straight after the bracket.
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import { createResolver } from "../../src/domain/resolve-units.ts";
import { readClause } from "../../src/plan/clause.ts";
import { parse, tasks } from "../support/text-plans.ts";

const names = (list: { name: string }[]) => list.map((u) => u.name);

describe("a role in brackets before the next unit's name", () => {
  const resolver = createResolver(THAI_NGUYEN);
  const read = (text: string) => {
    const clause = readClause(resolver, text);
    return [names(clause.lead), names(clause.coordinators)];
  };

  it("ends the lead's name: the units after it are partners", () => {
    expect(read("Sở Tư pháp (chủ trì) Sở Nội vụ")).toEqual([["Sở Tư pháp"], ["Sở Nội vụ"]]);
    expect(read("Sở Tư pháp (Chủ trì) Sở Nội vụ, Sở Tài chính")).toEqual([
      ["Sở Tư pháp"],
      ["Sở Nội vụ", "Sở Tài chính"],
    ]);
    expect(read("Sở Tư pháp (chủ trì) Sở Nội vụ, Sở Tài chính phối hợp thực hiện")).toEqual([
      ["Sở Tư pháp"],
      ["Sở Nội vụ", "Sở Tài chính"],
    ]);
  });

  it("ends a partner's name before the next partner's", () => {
    expect(read("Sở Tư pháp (chủ trì) Sở Nội vụ (phối hợp) Sở Tài chính (phối hợp)")).toEqual([
      ["Sở Tư pháp"],
      ["Sở Nội vụ", "Sở Tài chính"],
    ]);
  });

  it("leaves a role followed by what the unit does as it was", () => {
    expect(read("Sở Tư pháp (chủ trì) tổng hợp, báo cáo UBND tỉnh")).toEqual([["Sở Tư pháp"], []]);
  });

  it("reads a units cell whose lines were joined", () => {
    const plan = parse(
      [
        "STT\tNội dung\tĐơn vị thực hiện\tThời hạn",
        "1\tRà soát văn bản\tSở Tư pháp (chủ trì) Sở Nội vụ\t30/6/2024",
        "2\tKiểm tra cải cách hành chính\tSở Nội vụ (chủ trì) Sở Tư pháp Sở Tài chính\t30/9/2024",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-06-30", ["Sở Tư pháp"], ["Sở Nội vụ"]],
      ["2", "2024-09-30", ["Sở Nội vụ"], ["Sở Tư pháp", "Sở Tài chính"]],
    ]);
  });

  it("reads a cell of 2,000 units each after a bracketed role", () => {
    const cell = Array.from({ length: 2000 }, (_, k) => (k % 2 ? "Sở Nội vụ (phối hợp)" : "Sở Tư pháp (chủ trì)"));
    expect(read(cell.join(" "))).toEqual([["Sở Tư pháp"], ["Sở Nội vụ"]]);
  });
});
