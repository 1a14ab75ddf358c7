// Anything else: a helpful answer instead of silence.
import type { Feature } from "../context.ts";

export const fallback: Feature = {
  async handle(ctx) {
    if (ctx.command) return ctx.say("unknown-command", { command: ctx.command.name });
    return ctx.say(ctx.member.unit ? "fallback-member" : "fallback-stranger");
  },
};
