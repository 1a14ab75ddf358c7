// dondoc on Zalo, against a local server that speaks the Zalo Bot API: the typed client,
// joining by invitation, /tasks with numbered choices, long messages split, reminders
// through the outbox, upload links, one person on both Telegram and Zalo, the webhook.
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { NumberedChoices } from "../../src/channels/numbered-choices.ts";
import { ZaloApiError, ZaloClient } from "../../src/channels/zalo/client.ts";
import { startZalo, type RunningZalo } from "../../src/channels/zalo/index.ts";
import type { ZaloOutput } from "../../src/channels/zalo/render.ts";
import { zaloTransport } from "../../src/channels/zalo/transport.ts";
import { silentLogger } from "../../src/logger.ts";
import type { Sender as ChatSender } from "../../src/services/chat/types.ts";
import { choiceMemory } from "../../src/services/choice-memory.ts";
import { createDownloadToken } from "../../src/services/file-link-service.ts";
import { planReminders } from "../../src/services/reminder-service.ts";
import { Sender } from "../../src/services/sender.ts";
import { downloadUrl } from "../../src/services/upload-service.ts";
import { WebServer } from "../../src/web/server.ts";
import { serviceParts, type ServiceParts } from "../support/service.ts";
import { chatWorld, ZALO_ADMIN_ID, type ChatWorld } from "../support/chat.ts";
import { FakeZalo, type ZaloUser } from "../support/zalo-api.ts";

const BASE = "http://dondoc.test";
const admin: ZaloUser = { id: ZALO_ADMIN_ID, name: "Quản trị" };
const xayDung: ZaloUser = { id: "7f3a9c01e2", name: "Cán bộ Xây dựng" };
const noiVu: ZaloUser = { id: "7f3a9c01e3", name: "Cán bộ Nội vụ" };
const newcomer: ZaloUser = { id: "7f3a9c01e5", name: "Cán bộ mới" };

let zalo: FakeZalo;
let world: ChatWorld;
let client: ZaloClient;
let running: RunningZalo;
let choices: NumberedChoices;
let parts: ServiceParts;

const startPolling = () =>
  startZalo(
    { client, inbox: parts.inbox, pollLease: parts.lease("poll:zalo"), pollSeconds: 1 },
    world.core,
    output(),
    silentLogger,
  );

function output(): Omit<ZaloOutput, "client"> {
  return {
    choices,
    fileLink: async (to, file) =>
      downloadUrl(BASE, await createDownloadToken(world.db.client, { channel: "zalo", ...to }, file, world.clock.now)),
  };
}

/** A user writes; returns every message the bot sent back once it has answered. */
async function ask(from: ZaloUser, text: string | null, event?: string, count = 1): Promise<string[]> {
  const since = zalo.calls.length;
  zalo.send(from, text, event);
  return zalo.messagesTo(from.id, since, count);
}

beforeAll(async () => {
  zalo = new FakeZalo();
  await zalo.start();
  world = await chatWorld({ today: "2019-11-25", publicUrl: BASE });
  choices = new NumberedChoices(choiceMemory(world.db.client, "zalo"));
  client = new ZaloClient({ token: zalo.token, apiRoot: zalo.url });
  parts = serviceParts(world.db.client);
  // The focal points most tests speak as, joined before any test: none relies on another's joining.
  for (const [user, unit] of [
    [xayDung, "Sở Xây dựng"],
    [noiVu, "Sở Nội vụ"],
  ] as const) {
    const from: ChatSender = {
      channel: "zalo",
      chatId: user.id,
      chatKind: "private",
      userId: user.id,
      name: user.name,
    };
    await world.core.handle({ from, text: `/start ${await world.invite(unit)}` });
  }
  running = await startPolling();
});

afterAll(async () => {
  await running.stop();
  await parts.stop();
  await zalo.close();
  await world.db.drop();
});

describe("the Zalo Bot API client", () => {
  it("parses answers, and turns Zalo's errors into typed errors with its code and description", async () => {
    expect(await client.getMe()).toMatchObject({ id: "4242", account_name: "bot.dondoc" });
    zalo.failNext("sendMessage", 403, "User has blocked the bot");
    const error = await client.sendMessage("x", "hi").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZaloApiError);
    expect(error).toMatchObject({ method: "sendMessage", code: 403, description: "User has blocked the bot" });
    const wrong = new ZaloClient({ token: "1:wrong", apiRoot: zalo.url });
    await expect(wrong.getMe()).rejects.toMatchObject({ code: 401 });
  });

  it("fails a call that gets no answer with an error that never quotes the URL (it holds the token)", async () => {
    const closed = new ZaloClient({ token: zalo.token, apiRoot: "http://127.0.0.1:9" });
    const error = (await closed.sendMessage("x", "hi").catch((e: unknown) => e)) as ZaloApiError;
    expect(error).toMatchObject({ method: "sendMessage", code: 0 });
    expect(error.message).not.toContain(zalo.token);
    expect(JSON.stringify(error)).not.toContain(zalo.token);
    expect(error.cause).toBeUndefined();
  });

  it("works with any fetch implementation", async () => {
    const seen: string[] = [];
    const counting = new ZaloClient({
      token: zalo.token,
      apiRoot: zalo.url,
      fetch: (url, init) => (seen.push(url), fetch(url, init)),
    });
    expect(await counting.getWebhookInfo()).toMatchObject({ url: "" });
    expect(seen).toEqual([`${zalo.url}/bot${zalo.token}/getWebhookInfo`]);
  });
});

