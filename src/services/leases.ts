// Leadership among instances sharing one database: a lease per job (polling a platform,
// sending a channel's outbox). The holder renews it well before it runs out; the others
// try now and then and take over within seconds once the holder stops renewing (it died)
// or gives it up (it shut down). A holder trusts its lease only until a margin before it
// runs out by its own clock, so two holders never act at once.
import { hostname } from "node:os";
import { randomUUID } from "node:crypto";
import type { Logger } from "../logger.ts";
import type { PrismaClient } from "../store/database.ts";
import { leaseHolder, releaseLease, takeLease, type LeaseRow } from "../store/lease-store.ts";

/** This process, as lease holders and claims name it: host and pid. */
export const INSTANCE_ID = `${hostname()}:${process.pid}`;

/** A name for one worker of this process (a sender, an inbox worker, a poller). */
export function workerId(role: string): string {
  return `${INSTANCE_ID}:${role}:${randomUUID().slice(0, 8)}`;
}

export interface LeaseOptions {
  /** How long a lease lasts without renewal: the longest a dead holder blocks the job. */
  ttlMs?: number;
  /** How often an instance without the lease tries to take it. */
  tryEveryMs?: number;
  /** The holder stops acting this long before its lease runs out. */
  marginMs?: number;
  log: Logger;
}

/** Waits `ms`, or less when `signal` aborts; leaves no listener behind either way. */
export function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
  });
}

export class Leadership {
  private trustedUntil = 0;
  private announced = false;
  private stopping = new AbortController();
  /** Who held the lease before this instance took it, and until when (null: nobody, or this instance). */
  takenFrom: LeaseRow | null = null;
  private loop: Promise<void> | null = null;
  private readonly listeners: ((held: boolean) => void | Promise<void>)[] = [];
  private readonly ttlMs: number;
  private readonly tryEveryMs: number;
  private readonly marginMs: number;

  constructor(
    private readonly db: PrismaClient,
    readonly name: string,
    private readonly options: LeaseOptions,
    readonly holder = workerId(name),
  ) {
    this.ttlMs = options.ttlMs ?? 5000;
    this.tryEveryMs = options.tryEveryMs ?? 1000;
    this.marginMs = options.marginMs ?? 1500;
  }

  /** True while this instance may do the job. */
  get held(): boolean {
    return Date.now() < this.trustedUntil;
  }

  /** Called with true when the lease is taken, false when it is lost or given up. */
  onChange(listener: (held: boolean) => void | Promise<void>): void {
    this.listeners.push(listener);
  }

  /** One attempt to take or renew the lease; tells the listeners when that changes who holds it. */
  async attempt(): Promise<boolean> {
    const started = Date.now();
    try {
      const { taken, previous } = await takeLease(
        this.db,
        this.name,
        this.holder,
        new Date(started),
        new Date(started + this.ttlMs),
      );
      if (taken && !this.announced) this.takenFrom = previous?.holder === this.holder ? null : previous;
      this.trustedUntil = taken ? started + this.ttlMs - this.marginMs : 0;
    } catch (error) {
      // The database did not answer: the lease is trusted until it would run out.
      this.options.log.warn({ lease: this.name, err: error }, "lease could not be renewed");
    }
    await this.settle();
    return this.held;
  }

  private async settle(): Promise<void> {
    const held = this.held;
    if (held === this.announced) return;
    this.announced = held;
    this.options.log.info({ lease: this.name, holder: this.holder, held }, held ? "lease taken" : "lease lost");
    for (const listener of this.listeners) await listener(held);
  }

  start(): void {
    if (this.loop) return;
    this.stopping = new AbortController();
    this.loop = (async () => {
      while (!this.stopping.signal.aborted) {
        await this.attempt();
        await pause(this.held ? (this.ttlMs - this.marginMs) / 3 : this.tryEveryMs, this.stopping.signal);
      }
    })();
  }

  /** Stops renewing and gives the lease up, so another instance takes over at once. */
  async stop(): Promise<void> {
    this.stopping.abort();
    await this.loop;
    this.loop = null;
    this.trustedUntil = 0;
    await this.settle();
    await releaseLease(this.db, this.name, this.holder, new Date()).catch((error: unknown) =>
      this.options.log.warn({ lease: this.name, err: error }, "lease not released"),
    );
  }

  currentHolder(): Promise<string | null> {
    return leaseHolder(this.db, this.name, new Date());
  }
}
