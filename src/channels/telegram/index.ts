// Starts dondoc on Telegram. Updates go to the inbox first, from the webhook (any number
// of instances serve it; each update is written and answered at once) or from long
// polling (the one instance holding the polling lease polls; the others stand by). The
// inbox's workers then handle them, each chat's in order.
import { GrammyError, type Api } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "../../logger.ts";
import type { ChatCore } from "../../services/chat/core.ts";
import type { Inbox } from "../../services/inbox.ts";
import type { Leadership } from "../../services/leases.ts";
import type { WebServer } from "../../web/server.ts";
import { pollWhileLeader } from "../polling.ts";
import { sideCall } from "../side-call.ts";
import { createTelegramBot, POLL_SECONDS, type GrammySignal } from "./bot.ts";
import { registerChatCommands, registerDefaultCommands } from "./commands.ts";
import { ALLOWED_UPDATES, chatOf } from "./updates.ts";
import { webhookRoute } from "./webhook.ts";

export interface TelegramSettings {
  token: string;
  apiRoot: string;
  inbox: Inbox;
  /** Webhook mode: its route is added to `web`, which the caller starts. */
  webhook?: { url: string; secret: string; web: WebServer } | undefined;
  /** Polling mode: the lease that makes one instance the poller. */
  pollLease?: Leadership | undefined;
  /** A failure polling will not get over (a revoked token): the caller shuts down. */
  onFatal?: (error: unknown) => void;
}

export interface RunningTelegram {
  username: string;
  api: Api;
  stop(): Promise<void>;
}

export async function startTelegram(settings: TelegramSettings, core: ChatCore, log: Logger): Promise<RunningTelegram> {
  const bot = createTelegramBot({ token: settings.token, apiRoot: settings.apiRoot, core, log });
  await bot.init();
  const side = (what: string, call: () => Promise<unknown>) => sideCall(log, "telegram", what, call);
  await side("menus", () => registerDefaultCommands(bot.api));
  for (const id of await core.admins("telegram").catch(() => [])) {
    await side("menus", () => registerChatCommands(bot.api, Number(id), true));
  }
  settings.inbox.handle("telegram", (update) => bot.handleUpdate(update as Update));
  const running = { username: bot.botInfo.username, api: bot.api };

  if (settings.webhook) {
    const { url, secret, web } = settings.webhook;
    web.add(webhookRoute(new URL(url).pathname, secret, settings.inbox));
    await bot.api.setWebhook(url, { secret_token: secret, allowed_updates: [...ALLOWED_UPDATES] });
    log.info({ channel: "telegram", mode: "webhook" }, "telegram started");
    return { ...running, stop: async () => {} };
  }
  if (!settings.pollLease) throw new Error("Telegram needs a webhook or a polling lease");
  let offset = 0;
  const poller = pollWhileLeader({
    channel: "telegram",
    lease: settings.pollLease,
    log,
    onLead: async () => void (await bot.api.deleteWebhook()),
    async poll(signal) {
      const updates = await bot.api.getUpdates(
        { offset, timeout: POLL_SECONDS, allowed_updates: [...ALLOWED_UPDATES] },
        signal as unknown as GrammySignal,
      );
      for (const update of updates) {
        await settings.inbox.record("telegram", String(update.update_id), chatOf(update), update);
        offset = update.update_id + 1;
      }
    },
    // 409: another process polls, or a webhook is set: it passes. 401: the token is gone for good.
    fatal: (error) => error instanceof GrammyError && (error.error_code === 401 || error.error_code === 404),
    onFatal: (error) => settings.onFatal?.(error),
  });
  log.info({ channel: "telegram", mode: "polling" }, "telegram started");
  return { ...running, stop: () => poller.stop() };
}
