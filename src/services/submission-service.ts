// A focal point's list for their unit: checked against what the plan in force asks of
// the unit, stored as its current list, the task marked done when the list is complete,
// and the unit's score recomputed.
import { dayInVietnam } from "../domain/dates.ts";
import type { DateWindow, TemplateId } from "../domain/list-templates.ts";
import { fail, ok, type Result } from "../domain/result.ts";
import { parseRubric, scoreUnit, type Duty, type ScoredDuty } from "../domain/scoring.ts";
import type { Translate } from "../i18n/index.ts";
import type { PrismaClient } from "../store/database.ts";
import { loadDirectory } from "../store/directory-store.ts";
import { currentPlan } from "../store/plan-store.ts";
import { currentPhones, currentSubmissions, leadDuties, markDone, saveSubmission } from "../store/submission-store.ts";
import { NO_CONTEXT, otherUnitNamed, runIntake, type IntakeContext, type IntakeReport } from "./intake-service.ts";
import type { Quota } from "../domain/list-check.ts";
import { writeTemplate } from "../sheets/template-sheet.ts";
import { planTemplates, readJson, templateIds } from "../store/json-columns.ts";

export interface UnitInPlan {
  unitId: number;
  unitName: string;
  provinceId: number;
}

interface PlanInForce {
  id: number;
  templates: { id: TemplateId; window: DateWindow | null }[];
  rubric: string | null;
}

async function planInForce(db: PrismaClient, provinceId: number): Promise<PlanInForce | null> {
  const plan = await currentPlan(db, provinceId);
  if (!plan) return null;
  const row = await db.plan.findUniqueOrThrow({ where: { id: plan.id }, select: { templates: true, rubric: true } });
  return { id: plan.id, templates: readJson(planTemplates, row.templates, "Plan.templates"), rubric: row.rubric };
}

async function quotaOf(db: PrismaClient, planId: number, unitId: number): Promise<Quota | null> {
  const q = await db.quota.findUnique({ where: { planId_unitId: { planId, unitId } } });
  return q
    ? {
        official: q.official,
        reserve: q.reserve,
        required: { official: q.requiredOfficial, reserve: q.requiredReserve },
      }
    : null;
}

const templatesOf = (task: { templates: string }) => readJson(templateIds, task.templates, "Task.templates");

/** The list templates the plan in force asks of the unit, in the order its tasks cite them. */
export async function expectedTemplates(db: PrismaClient, unit: UnitInPlan): Promise<TemplateId[]> {
  const plan = await planInForce(db, unit.provinceId);
  if (!plan) return [];
  return [...new Set((await leadDuties(db, unit.unitId, plan.id)).flatMap(templatesOf))];
}

/** The blank lists the unit must fill, with its quota and the plan's date window written in. */
export async function blankTemplates(
  db: PrismaClient,
  unit: UnitInPlan,
  t: Translate,
): Promise<{ id: TemplateId; content: Buffer }[]> {
  const plan = await planInForce(db, unit.provinceId);
  if (!plan) return [];
  const quota = await quotaOf(db, plan.id, unit.unitId);
  const ids = await expectedTemplates(db, unit);
  return Promise.all(
    ids.map(async (id) => ({
      id,
      content: await writeTemplate(
        id,
        { unit: unit.unitName, quota, window: plan.templates.find((p) => p.id === id)?.window ?? null },
        t,
      ),
    })),
  );
}

/** What a unit's list is checked against: the plan's window, the unit's quota and other lists, its deadline. */
export async function unitIntakeContext(
  db: PrismaClient,
  unit: UnitInPlan,
  plan?: PlanInForce | null,
): Promise<(template: TemplateId) => Promise<IntakeContext>> {
  const inForce = plan ?? (await planInForce(db, unit.provinceId));
  if (!inForce)
    return async (template) => ({ ...NO_CONTEXT, knownPhones: await currentPhones(db, unit.unitId, template) });
  const duties = await leadDuties(db, unit.unitId, inForce.id);
  const quota = await quotaOf(db, inForce.id, unit.unitId);
  return async (template) => ({
    window: inForce.templates.find((p) => p.id === template)?.window ?? null,
    quota,
    knownPhones: await currentPhones(db, unit.unitId, template),
    effectiveDue: duties.find((d) => templatesOf(d).includes(template))?.effectiveDue ?? null,
    rubric: parseRubric(inForce.rubric),
  });
}

