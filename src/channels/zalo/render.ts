// Replies as Zalo messages: text split under 2000 characters at line breaks, choices as
// numbered options, pictures by URL and files as one-time download links (a Zalo bot
// can send neither documents nor uploaded images).
import type { Translate } from "../../i18n/index.ts";
import type { OutgoingFile, Reply } from "../../services/chat/types.ts";
import type { NumberedChoices } from "../numbered-choices.ts";
import { splitText } from "../split-text.ts";
import { ZALO_TEXT_LIMIT, type ZaloClient } from "./client.ts";

export interface ZaloOutput {
  client: ZaloClient;
  choices: NumberedChoices;
  /** A one-time link to a file dondoc made for this chat. */
  fileLink(to: { chatId: string; userId: string }, file: OutgoingFile): Promise<string>;
}

export async function sendText(client: ZaloClient, chatId: string, text: string): Promise<void> {
  for (const part of splitText(text, ZALO_TEXT_LIMIT)) await client.sendMessage(chatId, part);
}

export async function render(
  out: ZaloOutput,
  to: { chatId: string; userId: string },
  replies: Reply[],
  t: Translate,
): Promise<void> {
  for (const reply of replies) {
    let text = reply.text;
    if (reply.file)
      text += `\n\n${t("zalo-file-link", { name: reply.file.name, url: await out.fileLink(to, reply.file) })}`;
    await sendText(out.client, to.chatId, out.choices.attach(to.chatId, text, reply.choices, "reply"));
    if (reply.image) await out.client.sendPhoto(to.chatId, await out.fileLink(to, reply.image));
  }
}
