// `npm start` with tokens: the whole bot (migrations, demo plan, polling, scheduler,
// outbox sender) as a child process, against a local server that speaks the Bot API.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../src/paths.ts";
import { FakeTelegram } from "../support/telegram-api.ts";
import { FakeZalo } from "../support/zalo-api.ts";
import { freePort } from "../support/instances.ts";

let telegram: FakeTelegram;
let zalo: FakeZalo;
beforeAll(async () => {
  telegram = new FakeTelegram();
  await telegram.start();
  zalo = new FakeZalo();
  await zalo.start();
});
afterAll(async () => {
  await telegram.close();
  await zalo.close();
});

function startBot(env: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), "dondoc-start-"));
  const tsx = pathToFileURL(join(projectRoot, "node_modules", "tsx", "dist", "loader.mjs")).href;
  const child = spawn(process.execPath, ["--import", tsx, join(projectRoot, "src", "main.ts")], {
    cwd: dir,
    env: { PATH: process.env.PATH, DATABASE_URL: `file:${join(dir, "dondoc.db")}`, LOG_LEVEL: "silent", ...env },
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited };
}

describe("npm start with a Telegram token", () => {
  it("starts polling, answers users, and stops cleanly on SIGTERM", async () => {
    const { child, exited } = startBot({
      TELEGRAM_BOT_TOKEN: telegram.token,
      TELEGRAM_API_ROOT: telegram.url,
      ADMIN_TELEGRAM_IDS: "1000",
      HTTP_PORT: String(await freePort()),
    });
    try {
      await telegram.waitFor((c) => c.method === "getUpdates", 0, 30_000);
      expect(telegram.calls.some((c) => c.method === "setMyCommands")).toBe(true);
      const since = telegram.calls.length;
      telegram.send(
        { id: 1000, first_name: "Quản trị", language_code: "vi" },
        { id: 1000, type: "private" },
        "/invite Sở Xây dựng",
      );
      // The answer, whatever else the admin is sent meanwhile (the day's overdue summary, in office hours).
      const reply = await telegram.waitFor(
        (c) =>
          c.method === "sendMessage" && Number(c.params.chat_id) === 1000 && String(c.params.text).startsWith("Mã mời"),
        since,
      );
      expect(String(reply.params.text)).toMatch(
        /^Mã mời cho Sở Xây dựng: \w{12} .*https:\/\/t\.me\/dondoc_test_bot\?start=\w{12}/,
      );
    } finally {
      child.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
  }, 60_000);
});

describe("a fatal error", () => {
  it("ends in a clean shutdown with exit code 1 when Telegram refuses the token while polling", async () => {
    const since = telegram.calls.length;
    const { child, exited } = startBot({
      TELEGRAM_BOT_TOKEN: telegram.token,
      TELEGRAM_API_ROOT: telegram.url,
      HTTP_PORT: String(await freePort()),
    });
    try {
      await telegram.waitFor((c) => c.method === "deleteWebhook", since, 30_000);
      telegram.failNext("getUpdates", {
        status: 401,
        body: { ok: false, error_code: 401, description: "Unauthorized" },
      });
      expect(await exited).toBe(1);
    } finally {
      child.kill("SIGKILL");
    }
  }, 60_000);
});

describe("npm start with a Zalo token", () => {
  it("polls Zalo, serves the upload page, and stops cleanly on SIGTERM", async () => {
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const { child, exited } = startBot({
      ZALO_BOT_TOKEN: zalo.token,
      ZALO_API_ROOT: zalo.url,
      ADMIN_ZALO_IDS: "a0dm1n",
      HTTP_PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
    });
    try {
      await zalo.waitFor((c) => c.method === "getUpdates", 0, 30_000);
      const since = zalo.calls.length;
      zalo.send({ id: "a0dm1n", name: "Quản trị" }, "/invite Sở Xây dựng");
      const [invited] = await zalo.messagesTo("a0dm1n", since);
      const code = invited!.match(/Mã mời cho Sở Xây dựng: (\w{12})/)![1]!;
      zalo.send({ id: "u1", name: "Cán bộ" }, `/start ${code}`);
      await zalo.messagesTo("u1", since);
      zalo.send({ id: "u1", name: "Cán bộ" }, "/nop");
      const [, link] = await zalo.messagesTo("u1", since, 2);
      const url = link!.match(/(http:\/\/127\.0\.0\.1:\d+\/u\/[\w-]+)/)![1]!;
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("Danh sách của Sở Xây dựng");
    } finally {
      child.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
  }, 60_000);
});
