// Drains the outbox in the background within each platform's limits (Telegram: about
// 30 messages a second overall, 1 a second per chat): obeys 429 retry_after, retries
// transient failures with backoff, gives up after a bounded time with the failure
// recorded, and marks a chat that blocked the bot unreachable. Rows are claimed with a
// lease, so two running senders never send the same row, and a sender that dies between
// sending and marking leaves at most its in-flight rows to be sent again.
import { randomUUID } from "node:crypto";
import { DateTime } from "luxon";
import { TIME_ZONE } from "../domain/dates.ts";
import type { Logger } from "../logger.ts";
import type { PrismaClient } from "../store/database.ts";
import { claim, markChatUnreachable, markFinal, markRetry, markSent, type OutboxRow } from "../store/outbox-store.ts";
import type { Choice } from "./chat/types.ts";

export type SendOutcome =
  | { ok: true }
  | { ok: false; kind: "retry-after"; seconds: number; error: string }
  | { ok: false; kind: "transient" | "blocked" | "permanent"; error: string };

export interface Transport {
  channel: string;
  /** Messages per second overall, and the least time between two messages to one chat. */
  perSecond: number;
  perChatMs: number;
  send(chatId: string, text: string, choices: Choice[][] | null): Promise<SendOutcome>;
}

export interface SenderOptions {
  id?: string;
  leaseMs?: number;
  giveUpAfterMs?: number;
  batch?: number;
  concurrency?: number;
  pollMs?: number;
  now?: () => Date;
  /** True when nothing should be sent (night in Vietnam, by default). */
  quiet?: (now: Date) => boolean;
  onUnreachable?: (channel: string, chatId: string) => Promise<void>;
  log: Logger;
}

export function vietnameseNight(now: Date): boolean {
  const hour = DateTime.fromJSDate(now).setZone(TIME_ZONE).hour;
  return hour < 7 || hour >= 21;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Pace {
  nextSlot: number;
  pausedUntil: number;
  chats: Map<string, number>;
}

export class Sender {
  readonly id: string;
  private readonly options: Required<Omit<SenderOptions, "onUnreachable" | "id">> &
    Pick<SenderOptions, "onUnreachable">;
  private readonly paces = new Map<string, Pace>();
  private running = false;
  private loop: Promise<void> | null = null;

  constructor(
    private readonly db: PrismaClient,
    private readonly transports: Transport[],
    options: SenderOptions,
  ) {
    this.id = options.id ?? randomUUID();
    this.options = {
      leaseMs: 60_000,
      giveUpAfterMs: 6 * 3_600_000,
      batch: 50,
      concurrency: 8,
      pollMs: 1000,
      now: () => new Date(),
      quiet: vietnameseNight,
      ...options,
    };
    for (const t of transports) this.paces.set(t.channel, { nextSlot: 0, pausedUntil: 0, chats: new Map() });
  }

  /** Sends what is due now; returns how many rows it handled. */
  async drainOnce(): Promise<number> {
    const now = this.options.now();
    if (this.options.quiet(now)) return 0;
    const rows = await claim(
      this.db,
      this.id,
      now,
      new Date(now.getTime() + this.options.leaseMs),
      this.options.batch,
      this.transports.map((t) => t.channel),
    );
    const inFlight = new Set<Promise<void>>();
    for (const row of rows) {
      const transport = this.transports.find((t) => t.channel === row.channel)!;
      await this.waitTurn(transport, row.chatId);
      const job = this.deliver(transport, row).finally(() => inFlight.delete(job));
      inFlight.add(job);
      if (inFlight.size >= this.options.concurrency) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    return rows.length;
  }

  private async waitTurn(transport: Transport, chatId: string): Promise<void> {
    const pace = this.paces.get(transport.channel)!;
    const interval = 1000 / transport.perSecond;
    for (;;) {
      const now = Date.now();
      const ready = Math.max(pace.nextSlot, pace.pausedUntil, (pace.chats.get(chatId) ?? 0) + transport.perChatMs);
      if (ready <= now) {
        pace.nextSlot = Math.max(now, pace.nextSlot) + interval;
        pace.chats.set(chatId, now);
        return;
      }
      await sleep(ready - now);
    }
  }

  private async deliver(transport: Transport, row: OutboxRow): Promise<void> {
    const choices = row.choices ? (JSON.parse(row.choices) as Choice[][]) : null;
    const outcome = await transport
      .send(row.chatId, row.text, choices)
      .catch((error: Error): SendOutcome => ({ ok: false, kind: "transient", error: error.message }));
    const now = this.options.now();
    if (outcome.ok) return markSent(this.db, row.id, this.id, now);
    const log = { channel: row.channel, outbox: row.id, kind: outcome.kind, attempts: row.attempts + 1 };
    if (outcome.kind === "blocked") {
      this.options.log.warn(log, "recipient unreachable");
      await markFinal(this.db, row.id, this.id, "unreachable", outcome.error);
      await markChatUnreachable(this.db, row.channel, row.chatId, now);
      await this.options.onUnreachable?.(row.channel, row.chatId);
      return;
    }
    const expired = now.getTime() - row.createdAt.getTime() > this.options.giveUpAfterMs;
    if (outcome.kind === "permanent" || expired) {
      this.options.log.error(log, "message given up");
      return markFinal(this.db, row.id, this.id, "failed", outcome.error);
    }
    let delayMs = Math.min(2 ** row.attempts * 1000, 300_000);
    if (outcome.kind === "retry-after") {
      delayMs = outcome.seconds * 1000;
      this.paces.get(row.channel)!.pausedUntil = Date.now() + delayMs;
    }
    this.options.log.info(log, "message will be retried");
    await markRetry(this.db, row.id, this.id, new Date(now.getTime() + delayMs), outcome.error);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = (async () => {
      while (this.running) {
        try {
          if ((await this.drainOnce()) === 0) await sleep(this.options.pollMs);
        } catch (error) {
          this.options.log.error({ err: error }, "outbox drain failed");
          await sleep(this.options.pollMs);
        }
      }
    })();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
  }
}
