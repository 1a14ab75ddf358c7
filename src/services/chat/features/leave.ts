// /leave: unlinks this chat from its unit, after a confirmation.
import type { Feature } from "../context.ts";

export const leave: Feature = {
  commands: ["leave", "roi"],
  actions: ["leave"],
  audience: "member",
  async handle(ctx) {
    const unit = ctx.member.unit!.unitName;
    if (!ctx.request.action) {
      const choices = [
        [
          { label: ctx.t("choice-leave-confirm"), action: "leave:yes" },
          { label: ctx.t("choice-cancel"), action: "leave:no" },
        ],
      ];
      return ctx.reply({ text: ctx.t("leave-confirm", { unit }), choices });
    }
    if (ctx.actionArg !== "yes") return ctx.reply({ text: ctx.t("leave-cancelled"), replacesChoiceMessage: true });
    await ctx.services.leaveUnit(ctx.member);
    return {
      replies: [{ text: ctx.t("left-unit", { unit }), replacesChoiceMessage: true }],
      roleChanged: { admin: ctx.member.isAdmin },
    };
  },
};
