// The outbox: rows are claimed with a conditional update, which is atomic on SQLite and
// PostgreSQL alike (PostgreSQL checks the condition again on a row another transaction
// changed), so two senders never take the same row.
import type { PrismaClient } from "./database.ts";
import type { Tx } from "./plan-store.ts";

export interface OutboxRow {
  id: number;
  key: string;
  channel: string;
  chatId: string;
  kind: string;
  text: string;
  choices: string | null;
  /** JSON the message can be written again from (a digest sent on a later day). */
  payload: string | null;
  attempts: number;
  createdAt: Date;
}

export interface NewMessage {
  key: string;
  channel: string;
  chatId: string;
  kind: string;
  text: string;
  choices?: string | null;
  payload?: string | null;
  notBefore: Date;
}

/** The columns a new message is stored with. */
const outboxRow = (m: NewMessage) => ({
  key: m.key,
  channel: m.channel,
  chatId: m.chatId,
  kind: m.kind,
  text: m.text,
  choices: m.choices ?? null,
  payload: m.payload ?? null,
  nextAttemptAt: m.notBefore,
});

/** Queues a message unless one with the same key exists; true when queued now. */
export async function enqueue(db: PrismaClient, m: NewMessage): Promise<boolean> {
  const existing = await db.outboxMessage.findUnique({ where: { key: m.key }, select: { id: true } });
  if (existing) return false;
  try {
    await db.outboxMessage.create({
      data: outboxRow(m),
    });
    return true;
  } catch (error) {
    // Another planner queued the same key between our look and our insert.
    if ((error as { code?: string }).code === "P2002") return false;
    throw error;
  }
}

/**
 * Queues many messages of one batch (a broadcast, a plan change) in the caller's
 * transaction. Their keys are new by construction: the batch is new.
 */
export async function insertMessages(tx: Tx, messages: NewMessage[], batch: string): Promise<void> {
  const CHUNK = 500;
  for (let i = 0; i < messages.length; i += CHUNK) {
    await tx.outboxMessage.createMany({
      data: messages.slice(i, i + CHUNK).map((m) => ({ ...outboxRow(m), batch })),
    });
  }
}

/** How a batch's messages stand: sent, pending (or being sent), failed, unreachable. */
export async function batchCounts(db: PrismaClient, batch: string): Promise<Record<string, number>> {
  const rows = await db.outboxMessage.groupBy({ by: ["status"], where: { batch }, _count: { _all: true } });
  return Object.fromEntries(rows.map((r) => [r.status, r._count._all]));
}

export async function hasMessage(db: PrismaClient, keyPrefix: string): Promise<boolean> {
  return (await db.outboxMessage.count({ where: { key: { startsWith: keyPrefix } } })) > 0;
}

/**
 * Claims up to `limit` due rows for `sender` until `until`: one conditional update over the
 * oldest candidates, so that a row another sender took meanwhile is left out; then the rows
 * that are now this claim's.
 */
export async function claim(
  db: PrismaClient,
  sender: string,
  now: Date,
  until: Date,
  limit: number,
  channels: string[],
): Promise<OutboxRow[]> {
  const due = {
    channel: { in: channels },
    OR: [
      { status: "pending", nextAttemptAt: { lte: now } },
      { status: "sending", claimedUntil: { lt: now } },
    ],
  };
  const candidates = await db.outboxMessage.findMany({
    where: due,
    orderBy: { id: "asc" },
    take: limit,
    select: { id: true },
  });
  if (candidates.length === 0) return [];
  const ids = candidates.map((c) => c.id);
  await db.outboxMessage.updateMany({
    where: { id: { in: ids }, ...due },
    data: { status: "sending", claimedBy: sender, claimedUntil: until },
  });
  return db.outboxMessage.findMany({
    where: { id: { in: ids }, status: "sending", claimedBy: sender, claimedUntil: until },
    orderBy: { id: "asc" },
    select: {
      id: true,
      key: true,
      channel: true,
      chatId: true,
      kind: true,
      text: true,
      choices: true,
      payload: true,
      attempts: true,
      createdAt: true,
    },
  });
}

