// dondoc check FILE: the intake's verdict on a list, without storing anything.
import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import type { TemplateId } from "../domain/list-templates.ts";
import { createResolver } from "../domain/resolve-units.ts";
import { dayInVietnam } from "../domain/dates.ts";
import type { ParsedPlan } from "../plan/parsed-plan.ts";
import type { IntakeContext, IntakeReport } from "../services/intake-service.ts";
import { DATE, TEMPLATE } from "./args.ts";
import { startProgress } from "./progress.ts";
import type { CliContext } from "./io.ts";

interface CheckOptions {
  template?: string;
  unit?: string;
  plan?: string;
  province?: string;
  out?: string;
  json?: boolean;
  today?: string;
}

/** The context of a plan given as a file: its window, and the unit's quota and deadline. */
async function planFileContext(
  ctx: CliContext,
  plan: ParsedPlan,
  unit: string | undefined,
): Promise<(template: TemplateId) => Promise<IntakeContext>> {
  const { shippedDirectories } = await import("../services/plan-service.ts");
  const { NO_CONTEXT } = await import("../services/intake-service.ts");
  const directory = (await shippedDirectories.directory(plan.province))!;
  const found = unit ? createResolver(directory).find(unit) : null;
  if (unit && !found) ctx.fail({ code: "unknown-unit", args: { name: unit } });
  const name = found?.name ?? null;
  const quota = plan.quotas.find((q) => q.unit === name) ?? null;
  return async (template) => ({
    ...NO_CONTEXT,
    window: plan.templates.find((t) => t.id === template)?.window ?? null,
    quota: quota ? { official: quota.official, reserve: quota.reserve, required: quota.required } : null,
    effectiveDue:
      plan.tasks.find((t) => t.templates.includes(template) && t.lead.some((l) => l.name === name))?.deadline
        ?.effectiveDue ?? null,
  });
}

async function contextFor(
  ctx: CliContext,
  options: CheckOptions,
  at: Date,
): Promise<(template: TemplateId) => Promise<IntakeContext>> {
  const { NO_CONTEXT } = await import("../services/intake-service.ts");
  if (options.plan && !/^\d+$/.test(options.plan)) {
    const { parsePlanBuffer, readPlanFile, shippedCalendar, shippedDirectories } =
      await import("../services/plan-service.ts");
    const buffer = await readPlanFile(options.plan);
    if (!buffer.ok) ctx.fail(buffer.error);
    const plan = await parsePlanBuffer(buffer.value, {
      province: options.province,
      directories: shippedDirectories,
      calendar: shippedCalendar,
    });
    if (!plan.ok) ctx.fail(plan.error);
    return planFileContext(ctx, plan.value, options.unit);
  }
  if (!options.unit) return async () => NO_CONTEXT;
  const unit = await ctx.unit(options.unit, options.province);
  const db = (await ctx.db()).client;
  const plan = options.plan
    ? await db.plan.findUnique({
        where: { id: Number(options.plan) },
        select: { id: true, templates: true },
      })
    : null;
  if (options.plan && !plan) ctx.fail({ code: "invalid-plan-id", args: { value: options.plan } });
  const inForce = plan ? { id: plan.id, templates: JSON.parse(plan.templates) } : null;
  const owner = { unitId: unit.id, unitName: unit.name, provinceId: unit.provinceId };
  const { unitIntakeContext } = await import("../services/submission-service.ts");
  return unitIntakeContext(db, owner, dayInVietnam(at), inForce);
}

/** What the verdict could not take into account: the plan (its window, deadline) and the unit's quota. */
function skippedChecks(context: IntakeContext): ("plan" | "quota")[] {
  const noPlan = context.window === null && context.effectiveDue === null;
  return [...(noPlan ? (["plan"] as const) : []), ...(context.quota === null ? (["quota"] as const) : [])];
}

function toJson(report: IntakeReport, unit: string | null, skipped: string[]) {
  const { check } = report;
  return {
    template: report.template,
    unit,
    rows: check.counts,
    findings: check.findings.map((f) => ({
      row: f.row,
      column: f.column,
      code: f.code,
      severity: f.severity,
      value: f.value,
      message: report.message(f),
    })),
    quota: check.quota && {
      official: { required: check.quota.official.required, valid: check.quota.official.valid },
      reserve: { required: check.quota.reserve.required, valid: check.quota.reserve.valid },
    },
    score: report.score,
    skipped,
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
    .option("--today <date>", ctx.t("cli-opt-check-today"))
    .option("--json", ctx.t("cli-opt-json"))
    .action(async (file: string, options: CheckOptions) => {
      const template = ctx.arg(TEMPLATE, options.template);
      const today = ctx.arg(DATE, options.today);
      // The list is scored as if received on that day (noon in Vietnam), else now.
      const at = today ? new Date(`${today}T12:00:00+07:00`) : new Date();
      const content = await readFile(file).catch(() => ctx.fail({ code: "file-not-found", args: { path: file } }));
      const contextOf = await contextFor(ctx, options, at);
      const { NO_CONTEXT, runIntake } = await import("../services/intake-service.ts");
      let used = NO_CONTEXT;
      const context = async (id: TemplateId) => (used = await contextOf(id));
      const progress = startProgress(ctx, file);
      const result = await runIntake({ name: file, content }, { t: ctx.t, at, template, context }).finally(() =>
        progress.stop(),
      );
      const report = ctx.value(result);
      if (options.out && report.annotated) await ctx.writeFile(options.out, report.annotated);
      const skipped = skippedChecks(used);
      if (options.json) return ctx.json(toJson(report, options.unit ?? null, skipped));
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
      for (const f of report.check.findings) ctx.io.out(`- ${report.message(f)}`);
      for (const what of skipped) ctx.io.out(ctx.t(`check-skipped-${what}`));
      ctx.io.out(ctx.t("check-score", { points: report.score.points, max: report.score.max }));
    });
}
