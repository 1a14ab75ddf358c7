// Drains the outbox in the background within each platform's limits (Telegram: about
// 30 messages a second overall, 1 a second per chat): obeys 429 retry_after (or, where a
// platform gives no time, backs off exponentially), pausing the channel; retries transient
// failures with backoff, gives up after a bounded time with the failure recorded, and marks
// a chat that blocked the bot unreachable.
//
// Several instances may run a sender on one database: one lease per channel makes one of
// them that channel's only sender, so together they stay within the platform's limits; when
// it dies another takes over within seconds and takes back the rows it had claimed. Rows are
// claimed with a short lease, renewed while they wait for their turn and given back on
// shutdown; a sender that dies between sending and marking repeats at most its in-flight rows.
import { DateTime } from "luxon";
import { TIME_ZONE } from "../domain/dates.ts";
import { scrub, type Logger } from "../logger.ts";
import type { PrismaClient } from "../store/database.ts";
import {
  claim,
  markChatUnreachable,
  markFinal,
  markRetry,
  markSent,
  releaseClaims,
  releaseOrphans,
  renewClaims,
  type OutboxRow,
} from "../store/outbox-store.ts";
import type { Choice } from "./chat/types.ts";
import { Leadership, workerId, type LeaseOptions } from "./leases.ts";
import { metrics } from "./metrics.ts";
import { choiceRows, readJson } from "../store/json-columns.ts";

export type SendOutcome =
  | { ok: true }
  /** Too many requests: wait `seconds`, or back off exponentially when the platform gives no time. */
  | { ok: false; kind: "retry-after"; seconds: number | null; error: string }
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
  /** How long a claim on a row lasts without renewal. */
  leaseMs?: number;
  /** The channel leases (who sends alone): how long one lasts, how often others try. */
  channelLease?: Omit<LeaseOptions, "log">;
  giveUpAfterMs?: number;
  batch?: number;
  concurrency?: number;
  pollMs?: number;
  now?: () => Date;
  /** True when nothing should be sent (Vietnam's night, 21:00 to 07:00, by default). */
  quiet?: (now: Date) => boolean;
  onUnreachable?: (channel: string, chatId: string) => Promise<void>;
  /**
   * The message as it should read now (a digest queued days ago is written again with
   * today's figures), null when it has nothing left to say and is dropped, undefined to
   * send it as queued.
   */
  refresh?: (row: OutboxRow, now: Date) => Promise<Content | null | undefined>;
  log: Logger;
}

export interface Content {
  text: string;
  choices: Choice[][] | null;
}

