// /help: what this person can do here, and how to join when they cannot do much yet.
import { commandDescription, commandsFor } from "../commands.ts";
import type { Feature } from "../context.ts";

export const help: Feature = {
  commands: ["help", "trogiup"],
  async handle(ctx) {
    const role = { member: Boolean(ctx.member.unit), admin: ctx.member.isAdmin };
    const lines = commandsFor(role).map((c) => `/${c.name} — ${commandDescription(c, ctx.t)}`);
    const intro = ctx.member.unit
      ? ctx.t("help-member", { unit: ctx.member.unit.unitName })
      : ctx.t(ctx.member.isAdmin ? "help-admin" : "help-stranger");
    return ctx.reply({ text: [intro, ...lines].join("\n") });
  },
};
