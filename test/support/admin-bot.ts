// An admin's bot on a world of its own, for tests that each start where the story starts.
// The world (the 2024 Thái Nguyên plan in force on 20 May 2024, focal points who joined
// through /start with an invitation) is built once per file and saved (rewind.ts): each
// test gets it back as saved, with a local Bot API server and a bot of its own. Building it
// takes seconds (migrations, the plan import); putting it back takes milliseconds.
import { startTelegram } from "../../src/channels/telegram/index.ts";
import { silentLogger } from "../../src/logger.ts";
import type { ChatCore } from "../../src/services/chat/core.ts";
import { ADMIN_ID, chatWorld, focalSender, type ChatWorld } from "./chat.ts";
import { PLANS } from "./fixtures.ts";
import { rewindTo } from "./rewind.ts";
import { serviceParts, type ServiceParts } from "./service.ts";
import { FakeTelegram, type ApiCall, type TelegramChat, type TelegramUser } from "./telegram-api.ts";

export const ADMIN_USER: TelegramUser = { id: ADMIN_ID, first_name: "Quản trị", language_code: "vi" };
export const ADMIN_CHAT: TelegramChat = { id: ADMIN_ID, type: "private" };

/** A focal point's private Telegram chat, its id used as chat and user id (as focalSender's). */
export const focalPoint = (id: number) => ({
  user: { id, first_name: `Cán bộ ${id}`, language_code: "vi" } as TelegramUser,
  chat: { id, type: "private" } as TelegramChat,
});

/** A world as a test sees it: its database, who is admin, its clock, its chat core. */
export type TestWorld = Pick<ChatWorld, "db" | "access" | "clock" | "core">;

export interface AdminBot {
  telegram: FakeTelegram;
  world: TestWorld;
  parts: ServiceParts;
  /** A user's text; resolves with the bot's next message to that chat. */
  ask(from: TelegramUser, chat: TelegramChat, text: string): Promise<ApiCall>;
  /** Stops the bot and starts another on `core`: a new process on the same database. */
  restart(core: ChatCore): Promise<void>;
  stop(): Promise<void>;
}

async function botOn(world: TestWorld): Promise<AdminBot> {
  const telegram = new FakeTelegram();
  await telegram.start();
  const parts = serviceParts(world.db.client);
  const start = (core: ChatCore) =>
    startTelegram(
      { token: telegram.token, apiRoot: telegram.url, inbox: parts.inbox, pollLease: parts.lease("poll:telegram") },
      core,
      silentLogger,
    );
  let bot = await start(world.core);
  return {
    telegram,
    world,
    parts,
    async ask(from, chat, text) {
      const since = telegram.calls.length;
      telegram.send(from, chat, text);
      return telegram.messageTo(chat.id, since);
    },
    async restart(core) {
      await bot.stop();
      bot = await start(core);
    },
    async stop() {
      await bot.stop();
      await parts.stop();
      await telegram.close();
    },
  };
}

export interface SavedWorld {
  /** A bot on the saved world, put back as it was saved, as of its day. */
  copy(): Promise<AdminBot>;
  drop(): Promise<void>;
}

/** The world saved, with a focal point for each unit, by chat id, who joined with an invitation. */
export async function savedWorld(
  options: { focalPoints?: Record<number, string>; botUsername?: string } = {},
): Promise<SavedWorld> {
  const world = await chatWorld({ plan: PLANS.thaiNguyen2024, today: "2024-05-20", botUsername: options.botUsername });
  // Through the chat core, not a bot: the updates a bot handled would be recorded in the
  // inbox, and the next test's server, numbering its updates from 1 again, would see them ignored.
  for (const [id, unit] of Object.entries(options.focalPoints ?? {})) {
    await world.core.handle({ from: focalSender(id), text: `/start ${await world.invite(unit)}` });
  }
  const saved = await rewindTo(world);
  return {
    async copy() {
      await saved.back();
      return botOn(world);
    },
    drop: () => saved.drop(),
  };
}
