// Starts dondoc on Telegram: long polling by default, a webhook when configured.
import { webhookCallback } from "grammy";
import type { Logger } from "../../logger.ts";
import type { ChatCore } from "../../services/chat/core.ts";
import { registerChatCommands, registerDefaultCommands } from "./commands.ts";
import { createTelegramBot } from "./bot.ts";
import type { WebServer } from "../../web/server.ts";

export interface TelegramSettings {
  token: string;
  apiRoot: string;
  /** Webhook mode: its route is added to `web`, which the caller starts. */
  webhook?: { url: string; secret: string; web: WebServer } | undefined;
}

export interface RunningTelegram {
  username: string;
  stop(): Promise<void>;
}

export async function startTelegram(settings: TelegramSettings, core: ChatCore, log: Logger): Promise<RunningTelegram> {
  const bot = createTelegramBot({ token: settings.token, apiRoot: settings.apiRoot, core, log });
  await bot.init();
  await registerDefaultCommands(bot.api);
  for (const id of await core.admins("telegram")) await registerChatCommands(bot.api, Number(id), true);
  const username = bot.botInfo.username;

  if (settings.webhook) {
    const { url, secret, web } = settings.webhook;
    // grammY answers 401 to requests without Telegram's secret-token header.
    web.add({
      method: "POST",
      path: new URL(url).pathname,
      handle: webhookCallback(bot, "http", { secretToken: secret }),
    });
    await bot.api.setWebhook(url, { secret_token: secret });
    log.info({ channel: "telegram", mode: "webhook" }, "telegram started");
    return { username, stop: async () => {} };
  }
  await bot.api.deleteWebhook();
  void bot.start({ onStart: () => log.info({ channel: "telegram", mode: "polling" }, "telegram started") });
  return { username, stop: () => bot.stop() };
}
