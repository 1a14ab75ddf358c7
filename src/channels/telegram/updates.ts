// What dondoc takes of Telegram's updates, and the chat each belongs to.
import type { Update } from "grammy/types";

/** The updates dondoc handles; others are not even delivered. */
export const ALLOWED_UPDATES = ["message", "callback_query"] as const;

/** The chat an update belongs to, for handling a chat's updates in order. */
export function chatOf(update: Update): string {
  const chat =
    update.message?.chat.id ?? update.callback_query?.message?.chat.id ?? update.callback_query?.from.id ?? "";
  return String(chat);
}
