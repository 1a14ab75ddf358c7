// A chat core on a real database with a seed plan (the 2019 Thái Nguyên one unless
// told), as of a fixed day.
import { readFileSync } from "node:fs";
import { silentLogger } from "../../src/logger.ts";
import { createChatCore, type ChatCore } from "../../src/services/chat/core.ts";
import { inviteDeepLink, inviteFocalPoint, type Access } from "../../src/services/membership-service.ts";
import { importPlan } from "../../src/services/plan-service.ts";
import { freshDatabase, type EngineName, type TestDatabase } from "./databases.ts";
import { PLANS } from "./fixtures.ts";
import { chatServices } from "../../src/services/chat-services.ts";
import type { Sender } from "../../src/services/chat/types.ts";

export const ADMIN_ID = 1000;

/** A focal point's private Telegram chat, its id used as chat and user id. */
export const focalSender = (id: string): Sender => ({
  channel: "telegram",
  chatId: id,
  chatKind: "private",
  userId: id,
  name: `Cán bộ ${id}`,
  langHint: "vi",
});
export const ZALO_ADMIN_ID = "a0dm1n";

/** The admin's private Telegram chat. */
export const adminSender: Sender = {
  channel: "telegram",
  chatId: String(ADMIN_ID),
  chatKind: "private",
  userId: String(ADMIN_ID),
  name: "Quản trị",
};

export interface ChatWorld {
  db: TestDatabase;
  core: ChatCore;
  access: Access;
  clock: { now: Date };
  /** A fresh invitation code for a unit, created by the admin. */
  invite(unit: string, at?: Date): Promise<string>;
}

/** A chat core on a world's database, as a process of dondoc builds it. */
export function coreOf(
  world: Pick<ChatWorld, "db" | "access" | "clock">,
  options: { botUsername?: string; publicUrl?: string } = {},
): ChatCore {
  const username = options.botUsername;
  return createChatCore({
    services: chatServices(world.db.client),
    access: world.access,
    now: () => world.clock.now,
    log: silentLogger,
    publicUrl: options.publicUrl ?? null,
    inviteLink: (code) => (username ? inviteDeepLink(username, code) : null),
  });
}

export async function chatWorld(
  options: {
    engine?: EngineName;
    service?: boolean;
    today?: string;
    botUsername?: string;
    plan?: string;
    publicUrl?: string;
  } = {},
): Promise<ChatWorld> {
  const db = await freshDatabase(options.engine ?? "sqlite", { service: options.service });
  const imported = await importPlan(db.client, readFileSync(options.plan ?? PLANS.thaiNguyen2019), "seed");
  if (!imported.ok) throw new Error("seed plan did not import");
  const access: Access = {
    admins: { telegram: [String(ADMIN_ID)], zalo: [ZALO_ADMIN_ID], console: ["console"] },
    province: "Thái Nguyên",
    invitationDays: 7,
  };
  const clock = { now: new Date(`${options.today ?? "2019-11-25"}T08:00:00+07:00`) };
  const core = coreOf({ db, access, clock }, options);
  return {
    db,
    core,
    access,
    clock,
    async invite(unit, at = clock.now) {
      const created = await inviteFocalPoint(db.client, access, unit, `telegram:${ADMIN_ID}`, at);
      if (!created.ok) throw new Error(`cannot invite ${unit}`);
      return created.value.code;
    },
  };
}
