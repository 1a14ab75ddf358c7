// The bot's SQLite file keeps a write-ahead log: the bot's commits never wait for the disk,
// a thread of its own moves the log into the database, and the schema engine (migrations,
// `db check`) still works while the bot has the file open.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openDatabase, type Database } from "../../src/store/database.ts";
import { migrate, schemaDrift } from "../../src/store/migrations.ts";

let dir: string;
let file: string;
let bot: Database;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "dondoc-journal-"));
  file = join(dir, "bot.db");
  bot = await openDatabase(`file:${file}`, { service: true });
  await migrate(bot);
});
afterAll(async () => {
  await bot.close();
  rmSync(dir, { recursive: true, force: true });
});

const pragma = async (name: string) =>
  Object.values((await bot.client.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${name}`))[0]!)[0];

it("keeps a write-ahead log, synced at checkpoints, with no checkpoint on the bot's own connection", async () => {
  expect(await pragma("journal_mode")).toBe("wal");
  expect(Number(await pragma("synchronous"))).toBe(1); // NORMAL
  expect(Number(await pragma("wal_autocheckpoint"))).toBe(0);
});

it("moves what the bot wrote from the log into the database file within seconds", async () => {
  const before = statSync(file).size;
  const until = new Date(Date.UTC(2030, 0, 1));
  await bot.client.lease.createMany({
    data: Array.from({ length: 2000 }, (_, i) => ({ name: `lease-${i}-${"x".repeat(200)}`, holder: "a", until })),
  });
  const written = before + 2000 * 200;
  let size = before;
  for (let waited = 0; size <= written && waited < 10_000; waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    size = statSync(file).size;
  }
  expect(size).toBeGreaterThan(written);
});

it("lets the schema engine check the schema while the bot has the file open", async () => {
  await bot.client.lease.count();
  const cli = await openDatabase(`file:${file}`);
  try {
    await cli.client.lease.count();
    expect(await schemaDrift(cli)).toBe("");
  } finally {
    await cli.close();
  }
});
