// Anything else: a helpful answer instead of silence, fitting who asks.
import type { Feature } from "../context.ts";

/** "2" or "[a]": the key of a choice that is no longer shown (answered, or dondoc restarted). */
const CHOICE_KEY = /^\s*\[?(\d{1,2}|[a-z])\]?\s*$/i;

export const fallback: Feature = {
  async handle(ctx) {
    if (ctx.command) return ctx.say("unknown-command", { command: ctx.command.name });
    if (CHOICE_KEY.test(ctx.request.text ?? "")) return ctx.say("choice-expired");
    if (ctx.member.unit) return ctx.say("fallback-member");
    return ctx.say(ctx.member.isAdmin ? "fallback-admin" : "fallback-stranger");
  },
};
