// The inbox: every update, from a webhook or from long polling, is written to the database
// before the platform gets its answer, then handled by the workers of whichever instance
// claims it. A chat's updates are handled one at a time in the order they came; other
// chats are handled meanwhile (up to `concurrency` at once), so one slow list never holds
// anyone else. An update delivered twice is recorded once. A worker renews its claims
// while it works; when it dies, its updates are claimed again once their lease has run out.
import type { Logger } from "../logger.ts";
import type { PrismaClient } from "../store/database.ts";
import {
  claimUpdates,
  finishUpdate,
  forgetHandledUpdates,
  recordUpdate,
  renewUpdates,
  type InboxRow,
} from "../store/inbox-store.ts";
import { markChatReachable } from "../store/outbox-store.ts";
import { workerId } from "./leases.ts";
import { metrics } from "./metrics.ts";

/** Handles one update of a channel; errors are the channel's to answer, a throw is logged. */
export type UpdateHandler = (update: unknown) => Promise<void>;

export interface InboxOptions {
  concurrency?: number;
  leaseMs?: number;
  /** How often idle workers look for updates another instance recorded. */
  pollMs?: number;
  /** How long stopping waits for updates being handled. */
  graceMs?: number;
  worker?: string;
  log: Logger;
}

/** How long a handled update's id is kept to recognise a late redelivery. */
const REMEMBER_MS = 2 * 86_400_000;

/** Forgets updates handled more than two days ago. */
export function forgetOldUpdates(db: PrismaClient, now: Date): Promise<number> {
  return forgetHandledUpdates(db, new Date(now.getTime() - REMEMBER_MS));
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class Inbox {
  private readonly handlers = new Map<string, UpdateHandler>();
  private readonly inFlight = new Map<number, Promise<void>>();
  private readonly worker: string;
  private running = false;
  private loop: Promise<void> | null = null;
  private renewal: NodeJS.Timeout | null = null;
  private nudge: () => void = () => {};
  private readonly settings: Required<Omit<InboxOptions, "worker" | "log">>;

  constructor(
    private readonly db: PrismaClient,
    private readonly options: InboxOptions,
  ) {
    this.worker = options.worker ?? workerId("inbox");
    this.settings = { concurrency: 8, leaseMs: 30_000, pollMs: 250, graceMs: 10_000, ...options };
  }

  /** Who handles a channel's updates in this instance. */
  handle(channel: string, handler: UpdateHandler): void {
    this.handlers.set(channel, handler);
  }

  /** Writes an update as delivered; false when it was seen before (and is ignored). */
  async record(channel: string, updateKey: string, chatId: string, update: unknown): Promise<boolean> {
    const fresh = await recordUpdate(
      this.db,
      { channel, updateKey, chatId, payload: JSON.stringify(update) },
      new Date(),
    );
    if (fresh) this.nudge();
    else metrics.duplicates.inc({ channel });
    return fresh;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    const { leaseMs } = this.settings;
    this.renewal = setInterval(() => {
      const until = new Date(Date.now() + leaseMs);
      renewUpdates(this.db, this.worker, [...this.inFlight.keys()], until).catch((error: unknown) =>
        this.options.log.warn({ err: error }, "inbox claims not renewed"),
      );
    }, leaseMs / 3);
    this.loop = this.run();
  }

  private async run(): Promise<void> {
    while (this.running) {
      const free = this.settings.concurrency - this.inFlight.size;
      const rows = free > 0 ? await this.claim(free) : [];
      for (const row of rows) this.begin(row);
      if (rows.length === 0) await this.idle();
    }
  }

  private async claim(limit: number): Promise<InboxRow[]> {
    const now = Date.now();
    try {
      return await claimUpdates(this.db, this.worker, new Date(now), new Date(now + this.settings.leaseMs), limit, [
        ...this.handlers.keys(),
      ]);
    } catch (error) {
      this.options.log.error({ err: error }, "inbox claim failed");
      return [];
    }
  }

  /** Waits until an update is recorded here, one is handled, or the poll interval passes. */
  private idle(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, this.settings.pollMs);
      this.nudge = () => (clearTimeout(timer), resolve());
    });
  }

  private begin(row: InboxRow): void {
    const job = this.process(row).finally(() => {
      this.inFlight.delete(row.id);
      this.nudge();
    });
    this.inFlight.set(row.id, job);
  }

  private async process(row: InboxRow): Promise<void> {
    const { channel } = row;
    const timer = metrics.updateSeconds.startTimer({ channel });
    let outcome: "done" | "failed" = "done";
    try {
      await this.handlers.get(channel)!(JSON.parse(row.payload));
      // Its user wrote: whatever a platform said before, the bot can write there again.
      await markChatReachable(this.db, channel, row.chatId);
    } catch (error) {
      outcome = "failed";
      this.options.log.error({ channel, update: row.id, err: error }, "update not handled");
    }
    timer();
    metrics.updatesHandled.inc({ channel, outcome });
    await finishUpdate(this.db, row.id, this.worker, outcome, new Date()).catch((error: unknown) =>
      this.options.log.error({ channel, update: row.id, err: error }, "update not marked handled"),
    );
  }

  /** Stops claiming; waits a while for the updates being handled (those left are claimed again later). */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.nudge();
    await this.loop;
    await Promise.race([Promise.all(this.inFlight.values()), sleep(this.settings.graceMs)]);
    if (this.renewal) clearInterval(this.renewal);
  }
}
