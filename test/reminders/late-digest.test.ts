// A digest queued on 02/12/2019 that only goes out on 20/12/2019 (dondoc was off): the
// sender writes it again with the figures of the day it is sent, through a local Telegram
// Bot API server, leaves out the tasks finished meanwhile, and sends nothing when every
// task it named is finished.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { telegramTransport } from "../../src/channels/telegram/transport.ts";
import { silentLogger } from "../../src/logger.ts";
import type { Sender as ChatSender } from "../../src/services/chat/types.ts";
import { planReminders, refreshDigest } from "../../src/services/reminder-service.ts";
import { Sender } from "../../src/services/sender.ts";
import { chatWorld, type ChatWorld } from "../support/chat.ts";
import { FakeTelegram } from "../support/telegram-api.ts";

const UNITS = { xayDung: ["Sở Xây dựng", 8101], noiVu: ["Sở Nội vụ", 8102], yTe: ["Sở Y tế", 8103] } as const;

let telegram: FakeTelegram;
let world: ChatWorld;

const vietnam = (day: string) => new Date(`${day}T09:00:00+07:00`);

async function join([name, id]: readonly [string, number]): Promise<void> {
  const from: ChatSender = {
    channel: "telegram",
    chatId: String(id),
    chatKind: "private",
    userId: String(id),
    name: "Đầu mối",
  };
  await world.core.handle({ from, text: `/start ${await world.invite(name)}` });
}

async function finish(unit: string, ref: string): Promise<void> {
  const db = world.db.client;
  const { id: unitId } = await db.unit.findFirstOrThrow({ where: { name: unit } });
  const { id: taskId } = await db.task.findFirstOrThrow({ where: { ref } });
  await db.completion.create({ data: { taskId, unitId, doneAt: vietnam("2019-12-10"), source: "admin", by: "test" } });
}

beforeAll(async () => {
  telegram = new FakeTelegram();
  await telegram.start();
  world = await chatWorld({ today: "2019-11-25" });
  for (const unit of Object.values(UNITS)) await join(unit);
});
afterAll(async () => {
  await world.db.drop();
  await telegram.close();
});

describe("a digest delivered late", () => {
  it("is written again with the figures of the day it is sent, without the tasks finished meanwhile", async () => {
    const planned = await planReminders(world.db.client, world.access, vietnam("2019-12-02"));
    const queuedFor = (chat: number) => planned.messages.find((m) => m.chatId === String(chat))!.text;
    expect(queuedFor(8101)).toContain("quá hạn 3 ngày");
    expect(queuedFor(8102)).toContain("• II.1.1");
    expect(queuedFor(8103)).toContain("• II.2.1");

    await finish("Sở Nội vụ", "II.1.1");
    await finish("Sở Y tế", "II.2.1");
    const since = telegram.calls.length;
    const sender = new Sender(world.db.client, [telegramTransport(telegram.token, telegram.url)], {
      quiet: () => false,
      log: silentLogger,
      now: () => vietnam("2019-12-20"),
      refresh: (row, at) => refreshDigest(world.db.client, row, at),
    });
    await sender.drainOnce();

    const sent = new Map(
      telegram.calls
        .slice(since)
        .filter((c) => c.method === "sendMessage")
        .map((c) => [Number(c.params.chat_id), String(c.params.text)]),
    );
    expect(sent.get(8101)!.split("\n").slice(0, 6)).toEqual([
      "⏰ Nhắc việc ngày 20/12/2019 — Sở Xây dựng",
      "(Nhắc bù: lời nhắc dự kiến gửi ngày 02/12/2019 bị chậm vì dondoc tạm dừng.)",
      "",
      "Nhiệm vụ chủ trì:",
      "• II.2.1  Lập danh sách đối tượng tham gia điều tra xã hội học theo quy định tại phụ lục số I, III, VI kèm theo Kế hoạch này, gửi về Sở Nội vụ để tổng hợp",
      "   Thời hạn: Thời gian hoàn thành trước ngày 30/11/2019 → hạn cuối 29/11/2019 · quá hạn 21 ngày",
    ]);
    expect(sent.get(8101)).not.toContain("quá hạn 3 ngày");
    expect(sent.get(8102)).toContain("• II.2.1");
    expect(sent.get(8102)).not.toContain("• II.1.1");
    expect(sent.has(8103)).toBe(false);
    const dropped = await world.db.client.outboxMessage.findFirstOrThrow({ where: { chatId: "8103" } });
    expect(dropped.status).toBe("dropped");
  });
});
