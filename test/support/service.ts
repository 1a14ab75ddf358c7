// What a channel runs on in a service, for tests that start one in-process: the inbox
// (its workers started) and leases on the test's database.
import { silentLogger } from "../../src/logger.ts";
import { Inbox } from "../../src/services/inbox.ts";
import { Leadership } from "../../src/services/leases.ts";
import type { PrismaClient } from "../../src/store/database.ts";

export interface ServiceParts {
  inbox: Inbox;
  lease(name: string): Leadership;
  stop(): Promise<void>;
}

export function serviceParts(db: PrismaClient): ServiceParts {
  const inbox = new Inbox(db, { log: silentLogger, pollMs: 50 });
  inbox.start();
  return {
    inbox,
    lease: (name) => new Leadership(db, name, { log: silentLogger }),
    stop: () => inbox.stop(),
  };
}
