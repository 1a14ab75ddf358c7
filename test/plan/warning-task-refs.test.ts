// A table whose groups number their rows anew ("I" over 1, 2; "II" over 1, 2) cites its rows "I.1", "II.2"; a warning
// about a row names it so, as `/tasks` shows it, never by the bare number under which it was read. A group row whose
// words stand where a unit would ("III | CÁC ĐƠN VỊ KHÁC") is a heading, no unit the admin is asked to map; an unknown
// unit a row names is still asked about.
import { describe, expect, it } from "vitest";
import { summarizeImport } from "../../src/domain/plan-import.ts";
import type { PlanWarning, TaskDraft } from "../../src/plan/parsed-plan.ts";
import { withoutTitleNames } from "../../src/plan/title-names.ts";
import { withTaskRefs } from "../../src/plan/warning-refs.ts";
import { parse } from "../support/text-plans.ts";

const warned = (warnings: PlanWarning[]) =>
  warnings.filter((w) => w.code !== "unit-succeeded").map((w) => [w.code, w.args.ref, w.args.name ?? w.args.text]);

describe("warnings about the rows of groups numbered anew", () => {
  it("name each row by its group and number", () => {
    const plan = parse(
      [
        "PHỤ LỤC",
        "STT\tNội dung công việc\tĐơn vị chủ trì\tThời gian hoàn thành",
        "I\tTHỂ CHẾ\t\t",
        "1\tRà soát quy chế làm việc\tSở Tư pháp\tTháng 5/2024",
        "2\tĐánh giá việc thi hành văn bản\tTrung tâm Trọng tài Miền Núi\tTháng 6/2024",
        "II\tHIỆN ĐẠI HÓA\t\t",
        "1\tNâng cấp cổng dịch vụ công\tCông ty Phần mềm Đông Bắc\tTháng 8/2024",
        "2\tTập huấn chữ ký số\tSở Nội vụ\tThường xuyên",
      ].join("\n"),
    );
    expect(plan.tasks.filter((t) => t.kind === "task").map((t) => t.ref)).toEqual(["I.1", "I.2", "II.1", "II.2"]);
    expect(warned(plan.warnings)).toEqual([
      ["unresolved-unit", "I.2", "Trung tâm Trọng tài Miền Núi"],
      ["unresolved-unit", "II.1", "Công ty Phần mềm Đông Bắc"],
      ["deadline-without-date", "II.2", "Thường xuyên"],
    ]);
  });

  it("take the rows in order when two warnings alike were read under one number", () => {
    const task = (ref: string): TaskDraft => ({
      ref,
      parentRef: null,
      title: "Việc",
      deadline: null,
      lead: [{ name: "Ban X", kind: "other", resolved: false }],
      coordinators: [],
    });
    const warning = { code: "unresolved-unit" as const, args: { ref: "1", name: "Ban X" } };
    const cited = withTaskRefs([warning, warning, warning], [task("A.1"), task("B.1")]);
    expect(cited.map((w) => w.args.ref)).toEqual(["A.1", "B.1", "B.1"]);
    // A row read under its own ref keeps its warning; a warning about no task read stays as written.
    expect(withTaskRefs([warning], [task("1"), task("A.1")])[0]!.args.ref).toBe("1");
    expect(withTaskRefs([{ ...warning, args: { ref: "9", name: "Ban X" } }], [task("A.1")])[0]!.args.ref).toBe("9");
  });

  it("are cited within bounds among 100 KB of rows numbered alike", () => {
    const tasks: TaskDraft[] = Array.from({ length: 10_000 }, (_, k) => ({
      ref: `${k}.1`,
      parentRef: null,
      title: "Việc",
      deadline: null,
      lead: [{ name: `Ban ${k}`, kind: "other", resolved: false }],
      coordinators: [],
    }));
    const warnings = tasks.map((_, k) => ({ code: "unresolved-unit" as const, args: { ref: "1", name: `Ban ${k}` } }));
    const cited = withTaskRefs(warnings, tasks);
    expect(cited.map((w) => w.args.ref)).toEqual(tasks.map((t) => t.ref));
  });
});

describe("a group row whose words stand in the units' column", () => {
  const targets = [
    "BẢNG GIAO CHỈ TIÊU SỐ HÓA HỒ SƠ NĂM 2024",
    "STT\tĐơn vị\tTỷ lệ số hóa (%)\tThời hạn",
    "I\tCÁC SỞ, BAN, NGÀNH\t\t",
    "1\tSở Tư pháp\t90\tTháng 10/2024",
    "2\tSở Y tế\t85\tTháng 10/2024",
    "II\tKHỐI ĐƠN VỊ ĐẶC THÙ\t\t",
    "1\tCông an tỉnh\t95\tTháng 11/2024",
    "2\tTrung tâm Lưu trữ Miền Núi\t80\tTháng 11/2024",
  ].join("\n");

  it("is no name to resolve, while a row's unknown unit is", () => {
    const plan = parse(targets);
    const summary = summarizeImport(plan, plan.province);
    expect(summary.unresolved.map((n) => [n.name, n.refs])).toEqual([["Trung tâm Lưu trữ Miền Núi", ["II.2"]]]);
    expect(warned(plan.warnings)).toEqual([["unresolved-unit", "II.2", "Trung tâm Lưu trữ Miền Núi"]]);
  });

  it("keeps a heading's unknown unit that a task under it carries", () => {
    const unit = { name: "Ban Y", kind: "other" as const, resolved: false };
    const heading = { ref: "1", parentRef: null, title: "BAN Y", deadline: null, kind: "heading", coordinators: [] };
    const row = { ...heading, ref: "1.1", parentRef: "1", title: "Việc", kind: "task" };
    const warnings: PlanWarning[] = [{ code: "unresolved-unit", args: { ref: "1", name: "Ban Y" } }];
    const kept = withoutTitleNames(
      [
        { ...heading, lead: [unit] },
        { ...row, lead: [unit] },
      ],
      warnings,
    );
    expect(kept.tasks.map((t) => t.lead.length)).toEqual([1, 1]);
    expect(kept.warnings).toHaveLength(1);
    const dropped = withoutTitleNames(
      [
        { ...heading, lead: [unit] },
        { ...row, lead: [] },
      ],
      warnings,
    );
    expect(dropped.tasks.map((t) => t.lead.length)).toEqual([0, 0]);
    expect(dropped.warnings).toEqual([]);
    expect(warnings, "the warnings given are left as they were").toHaveLength(1);
  });

  it("is told within bounds over 100 KB of nested headings", () => {
    const unit = { name: "Ban Z", kind: "other" as const, resolved: false };
    const tasks = Array.from({ length: 20_000 }, (_, k) => ({
      ref: `r${k}`,
      parentRef: k === 0 ? null : `r${k - 1}`,
      title: "Nhóm",
      deadline: null,
      kind: k === 19_999 ? "task" : "heading",
      lead: [unit],
      coordinators: [],
    }));
    const warnings: PlanWarning[] = tasks.map((t) => ({
      code: "unresolved-unit",
      args: { ref: t.ref, name: "Ban Z" },
    }));
    const read = withoutTitleNames(tasks, warnings);
    // The task's name is looked for a bounded number of headings up: those above keep it no more.
    const carrying = read.tasks.filter((t) => t.lead.length > 0).length;
    expect(carrying).toBeGreaterThan(1);
    expect(carrying).toBeLessThan(20);
    expect(read.warnings.length).toBe(carrying);
  });
});