export async function markSent(db: PrismaClient, id: number, sender: string, at: Date): Promise<void> {
  await db.outboxMessage.updateMany({
    where: { id, claimedBy: sender },
    data: { status: "sent", sentAt: at, claimedUntil: null, error: null },
  });
}

export async function markRetry(
  db: PrismaClient,
  id: number,
  sender: string,
  next: Date,
  error: string,
): Promise<void> {
  await db.outboxMessage.updateMany({
    where: { id, claimedBy: sender },
    data: {
      status: "pending",
      nextAttemptAt: next,
      attempts: { increment: 1 },
      claimedBy: null,
      claimedUntil: null,
      error,
    },
  });
}

export async function markFinal(
  db: PrismaClient,
  id: number,
  sender: string,
  /** dropped: a digest whose tasks were all finished before it could go out. */
  status: "failed" | "unreachable" | "dropped",
  error: string,
): Promise<void> {
  await db.outboxMessage.updateMany({
    where: { id, claimedBy: sender },
    data: { status, error, claimedUntil: null, attempts: { increment: 1 } },
  });
}

export async function markChatUnreachable(db: PrismaClient, channel: string, chatId: string, at: Date): Promise<void> {
  await db.chat.updateMany({ where: { channel, chatId, unreachableAt: null }, data: { unreachableAt: at } });
}

export async function outboxCounts(db: PrismaClient): Promise<Record<string, number>> {
  const rows = await db.outboxMessage.groupBy({ by: ["status"], _count: { _all: true } });
  return Object.fromEntries(rows.map((r) => [r.status, r._count._all]));
}

/** Extends the claims a sender still holds (rows waiting for their turn under a pause). */
export async function renewClaims(db: PrismaClient, sender: string, until: Date): Promise<void> {
  await db.outboxMessage.updateMany({ where: { claimedBy: sender, status: "sending" }, data: { claimedUntil: until } });
}

/** Gives back rows a sender claimed and did not send, so that another sends them at once. */
export async function releaseClaims(db: PrismaClient, sender: string, ids?: number[]): Promise<void> {
  await db.outboxMessage.updateMany({
    where: { claimedBy: sender, status: "sending", ...(ids ? { id: { in: ids } } : {}) },
    data: { status: "pending", claimedBy: null, claimedUntil: null },
  });
}

/**
 * Takes back a channel's rows claimed by other senders. Only for the holder of the
 * channel's sending lease: the sender that claimed them has stopped or died.
 */
export async function releaseOrphans(db: PrismaClient, channel: string, sender: string): Promise<number> {
  const { count } = await db.outboxMessage.updateMany({
    where: { channel, status: "sending", NOT: { claimedBy: sender } },
    data: { status: "pending", claimedBy: null, claimedUntil: null },
  });
  return count;
}

/**
 * The chat's user wrote again: the platform lets the bot write there again too. Called for
 * every message: read first, because even an UPDATE that changes nothing takes SQLite's
 * write lock, and messages would wait for one another (and for a plan import).
 */
export async function markChatReachable(db: PrismaClient, channel: string, chatId: string): Promise<void> {
  const chat = await db.chat.findUnique({
    where: { channel_chatId: { channel, chatId } },
    select: { unreachableAt: true },
  });
  if (!chat?.unreachableAt) return;
  await db.chat.updateMany({ where: { channel, chatId, unreachableAt: { not: null } }, data: { unreachableAt: null } });
}

/** Rows waiting to be sent, by channel, with the time the oldest was due. */
export async function outboxBacklog(
  db: PrismaClient,
): Promise<{ channel: string; count: number; oldest: Date | null }[]> {
  const rows = await db.outboxMessage.groupBy({
    by: ["channel"],
    where: { status: { in: ["pending", "sending"] } },
    _count: { _all: true },
    _min: { nextAttemptAt: true },
  });
  return rows.map((r) => ({ channel: r.channel, count: r._count._all, oldest: r._min.nextAttemptAt }));
}
