// Long polling by one instance of several: the instance that holds the channel's polling
// lease polls; the others stand by and take over within seconds when it dies or stops.
// A failed poll is logged and tried again with a growing pause; an error the platform will
// keep giving (a revoked token) is fatal and handed to the caller, which shuts down.
import type { Logger } from "../logger.ts";
import { pause, type Leadership } from "../services/leases.ts";

export interface PollSettings {
  channel: string;
  lease: Leadership;
  /** Once each time this instance becomes the poller (deleting a webhook). */
  onLead?: () => Promise<void>;
  /** One long poll: records what came. */
  poll(signal: AbortSignal): Promise<void>;
  /** True for an error that polling again will not cure. */
  fatal(error: unknown): boolean;
  onFatal(error: unknown): void;
  log: Logger;
}

export interface Poller {
  stop(): Promise<void>;
}

export function pollWhileLeader(settings: PollSettings): Poller {
  const { lease, log, channel } = settings;
  const stopped = new AbortController();
  let current = new AbortController();
  lease.onChange(async (held) => {
    if (!held) return current.abort();
    current = new AbortController();
    if (settings.onLead)
      await settings.onLead().catch((error: unknown) => log.warn({ channel, err: error }, "not led"));
  });
  lease.start();
  const loop = (async () => {
    let failures = 0;
    while (!stopped.signal.aborted) {
      if (!lease.held) {
        await pause(250, stopped.signal);
        continue;
      }
      try {
        await settings.poll(current.signal);
        failures = 0;
      } catch (error) {
        if (stopped.signal.aborted || current.signal.aborted) continue;
        if (settings.fatal(error)) return settings.onFatal(error);
        failures++;
        log.warn({ channel, err: error, failures }, "polling failed");
        await pause(Math.min(500 * 2 ** failures, 30_000), stopped.signal);
      }
    }
  })();
  log.info({ channel, mode: "polling", lease: lease.name }, "polling when this instance holds the lease");
  return {
    async stop() {
      stopped.abort();
      current.abort();
      await loop;
      await lease.stop();
    },
  };
}
