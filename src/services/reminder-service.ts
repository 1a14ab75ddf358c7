// The reminder planner: for a moment in time, which digests are due (today's, and those
// missed while dondoc was down), rendered in each recipient's language and queued in the
// outbox under keys that make planning twice queue nothing twice. Admins get a daily
// summary of what is overdue.
import { createHash } from "node:crypto";
import { DateTime } from "luxon";
import { isWorkingDay } from "../domain/calendar.ts";
import { addDays, dayInVietnam, TIME_ZONE, type IsoDate } from "../domain/dates.ts";
import { chunks, groupBy } from "../domain/collections.ts";
import {
  MAX_CATCH_UP_DAYS,
  parsePolicy,
  planDigests,
  REMINDER_HOUR,
  type Assignment,
  type Digest,
  type ReminderPolicy,
} from "../domain/reminders.ts";
import { digestText, overdueSummaryText } from "./reminder-messages.ts";
import { planDuties, unitDuties } from "./progress-service.ts";
import type { UnitDuties } from "../domain/progress.ts";
import { chatTranslator } from "../i18n/index.ts";
import { CHUNK, type PrismaClient } from "../store/database.ts";
import { unitChats } from "../store/membership-store.ts";
import { digestPayload, readJson, type DigestPayload } from "../store/json-columns.ts";
import { enqueue, hasMessage, type NewMessage, type OutboxRow } from "../store/outbox-store.ts";
import { workCalendar } from "./calendar-service.ts";
import { adminIds, translatorFor, type Access } from "./membership-service.ts";
import type { Channel } from "./chat/types.ts";
import type { Content } from "./sender.ts";

/** Reminders are queued from REMINDER_HOUR until this one, never at night. */
export const LAST_HOUR = 20;

/** Admins may be on any channel. */
const CHANNELS: Channel[] = ["telegram", "zalo", "console"];

export interface PlanResult {
  day: IsoDate;
  ran: boolean;
  reason?: "not-working-day" | "outside-hours" | "already-ran";
  messages: NewMessage[];
  queued: number;
}

type PlannedAssignment = Assignment & { unitName: string; planId: number };

interface PlanInForce {
  provinceId: number;
  policy: ReminderPolicy;
}

/** The plan in force of every province, with its reminder policy. */
async function plansInForce(db: PrismaClient): Promise<Map<number, PlanInForce>> {
  const provinces = await db.province.findMany({
    select: {
      id: true,
      plans: {
        orderBy: [{ issuedOn: { sort: "desc", nulls: "last" } }, { id: "desc" }],
        take: 1,
        select: { id: true, reminders: true },
      },
    },
  });
  return new Map(
    provinces.flatMap((p) =>
      p.plans.map((plan) => [plan.id, { provinceId: p.id, policy: parsePolicy(plan.reminders) }] as const),
    ),
  );
}

/**
 * The dated duties of a plan's units as reminders see them: done when the task's state, the
 * one /tasks, /score and /progress show, is finished (lists complete, a document received and
 * not returned, a mark, nothing asked of the unit), so a reminder never contradicts them.
 */
function plannedAssignments(planId: number, units: UnitDuties[]): PlannedAssignment[] {
  return units.flatMap((unit) =>
    unit.duties.flatMap(({ task, role, state }) =>
      task.effectiveDue === null
        ? []
        : [
            {
              planId,
              unitId: unit.unitId,
              unitName: unit.unit,
              taskId: task.id,
              ref: task.ref,
              title: task.title,
              role,
              deadlineText: task.deadlineText,
              due: task.due,
              effectiveDue: task.effectiveDue,
              done: state.finished,
            },
          ],
    ),
  );
}

function digestKey(channel: string, chatId: string, digest: Digest): string {
  const set = createHash("sha1")
    .update(digest.items.map((i) => `${i.taskId}:${i.role}:${i.kind}`).join(","))
    .digest("hex")
    .slice(0, 12);
  return `digest|${channel}:${chatId}|${digest.day}|${set}`;
}

async function digestMessages(
  db: PrismaClient,
  digests: Digest[],
  names: Map<number, string>,
  at: Date,
): Promise<NewMessage[]> {
  // A day's digests can go to thousands of units: their chats are read in slices that
  // SQLite accepts (it refuses more than 999 values in one IN list).
  const chats = [];
  for (const ids of chunks([...new Set(digests.map((d) => d.unitId))], CHUNK))
    chats.push(...(await unitChats(db, { ids })));
  const recipients = groupBy(chats, (r) => r.unitId);
  const messages: NewMessage[] = [];
  for (const digest of digests) {
    for (const chat of recipients.get(digest.unitId) ?? []) {
      const unit = names.get(digest.unitId)!;
      const { text, choices } = digestText(chatTranslator(chat.lang), unit, digest);
      const payload: DigestPayload = { unit, lang: chat.lang, digest };
      messages.push({
        key: digestKey(chat.channel, chat.chatId, digest),
        channel: chat.channel,
        chatId: chat.chatId,
        kind: "digest",
        text,
        choices: JSON.stringify(choices),
        payload: JSON.stringify(payload),
        notBefore: at,
      });
    }
  }
  return messages;
}

