import type { Command } from "commander";
import { formatDateTime } from "../domain/dates.ts";
import { documentKind } from "../domain/document-kind.ts";
import type { ParsedPlan } from "../plan/parsed-plan.ts";
import type { ImportSummary } from "../domain/plan-import.ts";
import type { Failure } from "../domain/result.ts";
import { importSummaryLines, unplacedText } from "../i18n/import-summary.ts";
import type { PrismaClient } from "../store/database.ts";
import { changeText, date, warningText } from "../i18n/format.ts";
import { CliExit, type CliContext } from "./io.ts";

// Loaded when a command runs: --help reads no plan.
const planService = () => import("../services/plan-service.ts");
const planImport = () => import("../domain/plan-import.ts");

interface PlanFileOptions {
  province?: string;
  json?: boolean;
  notify?: boolean;
  reason?: string;
  acceptUnresolved?: boolean;
  alias?: string[];
}

const NONE_UNPLACED = { count: 0, lines: [] };

function planJson(ctx: CliContext, plan: ParsedPlan) {
  return {
    province: plan.province,
    plan: plan.plan,
    templates: plan.templates,
    tasks: plan.tasks,
    quotas: plan.quotas,
    warnings: plan.warnings.map((w) => ({ code: w.code, ...w.args, message: warningText(ctx.t, w) })),
    unplaced: plan.unplaced ?? NONE_UNPLACED,
  };
}

/** `tasks`: the plan's work tasks (its headings not counted). */
function printPlan(ctx: CliContext, plan: ParsedPlan, tasks: number): void {
  const { t } = ctx;
  ctx.io.out(
    t("plan-heading", {
      kind: t(`document-kind-${documentKind(plan.plan.number)}`),
      number: plan.plan.number ?? "—",
      date: date(plan.plan.date),
      issuer: plan.plan.issuer ?? "",
    }),
  );
  if (plan.plan.title) ctx.io.out(plan.plan.title);
  ctx.io.out(t("plan-summary", { tasks, quotas: plan.quotas.length }));
  for (const task of plan.tasks) {
    const deadline = task.deadline
      ? t("task-deadline", { text: task.deadline.text, date: date(task.deadline.effectiveDue) })
      : "";
    ctx.io.out(`${task.ref}  ${task.title}${deadline ? `\n      ${deadline}` : ""}`);
    if (task.lead.length) ctx.io.out(`      ${t("role-lead")}: ${task.lead.map((u) => u.name).join(", ")}`);
    if (task.coordinators.length)
      ctx.io.out(`      ${t("role-coordinator")}: ${task.coordinators.map((u) => u.name).join(", ")}`);
  }
  printWarnings(ctx, plan);
  for (const line of unplacedText(t, plan.unplaced ?? NONE_UNPLACED)) ctx.io.out(line);
}

/** "Sở TT-TT=Sở Thông tin và Truyền thông" → the name and the unit; exits 2 on anything else. */
function parseAlias(ctx: CliContext, value: string): { name: string; unit: string } {
  const at = value.indexOf("=");
  const name = value.slice(0, at).trim();
  const unit = value.slice(at + 1).trim();
  if (at < 0 || !name || !unit) ctx.fail({ code: "invalid-alias", args: { value } });
  return { name, unit };
}

/** The plan read, then read again with the aliases given (checked against the plan's own province). */
async function readAsAdminSays(ctx: CliContext, db: PrismaClient, buffer: Buffer, options: PlanFileOptions) {
  const { aliasChoices, readForImport } = await import("../services/plan-import-service.ts");
  const serving = ctx.config.PROVINCE;
  const aliases = (options.alias ?? []).map((value) => parseAlias(ctx, value));
  const first = await readForImport(db, buffer, { province: options.province, choices: [], serving });
  if (!first.ok) ctx.fail(first.error);
  const province = first.value.parsed.province;
  const choices = await aliasChoices(db, province, aliases);
  if (!choices.ok) ctx.fail(choices.error);
  if (choices.value.length === 0) return { ...first.value, choices: [] };
  const again = await readForImport(db, buffer, { province, choices: choices.value, serving });
  if (!again.ok) ctx.fail(again.error);
  return { ...again.value, choices: choices.value };
}

