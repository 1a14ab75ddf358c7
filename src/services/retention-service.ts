// `dondoc purge`: the personal data of plans that ended longer ago than the retention
// period (PURGE_AFTER_DAYS, a year by default) is deleted: list rows and the values quoted
// in findings, and every one-time link (with the file it carried) older than the period.
// `dondoc db backup`: an online copy of a SQLite database.
import { addDays, dayInVietnam } from "../domain/dates.ts";
import { fail, ok, type Result } from "../domain/result.ts";
import type { Database, PrismaClient } from "../store/database.ts";
import {
  backupSqlite,
  countLinksBefore,
  deleteLinksBefore,
  planPersonalData,
  plansEndedBefore,
  purgePlanData,
  type PlanEnd,
} from "../store/retention-store.ts";

export interface PurgeReport {
  plans: (PlanEnd & { rows: number; lists: number; documents: number })[];
  links: number;
  linksBefore: Date;
}

export async function purge(
  db: PrismaClient,
  options: { days: number; now: Date; dryRun: boolean },
): Promise<PurgeReport> {
  const cutoff = addDays(dayInVietnam(options.now), -options.days);
  const linksBefore = new Date(options.now.getTime() - options.days * 86_400_000);
  const plans = [];
  for (const plan of await plansEndedBefore(db, cutoff)) {
    const counts = await planPersonalData(db, plan.planId);
    if (!options.dryRun) await purgePlanData(db, plan.planId);
    plans.push({ ...plan, ...counts });
  }
  const links = options.dryRun ? await countLinksBefore(db, linksBefore) : await deleteLinksBefore(db, linksBefore);
  return { plans, links, linksBefore };
}

/** An online backup of a SQLite database into a new file; PostgreSQL is backed up with pg_dump. */
export async function backup(db: Database, file: string): Promise<Result<{ size: number }>> {
  if (db.provider !== "sqlite") return fail("db-backup-postgres");
  return ok({ size: await backupSqlite(db, file) });
}
