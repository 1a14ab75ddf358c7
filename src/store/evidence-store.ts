// Evidence documents of report tasks (bytes kept in the database), what admins made of
// them, and a chat's pending /nop REF (its next file is that task's evidence).
import type { PrismaClient } from "./database.ts";

export interface NewEvidence {
  taskId: number;
  unitId: number;
  fileName: string;
  kind: string;
  sha256: string;
  content: Buffer;
  receivedAt: Date;
  submittedBy: string;
}

/** Stores a document as the unit's current evidence of the task; the previous one is superseded. */
export async function saveEvidence(db: PrismaClient, e: NewEvidence): Promise<number> {
  return db.$transaction(async (tx) => {
    await tx.evidence.updateMany({
      where: { taskId: e.taskId, unitId: e.unitId, supersededAt: null },
      data: { supersededAt: e.receivedAt },
    });
    const created = await tx.evidence.create({
      data: { ...e, size: e.content.length, content: new Uint8Array(e.content) },
    });
    return created.id;
  });
}

const listed = {
  id: true,
  fileName: true,
  receivedAt: true,
  status: true,
  reason: true,
  unit: { select: { id: true, name: true } },
  task: { select: { id: true, ref: true } },
} as const;

/** Current documents of the plan's tasks waiting for an admin, oldest first; narrowed to a unit or task. */
export async function waitingEvidence(db: PrismaClient, planId: number, only: { unitId?: number; taskId?: number }) {
  return db.evidence.findMany({
    where: { supersededAt: null, status: "sent", task: { planId }, ...only },
    select: listed,
    orderBy: { receivedAt: "asc" },
  });
}

/** A document with its bytes, if it belongs to a unit of the province. */
export async function evidenceWithContent(db: PrismaClient, id: number, provinceId: number) {
  return db.evidence.findFirst({
    where: { id, unit: { provinceId } },
    select: { ...listed, content: true },
  });
}

/** An admin's verdict on a current document; false when it was superseded or already so. */
export async function reviewEvidence(
  db: PrismaClient,
  id: number,
  review: { status: "sent" | "confirmed" | "returned"; by: string; at: Date; reason: string | null },
): Promise<boolean> {
  const { count } = await db.evidence.updateMany({
    where: { id, supersededAt: null, status: { not: review.status } },
    data: { status: review.status, reviewedBy: review.by, reviewedAt: review.at, reason: review.reason },
  });
  return count === 1;
}

/** Remembers that the chat's next file until `until` is the evidence of a task. */
export async function setPendingEvidence(
  db: PrismaClient,
  chat: { channel: string; chatId: string },
  taskId: number,
  until: Date,
): Promise<void> {
  await db.chat.update({
    where: { channel_chatId: chat },
    data: { evidenceTaskId: taskId, evidenceUntil: until },
  });
}

/** The task the chat's next file is evidence for, while a recent /nop REF stands. */
export async function pendingEvidence(
  db: PrismaClient,
  chat: { channel: string; chatId: string },
  at: Date,
): Promise<number | null> {
  const row = await db.chat.findUnique({
    where: { channel_chatId: chat },
    select: { evidenceTaskId: true, evidenceUntil: true },
  });
  return row?.evidenceTaskId && row.evidenceUntil && row.evidenceUntil > at ? row.evidenceTaskId : null;
}

/** Forgets the chat's pending /nop REF: its file arrived. */
export async function clearPendingEvidence(db: PrismaClient, chat: { channel: string; chatId: string }): Promise<void> {
  await db.chat.updateMany({ where: chat, data: { evidenceTaskId: null, evidenceUntil: null } });
}
