// The pure parts of running a plan: who hears about which change, chat edits, who a
// broadcast is for, and the progress tally.
import { describe, expect, it } from "vitest";
import { resolveAudience, splitBroadcast } from "../../src/domain/audience.ts";
import { buildCalendar } from "../../src/domain/calendar.ts";
import { shippedDirectory } from "../../src/domain/directories/index.ts";
import { VIETNAM_DAYS_OFF } from "../../src/domain/holidays-vn.ts";
import { changesByUnit, diffPlans, type TaskSnapshot } from "../../src/domain/plan-changes.ts";
import { planStates, summarizeProgress } from "../../src/domain/progress.ts";
import { DEFAULT_SCORING } from "../../src/domain/scoring.ts";
import { applyEdit } from "../../src/plan/plan-edits.ts";
import type { ParsedPlan } from "../../src/plan/parsed-plan.ts";

const task = (ref: string, lead: string[], coordinators: string[] = [], effectiveDue = "2019-11-29"): TaskSnapshot => ({
  ref,
  title: `Nhiệm vụ ${ref}`,
  deadlineText: `trước ngày ${effectiveDue}`,
  effectiveDue,
  lead,
  coordinators,
});

describe("changesByUnit", () => {
  it("tells a new deadline to the units that keep the task, and an added unit only that it was added", () => {
    const before = [task("1", ["A"], ["B"]), task("2", ["C"]), task("3", ["D"])];
    const after = [task("1", ["A"], ["B", "E"], "2019-12-06"), task("2", ["C"]), task("4", ["F"])];
    const byUnit = changesByUnit(before, after, diffPlans(before, after));
    expect([...byUnit].map(([unit, changes]) => [unit, changes.map((c) => `${c.kind}:${c.ref}`)])).toEqual([
      ["A", ["deadline-changed:1"]],
      ["B", ["deadline-changed:1"]],
      ["E", ["unit-added:1"]],
      ["F", ["task-added:4"]],
      ["D", ["task-removed:3"]],
    ]);
  });
});

describe("applyEdit", () => {
  const calendar = buildCalendar(VIETNAM_DAYS_OFF);
  const plan: ParsedPlan = {
    province: "Thái Nguyên",
    plan: { number: "1/KH", date: "2019-11-15", issuer: null, title: "Kế hoạch" },
    templates: [],
    tasks: [
      {
        ref: "II.1",
        parentRef: null,
        kind: "task",
        title: "Lập danh sách",
        deadline: null,
        lead: [{ name: "Sở Y tế", kind: "department", resolved: true }],
        coordinators: [],
        templates: [],
      },
    ],
    quotas: [],
    warnings: [],
  };

  it("moves a deadline to the next working day when it falls on a day off", () => {
    const edited = applyEdit(plan, { kind: "deadline", ref: "ii.1", wording: "01/09/2019" }, calendar);
    expect(edited.ok && edited.value.tasks[0]!.deadline).toEqual({
      text: "01/09/2019",
      due: "2019-09-01",
      effectiveDue: "2019-09-03",
    }); // Sunday, then National Day
  });

  it("changes a unit's role, refuses a role it already has, and adds and removes tasks", () => {
    const yTe = { name: "Sở Y tế", kind: "department" as const, resolved: true };
    const moved = applyEdit(plan, { kind: "assign", ref: "II.1", unit: yTe, role: "coordinator" }, calendar);
    expect(moved.ok && [moved.value.tasks[0]!.lead, moved.value.tasks[0]!.coordinators]).toEqual([[], [yTe]]);
    expect(applyEdit(plan, { kind: "assign", ref: "II.1", unit: yTe, role: "lead" }, calendar)).toMatchObject({
      ok: false,
      error: { code: "assignment-unchanged" },
    });
    const added = applyEdit(
      plan,
      { kind: "add-task", ref: "II.1.1", title: "Gửi danh sách", wording: "trước ngày 30/11/2019" },
      calendar,
    );
    expect(added.ok && added.value.tasks[1]).toMatchObject({
      ref: "II.1.1",
      parentRef: "II.1",
      deadline: { effectiveDue: "2019-11-29" },
    });
    expect(applyEdit(plan, { kind: "add-task", ref: "II.1", title: "x", wording: null }, calendar)).toMatchObject({
      ok: false,
      error: { code: "task-exists" },
    });
    expect(applyEdit(plan, { kind: "remove-task", ref: "II.1" }, calendar)).toMatchObject({
      ok: true,
      value: { tasks: [] },
    });
    expect(applyEdit(plan, { kind: "remove-task", ref: "II.9" }, calendar)).toMatchObject({
      ok: false,
      error: { code: "plan-unknown-task" },
    });
  });
});

