// Broadcasts: an admin's message to every unit, a group or named units. Previewed first;
// on confirmation its messages are queued in the outbox in one transaction (so thousands
// survive a restart, none twice), and the admin gets a delivery report on request and
// once every message is delivered or given up.
import { resolveAudience, splitBroadcast } from "../domain/audience.ts";
import { fail, ok, type Result } from "../domain/result.ts";
import { chatTranslator, type Translate } from "../i18n/index.ts";
import {
  broadcastBatch,
  cancelBroadcast,
  confirmBroadcast,
  createBroadcast,
  findBroadcast,
  markReported,
  unreportedBroadcasts,
} from "../store/broadcast-store.ts";
import type { PrismaClient } from "../store/database.ts";
import { findProvince, loadDirectory } from "../store/directory-store.ts";
import { unitChats } from "../store/membership-store.ts";
import { batchCounts, enqueue, type NewMessage } from "../store/outbox-store.ts";
import { translatorFor } from "./membership-service.ts";

export interface BroadcastPreview {
  id: number;
  units: number;
  chats: number;
  /** Units with no focal point linked yet: they cannot be told. */
  unreached: string[];
  text: string;
}

async function audienceChats(db: PrismaClient, province: string, units: string[]) {
  const provinceRow = await findProvince(db, province);
  return provinceRow ? unitChats(db, { provinceId: provinceRow.id, names: units }) : [];
}

export async function proposeBroadcast(
  db: PrismaClient,
  province: string,
  input: string,
  author: { by: string; replyTo: string; at: Date },
): Promise<Result<BroadcastPreview>> {
  const parts = splitBroadcast(input);
  if (!parts) return fail("broadcast-usage");
  const provinceRow = await findProvince(db, province);
  if (!provinceRow) return fail("unknown-province", { province });
  const units = resolveAudience(parts.audience, await loadDirectory(db, provinceRow.id));
  if (!units.ok) return units;
  const chats = await unitChats(db, { provinceId: provinceRow.id, names: units.value });
  const audience = { audience: parts.audience, units: units.value };
  const id = await createBroadcast(db, {
    audience,
    text: parts.text,
    createdBy: author.by,
    replyTo: author.replyTo,
    createdAt: author.at,
  });
  const reached = new Set(chats.map((c) => c.unitName));
  return ok({
    id,
    units: units.value.length,
    chats: chats.length,
    unreached: units.value.filter((u) => !reached.has(u)),
    text: parts.text,
  });
}

/** Queues the broadcast's messages, once. */
export async function sendBroadcast(
  db: PrismaClient,
  province: string,
  id: number,
  at: Date,
): Promise<Result<{ messages: number }>> {
  const broadcast = await findBroadcast(db, id);
  if (!broadcast || broadcast.status !== "pending") return fail("broadcast-decided");
  const { units } = broadcast.audience;
  const messages: NewMessage[] = (await audienceChats(db, province, units)).map((chat) => ({
    key: `broadcast|${id}|${chat.channel}:${chat.chatId}`,
    channel: chat.channel,
    chatId: chat.chatId,
    kind: "broadcast",
    text: chatTranslator(chat.lang)("broadcast-message", { text: broadcast.text }),
    notBefore: at,
  }));
  if (!(await confirmBroadcast(db, id, at, messages))) return fail("broadcast-decided");
  return ok({ messages: messages.length });
}

export async function dropBroadcast(db: PrismaClient, id: number): Promise<boolean> {
  return cancelBroadcast(db, id);
}

export interface DeliveryReport {
  id: number;
  delivered: number;
  pending: number;
  failed: number;
  unreachable: number;
  finished: boolean;
}

export async function deliveryReport(db: PrismaClient, id: number): Promise<Result<DeliveryReport>> {
  const broadcast = await findBroadcast(db, id);
  if (!broadcast || broadcast.status !== "sent") return fail("broadcast-not-sent", { id });
  const counts = await batchCounts(db, broadcastBatch(id));
  const pending = (counts.pending ?? 0) + (counts.sending ?? 0);
  return ok({
    id,
    delivered: counts.sent ?? 0,
    pending,
    failed: counts.failed ?? 0,
    unreachable: counts.unreachable ?? 0,
    finished: pending === 0,
  });
}

/** The last broadcast sent, for "/broadcast report" without a number. */
export async function lastBroadcastId(db: PrismaClient): Promise<number | null> {
  return (
    (await db.broadcast.findFirst({ where: { status: "sent" }, orderBy: { id: "desc" }, select: { id: true } }))?.id ??
    null
  );
}

export function reportText(t: Translate, report: DeliveryReport): string {
  return t(report.finished ? "broadcast-report-finished" : "broadcast-report", { ...report });
}

/** Tells each admin whose broadcast has finished how it went; run by the scheduler. */
export async function reportFinishedBroadcasts(db: PrismaClient, at: Date): Promise<number> {
  let told = 0;
  for (const broadcast of await unreportedBroadcasts(db)) {
    const report = await deliveryReport(db, broadcast.id);
    if (!report.ok || !report.value.finished) continue;
    const [channel, ...rest] = broadcast.replyTo.split(":");
    const chatId = rest.join(":");
    const t = await translatorFor(db, channel!, chatId);
    await enqueue(db, {
      key: `broadcast-report|${broadcast.id}`,
      channel: channel!,
      chatId,
      kind: "notice",
      text: reportText(t, report.value),
      notBefore: at,
    });
    if (await markReported(db, broadcast.id, at)) told++;
  }
  return told;
}
