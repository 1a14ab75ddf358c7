import type { Command } from "commander";
import { dayInVietnam, isIsoDate } from "../domain/dates.ts";
import { taskLineText } from "../i18n/format.ts";
import type { CliContext } from "./io.ts";

export function registerTasksCommand(program: Command, ctx: CliContext): void {
  program
    .command("tasks")
    .description(ctx.t("cli-tasks"))
    .requiredOption("--unit <name>", ctx.t("cli-opt-unit"))
    .option("--province <name>", ctx.t("cli-opt-province"))
    .option("--plan <id>", ctx.t("cli-opt-plan"))
    .option("--today <date>", ctx.t("cli-opt-today"))
    .option("--json", ctx.t("cli-opt-json"))
    .action(async (options: { unit: string; province?: string; plan?: string; today?: string; json?: boolean }) => {
      const today = options.today ?? dayInVietnam(new Date());
      if (!isIsoDate(today)) ctx.fail({ code: "invalid-date", args: { value: today } });
      const planId = ctx.planId(options.plan);
      const { findUnit, unitTaskTable } = await import("../services/tasks-service.ts");
      const db = (await ctx.db()).client;
      const unit = await findUnit(db, options.unit, options.province);
      if (!unit.ok) ctx.fail(unit.error);
      const lines = await unitTaskTable(db, unit.value.id, today, planId);
      if (options.json) return ctx.json({ unit: unit.value.name, province: unit.value.province, today, tasks: lines });
      ctx.io.out(ctx.t("tasks-heading", { unit: unit.value.name, count: lines.length }));
      for (const line of lines) ctx.io.out(taskLineText(ctx.t, line));
    });
}
