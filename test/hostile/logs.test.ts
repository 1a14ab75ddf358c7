// The logs of a run (captured from the logger itself) and the outbox's error column hold
// no phone number, no token and no message text, whatever the platform's errors carry.
import { Writable } from "node:stream";
import { GrammyError, HttpError } from "grammy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { telegramTransport } from "../../src/channels/telegram/transport.ts";
import { createLogger } from "../../src/logger.ts";
import { createChatCore } from "../../src/services/chat/core.ts";
import type { Sender as ChatSender } from "../../src/services/chat/types.ts";
import { Sender } from "../../src/services/sender.ts";
import { enqueue } from "../../src/store/outbox-store.ts";
import { chatWorld, type ChatWorld } from "../support/chat.ts";
import { appendixI, xlsx } from "../support/lists.ts";
import { chatServices } from "../../src/services/chat-services.ts";

// Workers start cold and this machine may be shared: a generous bound, not a timing goal.
const HEAVY = 180_000;

const TOKEN = "7012345678:AAHfakeTokenForTheLogsTest_abcdefghij";
const PHONE = "0912345678";
const SECRET_TEXT = "Nguyễn Văn An ở xóm Đồng Bẩm";
const lines: string[] = [];
const log = createLogger(
  "debug",
  new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  }),
);
const focal: ChatSender = {
  channel: "telegram",
  chatId: "5101",
  chatKind: "private",
  userId: "5101",
  name: "Cán bộ Y tế",
  langHint: "vi",
};

let world: ChatWorld;

beforeAll(async () => {
  world = await chatWorld({ today: "2019-11-26" });
});
afterAll(async () => world.db.drop());

describe("what the logs say", { timeout: HEAVY }, () => {
  it("logs a run of the chat core and the platform's failures without phones, tokens or texts", async () => {
    const core = createChatCore({
      services: chatServices(world.db.client),
      access: world.access,
      now: () => world.clock.now,
      log,
      publicUrl: null,
      inviteLink: () => null,
    });
    await core.handle({ from: focal, text: `/start ${await world.invite("Sở Y tế")}` });
    await core.handle({ from: focal, text: `${SECRET_TEXT} ${PHONE}` });
    const list = await xlsx(appendixI([[1, SECRET_TEXT, "Chuyên viên", "x", null, PHONE]]));
    await core.handle({ from: focal, file: { name: "ds.xlsx", size: list.length, read: async () => list } });
    // As the Telegram channel logs a reply that failed, and a request that never got an answer.
    const refused = new GrammyError(
      "Call to 'sendMessage' failed!",
      { ok: false, error_code: 400, description: "Bad Request: message is too long" },
      "sendMessage",
      { chat_id: 5101, text: `${SECRET_TEXT} ${PHONE}` },
    );
    log.error({ channel: "telegram", err: refused }, "reply failed");
    const network = new HttpError(
      "Network request for 'sendMessage' failed!",
      new Error(`request to https://api.telegram.org/bot${TOKEN}/sendMessage failed, text=${PHONE}`),
    );
    log.warn({ channel: "telegram", err: network, text: SECRET_TEXT, url: `https://x/bot${TOKEN}` }, "polling failed");
    log.error({ err: new Error(`fetch https://bot-api.zaloplatforms.com/bot${TOKEN}/getUpdates`) }, "x");

    const all = lines.join("");
    expect(lines.length).toBeGreaterThan(3);
    expect(all).toContain('"method":"sendMessage"');
    expect(all).toContain('"description":"Bad Request: message is too long"');
    expect(all).not.toMatch(/0\d{9}/);
    expect(all).not.toContain(TOKEN);
    expect(all).not.toContain("AAHfakeToken");
    expect(all).not.toContain(SECRET_TEXT);
    expect(all).not.toContain("Nguyễn");
  });

  it("stores a failed send's error without the URL or token it quoted", async () => {
    await enqueue(world.db.client, {
      key: "leak|1",
      channel: "telegram",
      chatId: "5101",
      kind: "notice",
      text: SECRET_TEXT,
      notBefore: new Date(0),
    });
    const transport = {
      ...telegramTransport(TOKEN, "http://127.0.0.1:9"),
      send: async () => {
        throw new TypeError(`request to http://127.0.0.1:9/bot${TOKEN}/sendMessage failed (token ${TOKEN})`);
      },
    };
    const sender = new Sender(world.db.client, [transport], { quiet: () => false, log });
    await sender.drainOnce();
    const row = await world.db.client.outboxMessage.findUniqueOrThrow({ where: { key: "leak|1" } });
    expect(row.error).toBe("request to <url> failed (token <token>)");
    expect(lines.join("")).not.toContain(TOKEN);
  });
});
