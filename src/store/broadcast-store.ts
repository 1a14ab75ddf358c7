// Broadcasts: created pending, confirmed once (their messages queued in the same
// transaction), reported once when every message is delivered or given up.
import type { PrismaClient } from "./database.ts";
import { insertMessages, type NewMessage } from "./outbox-store.ts";
import { broadcastAudience, readJson, type BroadcastAudience } from "./json-columns.ts";

export interface NewBroadcast {
  audience: BroadcastAudience;
  text: string;
  createdBy: string;
  replyTo: string;
  createdAt: Date;
}

export async function createBroadcast(db: PrismaClient, b: NewBroadcast): Promise<number> {
  const row = await db.broadcast.create({ data: { ...b, audience: JSON.stringify(b.audience) } });
  return row.id;
}

export async function findBroadcast(db: PrismaClient, id: number) {
  const row = await db.broadcast.findUnique({ where: { id } });
  return row ? { ...row, audience: readJson(broadcastAudience, row.audience, "Broadcast.audience") } : null;
}

export const broadcastBatch = (id: number) => `broadcast:${id}`;

/** Marks a pending broadcast sent and queues its messages, together; false if it was not pending. */
export async function confirmBroadcast(
  db: PrismaClient,
  id: number,
  at: Date,
  messages: NewMessage[],
): Promise<boolean> {
  return db.$transaction(
    async (tx) => {
      const { count } = await tx.broadcast.updateMany({
        where: { id, status: "pending" },
        data: { status: "sent", confirmedAt: at },
      });
      if (count === 0) return false;
      await insertMessages(tx, messages, broadcastBatch(id));
      return true;
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}

export async function cancelBroadcast(db: PrismaClient, id: number): Promise<boolean> {
  const { count } = await db.broadcast.updateMany({ where: { id, status: "pending" }, data: { status: "cancelled" } });
  return count === 1;
}

/** Sent broadcasts whose creator has not had the final report yet. */
export async function unreportedBroadcasts(db: PrismaClient) {
  return db.broadcast.findMany({
    where: { status: "sent", reportedAt: null },
    select: { id: true, replyTo: true, createdAt: true },
  });
}

export async function markReported(db: PrismaClient, id: number, at: Date): Promise<boolean> {
  const { count } = await db.broadcast.updateMany({ where: { id, reportedAt: null }, data: { reportedAt: at } });
  return count === 1;
}
