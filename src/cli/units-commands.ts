import { readFile, writeFile } from "node:fs/promises";
import type { Command } from "commander";
import type { CliContext } from "./io.ts";

const unitsService = () => import("../services/units-service.ts");

export function registerUnitsCommands(program: Command, ctx: CliContext): void {
  const units = program.command("units").description(ctx.t("cli-units"));

  units
    .command("list")
    .description(ctx.t("cli-units-list"))
    .requiredOption("--province <name>", ctx.t("cli-opt-province"))
    .option("--json", ctx.t("cli-opt-json"))
    .action(async (options: { province: string; json?: boolean }) => {
      const list = await (await unitsService()).provinceUnits((await ctx.db()).client, options.province);
      if (options.json) return ctx.json(list);
      for (const u of list) {
        const extra = [...u.abbreviations, ...u.aliases].join("; ");
        const status = u.resolved ? "" : ` (${ctx.t("unit-unresolved")})`;
        ctx.io.out(`${u.id}\t${ctx.t(`unit-kind-${u.kind}`)}\t${u.name}${status}${extra ? `\t${extra}` : ""}`);
      }
    });

  units
    .command("export")
    .description(ctx.t("cli-units-export"))
    .requiredOption("--province <name>", ctx.t("cli-opt-province"))
    .argument("<file>", ctx.t("cli-arg-xlsx-out"))
    .action(async (file: string, options: { province: string }) => {
      await writeFile(
        file,
        await (await unitsService()).exportDirectory((await ctx.db()).client, options.province, ctx.t),
      );
      ctx.io.out(ctx.t("units-exported", { file }));
    });

  units
    .command("import")
    .description(ctx.t("cli-units-import"))
    .requiredOption("--province <name>", ctx.t("cli-opt-province"))
    .argument("<file>", ctx.t("cli-arg-xlsx-in"))
    .action(async (file: string, options: { province: string }) => {
      const buffer = await readFile(file).catch(() => ctx.fail({ code: "file-not-found", args: { path: file } }));
      const result = await (await unitsService()).importDirectory((await ctx.db()).client, options.province, buffer);
      if (result.ok) return ctx.io.out(ctx.t("units-imported", result.value));
      if ("findings" in result.error) {
        ctx.io.err(ctx.t("units-import-rejected", { count: result.error.findings.length }));
        for (const f of result.error.findings)
          ctx.io.err(`- ${ctx.t(`directory-finding-${f.code}`, { row: f.row, column: f.column, value: f.value })}`);
        return ctx.fail({ code: "nothing-changed" });
      }
      ctx.fail(result.error);
    });
}
