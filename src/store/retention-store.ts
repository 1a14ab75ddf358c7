// What personal data dondoc holds past its use, and deleting it: the rows of the lists
// units sent for a plan (names, phones, addresses), the values quoted in those lists'
// findings, the bytes of the evidence documents sent for its reports, and one-time links
// with the files they carried. A submission's counts and
// completeness stay, so that scores and the plan's history still add up.
import Sqlite from "better-sqlite3";
import type { Database, PrismaClient } from "./database.ts";
import { sqlitePath } from "./database.ts";

export interface PlanEnd {
  planId: number;
  label: string;
  /** The plan's last effective deadline (YYYY-MM-DD). */
  ended: string;
}

/** Plans whose last deadline is before `day`. */
export async function plansEndedBefore(db: PrismaClient, day: string): Promise<PlanEnd[]> {
  const last = await db.task.groupBy({ by: ["planId"], _max: { effectiveDue: true } });
  const ended = last.filter((p) => p._max.effectiveDue !== null && p._max.effectiveDue < day);
  const plans = await db.plan.findMany({
    where: { id: { in: ended.map((p) => p.planId) } },
    select: { id: true, number: true, title: true },
  });
  return ended.map((p) => {
    const plan = plans.find((x) => x.id === p.planId)!;
    return { planId: p.planId, label: plan.number ?? plan.title, ended: p._max.effectiveDue! };
  });
}

/** How much a purge of the plan's lists would delete (or did). */
export async function planPersonalData(
  db: PrismaClient,
  planId: number,
): Promise<{ rows: number; lists: number; documents: number }> {
  const [rows, lists, documents] = await Promise.all([
    db.submissionRow.count({ where: { submission: { planId } } }),
    db.submission.count({ where: { planId, NOT: { findings: "[]" } } }),
    db.evidence.count({ where: { task: { planId }, NOT: { content: null } } }),
  ]);
  return { rows, lists, documents };
}

export async function purgePlanData(db: PrismaClient, planId: number): Promise<void> {
  await db.$transaction([
    db.submissionRow.deleteMany({ where: { submission: { planId } } }),
    db.submission.updateMany({ where: { planId }, data: { findings: "[]" } }),
    // The document's name, day and verdict stay: the task's state still reads them.
    db.evidence.updateMany({ where: { task: { planId } }, data: { content: null } }),
  ]);
}

export function countLinksBefore(db: PrismaClient, before: Date): Promise<number> {
  return db.fileLink.count({ where: { createdAt: { lt: before } } });
}

export async function deleteLinksBefore(db: PrismaClient, before: Date): Promise<number> {
  return (await db.fileLink.deleteMany({ where: { createdAt: { lt: before } } })).count;
}

/**
 * Copies a SQLite database into `file` with SQLite's online backup: the bot may keep
 * running and writing meanwhile. Returns the copy's size in bytes.
 */
export async function backupSqlite(db: Pick<Database, "url">, file: string): Promise<number> {
  const source = new Sqlite(sqlitePath(db.url), { readonly: true, fileMustExist: true });
  try {
    const { totalPages } = await source.backup(file);
    return totalPages * (source.pragma("page_size", { simple: true }) as number);
  } finally {
    source.close();
  }
}
