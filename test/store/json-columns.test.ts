// JSON columns are read back through their schemas: what was written comes back whole,
// and a row of the wrong shape fails, naming its column, instead of reaching a feature.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRevision, findRevision } from "../../src/store/revision-store.ts";
import { readJson, parsedPlan } from "../../src/store/json-columns.ts";
import { importPlan } from "../../src/services/plan-service.ts";
import { freshDatabase, type TestDatabase } from "../support/databases.ts";
import { PLANS } from "../support/fixtures.ts";

let db: TestDatabase;
beforeAll(async () => {
  db = await freshDatabase("sqlite");
});
afterAll(async () => db.drop());

describe("JSON columns", () => {
  it("give back the plan, changes and edit of a revision as written", async () => {
    const imported = await importPlan(db.client, readFileSync(PLANS.thaiNguyen2019), "seed");
    if (!imported.ok) throw new Error("the seed plan must import");
    const parsed = { value: imported.value.parsed };
    const revision = {
      planId: null,
      source: "chat" as const,
      proposed: parsed.value,
      changes: [{ kind: "deadline-changed" as const, ref: "II.2.1", from: "trước ngày 30/11/2019", to: null }],
      reason: "test",
      createdBy: "telegram:1",
      createdAt: new Date("2019-11-25T01:00:00Z"),
      edit: { kind: "remove-task" as const, ref: "II.2.1" },
    };
    const id = await createRevision(db.client, revision);
    const read = await findRevision(db.client, id);
    expect(read).toMatchObject({ proposed: parsed.value, changes: revision.changes, edit: revision.edit });
  });

  it("refuse a row of the wrong shape, naming the column", async () => {
    const id = await createRevision(db.client, {
      planId: null,
      source: "chat",
      proposed: { province: "Thái Nguyên" } as never,
      changes: [],
      reason: "",
      createdBy: "telegram:1",
      createdAt: new Date(),
    });
    await expect(findRevision(db.client, id)).rejects.toThrow(/^PlanRevision\.proposed holds JSON of the wrong shape/);
    expect(() => readJson(parsedPlan, '{"province": 3}', "X.y")).toThrow(/X\.y.*province/s);
  });
});
