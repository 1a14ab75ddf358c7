// Two dondoc processes behind webhooks on one database, Telegram and Zalo: an update
// delivered twice (to either instance) is handled once; every webhook request is answered
// at once, even when its update takes long to handle (a list whose download hangs); the
// instances report health, readiness and metrics.
import { afterAll, beforeAll, expect, it } from "vitest";
import { dayInVietnam } from "../../src/domain/dates.ts";
import { describeEngines, freshDatabase, type TestDatabase } from "../support/databases.ts";
import { startInstance, type Instance } from "../support/instances.ts";
import { FakeTelegram, type TelegramChat, type TelegramUser } from "../support/telegram-api.ts";
import { FakeZalo } from "../support/zalo-api.ts";

const TELEGRAM_SECRET = "telegram-secret-for-tests";
const ZALO_SECRET = "zalo-secret-for-tests";
const user: TelegramUser = { id: 3101, first_name: "Khách", language_code: "vi" };
const chat: TelegramChat = { id: 3101, type: "private" };

describeEngines("two instances behind webhooks on %s", (engine) => {
  let telegram: FakeTelegram;
  let zalo: FakeZalo;
  let db: TestDatabase;
  const instances: Instance[] = [];

  beforeAll(async () => {
    telegram = new FakeTelegram();
    await telegram.start();
    zalo = new FakeZalo();
    await zalo.start();
    db = await freshDatabase(engine);
    // Today's reminders count as planned: the instances run on the real clock, and at 08:00-20:00
    // in Vietnam their planner would send the admin of this chat an overdue summary between the
    // answers these tests wait for (the planner is tested in test/reminders).
    await db.client.plannerRun.create({ data: { day: dayInVietnam(new Date()), at: new Date() } });
    const env = {
      DATABASE_URL: db.url,
      TELEGRAM_BOT_TOKEN: telegram.token,
      TELEGRAM_API_ROOT: telegram.url,
      TELEGRAM_WEBHOOK_URL: "https://dondoc.example/telegram/hook",
      TELEGRAM_WEBHOOK_SECRET: TELEGRAM_SECRET,
      ZALO_BOT_TOKEN: zalo.token,
      ZALO_API_ROOT: zalo.url,
      ZALO_WEBHOOK_URL: "https://dondoc.example/zalo/hook",
      ZALO_WEBHOOK_SECRET: ZALO_SECRET,
      PUBLIC_URL: "https://dondoc.example",
      // An admin: every file an admin sends is read (tried as a plan first).
      ADMIN_TELEGRAM_IDS: String(user.id),
    };
    // Both at once on the empty database: one migrates and imports the demo plan, the other
    // waits for it (a first start of several instances must not race).
    instances.push(...(await Promise.all([startInstance(env), startInstance(env)])));
    await Promise.all(instances.map((instance) => instance.ready(60_000)));
  }, 90_000);

  afterAll(async () => {
    for (const instance of instances) expect(await instance.kill("SIGTERM")).toBe(0);
    await telegram.close();
    await zalo.close();
    await db.drop();
  });

  const postTelegram = (instance: Instance, update: unknown) =>
    fetch(instance.url("/telegram/hook"), {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": TELEGRAM_SECRET },
      body: JSON.stringify(update),
    });
  const postZalo = (instance: Instance, update: unknown) =>
    fetch(instance.url("/zalo/hook"), {
      method: "POST",
      headers: { "content-type": "application/json", "x-bot-api-secret-token": ZALO_SECRET },
      body: JSON.stringify(update),
    });

  it("handles an update delivered twice, to either instance, once", async () => {
    const since = telegram.calls.length;
    const update = telegram.updateFor(user, chat, "/help");
    const answers = await Promise.all([postTelegram(instances[0]!, update), postTelegram(instances[1]!, update)]);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    expect((await telegram.messageTo(chat.id, since, 15_000)).params.text).toMatch(
      /^Anh\/chị là quản trị viên của dondoc/,
    );

    const zaloSince = zalo.calls.length;
    const zaloUpdate = zalo.update({ id: "z3101", name: "Khách" }, "/help");
    await postZalo(instances[1]!, zaloUpdate);
    await postZalo(instances[0]!, zaloUpdate);
    expect((await zalo.messagesTo("z3101", zaloSince))[0]).toMatch(/^Để dùng dondoc/);

    // Each chat's updates are handled in order: once the next one is answered, a second
    // handling of the repeated update would have been too.
    await postTelegram(instances[0]!, telegram.updateFor(user, chat, "/lang vi"));
    await telegram.waitFor((c) => c.method === "sendMessage" && c.params.text === "Đã chuyển sang tiếng Việt.", since);
    expect(telegram.calls.slice(since).filter((c) => c.method === "sendMessage")).toHaveLength(2);
    await postZalo(instances[1]!, zalo.update({ id: "z3101", name: "Khách" }, "/lang vi"));
    await zalo.messagesTo("z3101", zaloSince, 2);
    expect(zalo.textsTo("z3101", zaloSince)).toHaveLength(2);
  });

  it("answers a webhook at once whatever its update asks, and handles it after", async () => {
    const release = telegram.holdFiles();
    const since = telegram.calls.length;
    try {
      const update = telegram.documentUpdate(user, chat, {
        name: "danh-sach.xlsx",
        content: Buffer.from("PK\x03\x04"),
      });
      // The file's download hangs until release() below: a webhook that waited for its update
      // to be handled would never answer, and the test would time out instead of passing.
      expect((await postTelegram(instances[0]!, update)).status).toBe(200);
      await telegram.waitFor((c) => c.method === "getFile", since, 15_000);
    } finally {
      release();
    }
    // Its answer comes now, before any other test reads this chat's messages.
    await telegram.messageTo(chat.id, since, 15_000);
  });

  it("reports health, readiness and metrics", async () => {
    const instance = instances[0]!;
    // One update handled, whichever test ran before.
    const since = telegram.calls.length;
    await postTelegram(instance, telegram.updateFor(user, chat, "/help"));
    await telegram.messageTo(chat.id, since, 15_000);
    expect((await fetch(instance.url("/healthz"))).status).toBe(200);
    const ready = await fetch(instance.url("/readyz"));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      ready: true,
      checks: { database: "ok", migrations: "ok", telegram: "ok", zalo: "ok" },
    });
    // Each process counts what it did: together they handled the updates above.
    const metrics = (await Promise.all(instances.map(async (i) => (await fetch(i.url("/metrics"))).text()))).join("\n");
    expect(metrics).toMatch(/^dondoc_updates_handled_total\{channel="telegram",outcome="done"\} \d+/m);
    expect(metrics).toMatch(/^# TYPE dondoc_outbox_depth gauge/m);
    expect(metrics).toMatch(/^dondoc_inbox_depth 0/m);
    expect(metrics).toMatch(/^# TYPE dondoc_update_handling_seconds histogram/m);
  });
});
