// Chats, focal points, admins and invitations.
import type { PrismaClient } from "./database.ts";
import type { Tx } from "./plan-store.ts";

export interface ChatRow {
  id: number;
  channel: string;
  chatId: string;
  kind: string;
  lang: string | null;
}

export interface FocalUnit {
  focalPointId: number;
  unitId: number;
  unitName: string;
  provinceId: number;
  province: string;
  name: string;
  userId: string;
  joinedAt: Date;
}

/**
 * The chat's row, created with its first message. Every incoming message asks for it: a
 * known chat is only read, so that messages do not queue behind one another for the
 * database's write lock. The upsert covers two first messages arriving together.
 */
export async function upsertChat(db: PrismaClient, channel: string, chatId: string, kind: string): Promise<ChatRow> {
  const known = await findChat(db, channel, chatId);
  if (known) return known;
  return db.chat.upsert({
    where: { channel_chatId: { channel, chatId } },
    create: { channel, chatId, kind },
    update: {},
  });
}

export async function findChat(db: PrismaClient, channel: string, chatId: string): Promise<ChatRow | null> {
  return db.chat.findUnique({ where: { channel_chatId: { channel, chatId } } });
}

export async function setChatLang(db: PrismaClient, chatRef: number, lang: string): Promise<void> {
  await db.chat.update({ where: { id: chatRef }, data: { lang } });
}

export async function focalUnitOf(db: PrismaClient, chatRef: number): Promise<FocalUnit | null> {
  const fp = await db.focalPoint.findUnique({ where: { chatRef }, include: { unit: { include: { province: true } } } });
  if (!fp) return null;
  return {
    focalPointId: fp.id,
    unitId: fp.unitId,
    unitName: fp.unit.name,
    provinceId: fp.unit.provinceId,
    province: fp.unit.province.name,
    name: fp.name,
    userId: fp.userId,
    joinedAt: fp.joinedAt,
  };
}

export async function linkFocalPoint(
  db: PrismaClient,
  data: { chatRef: number; unitId: number; userId: string; name: string; invitationId: number | null; joinedAt: Date },
): Promise<void> {
  await db.focalPoint.upsert({ where: { chatRef: data.chatRef }, create: data, update: data });
}

export async function unlinkChat(db: PrismaClient, chatRef: number): Promise<boolean> {
  return (await db.focalPoint.deleteMany({ where: { chatRef } })).count > 0;
}

export async function removeFocalPoint(
  db: PrismaClient,
  id: number,
): Promise<{ unitName: string; channel: string; chatId: string } | null> {
  const fp = await db.focalPoint.findUnique({ where: { id }, include: { unit: true, chat: true } });
  if (!fp) return null;
  await db.focalPoint.delete({ where: { id } });
  return { unitName: fp.unit.name, channel: fp.chat.channel, chatId: fp.chat.chatId };
}

export async function focalPointsOfUnit(db: PrismaClient, unitId: number) {
  return db.focalPoint.findMany({ where: { unitId }, include: { chat: true }, orderBy: { joinedAt: "asc" } });
}

export async function unitsWithFocalCounts(db: PrismaClient, provinceId: number) {
  const units = await db.unit.findMany({
    // Other bodies (Văn phòng HĐND tỉnh, …) only when a plan gives them a task or they have a focal point.
    where: {
      provinceId,
      resolved: true,
      OR: [{ kind: { not: "other" } }, { assignments: { some: {} } }, { focalPoints: { some: {} } }],
    },
    include: { _count: { select: { focalPoints: true } } },
    orderBy: { id: "asc" },
  });
  return units.map((u) => ({ id: u.id, name: u.name, focalPoints: u._count.focalPoints }));
}

export async function isGrantedAdmin(db: PrismaClient, channel: string, userId: string): Promise<boolean> {
  return (await db.admin.count({ where: { channel, userId } })) > 0;
}

