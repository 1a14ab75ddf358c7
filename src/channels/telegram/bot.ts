// dondoc on Telegram through grammY: updates become core requests, replies become
// messages. 429s and transient errors are retried (auto-retry); an error in one update
// is logged and answered politely and never stops the bot.
import { autoRetry } from "@grammyjs/auto-retry";
import { Bot, type Context } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { DEFAULT_LANG, translator } from "../../i18n/index.ts";
import type { Logger } from "../../logger.ts";
import type { ChatCore } from "../../services/chat/core.ts";
import { registerChatCommands } from "./commands.ts";
import { render } from "./render.ts";
import { fileDownloader, requestOf, senderOf } from "./request.ts";

export interface TelegramOptions {
  token: string;
  apiRoot: string;
  core: ChatCore;
  log: Logger;
  /** Known bot identity, to skip getMe (tests). */
  botInfo?: UserFromGetMe;
}

export function createTelegramBot(options: TelegramOptions): Bot {
  const { core, log } = options;
  const bot = new Bot(options.token, {
    client: { apiRoot: options.apiRoot },
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
  });
  bot.api.config.use(autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 120 }));
  const download = fileDownloader(bot.api, options.token, options.apiRoot);

  async function handle(ctx: Context): Promise<void> {
    const request = requestOf(ctx, download);
    if (!request) return;
    const response = await core.handle(request);
    await render(ctx, response.replies);
    if (response.roleChanged && ctx.chat?.type === "private") {
      await registerChatCommands(ctx.api, ctx.chat.id, response.roleChanged.admin);
    }
  }

  bot.on("callback_query:data", async (ctx) => {
    await ctx.answerCallbackQuery();
    await handle(ctx);
  });
  bot.on("message", handle);

  bot.catch(async ({ ctx, error }) => {
    log.error({ channel: "telegram", update: ctx.update.update_id, err: error }, "update failed");
    try {
      const from = senderOf(ctx);
      const lang = from ? await core.languageOf({ from }) : DEFAULT_LANG;
      if (ctx.chat) await ctx.api.sendMessage(ctx.chat.id, translator(lang)("error-internal"));
    } catch {
      // The apology failed too (Telegram unreachable): the log has the error.
    }
  });
  return bot;
}
