// The pure parts of importing a plan: the summary an admin sees, the units offered for a name
// not understood, the directory with the admin's answers, and the diff of a plan that
// repeats a ref.
import { describe, expect, it } from "vitest";
import { shippedDirectory } from "../../src/domain/directories/index.ts";
import { diffPlans, pairTasks, type TaskSnapshot } from "../../src/domain/plan-changes.ts";
import { nameTag, summarizeImport, withChoices, type PlanToSummarize } from "../../src/domain/plan-import.ts";
import { createResolver } from "../../src/domain/resolve-units.ts";
import { suggestUnits } from "../../src/domain/unit-suggestions.ts";

const unit = (name: string, resolved = true) => ({ name, kind: "department" as const, resolved });

const plan: PlanToSummarize = {
  province: "Lai Châu",
  tasks: [
    { ref: "I", kind: "heading", deadline: null, lead: [], coordinators: [] },
    { ref: "1", kind: "task", deadline: {}, lead: [unit("Sở Nội vụ")], coordinators: [unit("Sở TT-TT", false)] },
    {
      ref: "2",
      kind: "task",
      deadline: { inheritedFrom: "I" },
      lead: [unit("Sở TT-TT", false)],
      coordinators: [unit("Các sở, ngành liên quan", false)],
    },
    { ref: "3", kind: "task", deadline: null, lead: [], coordinators: [] },
  ],
  quotas: [
    { unit: "Sở Nội vụ", resolved: true },
    { unit: "Ban Phép thuật", resolved: false },
  ],
};

describe("the import summary", () => {
  it("counts tasks but not headings, and lists each unknown name once with its refs", () => {
    expect(summarizeImport(plan, "Thái Nguyên")).toEqual({
      province: "Lai Châu",
      foreign: true,
      tasks: 3,
      withDeadline: 2,
      withLead: 2,
      inherited: 1,
      quotas: 2,
      unresolved: [
        { name: "Sở TT-TT", kind: "department", refs: ["1", "2"] },
        { name: "Ban Phép thuật", kind: "department", refs: ["quota"] },
      ],
      // A group naming nobody in particular is no unit to ask about.
      kept: [{ name: "Các sở, ngành liên quan", kind: "department", refs: ["2"] }],
      unplaced: { count: 0, lines: [] },
    });
  });

  it("keeps the names the admin ignored apart, whatever their case or accents", () => {
    const summary = summarizeImport(plan, "Lai Châu", ["so tt-tt"]);
    expect(summary.foreign).toBe(false);
    expect(summary.unresolved.map((n) => n.name)).toEqual(["Ban Phép thuật"]);
    expect(summary.kept.map((n) => n.name)).toEqual(["Sở TT-TT", "Các sở, ngành liên quan"]);
  });
});

describe("the units offered for a name not understood", () => {
  const units = createResolver(shippedDirectory("Thái Nguyên")!);

  it("puts the unit sharing the most words first", () => {
    expect(suggestUnits(units, "Sở Thông tin - TT", 3)[0]!.name).toBe("Sở Thông tin và Truyền thông");
    expect(suggestUnits(units, "Sở Tài nguyên - MT", 3)[0]!.name).toBe("Sở Tài nguyên và Môi trường");
    expect(suggestUnits(units, "Sở Văn hoá Thể thao", 3)[0]!.name).toBe("Sở Văn hóa, Thể thao và Du lịch");
  });

  it("offers nothing that shares nothing with the name, and at most the limit", () => {
    expect(suggestUnits(units, "Xyz Qwv", 5)).toEqual([]);
    expect(suggestUnits(units, "Sở", 2).length).toBeLessThanOrEqual(2);
  });
});

describe("the directory with the admin's answers", () => {
  it("resolves an alias to its unit and a new unit by its name", () => {
    const directory = withChoices(shippedDirectory("Thái Nguyên")!, [
      { name: "Sở TT-TT tỉnh", action: "alias", unit: "Sở Thông tin và Truyền thông" },
      { name: "Trung tâm Phục vụ hành chính công tỉnh", action: "create", kind: "other" },
      { name: "Ban Phép thuật", action: "ignore" },
    ]);
    const resolver = createResolver(directory);
    expect(resolver.resolveList("Sở TT-TT tỉnh; Trung tâm Phục vụ hành chính công tỉnh; Ban Phép thuật")).toEqual([
      { name: "Sở Thông tin và Truyền thông", kind: "department", resolved: true },
      { name: "Trung tâm Phục vụ hành chính công tỉnh", kind: "other", resolved: true },
      { name: "Ban Phép thuật", kind: "other", resolved: false },
    ]);
  });

  it("tags a name the same way however it is typed, and tags two names apart", () => {
    expect(nameTag("Sở TT-TT")).toBe(nameTag("SỞ  tt tt"));
    expect(nameTag("Sở TT-TT")).not.toBe(nameTag("Sở TT-TT tỉnh"));
    expect(nameTag("Sở TT-TT")).toMatch(/^[0-9a-f]{8}$/);
  });
});

describe("a plan that repeats a ref", () => {
  const task = (ref: string, title: string, deadlineText: string | null = null): TaskSnapshot => ({
    ref,
    title,
    deadlineText,
    effectiveDue: null,
    lead: [],
    coordinators: [],
  });
  const stored = [task("III", "TỔ CHỨC THỰC HIỆN"), task("I", "Mục tiêu"), task("III", "TRÁCH NHIỆM", "Năm 2026")];

  it("pairs each task with its own, by ref and title", () => {
    const read = [task("III", "TRÁCH NHIỆM", "Năm 2026"), task("I", "Mục tiêu"), task("III", "TỔ CHỨC THỰC HIỆN")];
    expect(diffPlans(stored, read)).toEqual([]);
    expect(pairTasks(stored, read).pairs.map(([a, b]) => [a.title, b.title])).toEqual([
      ["TRÁCH NHIỆM", "TRÁCH NHIỆM"],
      ["Mục tiêu", "Mục tiêu"],
      ["TỔ CHỨC THỰC HIỆN", "TỔ CHỨC THỰC HIỆN"],
    ]);
  });

  it("reports a changed title of one of them as that change only", () => {
    const read = [
      task("III", "TỔ CHỨC THỰC HIỆN KẾ HOẠCH"),
      task("I", "Mục tiêu"),
      task("III", "TRÁCH NHIỆM", "Năm 2026"),
    ];
    expect(diffPlans(stored, read)).toEqual([
      { kind: "title-changed", ref: "III", from: "TỔ CHỨC THỰC HIỆN", to: "TỔ CHỨC THỰC HIỆN KẾ HOẠCH" },
    ]);
  });
});
