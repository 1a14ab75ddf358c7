// A plan larger than one write chunk (500 rows) on both engines: every task,
// assignment and quota stored in the plan's order; saved again with one task changed,
// one gone and one new, the other tasks keep their rows.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ParsedPlan, ParsedTask } from "../../src/plan/parsed-plan.ts";
import { savePlan } from "../../src/store/plan-store.ts";
import { ENGINES, freshDatabase, type TestDatabase } from "../support/databases.ts";

const UNITS = Array.from({ length: 30 }, (_, i) => `UBND xã Thử ${i + 1}`);
const named = (name: string) => ({ name, kind: "commune" as const, resolved: false });

function task(i: number, title = `Nhiệm vụ ${i}`): ParsedTask {
  return {
    ref: `${i}`,
    parentRef: null,
    kind: "task",
    title,
    deadline: { text: `Trước ngày 15/3/2026`, due: "2026-03-15", effectiveDue: "2026-03-16" },
    // 1,200 tasks × 3 units: 3,600 assignments, four chunks.
    lead: [named(UNITS[i % 30]!), named(UNITS[(i + 1) % 30]!)],
    coordinators: [named(UNITS[(i + 2) % 30]!)],
    templates: [],
  };
}

function plan(tasks: ParsedTask[]): ParsedPlan {
  return {
    province: "Tỉnh Thử Nghiệm",
    plan: { number: "7/KH-UBND", date: "2026-01-05", issuer: "UBND tỉnh", title: "Kế hoạch thử" },
    templates: [],
    tasks,
    quotas: UNITS.map((unit, i) => ({
      unit,
      resolved: false,
      official: i,
      reserve: 1,
      required: { official: i, reserve: 1 },
    })),
    warnings: [],
  };
}

describe.each(ENGINES)("a 1,200-task plan on %s", (engine) => {
  // A database of its own for each test: the second saves the plan first, then again.
  let db: TestDatabase;
  beforeEach(async () => {
    db = await freshDatabase(engine);
  });
  afterEach(async () => db.drop());

  const tasks = Array.from({ length: 1200 }, (_, i) => task(i + 1));

  it("is stored whole, in order, with every assignment", async () => {
    const saved = await savePlan(db.client, plan(tasks), "test");
    expect(saved).toMatchObject({ created: true, changes: [] });
    const stored = await db.client.task.findMany({ orderBy: { position: "asc" }, select: { ref: true } });
    expect(stored.map((t) => t.ref)).toEqual(tasks.map((t) => t.ref));
    expect(await db.client.assignment.count()).toBe(3600);
    expect(await db.client.assignment.count({ where: { role: "lead" } })).toBe(2400);
    const last = await db.client.assignment.findMany({
      where: { task: { ref: "1200" } },
      select: { role: true, unit: { select: { name: true } } },
      orderBy: { id: "asc" },
    });
    expect(last.map((a) => [a.role, a.unit.name])).toEqual([
      ["lead", "UBND xã Thử 1"],
      ["lead", "UBND xã Thử 2"],
      ["coordinator", "UBND xã Thử 3"],
    ]);
    expect(await db.client.quota.count()).toBe(30);
  });

  it("saved again, updates the changed task, drops the gone one, adds the new one, keeps the others' rows", async () => {
    await savePlan(db.client, plan(tasks), "test");
    const before = new Map((await db.client.task.findMany()).map((t) => [t.ref, t.id]));
    const next = [...tasks.slice(0, 1199), task(1201)];
    next[4] = task(5, "Nhiệm vụ 5, sửa lại");
    const saved = await savePlan(db.client, plan(next), "test");
    expect(saved.created).toBe(false);
    expect(saved.changes.map((c) => [c.kind, c.ref])).toEqual(
      expect.arrayContaining([
        ["task-added", "1201"],
        ["task-removed", "1200"],
        ["title-changed", "5"],
      ]),
    );
    const after = await db.client.task.findMany({ orderBy: { position: "asc" } });
    expect(after.map((t) => t.ref)).toEqual(next.map((t) => t.ref));
    expect(after.find((t) => t.ref === "5")).toMatchObject({ id: before.get("5"), title: "Nhiệm vụ 5, sửa lại" });
    expect(after.filter((t) => t.ref !== "1201").every((t) => t.id === before.get(t.ref))).toBe(true);
    expect(await db.client.assignment.count()).toBe(3600);
  });
});
