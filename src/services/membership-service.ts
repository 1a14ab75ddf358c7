// Who is talking: the chat, its unit (only through an invitation), and whether the
// person is an admin (named in the configuration, or invited as one).
import { createHash, randomBytes } from "node:crypto";
import {
  codeFromBytes,
  invitationState,
  JOIN_ATTEMPTS,
  joinLockMinutes,
  looksLikeCode,
  normalizeCode,
} from "../domain/invitations.ts";
import { fail, ok, type Result } from "../domain/result.ts";
import type { Config } from "../config.ts";
import { chatTranslator, type Translate } from "../i18n/index.ts";
import type { PrismaClient } from "../store/database.ts";
import {
  claimInvitation,
  createInvitation,
  findChat,
  focalUnitOf,
  findInvitation,
  grantAdmin,
  grantedAdmins,
  isGrantedAdmin,
  linkFocalPoint,
  listInvitations,
  recentJoinFailures,
  recordJoinFailure,
  revokeInvitation,
  unlinkChat,
  upsertChat,
  type ChatRow,
  type FocalUnit,
} from "../store/membership-store.ts";
import type { Channel, Sender } from "./chat/types.ts";
import { findUnit } from "./tasks-service.ts";

export interface Access {
  /** Admins named in the configuration, by channel and user id. */
  admins: Partial<Record<Channel, readonly string[]>>;
  province: string;
  invitationDays: number;
}

/** Access as the configuration sets it; `consoleAdmin` makes the terminal user an admin. */
export function accessFromConfig(
  config: Pick<Config, "ADMIN_TELEGRAM_IDS" | "ADMIN_ZALO_IDS" | "PROVINCE" | "INVITATION_DAYS">,
  consoleAdmin = false,
): Access {
  return {
    admins: {
      telegram: config.ADMIN_TELEGRAM_IDS,
      zalo: config.ADMIN_ZALO_IDS,
      console: consoleAdmin ? [CONSOLE_USER] : [],
    },
    province: config.PROVINCE,
    invitationDays: config.INVITATION_DAYS,
  };
}

/** The console chat's one user. */
export const CONSOLE_USER = "console";

export interface Member {
  chat: ChatRow;
  unit: FocalUnit | null;
  isAdmin: boolean;
}

export function hashCode(code: string): string {
  return createHash("sha256").update(normalizeCode(code)).digest("hex");
}

export async function isAdmin(db: PrismaClient, access: Access, channel: Channel, userId: string): Promise<boolean> {
  return (access.admins[channel] ?? []).includes(userId) || (await isGrantedAdmin(db, channel, userId));
}

/** Everyone who is an admin on a channel: named in the configuration or invited. */
export async function adminIds(db: PrismaClient, access: Access, channel: Channel): Promise<string[]> {
  return [...new Set([...(access.admins[channel] ?? []), ...(await grantedAdmins(db, channel))])];
}

export async function identify(db: PrismaClient, access: Access, sender: Sender): Promise<Member> {
  const chat = await upsertChat(db, sender.channel, sender.chatId, sender.chatKind);
  return {
    chat,
    unit: await focalUnitOf(db, chat.id),
    isAdmin: await isAdmin(db, access, sender.channel, sender.userId),
  };
}

export interface NewInvitation {
  code: string;
  expiresAt: Date;
  unitName: string | null;
}

async function newInvitation(
  db: PrismaClient,
  access: Access,
  role: "focal" | "admin",
  unitId: number | null,
  createdBy: string,
  now: Date,
) {
  const code = codeFromBytes(randomBytes(8));
  const expiresAt = new Date(now.getTime() + access.invitationDays * 86_400_000);
  await createInvitation(db, { role, unitId, codeHash: hashCode(code), createdBy, expiresAt });
  return { code, expiresAt };
}

/** Telegram's deep link: opening it sends the bot "/start CODE". */
export function inviteDeepLink(botUsername: string, code: string): string {
  return `https://t.me/${botUsername}?start=${code}`;
}

