// The outbox sender against a local Telegram Bot API server: 429s, 5xx and dropped
// connections end in exactly one delivery; a blocked chat is marked unreachable and the
// admins told; a sender that dies between sending and marking repeats at most its
// in-flight message; two senders on one database take turns, each message sent once.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { telegramTransport } from "../../src/channels/telegram/transport.ts";
import { silentLogger } from "../../src/logger.ts";
import { notifyUnreachable } from "../../src/services/reminder-service.ts";
import { Sender, type Transport } from "../../src/services/sender.ts";
import type { PrismaClient } from "../../src/store/database.ts";
import { enqueue, outboxCounts } from "../../src/store/outbox-store.ts";
import { ADMIN_ID, chatWorld, type ChatWorld } from "../support/chat.ts";
import { describeEngines, freshDatabase } from "../support/databases.ts";
import { FakeTelegram } from "../support/telegram-api.ts";

let telegram: FakeTelegram;
beforeAll(async () => {
  telegram = new FakeTelegram();
  await telegram.start();
});
afterAll(async () => telegram.close());

async function queue(db: PrismaClient, prefix: string, count: number, chats: number, firstChat: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const chatId = String(firstChat + (i % chats));
    await enqueue(db, {
      key: `${prefix}|${i}`,
      channel: "telegram",
      chatId,
      kind: "notice",
      text: `${prefix} tin số ${i}`,
      notBefore: new Date(0),
    });
  }
}

const copies = (prefix: string) => {
  const counts = new Map<string, number>();
  for (const texts of telegram.delivered().values())
    for (const t of texts) if (t.startsWith(`${prefix} `)) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
};

const allSent = async (db: PrismaClient, expected: number) =>
  vi.waitFor(async () => expect((await outboxCounts(db)).sent ?? 0).toBe(expected), { timeout: 60_000, interval: 100 });

