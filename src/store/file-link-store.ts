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
