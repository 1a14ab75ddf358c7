// dondoc check FILE: the intake's verdict on a list, without storing anything.
import { readFile, writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { isTemplateId, type TemplateId } from "../domain/list-templates.ts";
import { createResolver } from "../domain/resolve-units.ts";
import type { ParsedPlan } from "../plan/parsed-plan.ts";
import type { IntakeContext, IntakeReport } from "../services/intake-service.ts";
import type { CliContext } from "./io.ts";

// Loaded by `dondoc check` only, not by every start (`dondoc --help`).
const intakeService = () => import("../services/intake-service.ts");
const planService = () => import("../services/plan-service.ts");

interface CheckOptions {
  template?: string;
  unit?: string;
  plan?: string;
  province?: string;
  out?: string;
  json?: boolean;
}

/** The context of a plan given as a file: its window, and the unit's quota and deadline. */
async function planFileContext(
  plan: ParsedPlan,
  unit: string | undefined,
): Promise<(template: TemplateId) => Promise<IntakeContext>> {
  const { NO_CONTEXT } = await intakeService();
  const { DEFAULT_RUBRIC } = await import("../domain/scoring.ts");
  const directory = (await (await planService()).shippedDirectories.directory(plan.province))!;
  const name = unit ? (createResolver(directory).find(unit)?.name ?? unit) : null;
  const quota = plan.quotas.find((q) => q.unit === name) ?? null;
  return async (template) => ({
    ...NO_CONTEXT,
    window: plan.templates.find((t) => t.id === template)?.window ?? null,
    quota: quota ? { official: quota.official, reserve: quota.reserve, required: quota.required } : null,
    effectiveDue:
      plan.tasks.find((t) => t.templates.includes(template) && t.lead.some((l) => l.name === name))?.deadline
        ?.effectiveDue ?? null,
    rubric: DEFAULT_RUBRIC,
  });
}

async function contextFor(
  ctx: CliContext,
  options: CheckOptions,
): Promise<(template: TemplateId) => Promise<IntakeContext>> {
  if (options.plan && !/^\d+$/.test(options.plan)) {
    const { readPlanFile, parsePlanBuffer, shippedDirectories, shippedCalendar } = await planService();
    const buffer = await readPlanFile(options.plan);
    if (!buffer.ok) ctx.fail(buffer.error);
    const plan = await parsePlanBuffer(buffer.value, {
      province: options.province,
      directories: shippedDirectories,
      calendar: shippedCalendar,
    });
    if (!plan.ok) ctx.fail(plan.error);
    return planFileContext(plan.value, options.unit);
  }
  const { NO_CONTEXT } = await intakeService();
  if (!options.unit) return async () => NO_CONTEXT;
  const { findUnit } = await import("../services/tasks-service.ts");
  const { unitIntakeContext } = await import("../services/submission-service.ts");
  const db = (await ctx.db()).client;
  const unit = await findUnit(db, options.unit, options.province);
  if (!unit.ok) ctx.fail(unit.error);
  const plan = options.plan
    ? await db.plan.findUnique({
        where: { id: Number(options.plan) },
        select: { id: true, templates: true, rubric: true },
      })
    : null;
  if (options.plan && !plan) ctx.fail({ code: "invalid-plan-id", args: { value: options.plan } });
  const inForce = plan ? { id: plan.id, templates: JSON.parse(plan.templates), rubric: plan.rubric } : null;
  return unitIntakeContext(
    db,
    { unitId: unit.value.id, unitName: unit.value.name, provinceId: unit.value.provinceId },
    inForce,
  );
}

function toJson(report: IntakeReport, unit: string | null) {
  const { check } = report;
  return {
    template: report.template,
    unit,
    rows: check.counts,
    findings: report.findings.map((f) => ({
      row: f.row,
      column: f.column,
      code: f.code,
      severity: f.severity,
      value: f.value,
      message: f.message,
    })),
    quota: check.quota && {
      official: { required: check.quota.official.required, valid: check.quota.official.valid },
      reserve: { required: check.quota.reserve.required, valid: check.quota.reserve.valid },
    },
    score: report.score,
  };
}

export function registerCheckCommand(program: Command, ctx: CliContext): void {
  program
    .command("check")
    .description(ctx.t("cli-check"))
    .argument("<file>", ctx.t("cli-arg-list-file"))
    .option("--template <id>", ctx.t("cli-opt-template"))
    .option("--unit <name>", ctx.t("cli-opt-unit"))
    .option("--plan <file-or-id>", ctx.t("cli-opt-check-plan"))
    .option("--province <name>", ctx.t("cli-opt-province"))
    .option("--out <file>", ctx.t("cli-opt-out"))
    .option("--json", ctx.t("cli-opt-json"))
    .action(async (file: string, options: CheckOptions) => {
      if (options.template && !isTemplateId(options.template.toUpperCase())) ctx.fail({ code: "unknown-template" });
      const content = await readFile(file).catch(() => ctx.fail({ code: "file-not-found", args: { path: file } }));
      const context = await contextFor(ctx, options);
      const template = options.template?.toUpperCase() as TemplateId | undefined;
      const result = await (
        await intakeService()
      ).runIntake({ name: file, content }, { t: ctx.t, at: new Date(), template, context });
      if (!result.ok) {
        const message = ctx.t(`error-${result.error.code}`, result.error.args);
        if (options.json) ctx.json({ error: { code: result.error.code, message } });
        else ctx.io.err(message);
        ctx.exit(2);
      }
      const report = result.value;
      if (options.out && report.annotated) await writeFile(options.out, report.annotated);
      if (options.json) return ctx.json(toJson(report, options.unit ?? null));
      const c = report.check.counts;
      ctx.io.out(
        ctx.t("check-summary", {
          template: report.template,
          total: c.total,
          valid: c.valid,
          official: c.official,
          reserve: c.reserve,
        }),
      );
      for (const f of report.findings) ctx.io.out(`- ${f.message}`);
      ctx.io.out(ctx.t("check-score", { points: report.score.points, max: report.score.max }));
    });
}
