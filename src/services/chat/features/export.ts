// /export (admins): the consolidated workbook of the plan in force.
import type { Feature } from "../context.ts";

export const exportWorkbook: Feature = {
  commands: ["export", "xuat"],
  audience: "admin",
  async handle(ctx) {
    const exported = await ctx.services.exportPlan(ctx.deps.access.province, ctx.deps.now(), ctx.t);
    if (!exported.ok) return ctx.say(`error-${exported.error.code}`, exported.error.args);
    return ctx.reply({ text: ctx.t("export-ready"), file: exported.value });
  },
};
