// One-time links to dondoc's web server, for a chat that cannot carry files (Zalo): an
// upload page for the unit's list, and downloads of what dondoc sends back. Valid 24
// hours, used once, for the chat and user they were made for; only the token's hash is
// stored, so the database alone cannot forge one. An upload link works only while its
// user is the unit's focal point, a chat's links go with /leave and /remove, and a chat
// holds a few live links of each kind at most (asking again drops the oldest).
import { createHash, randomBytes } from "node:crypto";
import { fail, ok, type Result } from "../domain/result.ts";
import type { PrismaClient } from "../store/database.ts";
import {
  claimFileLink,
  createFileLink,
  deleteExpiredLinks,
  dropChatLinks,
  findFileLink,
  forgetFileContent,
  isFocalPointOf,
  releaseFileLink,
  trimChatLinks,
} from "../store/file-link-store.ts";

export const LINK_HOURS = 24;
/** Live links of one kind a chat may hold at once. */
export const MAX_LIVE_LINKS = 3;

export interface LinkOwner {
  channel: string;
  chatId: string;
  userId: string;
}

const hash = (token: string) => createHash("sha256").update(token).digest("hex");
const looksLikeToken = (token: string) => /^[\w-]{32,64}$/.test(token);

async function newLink(
  db: PrismaClient,
  owner: LinkOwner,
  at: Date,
  data: { kind: "upload" | "download"; unitId: number | null; taskId?: number; fileName?: string; content?: Buffer },
): Promise<string> {
  const token = randomBytes(24).toString("base64url");
  await createFileLink(db, {
    ...owner,
    ...data,
    tokenHash: hash(token),
    createdAt: at,
    expiresAt: new Date(at.getTime() + LINK_HOURS * 3_600_000),
  });
  await trimChatLinks(db, { channel: owner.channel, chatId: owner.chatId, kind: data.kind }, MAX_LIVE_LINKS, at);
  return token;
}

/** A chat's links not used yet, gone: its focal point left or was removed. */
export function revokeChatLinks(db: PrismaClient, channel: string, chatId: string): Promise<number> {
  return dropChatLinks(db, channel, chatId);
}

/** An upload link for the unit's list, or for the evidence document of one of its report tasks. */
export function createUploadToken(
  db: PrismaClient,
  owner: LinkOwner,
  unitId: number,
  at: Date,
  taskId?: number,
): Promise<string> {
  return newLink(db, owner, at, { kind: "upload", unitId, ...(taskId ? { taskId } : {}) });
}

export function createDownloadToken(
  db: PrismaClient,
  owner: LinkOwner,
  file: { name: string; content: Buffer },
  at: Date,
): Promise<string> {
  return newLink(db, owner, at, { kind: "download", unitId: null, fileName: file.name, content: file.content });
}

export type LinkProblem = "link-unknown" | "link-expired" | "link-used" | "link-revoked";

type Link = NonNullable<Awaited<ReturnType<typeof findFileLink>>>;

/** The link a token opens, if it can still be used. */
export async function openLink(
  db: PrismaClient,
  token: string,
  kind: "upload" | "download",
  at: Date,
): Promise<Result<Link, LinkProblem>> {
  const link = looksLikeToken(token) ? await findFileLink(db, hash(token)) : null;
  if (!link || link.kind !== kind) return fail("link-unknown");
  if (link.usedAt) return fail("link-used");
  if (link.expiresAt <= at) return fail("link-expired");
  // Membership is checked when the link is used, not only when it was made.
  if (link.kind === "upload" && (link.unitId === null || !(await isFocalPointOf(db, link, link.unitId))))
    return fail("link-revoked");
  return ok(link);
}

/**
 * Uses an upload link for `work`: claimed first, so a second request with the same link
 * is refused; released again when `work` says the file could not be taken, so that the
 * user can send a corrected one through the same link.
 */
export async function useUploadLink<T>(
  db: PrismaClient,
  token: string,
  at: Date,
  work: (link: Link) => Promise<Result<T>>,
): Promise<Result<T>> {
  const link = await openLink(db, token, "upload", at);
  if (!link.ok) return link;
  if (!(await claimFileLink(db, link.value.id, at))) return fail("link-used");
  const result = await work(link.value).catch(async (error: unknown) => {
    await releaseFileLink(db, link.value.id);
    throw error;
  });
  if (!result.ok) await releaseFileLink(db, link.value.id);
  return result;
}

/** The file behind a download link, once. */
export async function takeDownload(
  db: PrismaClient,
  token: string,
  at: Date,
): Promise<Result<{ name: string; content: Buffer }, LinkProblem>> {
  const link = await openLink(db, token, "download", at);
  if (!link.ok) return link;
  if (!link.value.content || !(await claimFileLink(db, link.value.id, at))) return fail("link-used");
  await forgetFileContent(db, link.value.id);
  return ok({ name: link.value.fileName ?? "dondoc.xlsx", content: Buffer.from(link.value.content) });
}

/** Drops links (and the files they hold) a day after they expired; run by the scheduler. */
export function forgetExpiredLinks(db: PrismaClient, at: Date): Promise<number> {
  return deleteExpiredLinks(db, new Date(at.getTime() - 24 * 3_600_000));
}
