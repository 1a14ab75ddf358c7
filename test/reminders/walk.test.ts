// The 2019 Thái Nguyên plan walked day by day through November and December 2019:
// the planner runs at 08:00, the sender delivers to a local server that speaks the
// Telegram Bot API, and each unit's chat is checked for exactly the expected digests,
// delivered on exactly the expected days. (Simulated days pass in milliseconds, so the
// per-chat pacing, tested in delivery.test.ts, is left out here.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { telegramTransport } from "../../src/channels/telegram/transport.ts";
import { addDays } from "../../src/domain/dates.ts";
import { silentLogger } from "../../src/logger.ts";
import { planReminders } from "../../src/services/reminder-service.ts";
import { setCalendarDay } from "../../src/services/calendar-service.ts";
import { Sender } from "../../src/services/sender.ts";
import type { Sender as ChatSender } from "../../src/services/chat/types.ts";
import { ADMIN_ID, chatWorld, type ChatWorld } from "../support/chat.ts";
import { FakeTelegram } from "../support/telegram-api.ts";

const HOLIDAY = "2019-12-09";
const UNITS = { "Sở Xây dựng": 4001, "Văn phòng HĐND tỉnh": 4002, "Sở Nội vụ": 4003 } as const;
let world: ChatWorld;
let telegram: FakeTelegram;
const ranTwice: number[] = [];
/** The simulated day each message reached each chat. */
const deliveredOn = new Map<number, string[]>();

const person = (chatId: number): ChatSender => ({
  channel: "telegram",
  chatId: String(chatId),
  chatKind: "private",
  userId: String(chatId),
  name: `Cán bộ ${chatId}`,
});
const at = (day: string) => new Date(`${day}T08:00:00+07:00`);

beforeAll(async () => {
  world = await chatWorld({ today: "2019-11-15" });
  // A day off the province adds (an admin's `calendar add`) on a Monday a weekly reminder falls on.
  await setCalendarDay(world.db.client, HOLIDAY, "Nghỉ bù (thử)", false);
  telegram = new FakeTelegram();
  telegram.limits = { perSecond: 30, perChatMs: 0 };
  await telegram.start();
  for (const [unit, chatId] of Object.entries(UNITS))
    await world.core.handle({ from: person(chatId), text: `/start ${await world.invite(unit)}` });
  const transport = { ...telegramTransport(telegram.token, telegram.url), perChatMs: 0 };
  const seen = new Map<number, number>();
  // One sender for the whole walk, as in production: its pacing carries over from one day's burst to the next.
  const sender = new Sender(world.db.client, [transport], {
    now: () => world.clock.now,
    quiet: () => false,
    log: silentLogger,
  });
  for (let day = "2019-11-15"; day <= "2019-12-31"; day = addDays(day, 1)) {
    world.clock.now = at(day);
    // A list task is finished by its lists or by an admin's confirmation, not by the unit's /done.
    if (day === "2019-12-03") await world.core.handle({ from: person(ADMIN_ID), text: "/confirm Sở Xây dựng II.2.1" });
    await planReminders(world.db.client, world.access, at(day));
    ranTwice.push((await planReminders(world.db.client, world.access, at(day))).queued);
    while ((await sender.drainOnce()) > 0);
    for (const [chat, texts] of telegram.delivered()) {
      for (const text of texts.slice(seen.get(chat) ?? 0))
        deliveredOn.set(chat, [...(deliveredOn.get(chat) ?? []), `${day} ${text}`]);
      seen.set(chat, texts.length);
    }
  }
}, 120_000);

afterAll(async () => {
  await telegram.close();
  await world.db.drop();
});

/** Days a chat received a digest, checked against the day its heading names. */
function digestDays(chatId: number): string[] {
  return (deliveredOn.get(chatId) ?? []).flatMap((entry) => {
    const [day, text] = [entry.slice(0, 10), entry.slice(11)];
    const heading = text.match(/^⏰ Nhắc việc ngày (\d\d)\/(\d\d)\/(\d{4})/);
    if (!heading) return [];
    expect(heading.slice(1, 4).reverse().join("-")).toBe(day);
    return [day];
  });
}

describe("reminders through November and December 2019", () => {
  it("reach Sở Xây dựng on exactly the expected working days, and stop for a task marked done", () => {
    expect(digestDays(UNITS["Sở Xây dựng"])).toEqual([
      "2019-11-20", // II.2.1: 7 working days before 29/11
      "2019-11-26", // 3 before
      "2019-11-28", // 1 before
      "2019-11-29", // due
      "2019-12-02", // first working day after: overdue (confirmed done on 03/12)
      "2019-12-10", // II.2.2: 7 working days before 19/12
      "2019-12-16", // 3 before
      "2019-12-18", // 1 before
      "2019-12-19", // due
      "2019-12-20", // overdue
      "2019-12-27", // a week later
    ]);
  });

  it("reach Văn phòng HĐND tỉnh weekly while its list stays overdue", () => {
    expect(digestDays(UNITS["Văn phòng HĐND tỉnh"])).toEqual([
      "2019-11-20",
      "2019-11-26",
      "2019-11-28",
      "2019-11-29",
      "2019-12-02",
      "2019-12-10", // the weekly reminder of 09/12, a day off here, on the next working day
      "2019-12-16",
      "2019-12-23",
      "2019-12-30",
    ]);
  });

  it("gather all of a day's tasks in one digest, lead tasks in due order", () => {
    const digest = telegram
      .delivered()
      .get(UNITS["Sở Nội vụ"])!
      .find((t) => t.startsWith("⏰ Nhắc việc ngày 16/12/2019"))!;
    const refs = [...digest.matchAll(/^• (\S+)/gm)].map((m) => m[1]);
    expect(refs).toEqual(["II.1.1", "II.2.1", "II.1.3", "II.2.2"]);
    expect(digest).toContain(
      "Thời gian hoàn thành trước ngày 15/12/2019 → hạn cuối 16/12/2019 · 14/12/2019 là thứ Bảy: hạn chuyển sang thứ Hai 16/12/2019 · hạn cuối là hôm nay",
    );
  });

  it("never send on weekends or holidays, never twice a day, and never over Telegram's limits", () => {
    for (const chatId of Object.values(UNITS)) {
      const days = digestDays(chatId);
      expect(new Set(days).size).toBe(days.length);
      for (const day of days) expect([0, 6]).not.toContain(new Date(day).getUTCDay());
      expect(days).not.toContain(HOLIDAY);
    }
    expect(ranTwice.every((n) => n === 0)).toBe(true);
    expect(telegram.floodRefusals).toBe(0);
  });

  it("give the admins a daily summary of overdue tasks", () => {
    const summaries = (telegram.delivered().get(ADMIN_ID) ?? []).filter((t) => t.startsWith("Tổng hợp ngày"));
    expect(summaries[0]).toMatch(/^Tổng hợp ngày 02\/12\/2019: \d+ nhiệm vụ chủ trì quá hạn của \d+ đơn vị:/);
    expect(summaries[0]).toContain("• Sở Xây dựng: II.2.1");
  });
});