/**
 * A digest that goes out on a later day than planned (dondoc was off, the queue was
 * long), written again with that day's figures: the tasks finished meanwhile dropped,
 * the days left or overdue counted from the day it is sent. Null when nothing is left.
 */
export async function refreshDigest(db: PrismaClient, row: OutboxRow, now: Date): Promise<Content | null | undefined> {
  if (row.kind !== "digest" || !row.payload) return undefined;
  const { unit, lang, digest } = readJson(digestPayload, row.payload, "OutboxMessage.payload");
  const day = dayInVietnam(now);
  if (day === digest.day) return undefined;
  const { items } = digest;
  const unitRow = await db.unit.findUnique({ where: { id: digest.unitId }, select: { provinceId: true } });
  const found = unitRow && (await unitDuties(db, { unitId: digest.unitId, provinceId: unitRow.provinceId }, day));
  const current = found?.duties ? plannedAssignments(found.plan.id, [found.duties]) : [];
  const open = new Map(current.filter((a) => !a.done).map((a) => [`${a.taskId}:${a.role}`, a]));
  const still = items.flatMap((item) => {
    const task = open.get(`${item.taskId}:${item.role}`);
    return task ? [{ ...task, kind: item.kind, missedOn: item.missedOn ?? digest.day }] : [];
  });
  if (still.length === 0) return null;
  return digestText(chatTranslator(lang), unit, { unitId: digest.unitId, day, items: still });
}

async function summaryMessages(
  db: PrismaClient,
  access: Access,
  assignments: PlannedAssignment[],
  day: IsoDate,
  at: Date,
): Promise<NewMessage[]> {
  const overdue = assignments.filter((a) => !a.done && a.role === "lead" && a.effectiveDue < day);
  if (overdue.length === 0) return [];
  const messages: NewMessage[] = [];
  for (const channel of CHANNELS) {
    for (const admin of await adminIds(db, access, channel)) {
      const t = await translatorFor(db, channel, admin);
      messages.push({
        key: `overdue-summary|${channel}:${admin}|${day}`,
        channel,
        chatId: admin,
        kind: "overdue-summary",
        text: overdueSummaryText(t, day, overdue),
        notBefore: at,
      });
    }
  }
  return messages;
}

export async function planReminders(
  db: PrismaClient,
  access: Access,
  at: Date,
  options: { dryRun?: boolean } = {},
): Promise<PlanResult> {
  const day = dayInVietnam(at);
  const hour = DateTime.fromJSDate(at).setZone(TIME_ZONE).hour;
  const calendar = await workCalendar(db);
  const skip = (reason: PlanResult["reason"]): PlanResult => ({ day, ran: false, reason, messages: [], queued: 0 });
  if (!isWorkingDay(calendar, day)) return skip("not-working-day");
  if (hour < REMINDER_HOUR || hour >= LAST_HOUR) return skip("outside-hours");
  if (await db.plannerRun.findUnique({ where: { day } })) return skip("already-ran");

  const last = await db.plannerRun.findFirst({
    where: { day: { gte: addDays(day, -MAX_CATCH_UP_DAYS), lt: day } },
    orderBy: { day: "desc" },
  });
  const plans = await plansInForce(db);
  // Each plan reminds by its own policy; a unit belongs to one province, so to one plan.
  const byPlan = new Map<number, PlannedAssignment[]>();
  for (const [planId, { provinceId }] of plans)
    byPlan.set(planId, plannedAssignments(planId, await planDuties(db, { id: planId, provinceId }, day)));
  const assignments = [...byPlan.values()].flat();
  const digests = [...plans].flatMap(([planId, { policy }]) =>
    planDigests(byPlan.get(planId) ?? [], day, last?.day ?? null, calendar, policy),
  );
  const names = new Map(assignments.map((a) => [a.unitId, a.unitName]));
  const messages = [
    ...(await digestMessages(db, digests, names, at)),
    ...(await summaryMessages(db, access, assignments, day, at)),
  ];
  if (options.dryRun) return { day, ran: true, messages, queued: 0 };

  let queued = 0;
  for (const message of messages) {
    // One digest per recipient and day, whatever its tasks.
    if (message.kind === "digest" && (await hasMessage(db, message.key.split("|").slice(0, 3).join("|") + "|")))
      continue;
    if (await enqueue(db, message)) queued++;
  }
  await db.plannerRun.upsert({ where: { day }, create: { day, at }, update: {} });
  return { day, ran: true, messages, queued };
}

/** Tells the admins, wherever they are, that a focal point's chat no longer receives messages. */
export async function notifyUnreachable(
  db: PrismaClient,
  access: Access,
  channel: string,
  chatId: string,
  at: Date,
): Promise<void> {
  const chat = await db.chat.findUnique({
    where: { channel_chatId: { channel, chatId } },
    include: { focalPoints: { include: { unit: true } } },
  });
  const unit = chat?.focalPoints[0]?.unit.name;
  if (!unit) return;
  for (const to of CHANNELS) {
    for (const admin of await adminIds(db, access, to)) {
      const t = await translatorFor(db, to, admin);
      await enqueue(db, {
        key: `notice|unreachable|${channel}:${chatId}|${to}:${admin}`,
        channel: to,
        chatId: admin,
        kind: "notice",
        text: t("notice-unreachable", { unit, channel }),
        notBefore: at,
      });
    }
  }
}
