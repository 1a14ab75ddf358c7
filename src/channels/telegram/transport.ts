// Outbox messages to Telegram. No auto-retry here: the sender decides about 429s and
// failures so that each attempt is recorded.
import { Api, GrammyError, HttpError, InlineKeyboard } from "grammy";
import type { SendOutcome, Transport } from "../../services/sender.ts";
import { splitText } from "../split-text.ts";
import { TELEGRAM_TEXT_LIMIT } from "./render.ts";

export function telegramTransport(token: string, apiRoot: string, perSecond = 29): Transport {
  const api = new Api(token, { apiRoot });
  return {
    channel: "telegram",
    perSecond,
    // Telegram allows one message a second per chat; the margin absorbs network jitter.
    perChatMs: 1100,
    async send(chatId, text, choices): Promise<SendOutcome> {
      const markup = choices?.length
        ? InlineKeyboard.from(choices.map((row) => row.map((c) => InlineKeyboard.text(c.label, c.action))))
        : undefined;
      try {
        const parts = splitText(text, TELEGRAM_TEXT_LIMIT);
        for (const [i, part] of parts.entries()) {
          await api.sendMessage(chatId, part, i === parts.length - 1 && markup ? { reply_markup: markup } : {});
        }
        return { ok: true };
      } catch (error) {
        if (error instanceof GrammyError) {
          if (error.error_code === 429)
            return {
              ok: false,
              kind: "retry-after",
              seconds: error.parameters.retry_after ?? 1,
              error: error.description,
            };
          if (error.error_code === 403) return { ok: false, kind: "blocked", error: error.description };
          return { ok: false, kind: error.error_code >= 500 ? "transient" : "permanent", error: error.description };
        }
        if (error instanceof HttpError) return { ok: false, kind: "transient", error: error.message };
        throw error;
      }
    },
  };
}