describe("broadcast audience", () => {
  const directory = shippedDirectory("Thái Nguyên")!;

  it("splits the recipients from the text, on a new line or after a colon", () => {
    expect(splitBroadcast("cấp huyện\nHọp lúc 14 giờ: phòng 2")).toEqual({
      audience: "cấp huyện",
      text: "Họp lúc 14 giờ: phòng 2",
    });
    expect(splitBroadcast("Sở Y tế, Sở Xây dựng: Họp")).toEqual({ audience: "Sở Y tế, Sở Xây dựng", text: "Họp" });
    expect(splitBroadcast("chỉ một dòng")).toBeNull();
  });

  it("resolves everyone, a group or named units, and names what it cannot resolve", () => {
    expect(resolveAudience("Tất cả", directory)).toEqual({ ok: true, value: directory.units.map((u) => u.name) });
    const districts = resolveAudience("UBND cấp huyện", directory);
    expect(districts.ok && districts.value).toEqual(
      directory.units.filter((u) => u.kind === "district").map((u) => u.name),
    );
    const named = resolveAudience("Sở Y tế, Sở Xây dựng", directory);
    expect(named.ok && [...named.value].sort()).toEqual(["Sở Xây dựng", "Sở Y tế"]);
    expect(resolveAudience("Sở Không Có", directory)).toMatchObject({
      ok: false,
      error: { code: "unknown-unit", args: { name: "Sở Không Có" } },
    });
  });
});

describe("summarizeProgress", () => {
  it("counts lead duties by task and by unit group, lists overdue units and ranks every unit", () => {
    const task = (id: number, effectiveDue: string | null) => ({
      id,
      ref: String(id),
      title: `Xây dựng báo cáo ${id}, gửi Sở Nội vụ`,
      deadlineText: null,
      due: effectiveDue,
      effectiveDue,
      cited: [],
    });
    const unit = (name: string, kind: "department" | "district") => ({ name, kind, staffCount: null });
    const lead = (taskId: number, unitId: number, u: { name: string; kind: string; staffCount: null }) => ({
      taskId,
      unitId,
      role: "lead",
      unit: u,
    });
    const [a, b, h] = [unit("A", "department"), unit("B", "department"), unit("H", "district")];
    const units = planStates(
      {
        tasks: [task(1, "2019-11-29"), task(2, "2019-12-20"), task(3, null)],
        assignments: [lead(1, 1, a), lead(1, 2, b), lead(1, 3, h), lead(2, 2, b), lead(3, 3, h)],
        lists: [],
        marks: [{ taskId: 1, unitId: 1, source: "admin", doneAt: new Date("2019-11-28T03:00:00Z") }],
        quotas: [],
      },
      "2019-12-02",
      DEFAULT_SCORING,
    );
    const progress = summarizeProgress(units, "2019-12-02");
    expect(progress.tasks.map((t) => [t.ref, t.done, t.overdue, t.pending])).toEqual([
      ["1", 1, 2, 0],
      ["2", 0, 0, 1],
      ["3", 0, 0, 1],
    ]);
    expect(progress.overdueUnits).toEqual([
      { unit: "B", refs: ["1"] },
      { unit: "H", refs: ["1"] },
    ]);
    expect(progress.groups).toEqual([
      { kind: "department", done: 1, overdue: 1, pending: 1 },
      { kind: "district", done: 0, overdue: 1, pending: 1 },
    ]);
    expect(progress.ranking).toEqual([
      { unit: "A", points: 10, max: 10 },
      { unit: "B", points: 0, max: 10 },
      { unit: "H", points: 0, max: 10 },
    ]);
  });
});
