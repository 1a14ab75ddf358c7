// /start CODE (or the code alone): joins the chat to a unit, or makes an admin.
import { looksLikeCode } from "../../../domain/invitations.ts";
import type { Feature } from "../context.ts";

export const start: Feature = {
  commands: ["start", "batdau"],
  async handle(ctx) {
    const code = ctx.command ? ctx.command.args.trim() : (ctx.request.text ?? "").trim();
    if (!code) {
      if (ctx.member.unit) return ctx.say("start-member", { unit: ctx.member.unit.unitName });
      return ctx.say(ctx.member.isAdmin ? "start-admin" : "start-welcome");
    }
    if (!looksLikeCode(code) && !ctx.command) return ctx.say("fallback-stranger");
    const joined = await ctx.services.redeem(ctx.request.from, code, ctx.deps.now(), { admin: ctx.member.isAdmin });
    if (!joined.ok) return ctx.say(`error-${joined.error.code}`, joined.error.args);
    if (joined.value.role === "admin") return { ...ctx.say("joined-admin"), roleChanged: { admin: true } };
    return { ...ctx.say("joined-unit", { unit: joined.value.unitName }), roleChanged: { admin: ctx.member.isAdmin } };
  },
};
