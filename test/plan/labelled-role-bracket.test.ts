// A bracket inside a sentence labelled "phối hợp:" names the task's coordinators, as the label does outside one.
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import { createResolver } from "../../src/domain/resolve-units.ts";
import { readClause } from "../../src/plan/clause.ts";

const names = (list: { name: string }[]) => list.map((u) => u.name);

describe("a bracket labelled with the partners' role", () => {
  const resolver = createResolver(THAI_NGUYEN);
  const read = readClause(
    resolver,
    "Giao Sở Y tế chủ trì cấp thẻ khám chữa bệnh điện tử cho người cao tuổi (phối hợp: Sở Tài chính, Công an tỉnh); thời gian: quý II/2027",
  );

  it("names the coordinators inside it and leaves the lead alone", () => {
    expect(names(read.lead)).toEqual(["Sở Y tế"]);
    expect(names(read.coordinators)).toEqual(["Sở Tài chính", "Công an tỉnh"]);
  });

  it("names no one from an unlabelled aside", () => {
    const aside = readClause(resolver, "Giao Sở Y tế chủ trì cấp thẻ (trừ Sở Tài chính, Công an tỉnh); quý II/2027");
    expect(names(aside.coordinators)).toEqual([]);
  });
});
