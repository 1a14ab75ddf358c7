// /staff N (/bienche N): a focal point tells the unit's staff count, the rows a whole
// Phụ lục I must have; an admin sets any unit's with /staff UNIT N.
import type { Feature } from "../context.ts";

export const staff: Feature = {
  commands: ["staff", "bienche"],
  audience: "everyone",
  audited: true,
  async handle(ctx) {
    const match = ctx.command!.args.match(/^((?:.*[^\s\d]|.*\d(?=\s))?)\s*(\d+)$/);
    const name = match?.[1]?.trim() ?? "";
    const admin = ctx.member.isAdmin && (name !== "" || !ctx.member.unit);
    if (!ctx.member.unit && !ctx.member.isAdmin) return ctx.say("not-a-member");
    if (!match || (admin && !name)) return ctx.say(admin ? "staff-usage-admin" : "staff-usage");
    if (!admin && name) return ctx.say("staff-usage");
    const unit = admin
      ? await ctx.services.findUnit(name, ctx.deps.access.province)
      : { ok: true as const, value: { id: ctx.member.unit!.unitId, name: ctx.member.unit!.unitName } };
    if (!unit.ok) return ctx.say(`error-${unit.error.code}`, unit.error.args);
    const set = await ctx.services.setStaffCount(unit.value.id, Number(match[2]));
    if (!set.ok) return ctx.say(`error-${set.error.code}`, set.error.args);
    return ctx.say("staff-set", { unit: unit.value.name, count: set.value });
  },
};
