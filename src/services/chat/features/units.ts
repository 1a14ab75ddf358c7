// /units (admins): which units have a focal point in chat, and which still need one.
import type { Feature } from "../context.ts";

export const units: Feature = {
  commands: ["units", "donvi"],
  audience: "admin",
  async handle(ctx) {
    const province = await ctx.services.findProvince(ctx.deps.access.province);
    const list = province ? await ctx.services.unitsWithFocalCounts(province.id) : [];
    const linked = list.filter((u) => u.focalPoints > 0);
    const missing = list.filter((u) => u.focalPoints === 0);
    const text = [
      ctx.t("units-linked", { count: linked.length }),
      ...linked.map((u) => `• ${u.name} (${u.focalPoints})`),
      "",
      ctx.t("units-missing", { count: missing.length }),
      ...missing.map((u) => `• ${u.name}`),
    ].join("\n");
    return ctx.reply({ text });
  },
};
