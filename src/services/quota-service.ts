// An admin lifts a unit's sample quota (Phụ lục III) above 0 when the reserve runs out, as
// the plan allows: the unit is then asked for the list, and told so in its chats.
import { fail, ok, type Result } from "../domain/result.ts";
import { chatTranslator } from "../i18n/index.ts";
import type { PrismaClient } from "../store/database.ts";
import { unitChats } from "../store/membership-store.ts";
import { enqueue } from "../store/outbox-store.ts";
import { currentPlan } from "../store/plan-store.ts";
import { findUnit } from "./tasks-service.ts";

export interface QuotaSet {
  unit: string;
  planId: number;
  official: number;
  reserve: number;
  /** The unit's chats told. */
  told: number;
}

/** Sets the samples the unit must prepare in the plan (its province's in force by default) and tells the unit. */
export async function setQuota(
  db: PrismaClient,
  request: { province: string; unit: string; official: number; reserve: number; planId?: number | undefined },
  at: Date,
): Promise<Result<QuotaSet>> {
  const unit = await findUnit(db, request.unit, request.province);
  if (!unit.ok) return unit;
  const plan = request.planId
    ? await db.plan.findFirst({
        where: { id: request.planId, provinceId: unit.value.provinceId },
        select: { id: true },
      })
    : await currentPlan(db, unit.value.provinceId);
  if (!plan) return fail("no-plan");
  const planId = plan.id;
  const { official, reserve } = request;
  await db.quota.upsert({
    where: { planId_unitId: { planId, unitId: unit.value.id } },
    create: { planId, unitId: unit.value.id, official, reserve, requiredOfficial: official, requiredReserve: reserve },
    update: { requiredOfficial: official, requiredReserve: reserve },
  });
  const chats = await unitChats(db, { ids: [unit.value.id] });
  for (const chat of chats) {
    const t = chatTranslator(chat.lang);
    await enqueue(db, {
      key: `notice|quota|${planId}:${unit.value.id}:${official}:${reserve}|${chat.channel}:${chat.chatId}|${at.getTime()}`,
      channel: chat.channel,
      chatId: chat.chatId,
      kind: "notice",
      text: t("notice-quota-set", { unit: unit.value.name, official, reserve }),
      notBefore: at,
    });
  }
  return ok({ unit: unit.value.name, planId, official, reserve, told: chats.length });
}
