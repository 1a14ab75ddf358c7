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
import { formatInstant } from "../domain/dates.ts";
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
  invitationsCreatedSince,
} from "../store/membership-store.ts";
import type { Channel, Sender } from "./chat/types.ts";
import { revokeChatLinks } from "./file-link-service.ts";
import { findUnit, type UnitRef } from "./tasks-service.ts";
import { writeInvitationSheet } from "../sheets/invitation-sheet.ts";
import { knownProvince, listUnits } from "../store/directory-store.ts";

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

export interface UnitInvitation extends NewInvitation {
  unitName: string;
  province: string;
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

/** Codes a focal point may make with /link in a day: enough for their other chats, not for a crowd. */
export const LINK_CODES_PER_DAY = 3;

/**
 * A code that links the focal point's other chat to their unit (/link): only from the focal
 * point's own private chat (in a group, whoever is there would speak for the unit), and at
 * most a few a day.
 */
export async function linkCode(
  db: PrismaClient,
  access: Access,
  member: Member,
  sender: Sender,
  now: Date,
): Promise<Result<NewInvitation>> {
  if (sender.chatKind !== "private" || !member.unit) return fail("link-private-only");
  const actor = `${sender.channel}:${sender.userId}`;
  const made = await invitationsCreatedSince(db, actor, new Date(now.getTime() - 24 * 3_600_000));
  if (made >= LINK_CODES_PER_DAY) return fail("link-rate-limited", { max: LINK_CODES_PER_DAY });
  return inviteFocalPoint(db, access, member.unit.unitName, actor, now);
}

/**
 * One invitation per unit: every unit of PROVINCE ("all") or the units named. All or
 * none: every name is found before the first code is made.
 */
export async function inviteFocalPoints(
  db: PrismaClient,
  access: Access,
  units: string[] | "all",
  createdBy: string,
  now: Date,
): Promise<Result<UnitInvitation[]>> {
  const targets: UnitRef[] = [];
  if (units === "all") {
    const province = await knownProvince(db, access.province);
    if (!province) return fail("unknown-province", { province: access.province });
    for (const u of await listUnits(db, province.id))
      if (u.resolved)
        targets.push({ id: u.id, name: u.name, kind: u.kind, province: province.name, provinceId: province.id });
  }
  for (const name of units === "all" ? [] : units) {
    const unit = await findUnit(db, name, access.province);
    if (!unit.ok) return unit;
    if (!targets.some((t) => t.id === unit.value.id)) targets.push(unit.value);
  }
  const created: UnitInvitation[] = [];
  for (const unit of targets) {
    const invitation = await newInvitation(db, access, "focal", unit.id, createdBy, now);
    created.push({ ...invitation, unitName: unit.name, province: unit.province });
  }
  return ok(created);
}

/** The codes of one run as a sheet for the admin, in the admin's language. */
export async function invitationSheet(
  invitations: (UnitInvitation & { link: string | null })[],
  t: Translate,
): Promise<Buffer> {
  const rows = invitations.map((i) => ({
    unit: i.unitName,
    province: i.province,
    code: i.code,
    expires: formatInstant(i.expiresAt),
    link: i.link,
  }));
  return writeInvitationSheet(rows, t);
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
  const left = await unlinkChat(db, member.chat.id);
  await revokeChatLinks(db, member.chat.channel, member.chat.chatId);
  return left;
}

export interface ActiveInvitation {
  id: number;
  unitName: string | null;
  province: string | null;
  expiresAt: Date;
  createdBy: string;
}

/** Invitations that can still be used. */
export async function listActiveInvitations(db: PrismaClient, now: Date): Promise<ActiveInvitation[]> {
  return (await listInvitations(db))
    .filter((i) => invitationState(i, now) === "valid")
    .map((i) => ({
      id: i.id,
      unitName: i.unit?.name ?? null,
      province: i.unit?.province.name ?? null,
      expiresAt: i.expiresAt,
      createdBy: i.createdBy,
    }));
}

export async function revoke(db: PrismaClient, id: number, now: Date): Promise<boolean> {
  return Number.isInteger(id) && revokeInvitation(db, id, now);
}
