// Health for orchestrators and load balancers: live (the process answers) and ready (the
// database answers, every migration is applied, each platform answers). Platform checks are
// remembered for a few seconds, so frequent probes do not become API calls.
import type { Database } from "../store/database.ts";
import { pendingMigrations } from "../store/migrations.ts";

export interface ReadyReport {
  ready: boolean;
  checks: Record<string, "ok" | string>;
}

export interface PlatformCheck {
  name: string;
  /** Resolves when the platform answers (getMe). */
  check(): Promise<unknown>;
}

const REMEMBER_MS = 10_000;

async function outcome(check: () => Promise<unknown>): Promise<string> {
  try {
    await check();
    return "ok";
  } catch (error) {
    return (error as Error).name === "TimeoutError" ? "timeout" : "unreachable";
  }
}

export function readiness(db: Pick<Database, "provider" | "client">, platforms: PlatformCheck[]) {
  const remembered = new Map<string, { at: number; result: string }>();
  async function platform(p: PlatformCheck): Promise<string> {
    const known = remembered.get(p.name);
    if (known && Date.now() - known.at < REMEMBER_MS) return known.result;
    const result = await outcome(p.check);
    remembered.set(p.name, { at: Date.now(), result });
    return result;
  }
  return async (): Promise<ReadyReport> => {
    const checks: ReadyReport["checks"] = {};
    checks.database = await outcome(() => db.client.$queryRawUnsafe("SELECT 1"));
    if (checks.database === "ok") {
      const pending = await pendingMigrations(db).catch(() => null);
      checks.migrations = pending === null ? "unknown" : pending.length ? `${pending.length} pending` : "ok";
    }
    for (const p of platforms) checks[p.name] = await platform(p);
    return { ready: Object.values(checks).every((c) => c === "ok"), checks };
  };
}
