// The inbox: updates written when they arrive, handled by the workers of any instance.
// A chat's updates are taken one at a time, oldest first: only a chat's oldest unhandled
// update can be claimed, and claiming is a conditional update, atomic on both engines.
import type { PrismaClient } from "./database.ts";

export interface InboxRow {
  id: number;
  channel: string;
  chatId: string;
  payload: string;
  receivedAt: Date;
}

export interface NewUpdate {
  channel: string;
  updateKey: string;
  chatId: string;
  payload: string;
}

/** Writes an update unless it was seen before; true when it is new. */
export async function recordUpdate(db: PrismaClient, update: NewUpdate, at: Date): Promise<boolean> {
  try {
    await db.inboxUpdate.create({ data: { ...update, receivedAt: at } });
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return false;
    throw error;
  }
}

const OPEN = ["pending", "working"];

/**
 * Claims up to `limit` updates for `worker` until `until`: for each chat, its oldest open
 * update, when it is pending or its worker's lease has run out.
 */
export async function claimUpdates(
  db: PrismaClient,
  worker: string,
  now: Date,
  until: Date,
  limit: number,
  channels: string[],
): Promise<InboxRow[]> {
  const open = await db.inboxUpdate.findMany({
    where: { status: { in: OPEN }, channel: { in: channels } },
    orderBy: { id: "asc" },
    take: Math.max(limit * 20, 200),
    select: { id: true, chatId: true, status: true, claimedUntil: true },
  });
  const firstOfChat = new Map<string, (typeof open)[number]>();
  for (const row of open) if (!firstOfChat.has(row.chatId)) firstOfChat.set(row.chatId, row);
  const claimed: number[] = [];
  for (const row of firstOfChat.values()) {
    if (claimed.length >= limit) break;
    if (row.status === "working" && row.claimedUntil && row.claimedUntil >= now) continue;
    const { count } = await db.inboxUpdate.updateMany({
      where: { id: row.id, status: row.status, claimedUntil: row.claimedUntil },
      data: { status: "working", claimedBy: worker, claimedUntil: until },
    });
    if (count === 1) claimed.push(row.id);
  }
  if (claimed.length === 0) return [];
  return db.inboxUpdate.findMany({
    where: { id: { in: claimed } },
    orderBy: { id: "asc" },
    select: { id: true, channel: true, chatId: true, payload: true, receivedAt: true },
  });
}

/** Extends the leases of the updates a worker is handling. */
export async function renewUpdates(db: PrismaClient, worker: string, ids: number[], until: Date): Promise<void> {
  if (ids.length === 0) return;
  await db.inboxUpdate.updateMany({
    where: { id: { in: ids }, claimedBy: worker, status: "working" },
    data: { claimedUntil: until },
  });
}

/** Marks an update handled (or failed for good) and drops its content: it holds message texts. */
export async function finishUpdate(
  db: PrismaClient,
  id: number,
  worker: string,
  status: "done" | "failed",
  at: Date,
): Promise<void> {
  await db.inboxUpdate.updateMany({
    where: { id, claimedBy: worker },
    data: { status, doneAt: at, claimedUntil: null, payload: "" },
  });
}

/** Forgets handled updates older than `before`; a redelivery after that would be handled again. */
export async function forgetHandledUpdates(db: PrismaClient, before: Date): Promise<number> {
  const { count } = await db.inboxUpdate.deleteMany({
    where: { status: { in: ["done", "failed"] }, doneAt: { lt: before } },
  });
  return count;
}

/** Open updates and the age of the oldest, for metrics and readiness. */
export async function inboxDepth(db: PrismaClient): Promise<{ open: number; oldest: Date | null }> {
  const [open, oldest] = await Promise.all([
    db.inboxUpdate.count({ where: { status: { in: OPEN } } }),
    db.inboxUpdate.findFirst({ where: { status: { in: OPEN } }, orderBy: { id: "asc" }, select: { receivedAt: true } }),
  ]);
  return { open, oldest: oldest?.receivedAt ?? null };
}
