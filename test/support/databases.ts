// The engines every store test runs on: a fresh SQLite file always, and a fresh
// PostgreSQL database when a server is reachable. CI (CI=true) must have one: there an
// unreachable server fails the run instead of skipping it.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { describe } from "vitest";
import { openDatabase, type Database } from "../../src/store/database.ts";
import { applyMigrations } from "../../src/store/migrations.ts";

export const POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? `postgresql://${userInfo().username}@127.0.0.1:5432/test`;

async function postgresReachable(): Promise<boolean> {
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

const reachable = await postgresReachable();
if (!reachable) {
  if (process.env.CI === "true")
    throw new Error(`PostgreSQL is not reachable at ${POSTGRES_URL}, and CI must run the PostgreSQL tests`);
  console.warn(`\n  NOTE: PostgreSQL is not reachable at ${POSTGRES_URL}: the PostgreSQL runs are skipped.\n`);
}

export type EngineName = "sqlite" | "postgresql";
export const ENGINES: readonly EngineName[] = ["sqlite", "postgresql"];

/** Why the runs on an engine are skipped on this machine, or null when they run. */
export function engineSkipReason(engine: EngineName): string | null {
  return engine === "postgresql" && !reachable ? `no PostgreSQL server at ${POSTGRES_URL}` : null;
}

/**
 * One describe per engine, titled like describe.each ("on %s"). Without a server the
 * PostgreSQL one is reported as skipped, with the reason in its title, never left out.
 */
export function describeEngines(title: string, body: (engine: EngineName) => void): void {
  for (const engine of ENGINES) {
    const reason = engineSkipReason(engine);
    describe.skipIf(reason !== null)(title.replace("%s", reason ? `${engine} (skipped: ${reason})` : engine), () =>
      body(engine),
    );
  }
}

export interface TestDatabase extends Database {
  /** Its DATABASE_URL, for the CLI. */
  url: string;
  drop(): Promise<void>;
}

/** A new, empty database on the engine; `migrate: false` leaves it without tables. */
export async function freshDatabase(engine: EngineName, options: { migrate?: boolean } = {}): Promise<TestDatabase> {
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
  const db = await openDatabase(url);
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