describe("on Zalo", () => {
  it("joins a focal point with an invitation code, then answers /tasks with numbered pages", async () => {
    const [invited] = await ask(admin, "/invite Sở Xây dựng");
    const code = invited!.match(/\b([A-Z0-9]{4}-?[A-Z0-9]{4}-?[A-Z0-9]{4}|[A-Z0-9]{12})\b/)![1]!;
    expect(invited).toContain("Mã mời cho Sở Xây dựng");
    expect(await ask(newcomer, `/start ${code}`)).toEqual([
      "Đã gắn cuộc trò chuyện này với Sở Xây dựng. Từ nay dondoc sẽ nhắc các thời hạn của đơn vị tại đây. Gõ /tasks để xem nhiệm vụ.",
    ]);
    const [tasks] = await ask(newcomer, "/tasks");
    expect(tasks!.split("\n")[0]).toBe("Nhiệm vụ của Sở Xây dựng: 2 nhiệm vụ, 0 quá hạn (trang 1/1)");

    const [first] = await ask(noiVu, "/tasks");
    expect(first).toMatch(/\(trang 1\/2\)/);
    const next = first!.match(/\[(\d)\] Trang sau/)![1]!;
    const [second] = await ask(noiVu, next);
    expect(second).toMatch(/\(trang 2\/2\)/);
  });

  it("splits a message over 2000 characters at line breaks, and sends the chart as a photo by URL", async () => {
    const since = zalo.calls.length;
    zalo.send(admin, "/progress");
    await zalo.waitFor((c) => c.method === "sendPhoto", since);
    const parts = zalo.textsTo(admin.id, since);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(2000);
    expect(parts[0]).toMatch(/^Tiến độ kế hoạch 115\/KH-UBND/);
    expect(parts.join("\n")).toContain("Xếp hạng điểm:");
    const photo = zalo.calls.slice(since).find((c) => c.method === "sendPhoto")!;
    expect(String(photo.params.photo)).toMatch(/^http:\/\/dondoc\.test\/d\/[\w-]{32}$/);
  });

  it("delivers reminders through the outbox, and a numbered answer is understood even after a restart", async () => {
    const at = new Date("2019-11-26T08:00:00+07:00");
    world.clock.now = at;
    await planReminders(world.db.client, world.access, at);
    const since = zalo.calls.length;
    const sender = new Sender(world.db.client, [zaloTransport(client, choices)], {
      quiet: () => false,
      log: silentLogger,
      now: () => at,
    });
    await sender.drainOnce();
    const [digest] = zalo.textsTo(xayDung.id, since);
    expect(digest).toMatch(/^⏰ Nhắc việc ngày 26\/11\/2019 — Sở Xây dựng/);
    // A reminder's options are lettered: they never take the numbers of a reply's options.
    const pick = digest!.match(/\[([a-z])\] .*II\.2\.1/)![1]!;
    // dondoc restarts before the answer: the options shown are read back from the database.
    await running.stop();
    choices = new NumberedChoices(choiceMemory(world.db.client, "zalo"));
    running = await startPolling();
    // II.2.1 needs lists: the answer is understood after the restart and says which are missing.
    expect(await ask(xayDung, pick)).toEqual([
      expect.stringMatching(
        /^Nhiệm vụ II\.2\.1 hoàn thành khi Sở Nội vụ nhận đủ danh sách; còn thiếu: Phụ lục I, III\./,
      ),
    ]);
    expect(
      await world.db.client.completion.count({
        where: { unit: { name: "Sở Xây dựng" }, task: { ref: "II.2.1" }, undoneAt: null },
      }),
    ).toBe(0);
  });

  it("keeps a reply's numbered options when a reminder comes in between", async () => {
    const [first] = await ask(noiVu, "/tasks");
    const next = first!.match(/\[(\d)\] Trang sau/)![1]!;
    const at = world.clock.now;
    const task = await world.db.client.task.findFirstOrThrow({ where: { ref: "II.1.1" } });
    await world.db.client.outboxMessage.create({
      data: {
        key: "test|reminder-between",
        channel: "zalo",
        chatId: noiVu.id,
        kind: "digest",
        text: "⏰ Nhắc việc",
        choices: JSON.stringify([[{ label: "✓ II.1.1 xong", action: `done:${task.id}` }]]),
        nextAttemptAt: at,
      },
    });
    const since = zalo.calls.length;
    const sender = new Sender(world.db.client, [zaloTransport(client, choices)], {
      quiet: () => false,
      log: silentLogger,
      now: () => at,
    });
    while ((await sender.drainOnce()) > 0);
    expect(zalo.textsTo(noiVu.id, since)).toEqual(["⏰ Nhắc việc\n\n[a] ✓ II.1.1 xong"]);
    const [second] = await ask(noiVu, next);
    expect(second).toMatch(/\(trang 2\/2\)/);
  });

  it("retries Zalo's 403 (its internal error) instead of marking the chat unreachable", async () => {
    const row = await world.db.client.outboxMessage.create({
      data: {
        key: "test|403",
        channel: "zalo",
        chatId: noiVu.id,
        kind: "notice",
        text: "Thử",
        nextAttemptAt: world.clock.now,
      },
    });
    zalo.failNext("sendMessage", 403, "Internal server error");
    const sender = new Sender(world.db.client, [zaloTransport(client, choices)], {
      quiet: () => false,
      log: silentLogger,
      now: () => world.clock.now,
    });
    await sender.drainOnce();
    expect(await world.db.client.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: "pending",
      attempts: 1,
      error: "403 Internal server error",
    });
    expect((await world.db.client.chat.findFirstOrThrow({ where: { chatId: noiVu.id } })).unreachableAt).toBeNull();
    await world.db.client.outboxMessage.delete({ where: { id: row.id } });
  });

  it("backs off exponentially on 429 quota exceeded, pausing the channel", async () => {
    const rows = await Promise.all(
      [1, 2].map((i) =>
        world.db.client.outboxMessage.create({
          data: {
            key: `test|429|${i}`,
            channel: "zalo",
            chatId: `quota${i}`,
            kind: "notice",
            text: "Thử",
            nextAttemptAt: world.clock.now,
          },
        }),
      ),
    );
    zalo.failNext("sendMessage", 429, "Quota exceeded", 2);
    const sender = new Sender(world.db.client, [zaloTransport(client, choices)], {
      quiet: () => false,
      log: silentLogger,
      now: () => world.clock.now,
      batch: 1,
    });
    const since = zalo.calls.length;
    await sender.drainOnce();
    await sender.drainOnce();
    // The first 429 paused the channel for 1 s: Zalo got the second message's try only after the
    // pause (a lower bound: a loaded machine makes the gap longer, never shorter), and its 429
    // doubled the pause.
    const tries = zalo.calls.slice(since).filter((c) => c.method === "sendMessage");
    expect(tries).toHaveLength(2);
    expect(tries[1]!.at - tries[0]!.at).toBeGreaterThanOrEqual(1000);
    const stored = await world.db.client.outboxMessage.findMany({ where: { id: { in: rows.map((r) => r.id) } } });
    const waits = stored.map((r) => r.nextAttemptAt.getTime() - world.clock.now.getTime()).sort((a, b) => a - b);
    expect(waits).toEqual([1000, 2000]);
    expect(stored.every((r) => r.status === "pending" && r.error === "429 Quota exceeded")).toBe(true);
    await world.db.client.outboxMessage.deleteMany({ where: { id: { in: rows.map((r) => r.id) } } });
  });

  it("makes a chat marked unreachable reachable again when its user writes", async () => {
    await world.db.client.chat.updateMany({ where: { chatId: noiVu.id }, data: { unreachableAt: world.clock.now } });
    await ask(noiVu, "/help");
    await vi.waitFor(async () =>
      expect((await world.db.client.chat.findFirstOrThrow({ where: { chatId: noiVu.id } })).unreachableAt).toBeNull(),
    );
  });

  it("answers /nop, and a photo, with a one-time upload link", async () => {
    const [link] = await ask(xayDung, "/nop");
    expect(link).toMatch(/^Gửi danh sách của Sở Xây dựng tại: http:\/\/dondoc\.test\/u\/[\w-]{32}\n/);
    const [photo] = await ask(xayDung, null, "message.image.received");
    expect(photo).toMatch(
      /^dondoc chưa đọc được ảnh hay nhãn dán trên Zalo\..*\nGửi danh sách của Sở Xây dựng tại: http:\/\/dondoc\.test\/u\//s,
    );
    expect(await world.db.client.fileLink.count({ where: { kind: "upload", chatId: xayDung.id } })).toBe(2);
  });

  it("links one person's Telegram and Zalo chats to the same unit, and reminds both", async () => {
    const telegram: ChatSender = {
      channel: "telegram",
      chatId: "5005",
      chatKind: "private",
      userId: "5005",
      name: "Cán bộ Y tế",
    };
    const yTe: ZaloUser = { id: "7f3a9c01e4", name: "Cán bộ Y tế" };
    await world.core.handle({ from: telegram, text: `/start ${await world.invite("Sở Y tế")}` });
    const linked = (await world.core.handle({ from: telegram, text: "/link" })).replies[0]!.text;
    const code = linked.match(/\/start (\S+)/)![1]!;
    expect(await ask(yTe, `/start ${code}`)).toEqual([
      expect.stringContaining("Đã gắn cuộc trò chuyện này với Sở Y tế"),
    ]);
    const at = new Date("2019-11-28T08:00:00+07:00");
    await planReminders(world.db.client, world.access, at);
    const digests = await world.db.client.outboxMessage.findMany({
      where: { kind: "digest", key: { contains: "2019-11-28" }, text: { contains: "Sở Y tế" } },
    });
    expect(digests.map((d) => `${d.channel}:${d.chatId}`).sort()).toEqual(["telegram:5005", `zalo:${yTe.id}`]);
  });
});

