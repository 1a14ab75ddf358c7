// "X chủ trì …, có sự phối hợp của Y": the partners named in a noun phrase, as "phối hợp với Y" names them.
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import { createResolver } from "../../src/domain/resolve-units.ts";
import { readClause } from "../../src/plan/clause.ts";

const names = (list: { name: string }[]) => list.map((u) => u.name);

describe("partners named after 'sự phối hợp của'", () => {
  const resolver = createResolver(THAI_NGUYEN);

  it("coordinate the lead's task", () => {
    const read = readClause(
      resolver,
      "Sở Y tế chủ trì tổ chức đợt khám sàng lọc cho người cao tuổi, có sự phối hợp của Sở Tài chính và Công an tỉnh",
    );
    expect(names(read.lead)).toEqual(["Sở Y tế"]);
    expect(names(read.coordinators)).toEqual(["Sở Tài chính", "Công an tỉnh"]);
  });

  it("but a body's own 'của' after no 'sự phối hợp' names no partner", () => {
    const read = readClause(resolver, "Sở Y tế tổng hợp kết quả của Sở Tài chính, báo cáo UBND tỉnh");
    expect(names(read.coordinators)).toEqual([]);
  });
});
