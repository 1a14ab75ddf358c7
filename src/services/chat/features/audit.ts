// /audit (admins): the latest admin actions, who did them and when.
import { formatDateTime } from "../../../domain/dates.ts";
import type { Feature } from "../context.ts";

export const audit: Feature = {
  commands: ["audit", "nhatky"],
  audience: "admin",
  async handle(ctx) {
    const entries = await ctx.services.auditEntries({ limit: 20 });
    if (entries.length === 0) return ctx.say("audit-empty");
    const lines = [
      ctx.t("audit-heading"),
      ...entries.map((e) => `${formatDateTime(e.at)}  ${e.actor}  /${e.action} ${e.detail}`.trimEnd()),
    ];
    return ctx.reply({ text: lines.join("\n") });
  },
};
