// Replies as Telegram messages: choices become an inline keyboard, files documents, images photos,
// a page turn edits the message whose button was pressed.
import { InlineKeyboard, InputFile, type Context } from "grammy";
import type { Choice, Reply } from "../../services/chat/types.ts";
import { splitText } from "../split-text.ts";

export const TELEGRAM_TEXT_LIMIT = 4096;

function keyboard(choices: Choice[][] | undefined): InlineKeyboard | undefined {
  if (!choices?.length) return undefined;
  return InlineKeyboard.from(choices.map((row) => row.map((c) => InlineKeyboard.text(c.label, c.action))));
}

export async function render(ctx: Context, replies: Reply[]): Promise<void> {
  const chatId = ctx.chat!.id;
  for (const reply of replies) {
    const markup = keyboard(reply.choices);
    const choiceMessage = ctx.callbackQuery?.message;
    if (reply.replacesChoiceMessage && choiceMessage && reply.text.length <= TELEGRAM_TEXT_LIMIT) {
      await ctx.api.editMessageText(
        chatId,
        choiceMessage.message_id,
        reply.text,
        markup ? { reply_markup: markup } : {},
      );
    } else {
      const parts = splitText(reply.text, TELEGRAM_TEXT_LIMIT);
      for (const [i, part] of parts.entries()) {
        const last = i === parts.length - 1;
        await ctx.api.sendMessage(chatId, part, last && markup ? { reply_markup: markup } : {});
      }
    }
    if (reply.image) await ctx.api.sendPhoto(chatId, new InputFile(reply.image.content, reply.image.name));
    if (reply.file) await ctx.api.sendDocument(chatId, new InputFile(reply.file.content, reply.file.name));
  }
}