describe("one sender", () => {
  let world: ChatWorld;
  // A world of its own for each test: the outbox's counts are never another test's.
  beforeEach(async () => {
    world = await chatWorld();
  });
  afterEach(async () => {
    telegram.limits = null;
    await world.db.drop();
  });

  it("delivers every message once through 429s, 5xx and dropped connections, within the limits", async () => {
    telegram.limits = { perSecond: 30, perChatMs: 1000 };
    await queue(world.db.client, "A", 30, 10, 5000);
    telegram.failNext(
      "sendMessage",
      {
        status: 429,
        body: {
          ok: false,
          error_code: 429,
          description: "Too Many Requests: retry after 1",
          parameters: { retry_after: 1 },
        },
      },
      2,
    );
    telegram.failNext(
      "sendMessage",
      { status: 502, body: { ok: false, error_code: 502, description: "Bad Gateway" } },
      3,
    );
    telegram.dropNext("sendMessage", 2);
    const sender = new Sender(world.db.client, [telegramTransport(telegram.token, telegram.url)], {
      quiet: () => false,
      log: silentLogger,
      pollMs: 50,
    });
    sender.start();
    await allSent(world.db.client, 30);
    await sender.stop();
    const counts = copies("A");
    expect(counts.size).toBe(30);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(telegram.floodRefusals).toBe(0);
  });

  it("marks a chat that blocked the bot unreachable and tells the admins", async () => {
    await world.db.client.chat.create({ data: { channel: "telegram", chatId: "6001", kind: "private" } });
    const chat = await world.db.client.chat.findFirstOrThrow({ where: { chatId: "6001" } });
    const unit = await world.db.client.unit.findFirstOrThrow({ where: { name: "Sở Y tế" } });
    await world.db.client.focalPoint.create({
      data: { chatRef: chat.id, unitId: unit.id, userId: "6001", name: "Cán bộ Y tế", joinedAt: new Date() },
    });
    await enqueue(world.db.client, {
      key: "blocked|1",
      channel: "telegram",
      chatId: "6001",
      kind: "notice",
      text: "B tin",
      notBefore: new Date(0),
    });
    telegram.failNext("sendMessage", {
      status: 403,
      body: { ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user" },
    });
    const sender = new Sender(world.db.client, [telegramTransport(telegram.token, telegram.url)], {
      quiet: () => false,
      log: silentLogger,
      onUnreachable: (channel, chatId) => notifyUnreachable(world.db.client, world.access, channel, chatId, new Date()),
    });
    while ((await sender.drainOnce()) > 0);
    expect(await world.db.client.outboxMessage.findUniqueOrThrow({ where: { key: "blocked|1" } })).toMatchObject({
      status: "unreachable",
      error: "Forbidden: bot was blocked by the user",
    });
    expect((await world.db.client.chat.findFirstOrThrow({ where: { chatId: "6001" } })).unreachableAt).not.toBeNull();
    const notice = telegram
      .delivered()
      .get(ADMIN_ID)
      ?.find((t) => t.includes("Sở Y tế"));
    expect(notice).toMatch(/^dondoc không gửi được tin cho cán bộ đầu mối của Sở Y tế trên telegram/);
  });

  it("gives up after a bounded time, recording the failure", async () => {
    await enqueue(world.db.client, {
      key: "old|1",
      channel: "telegram",
      chatId: "6002",
      kind: "notice",
      text: "C tin",
      notBefore: new Date(0),
    });
    telegram.failNext("sendMessage", {
      status: 500,
      body: { ok: false, error_code: 500, description: "Internal Server Error" },
    });
    const sender = new Sender(world.db.client, [telegramTransport(telegram.token, telegram.url)], {
      quiet: () => false,
      log: silentLogger,
      giveUpAfterMs: 0,
    });
    await sender.drainOnce();
    expect(await world.db.client.outboxMessage.findUniqueOrThrow({ where: { key: "old|1" } })).toMatchObject({
      status: "failed",
      error: "Internal Server Error",
    });
  });

  it("repeats at most the in-flight message when a sender dies between sending and marking, and loses none", async () => {
    await queue(world.db.client, "K", 10, 10, 7000);
    const real = telegramTransport(telegram.token, telegram.url);
    // Sender 1 dies right after Telegram accepted "K tin số 3": the row is never marked.
    const dying: Transport = {
      ...real,
      perChatMs: 0,
      send: async (chatId, text, choices) => {
        const outcome = await real.send(chatId, text, choices);
        return text === "K tin số 3" ? new Promise(() => {}) : outcome;
      },
    };
    const first = new Sender(world.db.client, [dying], {
      quiet: () => false,
      log: silentLogger,
      channelLease: { ttlMs: 600, marginMs: 200 },
    });
    void first.drainOnce();
    await vi.waitFor(() => expect(copies("K").size).toBe(10), { timeout: 10_000 });
    // Its channel lease runs out (it no longer renews it): the next sender takes the channel
    // and, with it, the row the dead one had claimed, without waiting for that claim to end.
    await new Promise((r) => setTimeout(r, 700));
    const second = new Sender(world.db.client, [real], { quiet: () => false, log: silentLogger });
    while ((await second.drainOnce()) > 0);
    const counts = copies("K");
    expect(counts.get("K tin số 3")).toBe(2);
    expect([...counts].filter(([t]) => t !== "K tin số 3").every(([, n]) => n === 1)).toBe(true);
    expect(await world.db.client.outboxMessage.count({ where: { key: { startsWith: "K|" }, status: "sent" } })).toBe(
      10,
    );
  });
});

describeEngines("two senders on one %s database", (engine) => {
  it("send one at a time, the second taking over when the first stops, each message once", async () => {
    const db = await freshDatabase(engine);
    try {
      const prefix = `T${engine}`;
      await queue(db.client, prefix, 60, 30, 8000);
      const make = (id: string) =>
        new Sender(db.client, [{ ...telegramTransport(telegram.token, telegram.url), perChatMs: 0, perSecond: 20 }], {
          id,
          quiet: () => false,
          log: silentLogger,
          pollMs: 20,
          batch: 10,
        });
      const [a, b] = [make("a"), make("b")];
      a.start();
      await vi.waitFor(() => expect(copies(prefix).size).toBeGreaterThan(0), { timeout: 10_000 });
      b.start();
      await new Promise((r) => setTimeout(r, 300));
      // Only the holder of the channel's lease sends.
      const holders = await db.client.outboxMessage.groupBy({ by: ["claimedBy"], _count: { _all: true } });
      expect(holders.map((h) => h.claimedBy).filter(Boolean)).toEqual(["a"]);
      await a.stop();
      await allSent(db.client, 60);
      await b.stop();
      const counts = copies(prefix);
      expect(counts.size).toBe(60);
      expect([...counts.values()].every((n) => n === 1)).toBe(true);
      const bySender = await db.client.outboxMessage.groupBy({ by: ["claimedBy"], _count: { _all: true } });
      expect(bySender.map((s) => s.claimedBy).sort()).toEqual(["a", "b"]);
    } finally {
      await db.drop();
    }
  });
});
