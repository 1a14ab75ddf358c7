// Leases: one row per job that one instance does alone. Taking one is a compare-and-set
// on the row as it was read (free, run out, or already ours), atomic on SQLite and
// PostgreSQL alike.
import type { PrismaClient } from "./database.ts";

export interface LeaseRow {
  holder: string;
  until: Date;
}

/**
 * Takes or renews the lease until `until`. `previous` is the lease as it was: who held it
 * and until when (a holder that gave it up left the moment it did).
 */
export async function takeLease(
  db: PrismaClient,
  name: string,
  holder: string,
  now: Date,
  until: Date,
): Promise<{ taken: boolean; previous: LeaseRow | null }> {
  const row = await db.lease.findUnique({ where: { name }, select: { holder: true, until: true } });
  if (!row) {
    try {
      await db.lease.create({ data: { name, holder, until } });
      return { taken: true, previous: null };
    } catch (error) {
      // Another instance created it between our look and our insert.
      if ((error as { code?: string }).code === "P2002") return { taken: false, previous: null };
      throw error;
    }
  }
  if (row.holder !== holder && row.until >= now) return { taken: false, previous: row };
  const { count } = await db.lease.updateMany({
    where: { name, holder: row.holder, until: row.until },
    data: { holder, until },
  });
  return { taken: count === 1, previous: row };
}

/** Gives the lease up now, so that another instance takes over without waiting. */
export async function releaseLease(db: PrismaClient, name: string, holder: string, now: Date): Promise<void> {
  await db.lease.updateMany({ where: { name, holder }, data: { until: now } });
}

export async function leaseHolder(db: PrismaClient, name: string, now: Date): Promise<string | null> {
  const row = await db.lease.findUnique({ where: { name } });
  return row && row.until > now ? row.holder : null;
}
