// `dondoc rules list|export|import`: a province's scoring rule sets, round-tripped as a
// workbook like the unit directory; the import is checked cell by cell before anything is stored.
import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { dayInVietnam, formatDateTime } from "../domain/dates.ts";
import { date } from "../i18n/format.ts";
import type { CliContext } from "./io.ts";

// Loaded when a command runs: `--help` need not load the rules' schema (zod) nor the services.
const rulesService = () => import("../services/rules-service.ts");
const rulesTexts = () => import("../i18n/rules-text.ts");

export function registerRulesCommands(program: Command, ctx: CliContext): void {
  const rules = program.command("rules").description(ctx.t("cli-rules"));

  rules
    .command("list")
    .description(ctx.t("cli-rules-list"))
    .option("--province <name>", ctx.t("cli-opt-province-default"))
    .option("--json", ctx.t("cli-opt-json"))
    .action(async (options: { province?: string; json?: boolean }) => {
      const province = await ctx.province(options.province);
      const { provinceRuleSets } = await rulesService();
      const { rulesOn } = await import("../domain/rule-set.ts");
      const { rulesSourceText, rulesText } = await rulesTexts();
      const sets = await provinceRuleSets((await ctx.db()).client, province);
      const inForce = rulesOn(
        sets.map((s) => s.rules),
        dayInVietnam(new Date()),
      );
      if (options.json) return ctx.json({ province, inForce, sets });
      if (sets.length === 0) ctx.io.out(ctx.t("rules-list-empty", { province }));
      for (const s of sets)
        ctx.io.out(
          ctx.t("rules-list-line", {
            date: date(s.rules.effectiveFrom),
            name: s.rules.name,
            by: s.importedBy,
            when: formatDateTime(s.importedAt),
          }),
        );
      ctx.io.out(ctx.t("rules-list-in-force", { source: rulesSourceText(ctx.t, inForce) }));
      ctx.io.out(rulesText(ctx.t, inForce));
    });

  rules
    .command("export")
    .description(ctx.t("cli-rules-export"))
    .option("--province <name>", ctx.t("cli-opt-province-default"))
    .argument("<file>", ctx.t("cli-arg-xlsx-out"))
    .action(async (file: string, options: { province?: string }) => {
      const province = await ctx.province(options.province);
      const day = dayInVietnam(new Date());
      const { exportRules } = await rulesService();
      await ctx.writeFile(file, await exportRules((await ctx.db()).client, province, day, ctx.t));
      ctx.io.out(ctx.t("rules-exported", { file }));
    });

  rules
    .command("import")
    .description(ctx.t("cli-rules-import"))
    .option("--province <name>", ctx.t("cli-opt-province-default"))
    .option("--dry-run", ctx.t("cli-opt-rules-dry-run"))
    .option("--json", ctx.t("cli-opt-json"))
    .argument("<file>", ctx.t("cli-arg-xlsx-in"))
    .action(async (file: string, options: { province?: string; dryRun?: boolean; json?: boolean }) => {
      const province = await ctx.province(options.province);
      const buffer = await readFile(file).catch(() => ctx.fail({ code: "file-not-found", args: { path: file } }));
      const by = { importedBy: "cli", importedAt: new Date() };
      const { importRules, rulesFindingsText } = await rulesService();
      const { rulesText } = await rulesTexts();
      const result = await importRules((await ctx.db()).client, province, buffer, by, options.dryRun);
      if (!result.ok) {
        const findings = "findings" in result.error ? rulesFindingsText(ctx.t, result.error.findings) : [];
        return ctx.fail({ code: result.error.code, args: { count: findings.length, findings: findings.join("\n") } });
      }
      const set = result.value;
      if (options.json) return ctx.json({ province, dryRun: Boolean(options.dryRun), rules: set });
      const key = options.dryRun ? "rules-import-dry-run" : "rules-imported";
      ctx.io.out(ctx.t(key, { province, name: set.name, date: date(set.effectiveFrom) }));
      ctx.io.out(rulesText(ctx.t, set));
    });
}
