// `dondoc db backup` copies a live SQLite database; `dondoc purge` deletes the personal data of
// plans that ended longer ago than the retention period, and only theirs.
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/store/database.ts";
import { chatWorld, type ChatWorld } from "../support/chat.ts";
import { dondoc } from "../support/cli.ts";
import { POSTGRES_URL } from "../support/databases.ts";

let world: ChatWorld;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  world = await chatWorld();
  env = { DATABASE_URL: world.db.url };
  // A list sent for the 2019 plan (which ended long ago): its rows hold names and phones.
  const db = world.db.client;
  const [plan, unit] = await Promise.all([db.plan.findFirstOrThrow(), db.unit.findFirstOrThrow()]);
  await db.submission.create({
    data: {
      unitId: unit.id,
      planId: plan.id,
      template: "I",
      fileName: "ds.xlsx",
      receivedAt: new Date("2019-11-25T03:00:00Z"),
      submittedBy: "telegram:1",
      complete: true,
      rowsTotal: 1,
      rowsValid: 1,
      official: 1,
      reserve: 0,
      findings: JSON.stringify([{ code: "phone-invalid", value: "12345" }]),
      rows: { create: [{ excelRow: 4, section: "official", valid: true, phone: "0912345678", data: "{}" }] },
    },
  });
  // A report's evidence document for the same plan.
  const report = await db.task.findFirstOrThrow({ where: { planId: plan.id, ref: "II.2.2" } });
  await db.evidence.create({
    data: {
      taskId: report.id,
      unitId: unit.id,
      fileName: "bao-cao.pdf",
      kind: "pdf",
      size: 5,
      sha256: "x",
      content: Buffer.from("%PDF-"),
      receivedAt: new Date("2019-12-10T03:00:00Z"),
      submittedBy: "telegram:1",
    },
  });
  await db.fileLink.create({
    data: {
      tokenHash: "h1",
      kind: "download",
      channel: "zalo",
      chatId: "z1",
      userId: "z1",
      fileName: "ds.xlsx",
      content: Buffer.from("PK"),
      createdAt: new Date("2019-11-25T03:00:00Z"),
      expiresAt: new Date("2019-11-26T03:00:00Z"),
    },
  });
});

afterAll(async () => world.db.drop());

describe("dondoc db backup", () => {
  it("copies the SQLite database into a new file that opens with the same data, never over an old one", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "dondoc-backup-")), "copy.db");
    const run = await dondoc(["db", "backup", file], env);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(new RegExp(`^Đã sao lưu cơ sở dữ liệu vào ${file} \\(\\d+\\.\\d MB\\)\\.$`));
    // The same data as the original at that moment (the purge test, if it ran first, erased the rows).
    const counts = async (db: typeof world.db.client) =>
      Promise.all([db.submission.count(), db.submissionRow.count(), db.evidence.count(), db.task.count()]);
    const copy = await openDatabase(`file:${file}`);
    const copied = await counts(copy.client);
    await copy.close();
    expect(copied).toEqual(await counts(world.db.client));
    expect(copied[0]).toBe(1);
    expect(await dondoc(["db", "backup", file], env)).toMatchObject({ code: 2, err: expect.stringMatching(/đã có/) });
  });

  it("tells how to back PostgreSQL up instead", async () => {
    const run = await dondoc(["db", "backup", "x.dump", "--lang", "en"], { DATABASE_URL: POSTGRES_URL });
    expect(run.code).toBe(2);
    expect(run.err).toBe(
      'The database is PostgreSQL: back it up with pg_dump, for example: pg_dump --format=custom --file=x.dump "$DATABASE_URL"',
    );
    expect(existsSync("x.dump")).toBe(false);
  });
});

describe("dondoc purge", () => {
  it("says what it would delete with --dry-run, then deletes list rows, quoted values, evidence bytes and old links", async () => {
    const dry = await dondoc(["purge", "--dry-run", "--lang", "en"], env);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain("Plan 115/KH-UBND (ended 2020-01-30): 1 list rows, 1 lists, 1 evidence documents.");
    expect(dry.out).toMatch(/links and stored files created before \d{4}-\d\d-\d\d: 1\./);
    expect(await world.db.client.submissionRow.count()).toBe(1);

    expect((await dondoc(["purge"], env)).code).toBe(0);
    expect(await world.db.client.submissionRow.count()).toBe(0);
    expect(await world.db.client.fileLink.count()).toBe(0);
    // What scores need stays.
    expect(await world.db.client.submission.findFirstOrThrow()).toMatchObject({ findings: "[]", rowsValid: 1 });
    expect(await world.db.client.evidence.findFirstOrThrow()).toMatchObject({ content: null, fileName: "bao-cao.pdf" });
    expect((await dondoc(["purge", "--days", "100000"], env)).out).toContain("Không có kế hoạch nào kết thúc quá");
  });
});
