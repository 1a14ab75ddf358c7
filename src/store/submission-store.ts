// Submissions, their rows, and task completions.
import type { Finding, StoredRow } from "../domain/list-check.ts";
import type { PrismaClient } from "./database.ts";
import type { Prisma } from "./generated/sqlite/client.ts";
import { loopTurn } from "./loop-turns.ts";

export interface NewSubmission {
  unitId: number;
  planId: number;
  template: string;
  fileName: string;
  receivedAt: Date;
  submittedBy: string;
  complete: boolean;
  counts: { total: number; valid: number; official: number; reserve: number };
  findings: Finding[];
  rows: StoredRow[];
}

/**
 * Phones of the unit's current lists of other templates, for duplicate checks. The lists
 * are found first and their rows read by list id: filtered through the relation instead,
 * SQLite scans every row of every list of the province (tens of milliseconds on the bot's
 * thread once a few hundred thousand are stored, growing with each list).
 */
export async function currentPhones(db: PrismaClient, unitId: number, exceptTemplate: string): Promise<Set<string>> {
  const lists = await db.submission.findMany({
    where: { unitId, supersededAt: null, template: { not: exceptTemplate } },
    select: { id: true },
  });
  if (lists.length === 0) return new Set();
  const rows = await db.submissionRow.findMany({
    where: { submissionId: { in: lists.map((l) => l.id) }, phone: { not: null } },
    select: { phone: true },
  });
  return new Set(rows.map((r) => r.phone!));
}

// Rows are written a slice at a time, a turn of the event loop of its own each (loop-turns.ts):
// on SQLite the driver runs on the bot's thread, and one transaction over 60,000 rows would
// hold every other chat (and every other writer) for seconds. A slice is one transaction
// of a few statements: each commit waits for the disk (fsync) on the bot's thread, and a
// statement of its own per 250 rows paid that wait forty times for a 10,000-row list.
const ROW_BATCH = 250;
const SLICE_BATCHES = 4;

// The SQL around a batch's values, by its number of rows: the values stay bound.
const COLUMNS = 6;
const batchStrings = new Map<number, string[]>();

function insertStrings(rows: number): string[] {
  let strings = batchStrings.get(rows);
  if (!strings) {
    const row = ["(", ...Array<string>(COLUMNS - 1).fill(", ")];
    strings = [
      'INSERT INTO "SubmissionRow" ("submissionId", "excelRow", "section", "valid", "phone", "data") VALUES (',
      ...row.slice(1),
      ...Array.from({ length: rows - 1 }, () => ["), (", ...row.slice(1)]).flat(),
      ")",
    ];
    batchStrings.set(rows, strings);
  }
  return strings;
}

/**
 * One INSERT for a batch of rows: Prisma's createMany on a driver adapter costs about seven
 * times as much, on the bot's thread; one Sql per batch (not one per row, joined) leaves less
 * garbage to collect; the values stay bound, on either engine.
 */
function insertRows(db: PrismaClient, Sql: typeof Prisma.Sql, submissionId: number, rows: StoredRow[]) {
  const values: (string | number | boolean | null)[] = [];
  for (const r of rows) values.push(submissionId, r.row, r.section, r.valid, r.phone, r.data);
  return db.$executeRaw(new Sql(insertStrings(rows.length), values));
}

/**
 * Stores a list as the unit's current one of its template; the previous one is superseded.
 * The new list is written as never current (superseded the moment it was received, which
 * no deadline ever sees), its rows in slices, then made current in one short transaction;
 * a failure midway deletes it, rows and all.
 */
export async function saveSubmission(db: PrismaClient, s: NewSubmission): Promise<number> {
  // Loaded here, as the client is (database.ts): a command that stores no list starts without Prisma.
  const { Prisma } = await import("./generated/sqlite/client.ts");
  const created = await db.submission.create({
    data: {
      unitId: s.unitId,
      planId: s.planId,
      template: s.template,
      fileName: s.fileName,
      receivedAt: s.receivedAt,
      submittedBy: s.submittedBy,
      complete: s.complete,
      rowsTotal: s.counts.total,
      rowsValid: s.counts.valid,
      official: s.counts.official,
      reserve: s.counts.reserve,
      findings: JSON.stringify(s.findings),
      supersededAt: s.receivedAt,
    },
    select: { id: true },
  });
  try {
    for (let i = 0; i < s.rows.length; i += ROW_BATCH * SLICE_BATCHES) {
      await loopTurn();
      const inserts = [];
      for (let j = i; j < Math.min(s.rows.length, i + ROW_BATCH * SLICE_BATCHES); j += ROW_BATCH)
        inserts.push(insertRows(db, Prisma.Sql, created.id, s.rows.slice(j, j + ROW_BATCH)));
      await db.$transaction(inserts);
    }
    await loopTurn();
    await db.$transaction([
      db.submission.updateMany({
        where: { unitId: s.unitId, template: s.template, supersededAt: null },
        data: { supersededAt: s.receivedAt },
      }),
      db.submission.update({ where: { id: created.id }, data: { supersededAt: null } }),
    ]);
    return created.id;
  } catch (error) {
    await db.submission.delete({ where: { id: created.id } }).catch(() => {});
    throw error;
  }
}

/** The unit's active mark of a task; an admin's confirmation looks for admins' marks only. */
export async function activeCompletion(db: PrismaClient, taskId: number, unitId: number, source?: "admin") {
  return db.completion.findFirst({
    where: { taskId, unitId, undoneAt: null, ...(source ? { source } : {}) },
    orderBy: { doneAt: "desc" },
  });
}

/** Marks a task done for a unit; false when it already was (an admin confirms a unit's own mark). */
export async function markDone(
  db: PrismaClient,
  data: { taskId: number; unitId: number; doneAt: Date; source: string; by: string },
): Promise<boolean> {
  const admin = data.source === "admin" ? "admin" : undefined;
  if (await activeCompletion(db, data.taskId, data.unitId, admin)) return false;
  await db.completion.create({ data });
  return true;
}

/** The unit's lead tasks of a plan that have a deadline, with their templates and completions. */
export async function leadDuties(db: PrismaClient, unitId: number, planId: number) {
  return db.task.findMany({
    where: { planId, effectiveDue: { not: null }, assignments: { some: { unitId, role: "lead" } } },
    include: { completions: { where: { unitId, undoneAt: null }, orderBy: { doneAt: "desc" } } },
    orderBy: { position: "asc" },
  });
}

/** Undoes the unit's active completion of a task; true when there was one. */
export async function undoDone(
  db: PrismaClient,
  taskId: number,
  unitId: number,
  by: string,
  at: Date,
): Promise<boolean> {
  const { count } = await db.completion.updateMany({
    where: { taskId, unitId, undoneAt: null },
    data: { undoneAt: at, undoneBy: by },
  });
  return count > 0;
}
