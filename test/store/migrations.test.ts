// The migrations build exactly the schema, on both engines, and apply once.
import { afterAll, expect, it } from "vitest";
import { applyMigrations, readMigrations, schemaDrift } from "../../src/store/migrations.ts";
import { describeEngines, freshDatabase, type TestDatabase } from "../support/databases.ts";

describeEngines("migrations on %s", (engine) => {
  const opened: TestDatabase[] = [];
  afterAll(async () => Promise.all(opened.map((db) => db.drop())));

  it("apply to an empty database, then have nothing left to apply", async () => {
    const db = await freshDatabase(engine, { migrate: false });
    opened.push(db);
    const names = readMigrations(db.provider).migrationDirectories.map((m) => m.path);
    expect(await applyMigrations(db)).toEqual(names);
    expect(await applyMigrations(db)).toEqual([]);
  });

  it("leave the database matching the Prisma schema", async () => {
    const db = await freshDatabase(engine);
    opened.push(db);
    expect(await schemaDrift(db)).toBe("");
  });

  it("notice when the database differs from the schema", async () => {
    const db = await freshDatabase(engine);
    opened.push(db);
    await db.client.$executeRawUnsafe(`DROP INDEX "Assignment_unitId_idx"`);
    expect(await schemaDrift(db)).toMatch(/CREATE INDEX "Assignment_unitId_idx"/);
  });
});
