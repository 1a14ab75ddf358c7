// /rules (/quydinh): the scoring rules in force in the province, for everyone: the
// decision they come from (or dondoc's own default) and what each case earns. Admins'
// `/rules export` gets the workbook to fill in from a new decision and load back.
import { fold } from "../../../domain/text.ts";
import { rulesSourceText, rulesText } from "../../../i18n/rules-text.ts";
import type { Feature } from "../context.ts";

export const rules: Feature = {
  commands: ["rules", "quydinh"],
  audience: "everyone",
  async handle(ctx) {
    const { t } = ctx;
    const province = ctx.deps.access.province;
    const wanted = fold(ctx.command?.args ?? "");
    if (wanted === "export" || wanted === "xuat") {
      if (!ctx.member.isAdmin) return ctx.say("error-admin-only");
      const content = await ctx.services.exportRules(province, ctx.today, t);
      return ctx.reply({
        text: t("rules-exported-chat"),
        file: { name: `quy-dinh-cham-diem-${ctx.today}.xlsx`, content },
      });
    }
    const inForce = await ctx.services.rulesInForce(province, ctx.today);
    const lines = [rulesSourceText(t, inForce), rulesText(t, inForce)];
    if (ctx.member.isAdmin) lines.push(t("rules-admin-hint"));
    return ctx.reply({ text: lines.join("\n") });
  },
};
