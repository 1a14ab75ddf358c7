// Two dondoc processes polling Telegram on one database: one polls (the lease holder), the
// other stands by; killed with SIGKILL, the poller is replaced within seconds, and no update
// is answered twice. A 409 from Telegram (another poller) is logged, never fatal.
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEngines, freshDatabase, type TestDatabase } from "../support/databases.ts";
import { holderPid, startInstance, type Instance } from "../support/instances.ts";
import { FakeTelegram, type TelegramChat, type TelegramUser } from "../support/telegram-api.ts";

const user: TelegramUser = { id: 3001, first_name: "Khách", language_code: "vi" };
const chat: TelegramChat = { id: 3001, type: "private" };

describeEngines("two instances polling on %s", (engine) => {
  let telegram: FakeTelegram;
  let db: TestDatabase;
  const instances: Instance[] = [];

  beforeAll(async () => {
    telegram = new FakeTelegram();
    await telegram.start();
    db = await freshDatabase(engine);
  });

  afterAll(async () => {
    for (const instance of instances) await instance.kill("SIGKILL");
    await telegram.close();
    await db.drop();
  });

  const answersTo = (since: number) =>
    telegram.calls.slice(since).filter((c) => c.ok && c.method === "sendMessage" && c.params.chat_id === chat.id);

  it("one polls; killed, the other takes over; a 409 is not fatal; nothing is answered twice", async () => {
    const env = { DATABASE_URL: db.url, TELEGRAM_BOT_TOKEN: telegram.token, TELEGRAM_API_ROOT: telegram.url };
    for (let i = 0; i < 2; i++) {
      const instance = await startInstance(env);
      instances.push(instance);
      await instance.ready();
    }
    telegram.failNext("getUpdates", {
      status: 409,
      body: { ok: false, error_code: 409, description: "Conflict: terminated by other getUpdates request" },
    });
    let since = telegram.calls.length;
    telegram.send(user, chat, "/help");
    expect((await telegram.messageTo(chat.id, since, 15_000)).params.text).toMatch(/^Để dùng dondoc/);

    const poller = async () =>
      holderPid((await db.client.lease.findUnique({ where: { name: "poll:telegram" } }))?.holder);
    const leader = await poller();
    const [dead, survivor] = leader === instances[0]!.pid ? instances : [instances[1]!, instances[0]!];
    expect(dead!.pid).toBe(leader);
    expect(dead!.child.exitCode).toBeNull();
    await dead!.kill("SIGKILL");

    since = telegram.calls.length;
    telegram.send(user, chat, "/help");
    // The lease lasts 5 s without renewal and the survivor tries every second; how fast it
    // takes over is measured by `npm run bench`, not asserted here.
    await telegram.messageTo(chat.id, since, 30_000);
    // The chat's next message is answered after it: the first was answered once, not twice.
    telegram.send(user, chat, "/lang vi");
    await telegram.waitFor((c) => c.method === "sendMessage" && c.params.text === "Đã chuyển sang tiếng Việt.", since);
    expect(answersTo(since)).toHaveLength(2);
    expect(await poller()).toBe(survivor!.pid);
    expect(survivor!.child.exitCode).toBeNull();
    expect(await survivor!.kill("SIGTERM")).toBe(0);
  }, 120_000);
});
