// A new, empty database on either engine: a SQLite file in a temporary folder, or a
// database of its own on the PostgreSQL server at POSTGRES_URL, dropped afterwards. Free of
// vitest, so the benchmarks build their databases with it too.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { openDatabase, type Database } from "../../src/store/database.ts";
import { applyMigrations } from "../../src/store/migrations.ts";

export const POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? `postgresql://${userInfo().username}@127.0.0.1:5432/test`;

export type EngineName = "sqlite" | "postgresql";

export async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export interface TestDatabase extends Database {
  /** Its DATABASE_URL, for the CLI. */
  url: string;
  drop(): Promise<void>;
}

/**
 * A new, empty database on the engine; `migrate: false` leaves it without tables, `service`
 * opens it as the bot does (openDatabase's option).
 */
export async function freshDatabase(
  engine: EngineName,
  options: { migrate?: boolean; service?: boolean } = {},
): Promise<TestDatabase> {
  let url: string;
  let cleanup: () => Promise<void>;
  if (engine === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "dondoc-test-"));
    url = `file:${join(dir, "test.db")}`;
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const name = `dondoc_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new pg.Client(POSTGRES_URL);
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const base = new URL(POSTGRES_URL);
    base.pathname = `/${name}`;
    url = base.toString();
    cleanup = async () => {
      const a = new pg.Client(POSTGRES_URL);
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await a.end();
    };
  }
  const db = await openDatabase(url, { service: options.service });
  if (options.migrate !== false) await applyMigrations(db);
  return {
    ...db,
    url,
    async drop() {
      await db.close();
      await cleanup();
    },
  };
}