export async function grantAdmin(
  db: PrismaClient,
  data: { channel: string; userId: string; name: string; grantedBy: string },
): Promise<void> {
  await db.admin.upsert({
    where: { channel_userId: { channel: data.channel, userId: data.userId } },
    create: data,
    update: {},
  });
}

export async function grantedAdmins(db: PrismaClient, channel: string): Promise<string[]> {
  return (await db.admin.findMany({ where: { channel }, select: { userId: true } })).map((a) => a.userId);
}

export async function createInvitation(
  db: PrismaClient,
  data: { role: string; unitId: number | null; codeHash: string; createdBy: string; expiresAt: Date },
): Promise<{ id: number }> {
  return db.invitation.create({ data, select: { id: true } });
}

export async function findInvitation(db: PrismaClient, codeHash: string) {
  return db.invitation.findUnique({ where: { codeHash }, include: { unit: { include: { province: true } } } });
}

/** Marks an invitation used unless someone else used it first; true when this call won. */
export async function claimInvitation(db: PrismaClient, id: number, usedBy: string, at: Date): Promise<boolean> {
  const { count } = await db.invitation.updateMany({
    where: { id, usedAt: null, revokedAt: null },
    data: { usedAt: at, usedBy },
  });
  return count === 1;
}

export async function revokeInvitation(db: PrismaClient, id: number, at: Date): Promise<boolean> {
  const { count } = await db.invitation.updateMany({
    where: { id, usedAt: null, revokedAt: null },
    data: { revokedAt: at },
  });
  return count === 1;
}

export async function listInvitations(db: PrismaClient) {
  return db.invitation.findMany({ include: { unit: { include: { province: true } } }, orderBy: { id: "desc" } });
}

export async function recordJoinFailure(db: PrismaClient, channel: string, userId: string, at: Date): Promise<void> {
  await db.joinFailure.create({ data: { channel, userId, at } });
}

export async function recentJoinFailures(
  db: PrismaClient,
  channel: string,
  userId: string,
  since: Date,
): Promise<Date[]> {
  const rows = await db.joinFailure.findMany({ where: { channel, userId, at: { gte: since } }, select: { at: true } });
  return rows.map((r) => r.at);
}

export interface UnitChat {
  unitId: number;
  unitName: string;
  channel: string;
  chatId: string;
  lang: string | null;
}

/** The reachable chats of focal points of the given units (by id or by name in a province). */
export async function unitChats(
  db: PrismaClient | Tx,
  units: { ids: number[] } | { provinceId: number; names: string[] },
): Promise<UnitChat[]> {
  const unit = "ids" in units ? { id: { in: units.ids } } : { provinceId: units.provinceId, name: { in: units.names } };
  const rows = await db.focalPoint.findMany({
    where: { unit, chat: { unreachableAt: null } },
    include: { chat: true, unit: { select: { name: true } } },
    orderBy: { id: "asc" },
  });
  return rows.map((r) => ({
    unitId: r.unitId,
    unitName: r.unit.name,
    channel: r.chat.channel,
    chatId: r.chat.chatId,
    lang: r.chat.lang,
  }));
}

/** The options a chat was last shown (JSON), kept with the chat. */
export async function saveShownChoices(
  db: PrismaClient,
  channel: string,
  chatId: string,
  json: string | null,
): Promise<void> {
  await db.chat.updateMany({ where: { channel, chatId }, data: { shownChoices: json } });
}

export async function loadShownChoices(db: PrismaClient, channel: string, chatId: string): Promise<string | null> {
  return (
    (await db.chat.findUnique({ where: { channel_chatId: { channel, chatId } }, select: { shownChoices: true } }))
      ?.shownChoices ?? null
  );
}

/** Invitations one person created since a time (for the /link rate limit). */
export async function invitationsCreatedSince(db: PrismaClient, createdBy: string, since: Date): Promise<number> {
  return db.invitation.count({ where: { createdBy, createdAt: { gte: since } } });
}
