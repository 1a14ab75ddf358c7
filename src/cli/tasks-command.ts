import type { Command } from "commander";
import { dayInVietnam } from "../domain/dates.ts";
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
      const db = (await ctx.db()).client;
      const { unitTaskTable } = await import("../services/tasks-service.ts");
      const lines = await unitTaskTable(db, { unitId: unit.id, provinceId: unit.provinceId }, today, planId);
      if (options.json) {
        const tasks = lines.map(({ task, role, state, score, daysLeft }) => ({
          ...{ ref: task.ref, title: task.title, role, deadlineText: task.deadlineText, due: task.due },
          ...{ effectiveDue: task.effectiveDue, daysLeft, state: state.kind, missing: state.missing, score },
        }));
        return ctx.json({ unit: unit.name, province: unit.province, today, tasks });
      }
      const { taskLineText } = await import("../i18n/task-state-text.ts");
      ctx.io.out(ctx.t("tasks-heading", { unit: unit.name, count: lines.length }));
      for (const line of lines) ctx.io.out(taskLineText(ctx.t, line));
    });
}
