// /lang [vi|en]: the chat's language, kept for every later message.
import { isLang, LANGUAGES, translator } from "../../../i18n/index.ts";
import type { Feature } from "../context.ts";

export const lang: Feature = {
  commands: ["lang", "ngonngu"],
  actions: ["lang"],
  async handle(ctx) {
    const wanted = (ctx.request.action ? ctx.actionArg : (ctx.command?.args ?? "")).trim().toLowerCase();
    if (!isLang(wanted)) {
      const choices = [LANGUAGES.map((l) => ({ label: translator(l)("lang-name"), action: `lang:${l}` }))];
      return ctx.reply({ text: ctx.t("lang-choose"), choices });
    }
    await ctx.services.setChatLang(ctx.member.chat.id, wanted);
    return ctx.reply({ text: translator(wanted)("lang-set"), replacesChoiceMessage: Boolean(ctx.request.action) });
  },
};
