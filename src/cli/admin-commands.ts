// `dondoc export --plan P FILE`: the consolidated workbook; `dondoc audit`: the log of
// admin actions (chat and command line).
import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { formatDateTime, isIsoDate } from "../domain/dates.ts";
import type { CliContext } from "./io.ts";

export function registerAdminCommands(program: Command, ctx: CliContext): void {
  program
    .command("export")
    .description(ctx.t("cli-export"))
    .argument("<file>", ctx.t("cli-arg-export-file"))
    .option("--plan <id>", ctx.t("cli-opt-plan"))
    .option("--province <name>", ctx.t("cli-opt-province"))
    .option("--today <date>", ctx.t("cli-opt-today"))
    .action(async (file: string, options: { plan?: string; province?: string; today?: string }) => {
      const planId = ctx.planId(options.plan);
      if (options.today && !isIsoDate(options.today))
        ctx.fail({ code: "invalid-date", args: { value: options.today } });
      const at = options.today ? new Date(`${options.today}T12:00:00+07:00`) : new Date();
      const { exportPlan } = await import("../services/export-service.ts");
      const exported = await exportPlan(
        (await ctx.db()).client,
        options.province ?? ctx.config.PROVINCE,
        at,
        ctx.t,
        planId,
      );
      if (!exported.ok) ctx.fail(exported.error);
      await writeFile(file, exported.value.content);
      ctx.io.out(ctx.t("cli-exported", { file }));
    });

  program
    .command("audit")
    .description(ctx.t("cli-audit"))
    .option("--limit <n>", ctx.t("cli-opt-limit"), "50")
    .option("--json", ctx.t("cli-opt-json"))
    .action(async (options: { limit: string; json?: boolean }) => {
      const { auditEntries } = await import("../store/audit-store.ts");
      const entries = await auditEntries((await ctx.db()).client, { limit: Math.max(1, Number(options.limit) || 50) });
      if (options.json) return ctx.json(entries);
      if (entries.length === 0) return ctx.io.out(ctx.t("audit-empty"));
      for (const e of entries) ctx.io.out(`${formatDateTime(e.at)}  ${e.actor}  ${e.action} ${e.detail}`.trimEnd());
    });
}
