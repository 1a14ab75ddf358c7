// Plan revisions: a change previewed, then applied or cancelled, once. Applied ones are
// the plan's history.
import type { PlanChange } from "../domain/plan-changes.ts";
import type { NameChoice } from "../domain/plan-import.ts";
import type { ParsedPlan } from "../plan/parsed-plan.ts";
import type { PlanEdit } from "../plan/plan-edits.ts";
import type { PrismaClient } from "./database.ts";
import type { Tx } from "./plan-store.ts";
import { nameChoices, parsedPlan, planChanges, planEdit, readJson } from "./json-columns.ts";

export interface NewRevision {
  planId: number | null;
  source: "import" | "chat" | "cli";
  proposed: ParsedPlan;
  changes: PlanChange[];
  reason: string;
  createdBy: string;
  createdAt: Date;
  /** The plan's latest applied revision when this one was previewed. */
  baseRevisionId?: number | null;
  /** The chat edit it was made from, to preview it again on a plan that changed since. */
  edit?: PlanEdit | null;
  /** The plan file of an import, read again as the admin answers about names. */
  file?: Buffer | null;
  /** The admin's answers about names the plan used that the directory lacked. */
  choices?: NameChoice[];
}

export interface Revision {
  id: number;
  planId: number | null;
  source: string;
  proposed: ParsedPlan;
  changes: PlanChange[];
  reason: string;
  status: string;
  createdBy: string;
  createdAt: Date;
  decidedAt: Date | null;
  baseRevisionId: number | null;
  edit: PlanEdit | null;
  file: Buffer | null;
  choices: NameChoice[];
}

type Row = Awaited<ReturnType<PrismaClient["planRevision"]["findUniqueOrThrow"]>>;

const revision = (row: Row): Revision => ({
  ...row,
  proposed: readJson(parsedPlan, row.proposed, "PlanRevision.proposed"),
  changes: readJson(planChanges, row.changes, "PlanRevision.changes"),
  edit: row.edit ? readJson(planEdit, row.edit, "PlanRevision.edit") : null,
  file: row.file ? Buffer.from(row.file) : null,
  choices: readJson(nameChoices, row.choices, "PlanRevision.choices"),
});

/** A revision to preview (pending), or one recorded as applied when it was saved directly. */
export async function createRevision(
  db: PrismaClient | Tx,
  r: NewRevision & { status?: "pending" | "applied"; decidedAt?: Date },
): Promise<number> {
  const row = await db.planRevision.create({
    data: {
      ...r,
      proposed: JSON.stringify(r.proposed),
      changes: JSON.stringify(r.changes),
      edit: r.edit ? JSON.stringify(r.edit) : null,
      file: r.file ? new Uint8Array(r.file) : null,
      choices: JSON.stringify(r.choices ?? []),
    },
  });
  return row.id;
}

/** A pending import read again after an answer about a name: its plan, changes and answers so far. */
export async function updatePendingRevision(
  db: PrismaClient,
  id: number,
  update: { proposed: ParsedPlan; changes: PlanChange[]; choices: NameChoice[] },
): Promise<boolean> {
  const { count } = await db.planRevision.updateMany({
    where: { id, status: "pending" },
    data: {
      proposed: JSON.stringify(update.proposed),
      changes: JSON.stringify(update.changes),
      choices: JSON.stringify(update.choices),
    },
  });
  return count === 1;
}

export async function findRevision(db: PrismaClient, id: number): Promise<Revision | null> {
  const row = await db.planRevision.findUnique({ where: { id } });
  return row ? revision(row) : null;
}

/** Applies or cancels a pending revision; false when it was already decided. */
export async function decideRevision(
  db: PrismaClient | Tx,
  id: number,
  decision: { status: "applied" | "cancelled"; at: Date; planId?: number; changes?: PlanChange[] },
): Promise<boolean> {
  const { count } = await db.planRevision.updateMany({
    where: { id, status: "pending" },
    data: {
      status: decision.status,
      decidedAt: decision.at,
      // The file was kept only to read it again while the admin answered.
      file: null,
      ...(decision.planId ? { planId: decision.planId } : {}),
      ...(decision.changes ? { changes: JSON.stringify(decision.changes) } : {}),
    },
  });
  return count === 1;
}

/** The plan's latest applied revision: its version, as previews record it. */
export async function latestApplied(
  db: PrismaClient | Tx,
  planId: number,
): Promise<{ id: number; createdBy: string; decidedAt: Date | null } | null> {
  return db.planRevision.findFirst({
    where: { planId, status: "applied" },
    orderBy: { id: "desc" },
    select: { id: true, createdBy: true, decidedAt: true },
  });
}

/** Applied revisions, newest first, without the proposed plans. */
export async function appliedRevisions(
  db: PrismaClient,
  limit: number,
  planId?: number,
): Promise<Omit<Revision, "proposed" | "edit" | "file" | "choices">[]> {
  const rows = await db.planRevision.findMany({
    where: { status: "applied", ...(planId ? { planId } : {}) },
    orderBy: { id: "desc" },
    take: limit,
    omit: { proposed: true, edit: true, file: true, choices: true },
  });
  return rows.map((row) => ({ ...row, changes: readJson(planChanges, row.changes, "PlanRevision.changes") }));
}
