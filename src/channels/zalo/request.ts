// A Zalo update as a ChatRequest. A typed number picks one of the options the chat was
// last shown; images, stickers and anything else dondoc cannot read are marked so.
import type { ChatRequest, Sender } from "../../services/chat/types.ts";
import type { NumberedChoices } from "../numbered-choices.ts";
import type { ZaloMessage, ZaloUpdate } from "./client.ts";

export function senderOf(message: ZaloMessage): Sender {
  const { from, chat } = message;
  return {
    channel: "zalo",
    chatId: chat.id,
    chatKind: chat.chat_type.toUpperCase() === "GROUP" ? "group" : "private",
    userId: from.id,
    name: from.display_name ?? from.first_name ?? from.name ?? from.id,
  };
}

export async function requestOf(update: ZaloUpdate, choices: NumberedChoices): Promise<ChatRequest | null> {
  const message = update.message;
  if (!message || message.from.is_bot) return null;
  const from = senderOf(message);
  if (update.event_name === "message.text.received" && message.text) {
    const action = await choices.resolve(from.chatId, message.text);
    return action ? { from, action } : { from, text: message.text };
  }
  return { from, unsupported: true };
}