export interface Submitted {
  report: IntakeReport;
  submissionId: number;
  taskDone: string | null;
  unitScore: { points: number; max: number };
}

export async function submitList(
  db: PrismaClient,
  unit: UnitInPlan,
  file: { name: string; content: Buffer },
  by: string,
  at: Date,
  t: Translate,
): Promise<Result<Submitted>> {
  const plan = await planInForce(db, unit.provinceId);
  if (!plan) return fail("no-plan");
  const expected = new Set(await expectedTemplates(db, unit));
  const result = await runIntake(file, { t, at, context: await unitIntakeContext(db, unit, plan) });
  if (!result.ok) return result;
  const report = result.value;
  if (!expected.has(report.template)) {
    return fail(expected.size ? "template-not-asked" : "no-list-asked", {
      template: report.template,
      expected: [...expected].join(", "),
      unit: unit.unitName,
    });
  }
  const other = otherUnitNamed(report.titles, await loadDirectory(db, unit.provinceId), unit.unitName);
  if (other) return fail("file-other-unit", { other, unit: unit.unitName });

  const submissionId = await saveSubmission(db, {
    unitId: unit.unitId,
    planId: plan.id,
    template: report.template,
    fileName: file.name,
    receivedAt: at,
    submittedBy: by,
    complete: report.complete,
    counts: report.check.counts,
    findings: report.check.findings,
    rows: report.check.rows,
  });
  const taskDone = report.complete ? await completeTasks(db, unit.unitId, plan.id, report.template, at, by) : null;
  const score = await unitScore(db, unit, dayInVietnam(at));
  return ok({ report, submissionId, taskDone, unitScore: { points: score?.points ?? 0, max: score?.max ?? 0 } });
}

/** Marks done the unit's task that asks for this template, once every list it asks for is complete. */
async function completeTasks(
  db: PrismaClient,
  unitId: number,
  planId: number,
  template: TemplateId,
  at: Date,
  by: string,
): Promise<string | null> {
  const complete = new Set(
    (await currentSubmissions(db, unitId, planId)).filter((s) => s.complete).map((s) => s.template),
  );
  for (const task of await leadDuties(db, unitId, planId)) {
    const asked = templatesOf(task);
    if (!asked.includes(template) || !asked.every((t) => complete.has(t))) continue;
    if (await markDone(db, { taskId: task.id, unitId, doneAt: at, source: "submission", by })) return task.ref;
  }
  return null;
}

/** The unit's score in the plan in force, duty by duty. */
export async function unitScore(
  db: PrismaClient,
  unit: UnitInPlan,
  today: string,
): Promise<{ points: number; max: number; duties: ScoredDuty[] } | null> {
  const plan = await planInForce(db, unit.provinceId);
  if (!plan) return null;
  const submissions = await currentSubmissions(db, unit.unitId, plan.id);
  const duties: Duty[] = (await leadDuties(db, unit.unitId, plan.id)).map((task) => {
    const asked = templatesOf(task);
    const base = { ref: task.ref, title: task.title, effectiveDue: task.effectiveDue };
    if (asked.length === 0) {
      const done = task.completions[0];
      return { ...base, sentOn: done ? dayInVietnam(done.doneAt) : null, complete: Boolean(done) };
    }
    const lists = asked.map((t) => submissions.find((s) => s.template === t));
    if (lists.some((l) => !l)) return { ...base, sentOn: null, complete: false };
    const last = lists.reduce((a, b) => (a!.receivedAt > b!.receivedAt ? a : b))!;
    return { ...base, sentOn: dayInVietnam(last.receivedAt), complete: lists.every((l) => l!.complete) };
  });
  return scoreUnit(duties, today, parseRubric(plan.rubric));
}
