import type { Command } from "commander";
import { schemaDrift } from "../store/migrations.ts";
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
      const drift = await schemaDrift(await ctx.db());
      if (!drift) return ctx.io.out(ctx.t("db-in-sync"));
      ctx.io.err(ctx.t("db-drift"));
      ctx.io.err(drift);
      throw new CliExit(1);
    });
}
