// Task states and scores read from the store set-based (a few queries for the whole
// plan or for one unit), and the admins' view of the plan in force built on them:
// per-task progress, overdue units, the ranking of every unit and a chart by unit group.
import { progressChartSvg } from "../charts/progress-chart.ts";
import { renderPng } from "../charts/render-png.ts";
import { dayInVietnam, type IsoDate } from "../domain/dates.ts";
import { planStates, summarizeProgress, type Duty, type Progress, type UnitDuties } from "../domain/progress.ts";
import { matchRef } from "../domain/refs.ts";
import type { Scoring } from "../domain/scoring.ts";
import type { Translate } from "../i18n/index.ts";
import type { PrismaClient } from "../store/database.ts";
import { findProvince } from "../store/directory-store.ts";
import { currentPlan } from "../store/plan-store.ts";
import { loadStateRows } from "../store/state-store.ts";
import { scoringOn } from "./rules-service.ts";

export interface PlanRef {
  id: number;
  number: string | null;
  title: string;
  /** The province's rules in force on the day asked, which every score of it uses. */
  scoring: Scoring;
}

/** The given plan of the province, or its plan in force, with the rules in force on `today`. */
export async function planWithRules(
  db: PrismaClient,
  provinceId: number,
  today: IsoDate,
  planId?: number,
): Promise<PlanRef | null> {
  const plan =
    planId === undefined
      ? await currentPlan(db, provinceId)
      : await db.plan.findFirst({ where: { id: planId, provinceId }, select: { id: true, number: true, title: true } });
  return plan ? { ...plan, scoring: await scoringOn(db, provinceId, today) } : null;
}

/** One unit's duties in the plan in force (or the given plan), each with its state and score. */
export async function unitDuties(
  db: PrismaClient,
  unit: { unitId: number; provinceId: number },
  today: IsoDate,
  planId?: number,
): Promise<{ plan: PlanRef; duties: UnitDuties | null } | null> {
  const plan = await planWithRules(db, unit.provinceId, today, planId);
  if (!plan) return null;
  const [duties] = planStates(await loadStateRows(db, plan.id, unit.unitId), today, plan.scoring);
  return { plan, duties: duties ?? null };
}

/** Every unit's duties in a plan on `today`, under the province's rules of that day. */
export async function planDuties(
  db: PrismaClient,
  plan: { id: number; provinceId: number },
  today: IsoDate,
): Promise<UnitDuties[]> {
  return planStates(await loadStateRows(db, plan.id), today, await scoringOn(db, plan.provinceId, today));
}

/** The unit's duties in the plan in force on the day of `at`. */
export async function dutiesOf(db: PrismaClient, unit: { unitId: number; provinceId: number }, at: Date) {
  return (await unitDuties(db, unit, dayInVietnam(at)))?.duties?.duties ?? [];
}

/** The unit's duty that a ref (as typed) or a task id names. */
export async function findDuty(
  db: PrismaClient,
  unit: { unitId: number; provinceId: number },
  ref: { ref?: string; id?: number },
  at: Date,
): Promise<Duty | null> {
  const duties = await dutiesOf(db, unit, at);
  if (ref.id) return duties.find((d) => d.task.id === ref.id) ?? null;
  const known = matchRef(
    duties.map((d) => d.task.ref),
    ref.ref ?? "",
  );
  return duties.find((d) => d.task.ref === known) ?? null;
}

export interface PlanProgress extends Progress {
  plan: PlanRef;
  units: UnitDuties[];
}

/** Progress of the province's plan in force, or of the given plan of that province. */
export async function planProgress(
  db: PrismaClient,
  province: string,
  today: IsoDate,
  planId?: number,
): Promise<PlanProgress | null> {
  const provinceRow = await findProvince(db, province);
  const plan = provinceRow ? await planWithRules(db, provinceRow.id, today, planId) : null;
  if (!plan) return null;
  const units = planStates(await loadStateRows(db, plan.id), today, plan.scoring);
  return { plan, units, ...summarizeProgress(units, today) };
}

export async function progressChart(progress: Progress, t: Translate): Promise<Buffer> {
  const bars = progress.groups.map((g) => ({ ...g, label: t(`group-${g.kind}`) }));
  return renderPng(
    progressChartSvg(bars, {
      title: t("progress-chart-title"),
      done: t("state-done"),
      overdue: t("state-overdue"),
      pending: t("state-pending"),
    }),
  );
}
