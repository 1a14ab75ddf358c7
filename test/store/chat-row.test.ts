// Every incoming message identifies its chat, marks it reachable and may remember the
// options shown: only a change writes the chat's row. SQLite has one write lock; a message
// that wrote even nothing would wait behind every other writer (a plan import, a list).
import Sqlite from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { choiceMemory } from "../../src/services/choice-memory.ts";
import { identify, type Access } from "../../src/services/membership-service.ts";
import type { Sender } from "../../src/services/chat/types.ts";
import { sqlitePath } from "../../src/store/database.ts";
import { markChatReachable, markChatUnreachable } from "../../src/store/outbox-store.ts";
import { freshDatabase, type TestDatabase } from "../support/databases.ts";

const access: Access = { admins: {}, province: "Thái Nguyên", invitationDays: 7 };
const sender: Sender = { channel: "zalo", chatId: "c-1", chatKind: "private", userId: "u-1", name: "Người 1" };
const choices = [{ label: "Sau ›", action: "/tasks 2" }];

/** Runs `work` while another connection holds the write lock: it finishes only if it writes nothing. */
async function whileLocked<T>(db: TestDatabase, work: () => Promise<T>): Promise<T> {
  const other = new Sqlite(sqlitePath(db.url));
  other.prepare("BEGIN IMMEDIATE").run();
  try {
    return await work();
  } finally {
    other.prepare("ROLLBACK").run();
    other.close();
  }
}

describe("the chat row", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await freshDatabase("sqlite");
  });
  afterAll(async () => db.drop());

  it("is written by the chat's first message, then only read", async () => {
    const first = await identify(db.client, access, sender);
    expect(first.chat).toMatchObject({ channel: "zalo", chatId: "c-1", kind: "private", lang: null });
    const memory = choiceMemory(db.client, "zalo");
    await memory.save("c-1", "reply", choices);
    const again = await whileLocked(db, async () => {
      const member = await identify(db.client, access, sender);
      await markChatReachable(db.client, "zalo", "c-1");
      await memory.save("c-1", "reply", choices);
      return member;
    });
    expect(again.chat).toMatchObject({ id: first.chat.id, kind: "private", lang: null });
    expect(await memory.load("c-1")).toEqual({ reply: choices, notice: [] });
  });

  it("still records what changed", async () => {
    await identify(db.client, access, { ...sender, chatId: "c-3" });
    const memory = choiceMemory(db.client, "zalo");
    await memory.save("c-3", "reply", choices);
    await markChatUnreachable(db.client, "zalo", "c-3", new Date("2026-01-05T02:00:00Z"));
    expect(await db.client.chat.findFirstOrThrow({ where: { chatId: "c-3" } })).toMatchObject({
      unreachableAt: new Date("2026-01-05T02:00:00Z"),
    });
    await markChatReachable(db.client, "zalo", "c-3");
    await memory.save("c-3", "reply", []);
    const row = await db.client.chat.findFirstOrThrow({ where: { chatId: "c-3" } });
    expect(row).toMatchObject({ unreachableAt: null, shownChoices: null });
  });

  it("is created once when two first messages arrive together", async () => {
    const other = { ...sender, chatId: "c-2" };
    const [a, b] = await Promise.all([identify(db.client, access, other), identify(db.client, access, other)]);
    expect(a.chat.id).toBe(b.chat.id);
    expect(await db.client.chat.count({ where: { chatId: "c-2" } })).toBe(1);
  });
});