export async function inviteFocalPoint(
  db: PrismaClient,
  access: Access,
  unitName: string,
  createdBy: string,
  now: Date,
): Promise<Result<NewInvitation>> {
  const unit = await findUnit(db, unitName, access.province);
  if (!unit.ok) return unit;
  const invitation = await newInvitation(db, access, "focal", unit.value.id, createdBy, now);
  return ok({ ...invitation, unitName: unit.value.name });
}

export async function inviteAdmin(
  db: PrismaClient,
  access: Access,
  createdBy: string,
  now: Date,
): Promise<NewInvitation> {
  return { ...(await newInvitation(db, access, "admin", null, createdBy, now)), unitName: null };
}

export type Joined = { role: "focal"; unitName: string } | { role: "admin" };

/** Minutes a stranger must wait before trying another code; admins are never locked out. */
async function joinWait(db: PrismaClient, sender: Sender, now: Date, admin: boolean): Promise<number> {
  if (admin) return 0;
  const since = new Date(now.getTime() - JOIN_ATTEMPTS.windowMinutes * 60_000);
  return joinLockMinutes(await recentJoinFailures(db, sender.channel, sender.userId, since), now);
}

/**
 * Redeems an invitation code for the sender's chat. Wrong codes count towards a lock, except an
 * admin's: admins are known already, so guessing codes gains them nothing.
 */
export async function redeem(
  db: PrismaClient,
  sender: Sender,
  text: string,
  now: Date,
  options: { admin?: boolean } = {},
): Promise<Result<Joined>> {
  const admin = options.admin ?? false;
  const wait = await joinWait(db, sender, now, admin);
  if (wait > 0) return fail("join-locked", { minutes: wait });
  const invitation = looksLikeCode(text) ? await findInvitation(db, hashCode(text)) : null;
  if (!invitation) {
    if (!admin) await recordJoinFailure(db, sender.channel, sender.userId, now);
    return fail("join-wrong-code");
  }
  const state = invitationState(invitation, now);
  if (state !== "valid") return fail(`join-${state}-code`);
  if (!(await claimInvitation(db, invitation.id, `${sender.channel}:${sender.userId}`, now)))
    return fail("join-used-code");
  if (invitation.role === "admin") {
    await grantAdmin(db, {
      channel: sender.channel,
      userId: sender.userId,
      name: sender.name,
      grantedBy: invitation.createdBy,
    });
    return ok({ role: "admin" });
  }
  const chat = await upsertChat(db, sender.channel, sender.chatId, sender.chatKind);
  await linkFocalPoint(db, {
    chatRef: chat.id,
    unitId: invitation.unitId!,
    userId: sender.userId,
    name: sender.name,
    invitationId: invitation.id,
    joinedAt: now,
  });
  return ok({ role: "focal", unitName: invitation.unit!.name });
}

/** The messages of a chat, in the language it chose; for messages dondoc sends on its own. */
export async function translatorFor(db: PrismaClient, channel: string, chatId: string): Promise<Translate> {
  return chatTranslator((await findChat(db, channel, chatId))?.lang);
}

export async function leave(db: PrismaClient, member: Member): Promise<boolean> {
  return unlinkChat(db, member.chat.id);
}

export interface ActiveInvitation {
  id: number;
  unitName: string | null;
  expiresAt: Date;
  createdBy: string;
}

/** Invitations that can still be used. */
export async function listActiveInvitations(db: PrismaClient, now: Date): Promise<ActiveInvitation[]> {
  return (await listInvitations(db))
    .filter((i) => invitationState(i, now) === "valid")
    .map((i) => ({ id: i.id, unitName: i.unit?.name ?? null, expiresAt: i.expiresAt, createdBy: i.createdBy }));
}

export async function revoke(db: PrismaClient, id: number, now: Date): Promise<boolean> {
  return Number.isInteger(id) && revokeInvitation(db, id, now);
}
