// /whois [CHAT_ID] (admins): which unit a chat belongs to; this chat by default.
import { formatInstant } from "../../../domain/dates.ts";
import type { Feature } from "../context.ts";

export const whois: Feature = {
  commands: ["whois"],
  audience: "admin",
  async handle(ctx) {
    const chatId = ctx.command?.args.trim() || ctx.request.from.chatId;
    const chat = await ctx.services.findChat(ctx.request.from.channel, chatId);
    const unit = chat ? await ctx.services.focalUnitOf(chat.id) : null;
    if (!unit) return ctx.say("whois-none", { chat: chatId });
    return ctx.say("whois-unit", {
      chat: chatId,
      unit: unit.unitName,
      name: unit.name,
      date: formatInstant(unit.joinedAt),
    });
  },
};
