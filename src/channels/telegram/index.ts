// Starts dondoc on Telegram: long polling by default, a webhook when configured.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { webhookCallback } from "grammy";
import type { Logger } from "../../logger.ts";
import type { ChatCore } from "../../services/chat/core.ts";
import { registerChatCommands, registerDefaultCommands } from "./commands.ts";
import { createTelegramBot } from "./bot.ts";
import { createWebServer, type Route } from "../../web/server.ts";

export interface TelegramSettings {
  token: string;
  apiRoot: string;
  webhook?: { url: string; secret: string; port: number } | undefined;
}

export interface RunningTelegram {
  username: string;
  /** Where the webhook server listens, in webhook mode. */
  port?: number;
  stop(): Promise<void>;
}

export async function startTelegram(settings: TelegramSettings, core: ChatCore, log: Logger): Promise<RunningTelegram> {
  const bot = createTelegramBot({ token: settings.token, apiRoot: settings.apiRoot, core, log });
  await bot.init();
  await registerDefaultCommands(bot.api);
  for (const id of await core.admins("telegram")) await registerChatCommands(bot.api, Number(id), true);
  const username = bot.botInfo.username;

  if (settings.webhook) {
    const { url, secret, port } = settings.webhook;
    // grammY answers 401 to requests without Telegram's secret-token header.
    const route: Route = { method: "POST", path: new URL(url).pathname, handle: webhookCallback(bot, "http", { secretToken: secret }) };
    const server: Server = await createWebServer([route], port, log);
    await bot.api.setWebhook(url, { secret_token: secret });
    log.info({ channel: "telegram", mode: "webhook", port }, "telegram started");
    const listening = (server.address() as AddressInfo).port;
    return { username, port: listening, stop: () => new Promise((resolve) => server.close(() => resolve())) };
  }
  await bot.api.deleteWebhook();
  void bot.start({ onStart: () => log.info({ channel: "telegram", mode: "polling" }, "telegram started") });
  return { username, stop: () => bot.stop() };
}
