// "Tổ công tác liên ngành (Sở A chủ trì, Sở B phối hợp): …": a team the directory lacks opens the sentence, and the
// bracket after its name says which unit chairs it and which take part; those units answer for the work.
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import { createResolver } from "../../src/domain/resolve-units.ts";
import { readClause } from "../../src/plan/clause.ts";
import { teamBracket } from "../../src/plan/team-bracket.ts";

const names = (list: { name: string }[]) => list.map((u) => u.name);
const resolver = createResolver(THAI_NGUYEN);

describe("a team with a bracket of roles opening the sentence", () => {
  it("is led by the unit the bracket says chairs it, the others taking part", () => {
    const read = readClause(
      resolver,
      "Tổ công tác liên ngành (Sở Y tế chủ trì, Sở Tư pháp và Công an tỉnh phối hợp): kiểm tra cơ sở khám bệnh trong quý III/2027",
    );
    expect(names(read.lead)).toEqual(["Sở Y tế"]);
    expect(names(read.coordinators)).toEqual(["Sở Tư pháp", "Công an tỉnh"]);
  });

  it("keeps partners the rest of the sentence names", () => {
    const read = readClause(
      resolver,
      "Đoàn giám sát (Sở Nội vụ chủ trì) làm việc tại các xã, phối hợp với Sở Tài chính, trước ngày 30/9/2027",
    );
    expect(names(read.lead)).toEqual(["Sở Nội vụ"]);
    expect(names(read.coordinators)).toEqual(["Sở Tài chính"]);
  });

  it("leaves a unit of the directory and a bracket saying no role as they were", () => {
    const unit = readClause(resolver, "Sở Y tế (cơ quan thường trực): phối hợp với Sở Tư pháp rà soát thủ tục");
    expect(names(unit.lead)).toEqual(["Sở Y tế"]);
    const aside = readClause(resolver, "Tổ công tác (thành lập năm 2026): Sở Nội vụ tổng hợp kết quả");
    expect(names(aside.lead)).not.toContain("Sở Y tế");
  });

  it("reads 100 KB of brackets within bounds", () => {
    const started = performance.now();
    expect(teamBracket(`${"Tổ ".repeat(40_000)}(Sở Y tế chủ trì): rà soát`)).toBeNull();
    expect(teamBracket(`Tổ công tác (${"Sở Y tế chủ trì, ".repeat(7_000)}): rà soát`)).toBeNull();
    const read = readClause(resolver, `Tổ công tác (Sở Y tế chủ trì): ${"rà soát hồ sơ, ".repeat(7_000)}`);
    expect(names(read.lead)).toEqual(["Sở Y tế"]);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
