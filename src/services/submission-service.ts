// A focal point's list for their unit: checked against what the plan in force asks of
// the unit, stored as its current list, and the state of the tasks that ask for it
// (with their completion marks) and the unit's score recomputed.
import { dayInVietnam, type IsoDate } from "../domain/dates.ts";
import { citedAppendices, type DateWindow, type TemplateId } from "../domain/list-templates.ts";
import { fail, ok, type Result } from "../domain/result.ts";
import { INTAKE_LIMITS, intakeRefusal } from "../domain/limits.ts";
import { DEFAULT_SCORING, type Scoring, type TaskScore } from "../domain/scoring.ts";
import { closeIntakeTicket, openIntakeTicket, type IntakeSender } from "../store/intake-store.ts";
import type { Duty } from "../domain/progress.ts";
import { askedLists } from "../domain/task-state.ts";
import type { Translate } from "../i18n/index.ts";
import type { PrismaClient } from "../store/database.ts";
import { loadDirectory } from "../store/directory-store.ts";
import { loopTurn } from "../store/loop-turns.ts";
import { enqueue } from "../store/outbox-store.ts";
import { currentPlan } from "../store/plan-store.ts";
import { currentPhones, leadDuties, markDone, saveSubmission, undoDone } from "../store/submission-store.ts";
import { unitDuties } from "./progress-service.ts";
import { NO_CONTEXT, otherUnitNamed, runIntake, type IntakeContext, type IntakeReport } from "./intake-service.ts";
import type { Quota } from "../domain/list-check.ts";
import { templateFileName, writeTemplate } from "../sheets/template-sheet.ts";
import { scoringOn } from "./rules-service.ts";
import { planTemplates, readJson, templateIds } from "../store/json-columns.ts";

export interface UnitInPlan {
  unitId: number;
  unitName: string;
  provinceId: number;
}

interface PlanInForce {
  id: number;
  templates: { id: TemplateId; window: DateWindow | null }[];
}

