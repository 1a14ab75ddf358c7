// Statements run on the driver adapter itself (src/store/direct-statements.ts) bind their
// values as written, wait for a transaction in progress like any other query, and work as the
// client's very first statement.
import { afterEach, expect, it } from "vitest";
import { directExecute } from "../../src/store/database.ts";
import { describeEngines, freshDatabase, type TestDatabase } from "../support/databases.ts";

const INSERT = ['INSERT INTO "Province" ("name", "dayOffRule") VALUES (', ", ", ")"];

describeEngines("A direct statement on %s", (engine) => {
  let db: TestDatabase;
  afterEach(async () => db.drop());

  it("runs as the client's first statement after a disconnect, its values bound as written, quotes and all", async () => {
    db = await freshDatabase(engine);
    await db.client.province.count();
    await db.client.$disconnect();
    const name = `Tỉnh "Thử", 'nghiệm' \\ ${"x".repeat(200_000)}`;
    expect(await directExecute(db.client)(INSERT, [name, "previous"])).toBe(1);
    const stored = await db.client.province.findFirstOrThrow();
    expect(stored).toMatchObject({ name, dayOffRule: "previous" });
  });

  it("waits for a transaction in progress, so it never lands inside one that is rolled back", async () => {
    db = await freshDatabase(engine);
    let inserted: Promise<number> | null = null;
    await db.client
      .$transaction(async (tx) => {
        await tx.province.create({ data: { name: "Trong giao dịch" } });
        inserted = directExecute(db.client)(INSERT, ["Ngoài giao dịch", "previous"]);
        throw new Error("rolled back");
      })
      .catch(() => {});
    await inserted;
    const names = (await db.client.province.findMany()).map((p) => p.name);
    expect(names).toEqual(["Ngoài giao dịch"]);
  });
});
