// `dondoc evidence list [--json]`: the report documents units sent that wait for an admin;
// `dondoc evidence get ID --out FILE`: one of them written to a file (audited: it hands
// out what a unit sent).
import type { Command } from "commander";
import { formatDateTime } from "../domain/dates.ts";
import { EVIDENCE_ID } from "./args.ts";
import type { CliContext } from "./io.ts";

// Loaded when a command runs: `--help` need not load the services.
const evidenceService = () => import("../services/evidence-service.ts");

export function registerEvidenceCommands(program: Command, ctx: CliContext): void {
  const evidence = program.command("evidence").description(ctx.t("cli-evidence"));
  evidence
    .command("list")
    .description(ctx.t("cli-evidence-list"))
    .option("--province <name>", ctx.t("cli-opt-province-default"))
    .option("--json", ctx.t("cli-opt-json"))
    .action(async (options: { province?: string; json?: boolean }) => {
      const province = await ctx.province(options.province);
      const { evidenceWaiting } = await evidenceService();
      const waiting = ctx.value(await evidenceWaiting((await ctx.db()).client, province, {}));
      if (options.json) return ctx.json(waiting);
      if (waiting.length === 0) return ctx.io.out(ctx.t("evidence-none-waiting"));
      for (const e of waiting)
        ctx.io.out(`${e.id}  ${formatDateTime(e.receivedAt)}  ${e.unit}  ${e.ref}  ${e.fileName}`);
    });
  evidence
    .command("get")
    .description(ctx.t("cli-evidence-get"))
    .argument("<id>", ctx.t("cli-arg-evidence-id"))
    .requiredOption("--out <file>", ctx.t("cli-opt-evidence-out"))
    .option("--province <name>", ctx.t("cli-opt-province-default"))
    .action(async (id: string, options: { out: string; province?: string }) => {
      const province = await ctx.province(options.province);
      const { evidenceFile } = await evidenceService();
      const file = ctx.value(await evidenceFile((await ctx.db()).client, ctx.arg(EVIDENCE_ID, id), province));
      await ctx.writeFile(options.out, file.content);
      ctx.io.out(ctx.t("cli-evidence-written", { file: options.out, name: file.name, unit: file.unit, ref: file.ref }));
    });
}
