// One SQLite connection serves every chat. A read from one chat, made while another chat's
// transaction (a plan import, a directory import) is open, must not see what that
// transaction wrote before it commits: it might still be rolled back, and the chat would
// have been told something that never was.
import { afterAll, beforeAll, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../support/databases.ts";

let db: TestDatabase;
beforeAll(async () => {
  db = await freshDatabase("sqlite");
});
afterAll(async () => db.drop());

const day = (date: string, name: string) => ({ date, working: false, name });

/** Runs a transaction that writes a day, then lets `during` run while it is open, then ends as `end` says. */
async function whileOpen<T>(end: "commit" | "fail", during: () => Promise<T>): Promise<T> {
  let inside!: () => void;
  const opened = new Promise<void>((resolve) => (inside = resolve));
  const transaction = db.client
    .$transaction(async (tx) => {
      await tx.calendarDay.create({ data: day("2030-04-30", "Giải phóng miền Nam") });
      inside();
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (end === "fail") throw new Error("the import failed");
      await tx.calendarDay.create({ data: day("2030-05-01", "Quốc tế Lao động") });
    })
    .catch(() => undefined);
  await opened;
  const result = during();
  await transaction;
  return result;
}

// Awaited inside, so that the query is sent when the function is called (Prisma's promises are lazy).
const holidays = async () =>
  await db.client.calendarDay.count({ where: { date: { in: ["2030-04-30", "2030-05-01"] } } });

it("answers a read made while a transaction is open with what it committed: all of it", async () => {
  expect(await whileOpen("commit", holidays)).toBe(2);
});

it("answers a read made while a transaction is open that then fails with nothing of it", async () => {
  await db.client.calendarDay.deleteMany();
  expect(await whileOpen("fail", holidays)).toBe(0);
});
