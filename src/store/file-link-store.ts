// One-time links: created with a token hash, claimed once with a conditional update (so
// two requests with the same link cannot both use it), released when an upload failed.
import type { PrismaClient } from "./database.ts";

export interface NewFileLink {
  tokenHash: string;
  kind: "upload" | "download";
  channel: string;
  chatId: string;
  userId: string;
  unitId: number | null;
  taskId?: number;
  fileName?: string;
  content?: Buffer;
  createdAt: Date;
  expiresAt: Date;
}

export async function createFileLink(db: PrismaClient, link: NewFileLink): Promise<void> {
  await db.fileLink.create({ data: { ...link, content: link.content ? new Uint8Array(link.content) : null } });
}

export async function findFileLink(db: PrismaClient, tokenHash: string) {
  return db.fileLink.findUnique({ where: { tokenHash } });
}

/** Marks the link used; false when it was used, or expired, meanwhile. */
export async function claimFileLink(db: PrismaClient, id: number, at: Date): Promise<boolean> {
  const { count } = await db.fileLink.updateMany({
    where: { id, usedAt: null, expiresAt: { gt: at } },
    data: { usedAt: at },
  });
  return count === 1;
}

export async function releaseFileLink(db: PrismaClient, id: number): Promise<void> {
  await db.fileLink.update({ where: { id }, data: { usedAt: null } });
}

/** Files kept for download are personal data: gone once fetched or expired. */
export async function forgetFileContent(db: PrismaClient, id: number): Promise<void> {
  await db.fileLink.update({ where: { id }, data: { content: null } });
}

export async function deleteExpiredLinks(db: PrismaClient, before: Date): Promise<number> {
  const { count } = await db.fileLink.deleteMany({ where: { expiresAt: { lt: before } } });
  return count;
}

export interface LinkHolder {
  channel: string;
  chatId: string;
  userId: string;
}

/** Whether the user in that chat is still a focal point of the unit. */
export async function isFocalPointOf(db: PrismaClient, holder: LinkHolder, unitId: number): Promise<boolean> {
  const found = await db.focalPoint.findFirst({
    where: { unitId, userId: holder.userId, chat: { channel: holder.channel, chatId: holder.chatId } },
    select: { id: true },
  });
  return found !== null;
}

/** Drops a chat's links not used yet (and the files they hold); how many. */
export async function dropChatLinks(db: PrismaClient, channel: string, chatId: string): Promise<number> {
  const { count } = await db.fileLink.deleteMany({ where: { channel, chatId, usedAt: null } });
  return count;
}

/** Keeps at most `keep` live links of a kind for a chat, dropping the oldest. */
export async function trimChatLinks(
  db: PrismaClient,
  link: { channel: string; chatId: string; kind: string },
  keep: number,
  at: Date,
): Promise<void> {
  const live = await db.fileLink.findMany({
    where: { ...link, usedAt: null, expiresAt: { gt: at } },
    orderBy: { id: "desc" },
    select: { id: true },
  });
  const old = live.slice(keep).map((l) => l.id);
  if (old.length) await db.fileLink.deleteMany({ where: { id: { in: old } } });
}
