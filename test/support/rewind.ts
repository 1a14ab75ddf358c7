// States that story-like test files start their tests from, built once through the chat
// core and then put back before every test, so each test passes alone and in any order
// without replaying a slow setup (a dozen lists checked) for each of them.
import { copyFileSync } from "node:fs";
import pg from "pg";
import { sqlitePath } from "../../src/store/database.ts";
import type { ChatResponse, Sender } from "../../src/services/chat/types.ts";
import type { ChatWorld } from "./chat.ts";
import { POSTGRES_URL } from "./databases.ts";

export interface Rewind {
  /** Puts the world's database and clock back as they were when the rewind was made. */
  back(): Promise<void>;
  /** Drops the world's database and the kept copy. */
  drop(): Promise<void>;
}

async function onServer(...statements: string[]): Promise<void> {
  const admin = new pg.Client(POSTGRES_URL);
  await admin.connect();
  try {
    for (const sql of statements) await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/**
 * Keeps a copy of a world's database as it stands now: the SQLite file, or a PostgreSQL
 * database made from it as a template. The chat core keeps no state of its own (dialogues,
 * pending uploads and counters live in the database), so putting the database back puts
 * the whole world back. The client is disconnected first: PostgreSQL copies only a database
 * nobody is connected to, and either engine is then opened afresh on the next query, with
 * nothing of the old one cached.
 */
export async function rewindTo(world: ChatWorld): Promise<Rewind> {
  const now = world.clock.now;
  await world.db.client.$disconnect();
  if (world.db.provider === "sqlite") {
    const live = sqlitePath(world.db.url);
    const kept = `${live}.kept`;
    copyFileSync(live, kept);
    return {
      async back() {
        await world.db.client.$disconnect();
        copyFileSync(kept, live);
        world.clock.now = now;
      },
      // The kept file is beside the live one, in the folder the world's drop removes.
      drop: () => world.db.drop(),
    };
  }
  const live = new URL(world.db.url).pathname.slice(1);
  const kept = `${live}_kept`;
  await onServer(`CREATE DATABASE "${kept}" TEMPLATE "${live}"`);
  return {
    async back() {
      await world.db.client.$disconnect();
      await onServer(`DROP DATABASE "${live}" WITH (FORCE)`, `CREATE DATABASE "${live}" TEMPLATE "${kept}"`);
      world.clock.now = now;
    },
    async drop() {
      await world.db.drop();
      await onServer(`DROP DATABASE IF EXISTS "${kept}"`);
    },
  };
}

/** Says a line in a chat on a day (09:00, Hà Nội time), as a focal point or an admin types it. */
export async function sayOn(world: ChatWorld, from: Sender, day: string, text: string): Promise<ChatResponse> {
  world.clock.now = new Date(`${day}T09:00:00+07:00`);
  return world.core.handle({ from, text });
}

/** Sends a file in a chat on a day, optionally in reply to a message. */
export async function sendOn(
  world: ChatWorld,
  from: Sender,
  day: string,
  file: { name: string; content: Buffer },
  repliedText?: string,
): Promise<ChatResponse> {
  world.clock.now = new Date(`${day}T09:00:00+07:00`);
  const { name, content } = file;
  return world.core.handle({ from, file: { name, size: content.length, read: async () => content }, repliedText });
}
