// A broadcast of thousands of messages, with dondoc restarted half-way: every chat gets
// it exactly once, and the delivery report adds up.
import { afterAll, beforeAll, expect, it } from "vitest";
import { telegramTransport } from "../../src/channels/telegram/transport.ts";
import { silentLogger } from "../../src/logger.ts";
import { deliveryReport, proposeBroadcast, sendBroadcast } from "../../src/services/broadcast-service.ts";
import { Sender } from "../../src/services/sender.ts";
import { chatWorld, type ChatWorld } from "../support/chat.ts";
import { describeEngines } from "../support/databases.ts";
import { FakeTelegram } from "../support/telegram-api.ts";

const CHATS = 2000;

describeEngines("on %s", (engine) => {
  let world: ChatWorld;
  let telegram: FakeTelegram;

  beforeAll(async () => {
    world = await chatWorld({ engine });
    telegram = new FakeTelegram();
    await telegram.start();
    // Focal points of the district committees, many chats each (group chats of their staff).
    const districts = await world.db.client.unit.findMany({ where: { kind: "district" }, select: { id: true } });
    await world.db.client.chat.createMany({
      data: Array.from({ length: CHATS }, (_, i) => ({
        channel: "telegram",
        chatId: String(100_000 + i),
        kind: "private",
      })),
    });
    const chats = await world.db.client.chat.findMany({
      where: { channel: "telegram" },
      select: { id: true, chatId: true },
    });
    await world.db.client.focalPoint.createMany({
      data: chats.map((c, i) => ({
        chatRef: c.id,
        unitId: districts[i % districts.length]!.id,
        userId: c.chatId,
        name: "Cán bộ",
      })),
    });
    // A department's focal point, who must not get it.
    await world.core.handle({
      from: { channel: "telegram", chatId: "9", chatKind: "private", userId: "9", name: "Sở" },
      text: `/start ${await world.invite("Sở Y tế")}`,
    });
  });

  afterAll(async () => {
    await telegram.close();
    await world.db.drop();
  });

  it("delivers each message once across a restart", async () => {
    const at = world.clock.now;
    const preview = await proposeBroadcast(world.db.client, "Thái Nguyên", "cấp huyện\nHọp trực tuyến lúc 14 giờ.", {
      by: "telegram:1000",
      replyTo: "telegram:1000",
      at,
    });
    expect(preview).toMatchObject({ ok: true, value: { units: 9, chats: CHATS, unreached: [] } });
    const id = preview.ok ? preview.value.id : 0;
    expect(await sendBroadcast(world.db.client, "Thái Nguyên", id, at)).toEqual({
      ok: true,
      value: { messages: CHATS },
    });
    expect(await sendBroadcast(world.db.client, "Thái Nguyên", id, at)).toMatchObject({
      ok: false,
      error: { code: "broadcast-decided" },
    });

    const transport = { ...telegramTransport(telegram.token, telegram.url), perSecond: 2000, perChatMs: 0 };
    const sender = (name: string) =>
      new Sender(world.db.client, [transport], {
        id: name,
        quiet: () => false,
        log: silentLogger,
        pollMs: 10,
        batch: 100,
        concurrency: 16,
      });
    const first = sender("before-restart");
    first.start();
    while (telegram.calls.filter((c) => c.method === "sendMessage").length < CHATS / 3)
      await new Promise((r) => setTimeout(r, 5));
    await first.stop();
    const half = await deliveryReport(world.db.client, id);
    expect(half.ok && half.value.pending).toBeGreaterThan(0);

    const second = sender("after-restart");
    second.start();
    for (let i = 0; i < 1000; i++) {
      const report = await deliveryReport(world.db.client, id);
      if (report.ok && report.value.finished) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    await second.stop();

    const delivered = telegram.delivered();
    expect(delivered.size).toBe(CHATS);
    expect([...delivered.values()].every((texts) => texts.length === 1)).toBe(true);
    expect(delivered.has(9)).toBe(false);
    expect(await deliveryReport(world.db.client, id)).toEqual({
      ok: true,
      value: { id, delivered: CHATS, pending: 0, failed: 0, unreachable: 0, finished: true },
    });
  }, 120_000);
});
