import type { Command } from "commander";
import { DateTime } from "luxon";
import { TIME_ZONE } from "../domain/dates.ts";
import { date } from "../i18n/format.ts";
import type { CliContext } from "./io.ts";

export function registerRemindCommand(program: Command, ctx: CliContext): void {
  program
    .command("remind")
    .description(ctx.t("cli-remind"))
    .option("--at <time>", ctx.t("cli-opt-at"))
    .option("--dry-run", ctx.t("cli-opt-dry-run"))
    .option("--json", ctx.t("cli-opt-json"))
    .action(async (options: { at?: string; dryRun?: boolean; json?: boolean }) => {
      const at = options.at ? DateTime.fromFormat(options.at, "yyyy-MM-dd HH:mm", { zone: TIME_ZONE }) : DateTime.now();
      if (!at.isValid) ctx.fail({ code: "invalid-time", args: { value: options.at ?? "" } });
      const { accessFromConfig } = await import("../services/membership-service.ts");
      const { planReminders } = await import("../services/reminder-service.ts");
      const result = await planReminders((await ctx.db()).client, accessFromConfig(ctx.config), at.toJSDate(), {
        dryRun: options.dryRun ?? false,
      });
      if (options.json) return ctx.json(result);
      if (!result.ran) return ctx.io.out(ctx.t(`remind-skipped-${result.reason}`, { date: date(result.day) }));
      ctx.io.out(
        ctx.t(options.dryRun ? "remind-would-queue" : "remind-queued", {
          count: options.dryRun ? result.messages.length : result.queued,
          date: date(result.day),
        }),
      );
      for (const m of result.messages) ctx.io.out(`- ${m.channel}:${m.chatId} [${m.kind}] ${m.text.split("\n")[0]}`);
    });
}
