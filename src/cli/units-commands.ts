import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { SAMPLE_COUNT, STAFF_COUNT } from "./args.ts";
import { formatVietnamese } from "../domain/dates.ts";
import type { StoredUnit } from "../domain/units.ts";
import type { CliContext } from "./io.ts";

// Loaded when a command runs: the directory workbook needs exceljs, which --help does not.
const unitsService = () => import("../services/units-service.ts");

export function registerUnitsCommands(program: Command, ctx: CliContext): void {
  const units = program.command("units").description(ctx.t("cli-units"));

  units
    .command("list")
    .description(ctx.t("cli-units-list"))
    .option("--province <name>", ctx.t("cli-opt-province-default"))
    .option("--json", ctx.t("cli-opt-json"))
    .action(async (options: { province?: string; json?: boolean }) => {
      const { provinceUnits } = await unitsService();
      const list = await provinceUnits((await ctx.db()).client, await ctx.province(options.province));
      if (options.json) return ctx.json(list);
      for (const u of list) {
        const extra = [...u.abbreviations, ...u.aliases].join("; ");
        const status = [
          u.resolved ? "" : ctx.t("unit-unresolved"),
          u.validFrom ? ctx.t("units-valid-from", { date: formatVietnamese(u.validFrom) }) : "",
          u.validUntil ? ctx.t("units-valid-until", { date: formatVietnamese(u.validUntil) }) : "",
          u.successor ? ctx.t("units-successor", { name: u.successor }) : "",
        ].filter(Boolean);
        const note = status.length > 0 ? ` (${status.join(", ")})` : "";
        ctx.io.out(`${u.id}\t${ctx.t(`unit-kind-${u.kind}`)}\t${u.name}${note}${extra ? `\t${extra}` : ""}`);
      }
    });

  units
    .command("export")
    .description(ctx.t("cli-units-export"))
    .option("--province <name>", ctx.t("cli-opt-province-default"))
    .argument("<file>", ctx.t("cli-arg-xlsx-out"))
    .action(async (file: string, options: { province?: string }) => {
      const province = await ctx.province(options.province);
      const { exportDirectory } = await unitsService();
      await ctx.writeFile(file, await exportDirectory((await ctx.db()).client, province, ctx.t));
      ctx.io.out(ctx.t("units-exported", { file }));
    });

  units
    .command("import")
    .description(ctx.t("cli-units-import"))
    .option("--province <name>", ctx.t("cli-opt-province-default"))
    .argument("<file>", ctx.t("cli-arg-xlsx-in"))
    .action(async (file: string, options: { province?: string }) => {
      const buffer = await readFile(file).catch(() => ctx.fail({ code: "file-not-found", args: { path: file } }));
      // A province dondoc does not know yet gets its directory from this file.
      const province = options.province ?? ctx.config.PROVINCE;
      const { importDirectory } = await unitsService();
      const result = await importDirectory((await ctx.db()).client, province, buffer);
      if (result.ok) return ctx.io.out(ctx.t("units-imported", result.value));
      if ("findings" in result.error) {
        ctx.io.err(ctx.t("units-import-rejected", { count: result.error.findings.length }));
        for (const f of result.error.findings)
          ctx.io.err(`- ${ctx.t(`directory-finding-${f.code}`, { row: f.row, column: f.column, value: f.value })}`);
        return ctx.fail({ code: "nothing-changed" });
      }
      ctx.fail(result.error);
    });

  units
    .command("alias")
    .description(ctx.t("cli-units-alias"))
    .requiredOption("--province <name>", ctx.t("cli-opt-province"))
    .argument("<unit>", ctx.t("cli-arg-unit"))
    .argument("<alias>", ctx.t("cli-arg-alias"))
    .action(async (name: string, alias: string, options: { province: string }) => {
      const db = (await ctx.db()).client;
      const { provinceResolver, saveUnitAlias } = await unitsService();
      const unit = (await provinceResolver(db, options.province)).find(name) as StoredUnit | null;
      if (!unit) return ctx.fail({ code: "unknown-unit", args: { name } });
      const saved = await saveUnitAlias(db, options.province, unit.id, alias);
      if (!saved.ok) return ctx.fail(saved.error);
      ctx.io.out(ctx.t("units-alias-saved", saved.value));
    });

  units
    .command("staff")
    .description(ctx.t("cli-units-staff"))
    .argument("<unit>", ctx.t("cli-arg-unit"))
    .argument("<count>", ctx.t("cli-arg-staff-count"))
    .option("--province <name>", ctx.t("cli-opt-province-default"))
    .action(async (name: string, count: string, options: { province?: string }) => {
      const staff = ctx.arg(STAFF_COUNT, count);
      const unit = await ctx.unit(name, options.province);
      const { setStaffCount } = await unitsService();
      ctx.value(await setStaffCount((await ctx.db()).client, unit.id, staff));
      ctx.io.out(ctx.t("staff-set", { unit: unit.name, count: staff }));
    });

  program
    .command("quota")
    .description(ctx.t("cli-quota"))
    .command("set")
    .description(ctx.t("cli-quota-set"))
    .argument("<unit>", ctx.t("cli-arg-unit"))
    .requiredOption("--official <n>", ctx.t("cli-opt-official"))
    .option("--reserve <n>", ctx.t("cli-opt-reserve"), "0")
    .option("--plan <id>", ctx.t("cli-opt-plan"))
    .option("--province <name>", ctx.t("cli-opt-province-default"))
    .action(async (name: string, options: { official: string; reserve: string; plan?: string; province?: string }) => {
      const official = ctx.arg(SAMPLE_COUNT, options.official);
      const reserve = ctx.arg(SAMPLE_COUNT, options.reserve);
      const unit = await ctx.unit(name, options.province);
      const request = { province: unit.province, unit: unit.name, official, reserve, planId: ctx.planId(options.plan) };
      const { setQuota } = await import("../services/quota-service.ts");
      const set = ctx.value(await setQuota((await ctx.db()).client, request, new Date()));
      ctx.io.out(ctx.t("quota-set", { ...set }));
    });
}