/** Why the plan is not imported as it stands: another province's, or names not understood. */
function importRefusal(ctx: CliContext, summary: ImportSummary, options: PlanFileOptions): Failure | null {
  if (summary.foreign && !options.province)
    return { code: "import-foreign", args: { province: summary.province, serving: ctx.config.PROVINCE } };
  if (summary.unresolved.length && !options.acceptUnresolved) {
    const names = summary.unresolved.map((n) => n.name).join("; ");
    return { code: "import-unresolved", args: { count: summary.unresolved.length, names } };
  }
  return null;
}

function printWarnings(ctx: CliContext, plan: ParsedPlan): void {
  if (plan.warnings.length === 0) return;
  ctx.io.out(ctx.t("plan-warnings", { count: plan.warnings.length }));
  for (const w of plan.warnings) ctx.io.out(`- ${warningText(ctx.t, w)}`);
}

const SCORING_FLAGS = ["dutyPoints", "lateFactor", "incompleteFactor", "lateIncompleteFactor", "errorTolerance"];

export function registerPlanCommands(program: Command, ctx: CliContext): void {
  const plan = program.command("plan").description(ctx.t("cli-plan"));

  // parse and import take the same file and options, and read the file the same way.
  const fileCommand = (
    name: string,
    description: string,
    run: (buffer: Buffer, file: string, options: PlanFileOptions) => Promise<void>,
  ) =>
    plan
      .command(name)
      .description(description)
      .argument("<file>", ctx.t("cli-arg-plan-file"))
      .option("--province <name>", ctx.t("cli-opt-province"))
      .option("--json", ctx.t("cli-opt-json"))
      .action(async (file: string, options: PlanFileOptions) => {
        const { readPlanFile } = await planService();
        const buffer = await readPlanFile(file);
        if (!buffer.ok) ctx.fail(buffer.error);
        await run(buffer.value, file, options);
      });

  fileCommand("parse", ctx.t("cli-plan-parse"), async (buffer, _, options) => {
    const { parsePlanBuffer, shippedCalendar, shippedDirectories } = await planService();
    const parsed = await parsePlanBuffer(buffer, {
      province: options.province,
      directories: shippedDirectories,
      calendar: shippedCalendar,
    });
    if (!parsed.ok) ctx.fail(parsed.error);
    if (options.json) ctx.json(planJson(ctx, parsed.value));
    else printPlan(ctx, parsed.value, (await planImport()).workTasks(parsed.value).length);
  });

  fileCommand("import", ctx.t("cli-plan-import"), async (buffer, file, options) => {
    const db = (await ctx.db()).client;
    const read = await readAsAdminSays(ctx, db, buffer, options);
    const { parsed, summary, choices } = read;
    const refusal = importRefusal(ctx, summary, options);
    const lines = importSummaryLines(ctx.t, { plan: parsed.plan.number ?? "—", summary, serving: ctx.config.PROVINCE });
    if (refusal) {
      if (options.json) {
        ctx.json({
          summary,
          changes: [],
          error: { code: refusal.code, message: ctx.t(`error-${refusal.code}`, refusal.args) },
        });
        throw new CliExit(2);
      }
      for (const line of lines) ctx.io.out(line);
      ctx.fail(refusal);
    }
    const author = {
      by: "cli",
      reason: options.reason ?? "",
      at: new Date(),
      source: "cli" as const,
      notify: options.notify ?? false,
    };
    const { recordChange } = await import("../services/plan-change-service.ts");
    const { saveImport } = await import("../services/plan-import-service.ts");
    const recorded = recordChange(parsed, author);
    const saved = await saveImport(db, parsed, file, choices, recorded.alongside);
    if (options.json) {
      ctx.json({
        planId: saved.planId,
        created: saved.created,
        changes: saved.changes,
        summary,
        ...planJson(ctx, parsed),
      });
      return;
    }
    const { t } = ctx;
    const { workTasks } = await planImport();
    for (const line of lines) ctx.io.out(line);
    ctx.io.out(
      t(saved.created ? "plan-imported" : "plan-updated", {
        id: saved.planId,
        tasks: workTasks(parsed).length,
        quotas: parsed.quotas.length,
      }),
    );
    if (!saved.created) {
      ctx.io.out(saved.changes.length ? t("plan-changes", { count: saved.changes.length }) : t("plan-unchanged"));
      for (const change of saved.changes) ctx.io.out(`- ${changeText(t, change)}`);
    }
    if (options.notify) ctx.io.out(t("plan-notified", recorded.counts));
    printWarnings(ctx, parsed);
  })
    .option("--notify", ctx.t("cli-opt-notify"))
    .option("--reason <text>", ctx.t("cli-opt-reason"))
    .option("--accept-unresolved", ctx.t("cli-opt-accept-unresolved"))
    .option("--alias <name=unit>", ctx.t("cli-opt-alias"), (value: string, all?: string[]) => [...(all ?? []), value]);

  plan
    .command("history")
    .description(ctx.t("cli-plan-history"))
    .option("--plan <id>", ctx.t("cli-opt-plan"))
    .option("--json", ctx.t("cli-opt-json"))
    .action(async (options: { plan?: string; json?: boolean }) => {
      const planId = ctx.planId(options.plan);
      const { appliedRevisions } = await import("../store/revision-store.ts");
      const revisions = await appliedRevisions((await ctx.db()).client, 100, planId);
      if (options.json) return ctx.json(revisions);
      if (revisions.length === 0) return ctx.io.out(ctx.t("history-empty"));
      for (const r of revisions) {
        ctx.io.out(
          ctx.t("history-entry", {
            when: formatDateTime(r.decidedAt ?? r.createdAt),
            by: r.createdBy,
            reason: r.reason || "—",
            count: r.changes.length,
          }),
        );
        for (const change of r.changes) ctx.io.out(`  - ${changeText(ctx.t, change)}`);
      }
    });

  plan
    .command("settings")
    .description(ctx.t("cli-plan-settings"))
    .argument("<id>", ctx.t("cli-opt-plan"))
    .option("--remind-before <days>", ctx.t("cli-opt-remind-before"))
    .option("--remind-every <days>", ctx.t("cli-opt-remind-every"))
    .option("--duty-points <points>", ctx.t("cli-opt-scoring-moved"))
    .option("--late-factor <factor>", ctx.t("cli-opt-scoring-moved"))
    .option("--incomplete-factor <factor>", ctx.t("cli-opt-scoring-moved"))
    .option("--late-incomplete-factor <factor>", ctx.t("cli-opt-scoring-moved"))
    .option("--error-tolerance <share>", ctx.t("cli-opt-scoring-moved"))
    .action(async (id: string, o: Record<string, string | undefined>) => {
      // Scoring left the plan for the province's rule sets: say where it went rather than "unknown option".
      if (SCORING_FLAGS.some((flag) => o[flag] !== undefined)) ctx.fail({ code: "scoring-in-rules" });
      const number = (v: string | undefined) => (v === undefined ? undefined : Number(v));
      const changes = {
        beforeWorkingDays: o.remindBefore?.split(",").map(Number),
        overdueEveryDays: number(o.remindEvery),
      };
      const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
      const { updatePlanSettings } = await planService();
      const result = await updatePlanSettings((await ctx.db()).client, ctx.planId(id)!, defined);
      if (!result.ok) ctx.fail(result.error);
      const reminders = result.value;
      ctx.io.out(
        ctx.t("plan-settings", { before: reminders.beforeWorkingDays.join(", "), every: reminders.overdueEveryDays }),
      );
    });

  plan
    .command("list")
    .description(ctx.t("cli-plan-list"))
    .option("--json", ctx.t("cli-opt-json"))
    .action(async (options: { json?: boolean }) => {
      const { listPlans } = await import("../store/plan-store.ts");
      const plans = await listPlans((await ctx.db()).client);
      if (options.json) return ctx.json(plans);
      if (plans.length === 0) return ctx.io.out(ctx.t("plan-list-empty"));
      for (const p of plans) {
        ctx.io.out(
          ctx.t("plan-list-line", {
            id: p.id,
            province: p.province,
            kind: ctx.t(`document-kind-${documentKind(p.number)}`),
            number: p.number ?? "—",
            date: date(p.issuedOn),
            tasks: p.tasks,
          }),
        );
        ctx.io.out(`    ${p.title}`);
      }
    });
}
