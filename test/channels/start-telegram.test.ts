// `npm start` with a token: the whole bot (migrations, demo plan, polling, scheduler,
// outbox sender) as a child process, against a local server that speaks the Bot API.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../src/paths.ts";
import { FakeTelegram } from "../support/telegram-api.ts";

let telegram: FakeTelegram;
beforeAll(async () => {
  telegram = new FakeTelegram();
  await telegram.start();
});
afterAll(async () => telegram.close());

describe("npm start with a Telegram token", () => {
  it("starts polling, answers users, and stops cleanly on SIGTERM", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dondoc-start-"));
    const tsx = pathToFileURL(join(projectRoot, "node_modules", "tsx", "dist", "loader.mjs")).href;
    const child = spawn(process.execPath, ["--import", tsx, join(projectRoot, "src", "main.ts")], {
      cwd: dir,
      env: {
        PATH: process.env.PATH,
        DATABASE_URL: `file:${join(dir, "dondoc.db")}`,
        TELEGRAM_BOT_TOKEN: telegram.token,
        TELEGRAM_API_ROOT: telegram.url,
        ADMIN_TELEGRAM_IDS: "1000",
        LOG_LEVEL: "silent",
      },
    });
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    try {
      await telegram.waitFor((c) => c.method === "getUpdates", 0, 30_000);
      expect(telegram.calls.some((c) => c.method === "setMyCommands")).toBe(true);
      const since = telegram.calls.length;
      telegram.send({ id: 1000, first_name: "Quản trị", language_code: "vi" }, { id: 1000, type: "private" }, "/invite Sở Xây dựng");
      const reply = await telegram.messageTo(1000, since);
      expect(String(reply.params.text)).toMatch(/^Mã mời cho Sở Xây dựng: \w{12} .*https:\/\/t\.me\/dondoc_test_bot\?start=\w{12}/);
    } finally {
      child.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
  }, 60_000);
});
