// Per-chat and per-unit intake limits (issue 12): lists a minute and checks at once,
// counted in the database; a list past one is answered at once with the limit and when
// to send again, and nothing of it is stored.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INTAKE_LIMITS, intakeRefusal } from "../../src/domain/limits.ts";
import type { ChatRequest } from "../../src/services/chat/types.ts";
import { chatWorld, type ChatWorld, focalSender } from "../support/chat.ts";
import { repeatedSharedString } from "../support/hostile-lists.ts";
import { t } from "../support/intake.ts";
import { appendixI, xlsx } from "../support/lists.ts";

// Workers start cold and this machine may be shared: a generous bound, not a timing goal.
const HEAVY = 180_000;
const now = new Date("2026-12-03T10:00:00Z");
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe("the limits as data", () => {
  it("refuses a unit's third check at once, a chat's list past its lists a minute, and a unit's", () => {
    const quiet = { chat: [], unit: [], running: 0 };
    expect(intakeRefusal(quiet, now)).toBeNull();
    expect(intakeRefusal({ ...quiet, running: 2 }, now)).toEqual({ code: "intake-unit-busy", args: { max: 2 } });
    // The chat's lists of the last minute, the oldest 50 seconds ago: a place frees in 10 seconds.
    const chat = Array.from({ length: INTAKE_LIMITS.perChatPerMinute }, (_, i) => ago(50 - i));
    expect(intakeRefusal({ ...quiet, chat: chat.slice(1) }, now)).toBeNull();
    expect(intakeRefusal({ chat, unit: chat, running: 1 }, now)).toEqual({
      code: "intake-chat-rate",
      args: { max: INTAKE_LIMITS.perChatPerMinute, seconds: 10 },
    });
    const unit = Array.from({ length: INTAKE_LIMITS.perUnitPerMinute }, (_, i) => ago(59 - i));
    expect(intakeRefusal({ chat: [ago(1)], unit, running: 1 }, now)).toEqual({
      code: "intake-unit-rate",
      args: { max: INTAKE_LIMITS.perUnitPerMinute, seconds: 1 },
    });
  });
});

const focal = focalSender;

describe("through the chat", { timeout: HEAVY }, () => {
  let world: ChatWorld;
  const chats = ["6301", "6302", "6303"];
  const honest = () =>
    xlsx(appendixI([[1, "Nguyễn Văn An", "Chuyên viên", "x", null, "0912345678"]], { titleRows: false }));
  const send = (chatId: string, content: Buffer) => {
    const request: ChatRequest = {
      from: focal(chatId),
      file: { name: "ds.xlsx", size: content.length, read: async () => content },
    };
    return world.core.handle(request).then((r) => r.replies[0]!.text);
  };
  const stored = () => world.db.client.submission.count();

  beforeAll(async () => {
    world = await chatWorld({ today: "2019-11-26" });
    for (const chat of chats)
      await world.core.handle({ from: focal(chat), text: `/start ${await world.invite("Sở Tư pháp")}` });
  });
  afterAll(async () => world.db.drop());

  it("answers a unit's third list while two are being checked with the limit, and takes the next one after", async () => {
    const slow = repeatedSharedString(2_000);
    const first = [send(chats[0]!, slow), send(chats[1]!, slow)];
    // Both are being checked once both hold a ticket.
    while ((await world.db.client.intakeTicket.count({ where: { endedAt: null } })) < 2)
      await new Promise((resolve) => setTimeout(resolve, 20));
    const before = await stored();
    expect(await send(chats[2]!, await honest())).toBe(
      t("error-intake-unit-busy", { max: INTAKE_LIMITS.perUnitAtOnce }),
    );
    expect(await stored()).toBe(before);
    await Promise.all(first);
    expect(await send(chats[2]!, await honest())).toContain("Đã nhận");
  });

  it("answers a chat's list past its lists a minute with when to send again, and stores nothing of it", async () => {
    await world.db.client.intakeTicket.deleteMany();
    const file = await honest();
    for (let i = 0; i < INTAKE_LIMITS.perChatPerMinute; i++) expect(await send(chats[0]!, file)).toContain("Đã nhận");
    const before = await stored();
    const refused = await send(chats[0]!, file);
    const seconds = Number(/sau (\d+) giây/.exec(refused)?.[1]);
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(60);
    expect(refused).toBe(t("error-intake-chat-rate", { max: INTAKE_LIMITS.perChatPerMinute, seconds }));
    expect(await stored()).toBe(before);
    // Another chat of the unit is not held by this one's limit.
    expect(await send(chats[1]!, file)).toContain("Đã nhận");
  });
});
