import { existsSync } from "node:fs";
import type { Command } from "commander";
import { DAYS } from "./args.ts";
import type { CliContext } from "./io.ts";
import { CliExit } from "./io.ts";

export function registerDbCommands(program: Command, ctx: CliContext): void {
  const db = program.command("db").description(ctx.t("cli-db"));

  db.command("migrate")
    .description(ctx.t("cli-db-migrate"))
    .action(async () => {
      // Opening the database applies pending migrations; report which.
      const database = await ctx.db();
      ctx.io.out(ctx.t("db-migrated", { provider: database.provider, count: ctx.appliedMigrations.length }));
      for (const name of ctx.appliedMigrations) ctx.io.out(`- ${name}`);
    });

  db.command("check")
    .description(ctx.t("cli-db-check"))
    .action(async () => {
      const { schemaDrift } = await import("../store/migrations.ts");
      const drift = await schemaDrift(await ctx.db());
      if (!drift) return ctx.io.out(ctx.t("db-in-sync"));
      ctx.io.err(ctx.t("db-drift"));
      ctx.io.err(drift);
      throw new CliExit(1);
    });

  db.command("backup")
    .argument("<file>", ctx.t("cli-arg-backup-file"))
    .description(ctx.t("cli-db-backup"))
    .action(async (file: string) => {
      // Never over an earlier backup.
      if (existsSync(file)) {
        ctx.io.err(ctx.t("db-backup-exists", { file }));
        throw new CliExit(2);
      }
      const { backup } = await import("../services/retention-service.ts");
      const done = await backup(await ctx.db(), file);
      if (!done.ok) {
        ctx.io.err(ctx.t(done.error.code, { file }));
        throw new CliExit(2);
      }
      ctx.io.out(ctx.t("db-backup-done", { file, size: `${(done.value.size / 1024 / 1024).toFixed(1)} MB` }));
    });

  program
    .command("purge")
    .description(ctx.t("cli-purge"))
    .option("--days <days>", ctx.t("cli-purge-days"))
    .option("--dry-run", ctx.t("cli-purge-dry-run"))
    .action(async (options: { days?: string; dryRun?: boolean }) => {
      const days = ctx.arg(DAYS, options.days) ?? ctx.config.PURGE_AFTER_DAYS;
      const { purge } = await import("../services/retention-service.ts");
      const report = await purge((await ctx.db()).client, { days, now: new Date(), dryRun: options.dryRun ?? false });
      if (report.plans.length === 0) ctx.io.out(ctx.t("purge-none", { days }));
      for (const plan of report.plans) ctx.io.out(ctx.t("purge-plan", { ...plan, plan: plan.label }));
      ctx.io.out(ctx.t("purge-links", { before: report.linksBefore.toISOString().slice(0, 10), links: report.links }));
      ctx.io.out(ctx.t(options.dryRun ? "purge-dry-run" : "purge-done"));
    });
}