async function planInForce(db: PrismaClient, provinceId: number): Promise<PlanInForce | null> {
  const plan = await currentPlan(db, provinceId);
  if (!plan) return null;
  const row = await db.plan.findUniqueOrThrow({ where: { id: plan.id }, select: { templates: true } });
  return { id: plan.id, templates: readJson(planTemplates, row.templates, "Plan.templates") };
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

/** The list templates the plan in force asks of the unit, in the order its tasks cite them (none with quota 0). */
export async function expectedTemplates(db: PrismaClient, unit: UnitInPlan): Promise<TemplateId[]> {
  const plan = await planInForce(db, unit.provinceId);
  if (!plan) return [];
  const quota = await quotaOf(db, plan.id, unit.unitId);
  const cited = (await leadDuties(db, unit.unitId, plan.id)).flatMap((d) =>
    readJson(templateIds, d.templates, "Task.templates"),
  );
  return [...new Set(askedLists(cited, quota))];
}

/** Tasks of the unit that cite appendices none of which is a list template dondoc has ("phụ lục số II, VII"). */
export async function appendicesWithoutTemplate(
  db: PrismaClient,
  unit: UnitInPlan,
): Promise<{ appendices: string[]; refs: string[] }> {
  const plan = await planInForce(db, unit.provinceId);
  const duties = plan ? await leadDuties(db, unit.unitId, plan.id) : [];
  // The stored templates are those the plan carries; the title says what the task cites.
  const asking = duties
    .filter((d) => templatesOf(d).length === 0)
    .map((d) => ({ ref: d.ref, cited: citedAppendices(d.title) }))
    .filter((d) => d.cited.length > 0);
  return { appendices: [...new Set(asking.flatMap((d) => d.cited))], refs: asking.map((d) => d.ref) };
}

/** The blank lists the unit must fill (official forms, in Vietnamese), with its quota and the plan's window. */
export async function blankTemplates(
  db: PrismaClient,
  unit: UnitInPlan,
): Promise<{ id: TemplateId; name: string; content: Buffer }[]> {
  const plan = await planInForce(db, unit.provinceId);
  if (!plan) return [];
  const quota = await quotaOf(db, plan.id, unit.unitId);
  const ids = await expectedTemplates(db, unit);
  return Promise.all(
    ids.map(async (id) => ({
      id,
      name: templateFileName(id, unit.unitName),
      content: await writeTemplate(id, {
        unit: unit.unitName,
        quota,
        window: plan.templates.find((p) => p.id === id)?.window ?? null,
      }),
    })),
  );
}

/** What a unit's list is checked against: the plan's window, the unit's quota and other lists, its deadline. */
export async function unitIntakeContext(
  db: PrismaClient,
  unit: UnitInPlan,
  /** The day the list is checked on: the rules in force that day score it. */
  day: IsoDate,
  plan?: PlanInForce | null,
): Promise<(template: TemplateId) => Promise<IntakeContext>> {
  const inForce = plan ?? (await planInForce(db, unit.provinceId));
  const scoring = await scoringOn(db, unit.provinceId, day);
  if (!inForce)
    return async (template) => ({
      ...NO_CONTEXT,
      scoring,
      knownPhones: await currentPhones(db, unit.unitId, template),
    });
  const duties = await leadDuties(db, unit.unitId, inForce.id);
  const quota = await quotaOf(db, inForce.id, unit.unitId);
  return async (template) => ({
    window: inForce.templates.find((p) => p.id === template)?.window ?? null,
    quota,
    knownPhones: await currentPhones(db, unit.unitId, template),
    effectiveDue: duties.find((d) => templatesOf(d).includes(template))?.effectiveDue ?? null,
    scoring,
  });
}

export interface Submitted {
  report: IntakeReport;
  submissionId: number;
  /** The tasks that ask for this list, in their state once it is stored. */
  duties: Duty[];
  /** Tasks this list finished. */
  finished: string[];
  unitScore: TaskScore;
  scoring: Scoring;
  /** The day the list was received, in Vietnam. */
  today: IsoDate;
}

export async function submitList(
  db: PrismaClient,
  unit: UnitInPlan,
  file: { name: string; content: Buffer },
  by: string,
  at: Date,
  t: Translate,
  /** The sender's chat, told at once when the list waits for a worker. */
  chat?: { channel: string; chatId: string },
): Promise<Result<Submitted>> {
  const plan = await planInForce(db, unit.provinceId);
  if (!plan) return fail("no-plan");
  const expected = new Set(await expectedTemplates(db, unit));
  const context = await unitIntakeContext(db, unit, dayInVietnam(at), plan);
  const onQueued = chat
    ? async (place: number) => {
        await enqueue(db, {
          key: `queued|${chat.channel}|${chat.chatId}|${at.getTime()}|${place}`,
          channel: chat.channel,
          chatId: chat.chatId,
          kind: "notice",
          text: t("intake-queued", { place }),
          notBefore: at,
        });
      }
    : undefined;
  // Each step below in a turn of the loop of its own: ten lists sent at once must not run
  // their reads, tickets and writes (each commit a wait for the disk) in one turn.
  await loopTurn();
  const result = chat
    ? await withinIntakeLimits(db, { unitId: unit.unitId, channel: chat.channel, chatId: chat.chatId }, () =>
        runIntake(file, { t, at, context, onQueued }),
      )
    : await runIntake(file, { t, at, context, onQueued });
  if (!result.ok) return result;
  await loopTurn();
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
  await loopTurn();
  const { finished, duties, score, scoring } = await syncCompletions(db, unit, report.template, at, by);
  return ok({ report, submissionId, duties, finished, unitScore: score, scoring, today: dayInVietnam(at) });
}

/**
 * Runs an intake within the chat's and the unit's limits (INTAKE_LIMITS), or answers which
 * limit it is past and when to send again. The limits are counted in wall-clock time, not
 * in the chat's day (which a test or `--today` may set in the past).
 */
async function withinIntakeLimits<T>(
  db: PrismaClient,
  sender: IntakeSender,
  run: () => Promise<Result<T>>,
): Promise<Result<T>> {
  const now = new Date();
  const ticket = await openIntakeTicket(db, sender, now, INTAKE_LIMITS.staleAfterMs, (load) =>
    intakeRefusal(load, now),
  );
  if ("code" in ticket) return fail(ticket.code, ticket.args);
  try {
    return await run();
  } finally {
    await closeIntakeTicket(db, ticket.id, new Date());
  }
}

/**
 * After a list: the state of the tasks that ask for it, and their completion marks kept
 * in step with it (a task is marked done when its lists make it finished, and the mark
 * is taken back when a worse list replaces a good one), so reminders follow the state.
 */
async function syncCompletions(db: PrismaClient, unit: UnitInPlan, template: TemplateId, at: Date, by: string) {
  const found = await unitDuties(db, unit, dayInVietnam(at));
  const all = found?.duties?.duties ?? [];
  const duties = all.filter((d) => d.role === "lead" && d.state.asked.includes(template));
  const finished: string[] = [];
  for (const d of duties) {
    if (d.state.finished) {
      if (await markDone(db, { taskId: d.task.id, unitId: unit.unitId, doneAt: at, source: "submission", by }))
        finished.push(d.task.ref);
    } else await undoDone(db, d.task.id, unit.unitId, by, at);
  }
  const score = found?.duties?.score ?? { points: 0, max: 0 };
  return { finished, duties, score, scoring: found?.plan.scoring ?? DEFAULT_SCORING };
}
