// The engines every store test runs on: a fresh SQLite file always, and a fresh
// PostgreSQL database when a server is reachable. CI (CI=true) must have one: there an
// unreachable server fails the run instead of skipping it.
import { describe } from "vitest";
import { POSTGRES_URL, postgresReachable, type EngineName } from "./fresh-database.ts";

export { freshDatabase, POSTGRES_URL, type EngineName, type TestDatabase } from "./fresh-database.ts";

const reachable = await postgresReachable();
if (!reachable) {
  if (process.env.CI === "true")
    throw new Error(`PostgreSQL is not reachable at ${POSTGRES_URL}, and CI must run the PostgreSQL tests`);
  console.warn(`\n  NOTE: PostgreSQL is not reachable at ${POSTGRES_URL}: the PostgreSQL runs are skipped.\n`);
}

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
