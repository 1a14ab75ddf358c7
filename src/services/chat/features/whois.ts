// /whois [CHAT_ID] (admins): which unit a chat belongs to; this chat by default.
import { formatInstant } from "../../../domain/dates.ts";
import { findChat, focalUnitOf } from "../../../store/membership-store.ts";
import type { Feature } from "../context.ts";

export const whois: Feature = {
  commands: ["whois"],
  audience: "admin",
  async handle(ctx) {
    const chatId = ctx.command?.args.trim() || ctx.request.from.chatId;
    const chat = await findChat(ctx.db, ctx.request.from.channel, chatId);
    const unit = chat ? await focalUnitOf(ctx.db, chat.id) : null;
    if (!unit) return ctx.say("whois-none", { chat: chatId });
    return ctx.say("whois-unit", {
      chat: chatId,
      unit: unit.unitName,
      name: unit.name,
      date: formatInstant(unit.joinedAt),
    });
  },
};
