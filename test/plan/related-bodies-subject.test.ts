// "Văn phòng UBND tỉnh, Sở Tư pháp và các cơ quan liên quan cử công chức …": a list of subjects may close on a group
// of bodies in lower case, named by what they are rather than by name. The group does the work with them: it leads
// too, kept unresolved for the admin to name, as it is when it opens the sentence.
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import { createResolver } from "../../src/domain/resolve-units.ts";
import { readClause } from "../../src/plan/clause.ts";
import { parse, tasks, unresolvedNames } from "../support/text-plans.ts";

describe("a list of subjects closing on a group of bodies", () => {
  it.each([
    [
      "2. Văn phòng UBND tỉnh, Sở Tư pháp và các cơ quan liên quan cử công chức tham gia Đoàn kiểm tra, gửi danh sách về Sở Nội vụ trước ngày 20/3/2026.",
      ["Văn phòng UBND tỉnh", "Sở Tư pháp", "?các cơ quan liên quan"],
    ],
    [
      "2. Sở Y tế, Sở Tài chính và các đơn vị có liên quan rà soát danh mục thiết bị, hoàn thành trước ngày 20/3/2026.",
      ["Sở Y tế", "Sở Tài chính", "?các đơn vị có liên quan"],
    ],
    [
      "2. Sở Nội vụ, các sở, ngành liên quan rà soát vị trí việc làm, hoàn thành trước ngày 20/3/2026.",
      ["Sở Nội vụ", "?các sở, ngành liên quan"],
    ],
  ])("%s", (sentence, lead) => {
    const plan = parse(`I. NHIỆM VỤ\n${sentence}`, { issued: "2026-03-02" });
    expect(tasks(plan)).toEqual([["I.2", "2026-03-19", lead, []]]);
    expect(unresolvedNames(plan)).toEqual([lead.at(-1)!.slice(1)]);
  });

  it("leaves a group after the verb to the partners' reading", () => {
    const plan = parse("I. NHIỆM VỤ\n2. Sở Nội vụ hướng dẫn các cơ quan liên quan trước ngày 20/3/2026.", {
      issued: "2026-03-02",
    });
    expect(tasks(plan)[0]![2]).toEqual(["Sở Nội vụ"]);
  });

  it("reads a list of 3,000 subjects closing on a group", () => {
    const names = Array.from({ length: 3000 }, () => "Sở Y tế").join(", ");
    const read = readClause(createResolver(THAI_NGUYEN), `${names} và các cơ quan liên quan rà soát danh mục`);
    expect(read.lead.at(-1)).toMatchObject({ name: "các cơ quan liên quan", resolved: false });
  });
});
