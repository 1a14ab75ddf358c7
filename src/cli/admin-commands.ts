// `dondoc export --plan P FILE`: the consolidated workbook; `dondoc audit`: the log of
// admin actions (chat and command line).
import type { Command } from "commander";
import { formatDateTime } from "../domain/dates.ts";
import { DATE, LIMIT } from "./args.ts";
import type { CliContext } from "./io.ts";

export function registerAdminCommands(program: Command, ctx: CliContext): void {
  program
    .command("export")
    .description(ctx.t("cli-export"))
    .argument("<file>", ctx.t("cli-arg-export-file"))
    .option("--plan <id>", ctx.t("cli-opt-plan"))
    .option("--province <name>", ctx.t("cli-opt-province-default"))
    .option("--today <date>", ctx.t("cli-opt-today"))
    .action(async (file: string, options: { plan?: string; province?: string; today?: string }) => {
      const planId = ctx.planId(options.plan);
      const today = ctx.arg(DATE, options.today);
      const at = today ? new Date(`${today}T12:00:00+07:00`) : new Date();
      const province = await ctx.province(options.province);
      const { exportPlan } = await import("../services/export-service.ts");
      const exported = await exportPlan((await ctx.db()).client, province, at, ctx.t, planId);
      if (!exported.ok) ctx.fail(exported.error);
      await ctx.writeFile(file, exported.value.content);
      ctx.io.out(ctx.t("cli-exported", { file }));
    });

  program
    .command("audit")
    .description(ctx.t("cli-audit"))
    .option("--limit <n>", ctx.t("cli-opt-limit"))
    .option("--json", ctx.t("cli-opt-json"))
    .action(async (options: { limit?: string; json?: boolean }) => {
      const limit = ctx.arg(LIMIT, options.limit) ?? 50;
      const { auditEntries } = await import("../store/audit-store.ts");
      const entries = await auditEntries((await ctx.db()).client, { limit });
      if (options.json) return ctx.json(entries);
      if (entries.length === 0) return ctx.io.out(ctx.t("audit-empty"));
      for (const e of entries) ctx.io.out(`${formatDateTime(e.at)}  ${e.actor}  ${e.action} ${e.detail}`.trimEnd());
    });
}
