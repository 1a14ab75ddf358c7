// Submissions, their rows, and task completions.
import type { Finding, RowBatch } from "../domain/list-check.ts";
import { clientProvider, directExecute, type PrismaClient, type Provider } from "./database.ts";
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
  rows: RowBatch[];
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

// Rows are written a batch at a time (up to 500, as the worker sent them), a turn of the
// event loop of its own each (loop-turns.ts): on SQLite the driver runs on the bot's thread,
// and one transaction over 60,000 rows would hold every other chat (and every other writer)
// for seconds. A batch is one statement with two values, the unit's list and the batch's
// JSON, which the database unpacks in order: bound row by row, Prisma and the driver spent
// tens of milliseconds of the bot's thread per thousand rows, and their garbage stalled it.
// It goes to the driver directly (direct-statements.ts): Prisma would copy the JSON twice.
const INSERT = 'INSERT INTO "SubmissionRow" ("submissionId", "excelRow", "section", "valid", "phone", "data")';
const UNPACK: Record<Provider, readonly string[]> = {
  sqlite: [
    `${INSERT} SELECT CAST(`,
    " AS INTEGER), json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'), " +
      "json_extract(value, '$[3]'), json_extract(value, '$[4]') FROM json_each(",
    ") ORDER BY key",
  ],
  postgresql: [
    `${INSERT} SELECT CAST(`,
    " AS INTEGER), (e->>0)::int, e->>1, (e->>2)::boolean, e->>3, e->>4 FROM json_array_elements(CAST(",
    " AS json)) WITH ORDINALITY AS t(e, i) ORDER BY i",
  ],
};

// Findings go the same way: a list with an error on every one of its 10,000 rows has a megabyte
// of them, which Prisma turns into text and back on the bot's thread (about 50 ms a megabyte, the
// longest turn measured in bench/intake-burst.ts). So the list is created with none, and its JSON
// array is appended a slice at a time, each slice made into text in its own turn.
const FINDINGS_SLICE = 500;
const APPEND_FINDINGS = ['UPDATE "Submission" SET "findings" = "findings" || ', ' WHERE "id" = ', ""];

function* findingsPieces(findings: Finding[]): Generator<string> {
  for (let i = 0; i < findings.length; i += FINDINGS_SLICE) {
    const json = JSON.stringify(findings.slice(i, i + FINDINGS_SLICE));
    const last = i + FINDINGS_SLICE >= findings.length;
    yield `${i === 0 ? "[" : ","}${json.slice(1, -1)}${last ? "]" : ""}`;
  }
}

/**
 * Stores a list as the unit's current one of its template; the previous one is superseded.
 * The new list is written as never current (superseded the moment it was received, which
 * no deadline ever sees), its rows and findings in slices, then made current in one short transaction;
 * a failure midway deletes it, rows and all.
 */
export async function saveSubmission(db: PrismaClient, s: NewSubmission): Promise<number> {
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
      findings: s.findings.length ? "" : "[]",
      supersededAt: s.receivedAt,
    },
    select: { id: true },
  });
  const unpack = UNPACK[clientProvider(db)];
  const execute = directExecute(db);
  try {
    for (const batch of s.rows) {
      await loopTurn();
      await execute(unpack, [created.id, batch.json]);
    }
    for (const piece of findingsPieces(s.findings)) {
      await loopTurn();
      await execute(APPEND_FINDINGS, [piece, created.id]);
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
