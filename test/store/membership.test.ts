// Invitations on a real database, both engines: stored hashed, used once even when two
// people redeem the same code at the same moment.
import { afterAll, beforeAll, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { inviteFocalPoint, redeem, revoke, type Access } from "../../src/services/membership-service.ts";
import { importPlan } from "../../src/services/plan-service.ts";
import { describeEngines, freshDatabase, type TestDatabase } from "../support/databases.ts";
import { PLANS } from "../support/fixtures.ts";
import type { Sender } from "../../src/services/chat/types.ts";

const access: Access = { admins: {}, province: "Thái Nguyên", invitationDays: 7 };
const now = new Date("2019-11-25T01:00:00Z");
const sender = (id: string): Sender => ({
  channel: "telegram",
  chatId: id,
  chatKind: "private",
  userId: id,
  name: `Người ${id}`,
});

describeEngines("invitations on %s", (engine) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await freshDatabase(engine);
    await importPlan(db.client, readFileSync(PLANS.thaiNguyen2019), "seed");
  });
  afterAll(async () => db.drop());

  it("keep only a hash of the code", async () => {
    const created = await inviteFocalPoint(db.client, access, "Sở Xây dựng", "admin", now);
    if (!created.ok) throw new Error("invite failed");
    const stored = await db.client.invitation.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(stored.codeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(created.value.code);
  });

  it("let exactly one of two simultaneous redeemers in", async () => {
    const created = await inviteFocalPoint(db.client, access, "Sở Y tế", "admin", now);
    if (!created.ok) throw new Error("invite failed");
    const results = await Promise.all([
      redeem(db.client, sender("1"), created.value.code, now),
      redeem(db.client, sender("2"), created.value.code, now),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, error: { code: "join-used-code" } });
    expect(await db.client.focalPoint.count({ where: { unit: { name: "Sở Y tế" } } })).toBe(1);
  });

  it("stop working once revoked", async () => {
    const created = await inviteFocalPoint(db.client, access, "Sở Tài chính", "admin", now);
    if (!created.ok) throw new Error("invite failed");
    const id = (await db.client.invitation.findFirstOrThrow({ orderBy: { id: "desc" } })).id;
    expect(await revoke(db.client, id, now)).toBe(true);
    expect(await redeem(db.client, sender("3"), created.value.code, now)).toMatchObject({
      ok: false,
      error: { code: "join-revoked-code" },
    });
    expect(await revoke(db.client, id, now)).toBe(false);
  });
});
