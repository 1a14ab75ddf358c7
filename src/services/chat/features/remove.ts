// /remove UNIT (admins): unlinks one of the unit's focal points, picked from a list.
import { formatInstant } from "../../../domain/dates.ts";
import type { Feature } from "../context.ts";

export const remove: Feature = {
  commands: ["remove", "xoa"],
  actions: ["remove"],
  audience: "admin",
  async handle(ctx) {
    if (ctx.request.action) {
      const removed = await ctx.services.removeFocalPoint(Number(ctx.actionArg));
      if (!removed) return ctx.reply({ text: ctx.t("remove-gone"), replacesChoiceMessage: true });
      await ctx.services.revokeChatLinks(removed.channel, removed.chatId);
      return ctx.reply({ text: ctx.t("remove-done", { unit: removed.unitName }), replacesChoiceMessage: true });
    }
    const name = ctx.command?.args.trim() ?? "";
    if (!name) return ctx.say("remove-usage");
    const unit = await ctx.services.findUnit(name, ctx.deps.access.province);
    if (!unit.ok) return ctx.say(`error-${unit.error.code}`, unit.error.args);
    const points = await ctx.services.focalPointsOfUnit(unit.value.id);
    if (points.length === 0) return ctx.say("remove-none", { unit: unit.value.name });
    const choices = points.map((p) => [
      { label: `${p.name} (${p.chat.channel}, ${formatInstant(p.joinedAt)})`, action: `remove:${p.id}` },
    ]);
    return ctx.reply({ text: ctx.t("remove-pick", { unit: unit.value.name }), choices });
  },
};
