// The outbox sent by dondoc processes sharing one database, against a local Bot API server
// that enforces Telegram's limits (30 messages a second, one a second per chat): with two
// instances a broadcast of 2,000 messages goes out once each with no 429 (one instance
// sends at a time); a sender killed with SIGKILL is replaced by a restarted process that
// takes its claimed messages back at once, repeating at most those it had in flight. How
// soon after the restart (goal: 10 s) is measured by `npm run bench`.
import { describe, expect, it } from "vitest";
import type { PrismaClient } from "../../src/store/database.ts";
import { deliveryScenario } from "../support/delivery-scenario.ts";
import { describeEngines, engineSkipReason, ENGINES } from "../support/databases.ts";
import type { FakeTelegram } from "../support/telegram-api.ts";

async function queueBroadcast(db: PrismaClient, count: number): Promise<void> {
  await db.outboxMessage.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      key: `test-broadcast|${i}`,
      channel: "telegram",
      chatId: String(200_000 + i),
      kind: "broadcast",
      text: `Thông báo số ${i}`,
      nextAttemptAt: new Date(0),
      batch: "broadcast:test",
    })),
  });
}

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not done within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const sentCount = (db: PrismaClient) => db.outboxMessage.count({ where: { status: "sent" } });

/** How many times each broadcast text reached its chat. */
function copies(telegram: FakeTelegram): number[] {
  return [...telegram.delivered().values()].map((texts) => texts.filter((t) => t.startsWith("Thông báo số")).length);
}

describe("a broadcast of 2,000 messages with two instances", () => {
  for (const engine of ENGINES) {
    const reason = engineSkipReason(engine);
    (reason ? it.skip : it.concurrent)(
      `on ${engine}${reason ? ` (skipped: ${reason})` : ""}: each message once, no 429`,
      async () => {
        await deliveryScenario(engine, async ({ db, telegram, start }) => {
          await start();
          await start();
          await queueBroadcast(db, 2000);
          await until(async () => (await sentCount(db)) === 2000, 170_000);
          const counts = copies(telegram);
          expect(counts).toHaveLength(2000);
          expect(counts.every((n) => n === 1)).toBe(true);
          expect(telegram.floodRefusals).toBe(0);
        });
      },
      240_000,
    );
  }
});

describeEngines("a sender killed on %s", (engine) => {
  it("is replaced by a restarted process that takes its claimed messages back at once, repeating at most those in flight", async () => {
    await deliveryScenario(engine, async ({ db, telegram, start }) => {
      const first = await start();
      await queueBroadcast(db, 300);
      await until(async () => copies(telegram).length >= 40, 60_000);
      await first.kill("SIGKILL");
      const claims = await db.outboxMessage.findMany({ where: { status: "sending" }, select: { claimedUntil: true } });
      expect(claims.length).toBeGreaterThan(0);
      // When the dead sender's claims would lapse by themselves (30 s after it last renewed them).
      const lapse = Math.min(...claims.map((c) => c.claimedUntil!.getTime()));
      const before = telegram.calls.length;
      await start();
      await telegram.waitFor((c) => c.method === "sendMessage", before, 30_000);
      // Its claims would hold the rows until they lapse: the new sender took them back before, with the channel.
      await until(
        async () =>
          (await db.outboxMessage.count({
            where: { status: "sending", claimedBy: { contains: `:${first.pid}:` } },
          })) === 0,
        30_000,
      );
      expect(Date.now()).toBeLessThan(lapse);
      await until(async () => (await sentCount(db)) === 300, 60_000);
      const counts = copies(telegram);
      expect(counts).toHaveLength(300);
      expect(counts.filter((n) => n > 1).length).toBeLessThanOrEqual(8);
      expect(telegram.floodRefusals).toBe(0);
    });
  }, 120_000);
});
