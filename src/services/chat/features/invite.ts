// /invite UNIT (admins): a one-time code and link that links a focal point's chat to
// the unit; /invite admin: the same for a new admin.
import { fold } from "../../../domain/text.ts";
import { invitationText } from "../../../i18n/format.ts";
import type { Feature } from "../context.ts";

export const invite: Feature = {
  commands: ["invite", "moi"],
  audience: "admin",
  async handle(ctx) {
    const target = ctx.command?.args.trim() ?? "";
    if (!target) return ctx.say("invite-usage");
    const now = ctx.deps.now();
    const adminWanted = ["admin", "quan tri", "quan tri vien"].includes(fold(target));
    const created = adminWanted
      ? { ok: true as const, value: await ctx.services.inviteAdmin(ctx.deps.access, ctx.actor, now) }
      : await ctx.services.inviteFocalPoint(ctx.deps.access, target, ctx.actor, now);
    if (!created.ok) return ctx.say(`error-${created.error.code}`, created.error.args);
    return ctx.reply({ text: invitationText(ctx.t, created.value, ctx.deps.inviteLink(created.value.code)) });
  },
};