describe("Zalo webhook", () => {
  it("refuses requests without the secret; records each update once, answers at once, drops echoes and unreadable ones", async () => {
    const hookZalo = new FakeZalo();
    await hookZalo.start();
    const hookWorld = await chatWorld({ today: "2019-11-25", publicUrl: BASE });
    const hookParts = serviceParts(hookWorld.db.client);
    const logs: string[] = [];
    const log = pino({ level: "info" }, { write: (line: string) => void logs.push(line) });
    const web = new WebServer(log);
    const secret = "zalo-secret-123";
    const hookClient = new ZaloClient({ token: hookZalo.token, apiRoot: hookZalo.url });
    const hook = await startZalo(
      { client: hookClient, inbox: hookParts.inbox, webhook: { url: "https://dondoc.example/zalo/hook", secret, web } },
      hookWorld.core,
      { choices: new NumberedChoices(), fileLink: async () => `${BASE}/d/x` },
      log,
    );
    const port = await web.listen(0, "127.0.0.1");
    try {
      expect(hookZalo.calls.find((c) => c.method === "setWebhook")!.params).toEqual({
        url: "https://dondoc.example/zalo/hook",
        secret_token: secret,
      });
      const post = (headers: Record<string, string>, body: unknown) =>
        fetch(`http://127.0.0.1:${port}/zalo/hook`, {
          method: "POST",
          headers: { "content-type": "application/json", ...headers },
          body: JSON.stringify(body),
        });
      const help = hookZalo.update({ id: "stranger1", name: "Khách" }, "/help");
      expect((await post({}, help)).status).toBe(401);
      expect((await post({ "x-bot-api-secret-token": "wrong-secret-0" }, help)).status).toBe(401);
      expect(hookZalo.calls.filter((c) => c.method === "sendMessage")).toHaveLength(0);
      const good = { "x-bot-api-secret-token": secret };
      // Delivered twice (Zalo repeats deliveries): answered twice, handled once.
      expect((await post(good, help)).status).toBe(200);
      expect((await post(good, help)).status).toBe(200);
      expect((await hookZalo.messagesTo("stranger1", 0))[0]).toMatch(/^Để dùng dondoc/);
      // The bot's own message, echoed back, and an update that cannot be read.
      const echo = hookZalo.update({ id: "4242", name: "dondoc" }, "/help");
      expect((await post(good, echo)).status).toBe(200);
      const broken = { event_name: "message.text.received", message: { text: "Nguyễn Văn An 0912345678" } };
      expect((await post(good, broken)).status).toBe(200);
      await post(good, hookZalo.update({ id: "stranger2", name: "Khách 2" }, "/help"));
      await hookZalo.messagesTo("stranger2", 0);
      expect(hookZalo.textsTo("stranger1")).toHaveLength(1);
      expect(hookZalo.textsTo("4242")).toHaveLength(0);
      expect(await hookWorld.db.client.inboxUpdate.count()).toBe(2);
      const dropped = logs.find((l) => l.includes("unreadable update dropped"));
      expect(dropped).toContain("message.from");
      expect(logs.join("")).not.toMatch(/Nguyễn|0912345678/);
    } finally {
      await hook.stop();
      await web.close();
      await hookParts.stop();
      await hookZalo.close();
      await hookWorld.db.drop();
    }
  });
});
