// Reminder planning for 100,000 task assignments, and outbox delivery against a local
// server that enforces Telegram's limits (30 messages a second, 1 a second per chat).
// Goal (issue 5): at least 90% of 30 messages a second, with no 429 received.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { telegramTransport } from "../src/channels/telegram/transport.ts";
import { buildCalendar } from "../src/domain/calendar.ts";
import { addDays } from "../src/domain/dates.ts";
import { VIETNAM_DAYS_OFF } from "../src/domain/holidays-vn.ts";
import { DEFAULT_POLICY, planDigests, type Assignment } from "../src/domain/reminders.ts";
import { silentLogger } from "../src/logger.ts";
import { Sender } from "../src/services/sender.ts";
import { openDatabase } from "../src/store/database.ts";
import { applyMigrations } from "../src/store/migrations.ts";
import { enqueue, outboxCounts } from "../src/store/outbox-store.ts";
import { FakeTelegram } from "../test/support/telegram-api.ts";

function planning(): void {
  const calendar = buildCalendar(VIETNAM_DAYS_OFF);
  const assignments: Assignment[] = [];
  for (let i = 0; i < 100_000; i++) {
    assignments.push({
      unitId: i % 2000,
      taskId: i,
      ref: `${i}`,
      title: "Nhiệm vụ",
      role: i % 3 ? "coordinator" : "lead",
      deadlineText: null,
      due: null,
      effectiveDue: addDays("2019-11-01", i % 90),
      done: i % 7 === 0,
    });
  }
  const start = performance.now();
  const digests = planDigests(assignments, "2019-12-02", null, calendar, DEFAULT_POLICY);
  const ms = performance.now() - start;
  const catchUp = performance.now();
  planDigests(assignments, "2019-12-16", "2019-12-02", calendar, DEFAULT_POLICY);
  console.log("reminder planning, 100,000 assignments of 2,000 units");
  console.log(
    `  one day: ${ms.toFixed(0)} ms (${digests.length} digests); two weeks of catch-up: ${(performance.now() - catchUp).toFixed(0)} ms`,
  );
}

async function delivery(): Promise<void> {
  const server = new FakeTelegram();
  server.limits = { perSecond: 30, perChatMs: 1000 };
  await server.start();
  const dir = mkdtempSync(join(tmpdir(), "dondoc-bench-"));
  const db = await openDatabase(`file:${join(dir, "outbox.db")}`);
  await applyMigrations(db);
  const count = 450;
  // Three messages to each of 150 chats: the per-chat limit matters too.
  for (let i = 0; i < count; i++)
    await enqueue(db.client, {
      key: `b|${i}`,
      channel: "telegram",
      chatId: String(10_000 + (i % 150)),
      kind: "broadcast",
      text: `Tin ${i}`,
      notBefore: new Date(0),
    });
  const sender = new Sender(db.client, [telegramTransport(server.token, server.url)], {
    quiet: () => false,
    log: silentLogger,
    pollMs: 10,
    batch: 100,
  });
  const start = performance.now();
  sender.start();
  while (((await outboxCounts(db.client)).sent ?? 0) < count) await new Promise((r) => setTimeout(r, 50));
  const seconds = (performance.now() - start) / 1000;
  await sender.stop();
  const rate = count / seconds;
  console.log("outbox delivery to a local Bot API server enforcing 30/s overall and 1/s per chat");
  console.log(
    `  ${count} messages to 150 chats in ${seconds.toFixed(1)} s: ${rate.toFixed(1)} msg/s = ${((rate / 30) * 100).toFixed(0)}% of 30/s; 429s received: ${server.floodRefusals}`,
  );
  await db.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}

export async function reminderBenchmarks(): Promise<void> {
  planning();
  await delivery();
}
