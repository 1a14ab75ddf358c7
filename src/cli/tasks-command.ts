import type { Command } from "commander";
import { dayInVietnam } from "../domain/dates.ts";
import { unitTaskTable } from "../services/tasks-service.ts";
import { taskLineText } from "../i18n/format.ts";
import { DATE } from "./args.ts";
import type { CliContext } from "./io.ts";

export function registerTasksCommand(program: Command, ctx: CliContext): void {
  program
    .command("tasks")
    .description(ctx.t("cli-tasks"))
    .requiredOption("--unit <name>", ctx.t("cli-opt-unit"))
    .option("--province <name>", ctx.t("cli-opt-province-default"))
    .option("--plan <id>", ctx.t("cli-opt-plan"))
    .option("--today <date>", ctx.t("cli-opt-today"))
    .option("--json", ctx.t("cli-opt-json"))
    .action(async (options: { unit: string; province?: string; plan?: string; today?: string; json?: boolean }) => {
      const today = ctx.arg(DATE, options.today) ?? dayInVietnam(new Date());
      const planId = ctx.planId(options.plan);
      const unit = await ctx.unit(options.unit, options.province);
      const lines = await unitTaskTable((await ctx.db()).client, unit.id, today, planId);
      if (options.json) return ctx.json({ unit: unit.name, province: unit.province, today, tasks: lines });
      ctx.io.out(ctx.t("tasks-heading", { unit: unit.name, count: lines.length }));
      for (const line of lines) ctx.io.out(taskLineText(ctx.t, line));
    });
}
