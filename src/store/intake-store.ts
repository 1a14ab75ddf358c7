// Tickets of the lists taken in: what the per-chat and per-unit intake limits count.
import { RATE_WINDOW_MS, type IntakeLoad, type IntakeRefusal } from "../domain/limits.ts";
import type { PrismaClient } from "./database.ts";

export interface IntakeSender {
  unitId: number;
  channel: string;
  chatId: string;
}

/**
 * A ticket for a list, unless `refuse` says the chat or unit is past a limit. The count and
 * the ticket are one transaction: on SQLite it holds the write lock from its start, so two
 * instances cannot both take the last place; on PostgreSQL (read committed) two instances
 * may, in the same milliseconds, both take it: one list over a limit, which protects the
 * workers' capacity, not a rule of the plan.
 */
export async function openIntakeTicket(
  db: PrismaClient,
  sender: IntakeSender,
  now: Date,
  staleAfterMs: number,
  refuse: (load: IntakeLoad) => IntakeRefusal | null,
): Promise<{ id: number } | IntakeRefusal> {
  const window = new Date(now.getTime() - RATE_WINDOW_MS);
  const stale = new Date(now.getTime() - staleAfterMs);
  return db.$transaction(async (tx) => {
    const times = async (where: { unitId: number } | { channel: string; chatId: string }) =>
      (
        await tx.intakeTicket.findMany({ where: { ...where, startedAt: { gt: window } }, select: { startedAt: true } })
      ).map((t) => t.startedAt);
    const load: IntakeLoad = {
      chat: await times({ channel: sender.channel, chatId: sender.chatId }),
      unit: await times({ unitId: sender.unitId }),
      running: await tx.intakeTicket.count({
        where: { unitId: sender.unitId, endedAt: null, startedAt: { gt: stale } },
      }),
    };
    const refusal = refuse(load);
    if (refusal) return refusal;
    // Tickets past both windows count for nothing: the table stays a few minutes long.
    await tx.intakeTicket.deleteMany({ where: { startedAt: { lt: stale } } });
    const { unitId, channel, chatId } = sender;
    return tx.intakeTicket.create({ data: { unitId, channel, chatId, startedAt: now }, select: { id: true } });
  });
}

export async function closeIntakeTicket(db: PrismaClient, id: number, at: Date): Promise<void> {
  await db.intakeTicket.updateMany({ where: { id }, data: { endedAt: at } });
}
