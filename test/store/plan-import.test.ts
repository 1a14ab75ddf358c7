// Importing plans into a real database, on both engines.
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, expect, it } from "vitest";
import { importPlan } from "../../src/services/plan-service.ts";
import { findUnit, unitTaskTable } from "../../src/services/tasks-service.ts";
import { describeEngines, freshDatabase, type TestDatabase } from "../support/databases.ts";
import { PLANS, planText } from "../support/fixtures.ts";

describeEngines("plan import on %s", (engine) => {
  // A database of its own for each test, which imports the plans it reads.
  let db: TestDatabase;
  beforeEach(async () => {
    db = await freshDatabase(engine);
  });
  afterEach(async () => db.drop());
  const seed = (file: string) => importPlan(db.client, readFileSync(file), "seed");

  it("stores every task, assignment and quota of the 2019 Thái Nguyên plan", async () => {
    const result = await importPlan(db.client, readFileSync(PLANS.thaiNguyen2019), "seed");
    expect(result).toMatchObject({ ok: true, value: { saved: { created: true, changes: [] } } });
    const plan = await db.client.plan.findFirstOrThrow({
      include: { _count: { select: { tasks: true, quotas: true } } },
    });
    expect(plan).toMatchObject({ number: "115/KH-UBND", issuedOn: "2019-11-15", _count: { tasks: 16, quotas: 19 } });
    const quota = await db.client.quota.findFirstOrThrow({
      where: { unit: { name: "Sở Lao động - Thương binh và Xã hội" } },
    });
    expect(quota).toMatchObject({ official: 25, reserve: 12, requiredOfficial: 25, requiredReserve: 12 });
  });

  it("gives a unit its task table, overdue first, with days left", async () => {
    await seed(PLANS.thaiNguyen2019);
    const unit = await findUnit(db.client, "sở xây dựng");
    if (!unit.ok) throw new Error("unit not found");
    const lines = await unitTaskTable(
      db.client,
      { unitId: unit.value.id, provinceId: unit.value.provinceId },
      "2019-12-02",
    );
    expect(lines.map((l) => [l.task.ref, l.role, l.task.effectiveDue, l.state.kind, l.daysLeft])).toEqual([
      ["II.2.1", "lead", "2019-11-29", "overdue", -3],
      ["II.2.2", "lead", "2019-12-19", "not-due", 17],
    ]);
  });

  it("updates the plan in place when imported again, and says what changed", async () => {
    await seed(PLANS.thaiNguyen2019);
    const amended = planText(PLANS.thaiNguyen2019)
      .replace("Thời gian xong **trước ngày 05/12/2019**", "Thời gian xong **trước ngày 12/12/2019**")
      .replace(/- Tổ chức thẩm định Báo cáo tự đánh giá[^\n]*\n/, "");
    const result = await importPlan(db.client, Buffer.from(amended), "amended");
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.saved.created).toBe(false);
    expect(result.value.saved.changes).toEqual(
      expect.arrayContaining([
        {
          kind: "deadline-changed",
          ref: "II.1.2",
          from: "Thời gian xong trước ngày 05/12/2019",
          to: "Thời gian xong trước ngày 12/12/2019",
        },
        { kind: "task-removed", ref: "II.1.6", title: expect.stringContaining("công bố kết quả") },
      ]),
    );
    expect(await db.client.plan.count()).toBe(1);
    expect(await db.client.task.count()).toBe(15);
  });

  it("reports no change when the same plan comes again", async () => {
    const first = await importPlan(db.client, readFileSync(PLANS.thaiNguyen2024), "seed");
    const again = await importPlan(db.client, readFileSync(PLANS.thaiNguyen2024), "seed");
    expect(first.ok && first.value.saved.created).toBe(true);
    expect(again).toMatchObject({ ok: true, value: { saved: { created: false, changes: [] } } });
  });

  it("keeps unresolved names as units, and drops them once no plan uses them", async () => {
    await importPlan(db.client, readFileSync(PLANS.bacKan2023), "seed");
    const unresolved = await db.client.unit.findMany({ where: { resolved: false, province: { name: "Bắc Kạn" } } });
    expect(unresolved.map((u) => u.name)).toEqual(["UBND cấp xã"]);
    const fixed = planText(PLANS.bacKan2023)
      .replaceAll("UBND cấp xã; người dân", "người dân")
      .replace("\tUBND cấp xã\tUBND cấp huyện", "\tUBND cấp huyện\tSở Nội vụ");
    await importPlan(db.client, Buffer.from(fixed), "seed");
    expect(await db.client.unit.count({ where: { resolved: false, province: { name: "Bắc Kạn" } } })).toBe(0);
  });

  it("changes nothing when the file is not a plan", async () => {
    const before = await db.client.task.count();
    expect(await importPlan(db.client, Buffer.from("xin chào"), "bad")).toMatchObject({
      ok: false,
      error: { code: "not-a-plan" },
    });
    expect(await db.client.task.count()).toBe(before);
  });

  it("finds a unit that exists in several provinces only with the province named", async () => {
    await seed(PLANS.thaiNguyen2019);
    await seed(PLANS.bacKan2023);
    expect(await findUnit(db.client, "Sở Nội vụ")).toMatchObject({ ok: false, error: { code: "ambiguous-unit" } });
    expect(await findUnit(db.client, "Sở Nội vụ", "Bắc Kạn")).toMatchObject({
      ok: true,
      value: { name: "Sở Nội vụ", province: "Bắc Kạn" },
    });
    expect(await findUnit(db.client, "Sở Phép thuật", "Bắc Kạn")).toMatchObject({
      ok: false,
      error: { code: "unknown-unit" },
    });
  });
});
