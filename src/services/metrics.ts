// What an operator watches (Prometheus, GET /metrics): updates handled and how long they
// took, the outbox's depth and age, messages sent, 429s and retries, list checks and their
// duration, plus Node's own process metrics. One registry per process.
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { PrismaClient } from "../store/database.ts";
import { inboxDepth } from "../store/inbox-store.ts";
import { outboxBacklog } from "../store/outbox-store.ts";

export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: "dondoc_" });

const SECONDS = [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60];

export const metrics = {
  updatesHandled: new Counter({
    name: "dondoc_updates_handled_total",
    help: "Updates from users handled, by channel and outcome (done, failed)",
    labelNames: ["channel", "outcome"],
    registers: [registry],
  }),
  updateSeconds: new Histogram({
    name: "dondoc_update_handling_seconds",
    help: "Time to handle one update, answer included",
    labelNames: ["channel"],
    buckets: SECONDS,
    registers: [registry],
  }),
  duplicates: new Counter({
    name: "dondoc_updates_duplicate_total",
    help: "Updates delivered again by the platform and ignored",
    labelNames: ["channel"],
    registers: [registry],
  }),
  messagesSent: new Counter({
    name: "dondoc_messages_sent_total",
    help: "Outbox messages delivered",
    labelNames: ["channel"],
    registers: [registry],
  }),
  tooManyRequests: new Counter({
    name: "dondoc_429_total",
    help: "Answers 429 (too many requests, quota exceeded) from a platform to the sender",
    labelNames: ["channel"],
    registers: [registry],
  }),
  retries: new Counter({
    name: "dondoc_message_retries_total",
    help: "Outbox messages put back for a later attempt",
    labelNames: ["channel", "kind"],
    registers: [registry],
  }),
  listChecks: new Histogram({
    name: "dondoc_list_check_seconds",
    help: "Sample lists checked (read, checked, annotated), by outcome",
    labelNames: ["outcome"],
    buckets: SECONDS,
    registers: [registry],
  }),
};

/** The database the queue gauges read when metrics are scraped. */
let watched: PrismaClient | null = null;

export function watchQueues(db: PrismaClient): void {
  watched = db;
}

new Gauge({
  name: "dondoc_outbox_depth",
  help: "Outbox messages waiting to be sent (pending or being sent), by channel",
  labelNames: ["channel"],
  registers: [registry],
  async collect() {
    this.reset();
    for (const row of watched ? await outboxBacklog(watched) : []) this.set({ channel: row.channel }, row.count);
  },
});

new Gauge({
  name: "dondoc_outbox_age_seconds",
  help: "How long the oldest due outbox message has waited, by channel",
  labelNames: ["channel"],
  registers: [registry],
  async collect() {
    this.reset();
    const now = Date.now();
    for (const row of watched ? await outboxBacklog(watched) : [])
      this.set({ channel: row.channel }, row.oldest ? Math.max(0, (now - row.oldest.getTime()) / 1000) : 0);
  },
});

new Gauge({
  name: "dondoc_inbox_depth",
  help: "Updates received and not yet handled",
  registers: [registry],
  async collect() {
    this.set(watched ? (await inboxDepth(watched)).open : 0);
  },
});
