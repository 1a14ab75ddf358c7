// dondoc on Telegram through grammY: updates become core requests, replies become
// messages. 429s and transient errors of replies are retried (auto-retry); every call has a
// timeout. Each update is handled inside an error boundary: a failure is logged and
// answered with an apology that is true to what happened, and never stops the bot; calls
// beside the answer (menus, chat actions) are logged when they fail and change nothing.
import { autoRetry } from "@grammyjs/auto-retry";
import { Bot, type Context, type Transformer } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { pickLang, translator, type Lang } from "../../i18n/index.ts";
import type { Logger } from "../../logger.ts";
import type { ChatCore } from "../../services/chat/core.ts";
import type { ChatRequest } from "../../services/chat/types.ts";
import { deadline } from "../deadline.ts";
import { sideCall } from "../side-call.ts";
import { registerChatCommands } from "./commands.ts";
import { render } from "./render.ts";
import { fileDownloader, requestOf, senderOf } from "./request.ts";
import { withKeepAlive } from "../keep-alive.ts";

/** Seconds a long poll waits for updates. */
export const POLL_SECONDS = 25;

/** Every Bot API call ends within its time: a long poll a little after its own wait, uploads later. */
function timeoutOf(method: string): number {
  if (method === "getUpdates") return (POLL_SECONDS + 10) * 1000;
  if (method === "sendDocument" || method === "sendPhoto") return 60_000;
  return 15_000;
}

/** grammY types signals with a polyfill's AbortSignal; Node's own is what it gets. */
export type GrammySignal = Parameters<Transformer>[3];

export const withTimeouts: Transformer = async (prev, method, payload, signal) => {
  const limit = deadline(timeoutOf(method), signal as globalThis.AbortSignal | undefined);
  try {
    return await prev(method, payload, limit.signal as unknown as GrammySignal);
  } finally {
    limit.done();
  }
};

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
  bot.api.config.use(withTimeouts);
  // A call that timed out or lost its connection is not retried forever: it fails, and is answered for.
  bot.api.config.use(autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 120, rethrowHttpErrors: true }));
  const download = fileDownloader(bot.api, options.token, options.apiRoot);
  const side = (what: string, call: () => Promise<unknown>) => sideCall(log, "telegram", what, call);

  /** The chat's language for an apology; the platform's guess when the database cannot say. */
  async function languageFor(ctx: Context): Promise<Lang> {
    const from = senderOf(ctx);
    if (!from) return pickLang(undefined);
    return core.languageOf({ from }).catch(() => pickLang(from.langHint));
  }

  async function apologize(ctx: Context, key: "error-internal" | "error-reply-failed"): Promise<void> {
    const chatId = ctx.chat?.id;
    if (chatId === undefined) return;
    const text = translator(await languageFor(ctx))(key);
    await side("apology", () => ctx.api.sendMessage(chatId, text));
  }

  async function handle(ctx: Context, request: ChatRequest): Promise<void> {
    const chatId = ctx.chat!.id;
    // Checking a list takes a moment: show that dondoc is on it, for as long as it takes.
    const typing = () => void side("sendChatAction", () => ctx.api.sendChatAction(chatId, "typing"));
    const response = request.file
      ? await withKeepAlive(typing, () => core.handle(request))
      : await core.handle(request);
    try {
      await render(ctx, response.replies);
    } catch (error) {
      // The request was handled (a join, a choice): only the answer did not get through.
      log.error({ channel: "telegram", update: ctx.update.update_id, err: error }, "reply failed");
      return apologize(ctx, "error-reply-failed");
    }
    if (response.roleChanged && ctx.chat?.type === "private") {
      const admin = response.roleChanged.admin;
      // Not awaited: the chat's next update need not wait for its menu.
      void side("menus", () => registerChatCommands(ctx.api, chatId, admin));
    }
  }

  bot.use(async (ctx, next) => {
    try {
      await next();
    } catch (error) {
      log.error({ channel: "telegram", update: ctx.update.update_id, err: error }, "update failed");
      await apologize(ctx, "error-internal");
    }
  });
  bot.on("callback_query:data", async (ctx) => {
    void side("answerCallbackQuery", () => ctx.answerCallbackQuery());
    const request = requestOf(ctx, download);
    if (request) await handle(ctx, request);
  });
  bot.on("message", async (ctx) => {
    const request = requestOf(ctx, download);
    if (request) await handle(ctx, request);
  });
  return bot;
}