/** Hours of Vietnam's day when nothing is sent: "21-07" (21:00 to 07:00, the default), or "off". */
export function quietHours(spec: string): (now: Date) => boolean {
  const [from, to] = spec.split("-").map(Number);
  if (from === undefined || to === undefined || Number.isNaN(from) || Number.isNaN(to)) return () => false;
  return (now) => {
    const hour = DateTime.fromJSDate(now).setZone(TIME_ZONE).hour;
    return from <= to ? hour >= from && hour < to : hour >= from || hour < to;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const MAX_BACKOFF_MS = 300_000;

/** When a send was answered; Infinity while it is in flight. */
interface Sent {
  at: number;
}

/**
 * A channel's pace: the next free slot, a pause after a 429, each chat's last message and
 * the last second's worth of sends. Intervals are counted from when the platform answered,
 * not from when a request left: a request delayed on its way (a busy machine, a slow
 * network) then can never arrive closer to the next one than the platform allows.
 */
interface Pace {
  nextSlot: number;
  pausedUntil: number;
  /** 429s in a row without a time to wait: the next pause doubles. */
  strikes: number;
  chats: Map<string, Sent>;
  /** The last `perSecond` sends, oldest first. */
  recent: Sent[];
}

interface Channel {
  transport: Transport;
  lease: Leadership;
  pace: Pace;
}

export class Sender {
  readonly id: string;
  private readonly options: Required<Omit<SenderOptions, "onUnreachable" | "id" | "channelLease" | "refresh">> &
    Pick<SenderOptions, "onUnreachable" | "refresh">;
  private readonly channels = new Map<string, Channel>();
  private running = false;
  private loop: Promise<void> | null = null;
  /** Ends the loop's idle wait: a channel's lease was just taken. */
  private wake: () => void = () => {};

  constructor(
    private readonly db: PrismaClient,
    transports: Transport[],
    options: SenderOptions,
  ) {
    this.id = options.id ?? workerId("sender");
    this.options = {
      leaseMs: 30_000,
      giveUpAfterMs: 6 * 3_600_000,
      batch: 200,
      concurrency: 8,
      pollMs: 1000,
      now: () => new Date(),
      quiet: quietHours("21-07"),
      ...options,
    };
    for (const transport of transports) {
      const lease = new Leadership(
        db,
        `send:${transport.channel}`,
        { ...options.channelLease, log: options.log },
        this.id,
      );
      const pace: Pace = { nextSlot: 0, pausedUntil: 0, strikes: 0, chats: new Map(), recent: [] };
      lease.onChange(async (held) => {
        if (!held) return;
        this.wake();
        // The previous sender may have sent to a chat until its lease ended: a per-chat interval more.
        const quietSince = lease.takenFrom?.until.getTime() ?? 0;
        pace.nextSlot = Math.max(pace.nextSlot, quietSince + transport.perChatMs);
        const taken = await releaseOrphans(db, transport.channel, this.id);
        if (taken) options.log.info({ channel: transport.channel, rows: taken }, "outbox rows taken over");
      });
      this.channels.set(transport.channel, { transport, lease, pace });
    }
  }

  /** The channels this sender may send on now; a sender not started takes their leases for one drain. */
  private async heldChannels(): Promise<Channel[]> {
    const all = [...this.channels.values()];
    if (!this.running) for (const c of all) await c.lease.attempt();
    return all.filter((c) => c.lease.held);
  }

  /** Sends what is due now; returns how many rows it handled. */
  async drainOnce(): Promise<number> {
    const now = this.options.now();
    if (this.options.quiet(now)) return 0;
    const held = await this.heldChannels();
    try {
      return held.length ? await this.drain(held, now) : 0;
    } finally {
      if (!this.running && !this.loop) for (const c of held) await c.lease.stop();
    }
  }

  private async drain(held: Channel[], now: Date): Promise<number> {
    const { leaseMs } = this.options;
    const rows = await claim(
      this.db,
      this.id,
      now,
      new Date(now.getTime() + leaseMs),
      this.options.batch,
      held.map((c) => c.transport.channel),
    );
    // Rows wait for their turn (a 429 pause can be long): their claims are renewed meanwhile.
    const renewal = setInterval(() => {
      renewClaims(this.db, this.id, new Date(Date.now() + leaseMs)).catch((error: unknown) =>
        this.options.log.warn({ err: error }, "outbox claims not renewed"),
      );
    }, leaseMs / 3);
    const inFlight = new Set<Promise<void>>();
    const unsent: number[] = [];
    try {
      for (const row of rows) {
        const channel = this.channels.get(row.channel)!;
        const sent = this.stopping ? null : await this.waitTurn(channel, row.chatId);
        if (!sent) {
          unsent.push(row.id);
          continue;
        }
        const job = this.deliver(channel, row).finally(() => {
          sent.at = Date.now();
          inFlight.delete(job);
        });
        inFlight.add(job);
        if (inFlight.size >= this.options.concurrency) await Promise.race(inFlight);
      }
      await Promise.all(inFlight);
    } finally {
      clearInterval(renewal);
    }
    if (unsent.length) await releaseClaims(this.db, this.id, unsent);
    return rows.length - unsent.length;
  }

  /** True when a stop was asked for: rows not yet sent are given back. */
  private get stopping(): boolean {
    return this.loop !== null && !this.running;
  }

  /**
   * Waits for the row's slot and takes it: the returned record is to be stamped when the
   * platform answers. Null when the channel's lease is lost meanwhile.
   */
  private async waitTurn(channel: Channel, chatId: string): Promise<Sent | null> {
    const { pace, transport } = channel;
    const interval = 1000 / transport.perSecond;
    for (;;) {
      // A drain without the background loop renews the lease itself, as long as it sends.
      if (!channel.lease.held && !this.loop) await channel.lease.attempt();
      if (!channel.lease.held || this.stopping) return null;
      const now = Date.now();
      // A full second's worth of sends: the next may go a second after the oldest was answered.
      const windowFull = pace.recent.length >= transport.perSecond ? pace.recent[0]!.at + 1000 : 0;
      const chatFree = (pace.chats.get(chatId)?.at ?? 0) + transport.perChatMs;
      const ready = Math.max(pace.nextSlot, pace.pausedUntil, chatFree, windowFull);
      if (ready <= now) {
        pace.nextSlot = Math.max(now, pace.nextSlot) + interval;
        const sent: Sent = { at: Infinity };
        pace.chats.set(chatId, sent);
        pace.recent.push(sent);
        if (pace.recent.length > transport.perSecond) pace.recent.shift();
        return sent;
      }
      await sleep(Number.isFinite(ready) ? Math.min(ready - now, 500) : 20);
    }
  }

  private async deliver(channel: Channel, row: OutboxRow): Promise<void> {
    const content = await this.content(row);
    if (!content) return markFinal(this.db, row.id, this.id, "dropped", "nothing left to say");
    const sent = await channel.transport
      .send(row.chatId, content.text, content.choices)
      .catch((error: Error): SendOutcome => ({ ok: false, kind: "transient", error: error.message }));
    // What is stored of a failure never holds a URL (with its token) or a token.
    const outcome: SendOutcome = sent.ok ? sent : { ...sent, error: scrub(sent.error) };
    const now = this.options.now();
    if (outcome.ok) {
      channel.pace.strikes = 0;
      metrics.messagesSent.inc({ channel: row.channel });
      return markSent(this.db, row.id, this.id, now);
    }
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
    const delayMs = outcome.kind === "retry-after" ? this.pause(channel, outcome.seconds) : backoff(row.attempts);
    metrics.retries.inc({ channel: row.channel, kind: outcome.kind });
    this.options.log.info({ ...log, delayMs }, "message will be retried");
    await markRetry(this.db, row.id, this.id, new Date(now.getTime() + delayMs), outcome.error);
  }

  /** What the row says now: as queued, or as `refresh` writes it again. */
  private async content(row: OutboxRow): Promise<Content | null> {
    const fresh = await this.options.refresh?.(row, this.options.now());
    if (fresh !== undefined) return fresh;
    return { text: row.text, choices: row.choices ? readJson(choiceRows, row.choices, "OutboxMessage.choices") : null };
  }

  /** Pauses the whole channel after a 429: the platform's time, or a doubling one. */
  private pause(channel: Channel, seconds: number | null): number {
    metrics.tooManyRequests.inc({ channel: channel.transport.channel });
    const delayMs = seconds === null ? backoff(channel.pace.strikes++) : seconds * 1000;
    channel.pace.pausedUntil = Math.max(channel.pace.pausedUntil, Date.now() + delayMs);
    return delayMs;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    for (const c of this.channels.values()) c.lease.start();
    this.loop = (async () => {
      while (this.running) {
        try {
          if ((await this.drainOnce()) === 0) await this.idle();
        } catch (error) {
          this.options.log.error({ err: error }, "outbox drain failed");
          await sleep(this.options.pollMs);
        }
      }
    })();
  }

  private idle(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, this.options.pollMs);
      this.wake = () => (clearTimeout(timer), resolve());
    });
  }

  /** Finishes the messages being sent, gives back the rest and the channel leases. */
  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
    await releaseClaims(this.db, this.id).catch((error: unknown) =>
      this.options.log.warn({ err: error }, "outbox claims not given back"),
    );
    for (const c of this.channels.values()) await c.lease.stop();
    this.loop = null;
  }
}

/** 1 s doubling to 5 minutes. */
function backoff(attempts: number): number {
  return Math.min(2 ** attempts * 1000, MAX_BACKOFF_MS);
}
