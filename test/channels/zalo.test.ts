// dondoc on Zalo, against a local server that speaks the Zalo Bot API: the typed client,
// joining by invitation, /tasks with numbered choices, long messages split, reminders
// through the outbox, upload links, one person on both Telegram and Zalo, the webhook.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
import { chatWorld, ZALO_ADMIN_ID, type ChatWorld } from "../support/chat.ts";
import { FakeZalo, type ZaloUser } from "../support/zalo-api.ts";

const BASE = "http://dondoc.test";
const admin: ZaloUser = { id: ZALO_ADMIN_ID, name: "Quản trị" };
const xayDung: ZaloUser = { id: "7f3a9c01e2", name: "Cán bộ Xây dựng" };
const noiVu: ZaloUser = { id: "7f3a9c01e3", name: "Cán bộ Nội vụ" };

let zalo: FakeZalo;
let world: ChatWorld;
let client: ZaloClient;
let running: RunningZalo;
let choices: NumberedChoices;

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
  running = await startZalo({ client, pollSeconds: 1 }, world.core, output(), silentLogger);
});

afterAll(async () => {
  await running.stop();
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
    expect(await ask(xayDung, `/start ${code}`)).toEqual([
      "Đã gắn cuộc trò chuyện này với Sở Xây dựng. Từ nay dondoc sẽ nhắc các thời hạn của đơn vị tại đây. Gõ /tasks để xem nhiệm vụ.",
    ]);
    const [tasks] = await ask(xayDung, "/tasks");
    expect(tasks!.split("\n")[0]).toBe("Nhiệm vụ của Sở Xây dựng: 2 nhiệm vụ, 0 quá hạn (trang 1/1)");

    await ask(noiVu, `/start ${await world.invite("Sở Nội vụ")}`);
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

  it("delivers reminders through the outbox, and a numbered answer marks the task done, even after a restart", async () => {
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
    const pick = digest!.match(/\[(\d)\] .*II\.2\.1/)![1]!;
    // dondoc restarts before the answer: the options shown are read back from the database.
    await running.stop();
    choices = new NumberedChoices(choiceMemory(world.db.client, "zalo"));
    running = await startZalo({ client, pollSeconds: 1 }, world.core, output(), silentLogger);
    expect(await ask(xayDung, pick)).toEqual([expect.stringContaining("II.2.1")]);
    expect(
      await world.db.client.completion.count({
        where: { unit: { name: "Sở Xây dựng" }, task: { ref: "II.2.1" }, undoneAt: null },
      }),
    ).toBe(1);
  });

  it("records a blocked chat as unreachable instead of retrying", async () => {
    const row = await world.db.client.outboxMessage.create({
      data: {
        key: "test|blocked",
        channel: "zalo",
        chatId: noiVu.id,
        kind: "notice",
        text: "Thử",
        nextAttemptAt: world.clock.now,
      },
    });
    zalo.failNext("sendMessage", 403, "User has blocked the bot");
    const sender = new Sender(world.db.client, [zaloTransport(client, choices)], {
      quiet: () => false,
      log: silentLogger,
      now: () => world.clock.now,
    });
    await sender.drainOnce();
    expect(await world.db.client.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: "unreachable",
      error: "403 User has blocked the bot",
    });
    await world.db.client.chat.updateMany({ where: { chatId: noiVu.id }, data: { unreachableAt: null } });
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
  it("refuses requests without the secret, and serves those with it", async () => {
    const hookZalo = new FakeZalo();
    await hookZalo.start();
    const web = new WebServer(silentLogger);
    const secret = "zalo-secret-123";
    const hookClient = new ZaloClient({ token: hookZalo.token, apiRoot: hookZalo.url });
    const hook = await startZalo(
      { client: hookClient, webhook: { url: "https://dondoc.example/zalo/hook", secret, web } },
      world.core,
      output(),
      silentLogger,
    );
    const port = await web.listen(0, "127.0.0.1");
    try {
      expect(hookZalo.calls.find((c) => c.method === "setWebhook")!.params).toEqual({
        url: "https://dondoc.example/zalo/hook",
        secret_token: secret,
      });
      const post = (headers: Record<string, string>) =>
        fetch(`http://127.0.0.1:${port}/zalo/hook`, {
          method: "POST",
          headers: { "content-type": "application/json", ...headers },
          body: JSON.stringify(hookZalo.update({ id: "stranger1", name: "Khách" }, "/help")),
        });
      expect((await post({})).status).toBe(401);
      expect((await post({ "x-bot-api-secret-token": "wrong-secret-0" })).status).toBe(401);
      expect(hookZalo.calls.filter((c) => c.method === "sendMessage")).toHaveLength(0);
      expect((await post({ "x-bot-api-secret-token": secret })).status).toBe(200);
      expect((await hookZalo.messagesTo("stranger1", 0))[0]).toMatch(/^Để dùng dondoc/);
    } finally {
      await hook.stop();
      await web.close();
      await hookZalo.close();
    }
  });
});
