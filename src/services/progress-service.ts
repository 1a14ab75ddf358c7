// The admins' view of the plan in force: per-task progress, overdue units, the score
// ranking and a chart of completion by unit group.
import { progressChartSvg } from "../charts/progress-chart.ts";
import { renderPng } from "../charts/render-png.ts";
import type { IsoDate } from "../domain/dates.ts";
import { summarizeProgress, type LeadDuty, type Progress } from "../domain/progress.ts";
import type { UnitKind } from "../domain/units.ts";
import type { Translate } from "../i18n/index.ts";
import type { PrismaClient } from "../store/database.ts";
import { findProvince } from "../store/directory-store.ts";
import { currentPlan } from "../store/plan-store.ts";
import { unitScore } from "./submission-service.ts";

export interface PlanProgress extends Progress {
  plan: { id: number; number: string | null; title: string };
  ranking: { unit: string; points: number; max: number }[];
}

export interface PlanDuty extends LeadDuty {
  role: "lead" | "coordinator";
  doneAt: Date | null;
}

/** Every assignment of a plan (or those of one role), in plan order, with when the unit did it. */
export async function dutiesOfPlan(db: PrismaClient, planId: number, role?: "lead"): Promise<PlanDuty[]> {
  const rows = await db.assignment.findMany({
    where: { task: { planId }, ...(role ? { role } : {}) },
    include: {
      unit: true,
      task: { include: { completions: { where: { undoneAt: null }, select: { unitId: true, doneAt: true } } } },
    },
    orderBy: [{ task: { position: "asc" } }, { id: "asc" }],
  });
  return rows.map((a) => {
    const done = a.task.completions.find((c) => c.unitId === a.unitId);
    return {
      ref: a.task.ref,
      title: a.task.title,
      unit: a.unit.name,
      kind: a.unit.kind as UnitKind,
      role: a.role as PlanDuty["role"],
      effectiveDue: a.task.effectiveDue,
      done: Boolean(done),
      doneAt: done?.doneAt ?? null,
    };
  });
}

/** Progress of the province's plan in force, or of the given plan of that province. */
export async function planProgress(
  db: PrismaClient,
  province: string,
  today: IsoDate,
  planId?: number,
): Promise<PlanProgress | null> {
  const provinceRow = await findProvince(db, province);
  const plan = !provinceRow
    ? null
    : planId
      ? await db.plan.findFirst({
          where: { id: planId, provinceId: provinceRow.id },
          select: { id: true, number: true, title: true },
        })
      : await currentPlan(db, provinceRow.id);
  if (!provinceRow || !plan) return null;
  const duties = await dutiesOfPlan(db, plan.id, "lead");
  const units = await db.unit.findMany({
    where: { provinceId: provinceRow.id, name: { in: [...new Set(duties.map((d) => d.unit))] } },
    select: { id: true, name: true },
  });
  const ranking = [];
  for (const unit of units) {
    const score = await unitScore(db, { unitId: unit.id, unitName: unit.name, provinceId: provinceRow.id }, today);
    if (score && score.max > 0) ranking.push({ unit: unit.name, points: score.points, max: score.max });
  }
  ranking.sort((a, b) => b.points / b.max - a.points / a.max || a.unit.localeCompare(b.unit, "vi"));
  return { plan, ...summarizeProgress(duties, today), ranking };
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
