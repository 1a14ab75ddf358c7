// dondoc as a service: outbox delivery by real `npm start` processes against a local Bot
// API server that enforces Telegram's limits (30 messages a second, 1 a second per chat),
// with one instance and with two on one database (goal, issue 13: at least 27 msg/s in
// total, no 429), and the time from restarting a killed instance to its first resumed
// delivery (goal: within 10 s).
import { performance } from "node:perf_hooks";
import { ENGINES, type EngineName } from "../test/support/databases.ts";
import type { PrismaClient } from "../src/store/database.ts";
import { deliveryScenario } from "../test/support/delivery-scenario.ts";
import type { FakeTelegram } from "../test/support/telegram-api.ts";

const MESSAGES = 1000;

async function queue(db: PrismaClient, count: number): Promise<void> {
  // Two messages to each chat: the per-chat limit matters too.
  await db.outboxMessage.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      key: `bench|${i}`,
      channel: "telegram",
      chatId: String(300_000 + (i % (count / 2))),
      kind: "broadcast",
      text: `Tin ${i}`,
      nextAttemptAt: new Date(0),
    })),
  });
}

const sends = (server: FakeTelegram) => server.calls.filter((c) => c.method === "sendMessage" && c.ok);

async function waitUntil(check: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((r) => setTimeout(r, 50));
}

/** The instances log warnings only: their info lines would bury the figures. */
const QUIET_LOGS = { LOG_LEVEL: "warn" };

async function rate(engine: EngineName, count: number): Promise<void> {
  await deliveryScenario(
    engine,
    async ({ db, telegram: server, start }) => {
      for (let i = 0; i < count; i++) await start();
      await queue(db, MESSAGES);
      await waitUntil(() => sends(server).length > 0);
      const first = performance.now();
      await waitUntil(() => sends(server).length >= MESSAGES);
      const seconds = (performance.now() - first) / 1000;
      console.log(
        `  ${engine}, ${count} instance${count > 1 ? "s" : ""}: ${MESSAGES} messages in ${seconds.toFixed(1)} s = ${(MESSAGES / seconds).toFixed(1)} msg/s; 429s received: ${server.floodRefusals}`,
      );
    },
    QUIET_LOGS,
  );
}

async function restart(engine: EngineName): Promise<void> {
  await deliveryScenario(
    engine,
    async ({ db, telegram: server, start }) => {
      const first = await start();
      await queue(db, 400);
      await waitUntil(() => sends(server).length >= 50);
      await first.kill("SIGKILL");
      const killed = performance.now();
      const before = server.calls.length;
      const spawned = performance.now();
      await start();
      await waitUntil(() => server.calls.slice(before).some((c) => c.method === "sendMessage"));
      const resumed = performance.now();
      console.log(
        `  ${engine}: first resumed delivery ${((resumed - spawned) / 1000).toFixed(1)} s after the restart (${((resumed - killed) / 1000).toFixed(1)} s after the kill)`,
      );
    },
    QUIET_LOGS,
  );
}

export async function serviceBenchmarks(): Promise<void> {
  console.log("outbox delivery by npm start processes, against a server enforcing 30/s overall and 1/s per chat");
  for (const engine of ENGINES) {
    await rate(engine, 1);
    await rate(engine, 2);
  }
  console.log("restart of a killed instance (SIGKILL) while it delivers");
  for (const engine of ENGINES) await restart(engine);
}
