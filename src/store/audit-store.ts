// The audit log of admin actions. Never personal data: callers pass commands and their
// arguments as admins typed them, not the content of sample lists.
import type { PrismaClient } from "./database.ts";

export interface AuditRecord {
  at: Date;
  actor: string;
  action: string;
  detail: string;
}

/** Arguments longer than this are cut: the log says what was done, it is not an archive. */
const DETAIL_LIMIT = 500;

export async function recordAudit(db: PrismaClient, entry: AuditRecord): Promise<void> {
  await db.auditEntry.create({ data: { ...entry, detail: entry.detail.slice(0, DETAIL_LIMIT) } });
}

export async function auditEntries(db: PrismaClient, options: { limit: number; since?: Date }): Promise<AuditRecord[]> {
  const rows = await db.auditEntry.findMany({
    where: options.since ? { at: { gte: options.since } } : {},
    orderBy: { id: "desc" },
    take: options.limit,
  });
  return rows.map(({ at, actor, action, detail }) => ({ at, actor, action, detail }));
}
