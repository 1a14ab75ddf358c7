// Submissions, their rows, and task completions.
import type { CheckedRow, Finding } from "../domain/list-check.ts";
import { matchRef } from "../domain/refs.ts";
import type { PrismaClient } from "./database.ts";

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
  rows: CheckedRow[];
}

/** Phones of the unit's current lists of other templates, for duplicate checks. */
export async function currentPhones(db: PrismaClient, unitId: number, exceptTemplate: string): Promise<Set<string>> {
  const rows = await db.submissionRow.findMany({
    where: { phone: { not: null }, submission: { unitId, supersededAt: null, template: { not: exceptTemplate } } },
    select: { phone: true },
  });
  return new Set(rows.map((r) => r.phone!));
}

/** Stores a list as the unit's current one of its template; the previous one is superseded. */
export async function saveSubmission(db: PrismaClient, s: NewSubmission): Promise<number> {
  return db.$transaction(
    async (tx) => {
      await tx.submission.updateMany({
        where: { unitId: s.unitId, template: s.template, supersededAt: null },
        data: { supersededAt: s.receivedAt },
      });
      const created = await tx.submission.create({
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
        },
      });
      for (let i = 0; i < s.rows.length; i += 1000) {
        await tx.submissionRow.createMany({
          data: s.rows.slice(i, i + 1000).map((r) => ({
            submissionId: created.id,
            excelRow: r.row,
            section: r.section,
            valid: r.valid,
            phone: r.phone,
            data: JSON.stringify(r.values),
          })),
        });
      }
      return created.id;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

export async function currentSubmissions(db: PrismaClient, unitId: number, planId: number) {
  return db.submission.findMany({ where: { unitId, planId, supersededAt: null }, orderBy: { receivedAt: "asc" } });
}

export async function activeCompletion(db: PrismaClient, taskId: number, unitId: number) {
  return db.completion.findFirst({ where: { taskId, unitId, undoneAt: null }, orderBy: { doneAt: "desc" } });
}

export async function markDone(
  db: PrismaClient,
  data: { taskId: number; unitId: number; doneAt: Date; source: string; by: string },
): Promise<boolean> {
  if (await activeCompletion(db, data.taskId, data.unitId)) return false;
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

/** A task of the unit's plan in force, by ref or by id, that the unit is assigned to. */
export async function unitTask(db: PrismaClient, unitId: number, planId: number, ref: { ref?: string; id?: number }) {
  const tasks = await db.task.findMany({
    where: { planId, ...(ref.id ? { id: ref.id } : {}), assignments: { some: { unitId } } },
    select: { id: true, ref: true, title: true },
  });
  const known = ref.id
    ? tasks[0]?.ref
    : matchRef(
        tasks.map((t) => t.ref),
        ref.ref ?? "",
      );
  return tasks.find((t) => t.ref === known) ?? null;
}
