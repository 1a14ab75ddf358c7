// The consolidated workbook of a plan: status of every unit's tasks, scores, and the
// accepted rows of every list template. Personal data: admins only.
import { dayInVietnam, type IsoDate } from "../domain/dates.ts";
import { dutyState } from "../domain/progress.ts";
import { TEMPLATE_IDS } from "../domain/list-templates.ts";
import { fail, ok, type Result } from "../domain/result.ts";
import type { Translate } from "../i18n/index.ts";
import type { PrismaClient } from "../store/database.ts";
import { writeExport, type ExportData, type StatusCell } from "../sheets/export-workbook.ts";
import { dutiesOfPlan, planProgress } from "./progress-service.ts";
import { readJson, rowValues } from "../store/json-columns.ts";

async function acceptedLists(db: PrismaClient, planId: number): Promise<ExportData["lists"]> {
  const rows = await db.submissionRow.findMany({
    where: { valid: true, submission: { planId, supersededAt: null } },
    include: { submission: { select: { template: true, unit: { select: { name: true } } } } },
    orderBy: [{ submission: { unit: { name: "asc" } } }, { submissionId: "asc" }, { excelRow: "asc" }],
  });
  return TEMPLATE_IDS.map((template) => ({
    template,
    rows: rows
      .filter((r) => r.submission.template === template)
      .map((r) => ({
        unit: r.submission.unit.name,
        section: r.section,
        values: readJson(rowValues, r.data, "SubmissionRow.data"),
      })),
  })).filter((list) => list.rows.length > 0);
}

/** The export of a plan (by id, or the province's plan in force). */
export async function exportPlan(
  db: PrismaClient,
  province: string,
  at: Date,
  t: Translate,
  planId?: number,
): Promise<Result<{ name: string; content: Buffer }>> {
  const today: IsoDate = dayInVietnam(at);
  const progress = await planProgress(db, province, today, planId);
  if (!progress) return fail(planId ? "invalid-plan-id" : "no-plan", { value: String(planId ?? "") });
  const duties = await dutiesOfPlan(db, progress.plan.id);
  const tasks = [
    ...new Map(duties.map((d) => [d.ref, { ref: d.ref, title: d.title, effectiveDue: d.effectiveDue }])).values(),
  ];
  const units = new Map<string, Map<string, StatusCell>>();
  for (const duty of duties) {
    const cells = units.get(duty.unit) ?? new Map<string, StatusCell>();
    const state = dutyState(duty, today);
    cells.set(duty.ref, { state, role: duty.role, date: duty.doneAt ? dayInVietnam(duty.doneAt) : duty.effectiveDue });
    units.set(duty.unit, cells);
  }
  const content = await writeExport(
    {
      title: progress.plan.title,
      tasks,
      units: [...units].map(([name, cells]) => ({ name, cells })),
      scores: progress.ranking,
      lists: await acceptedLists(db, progress.plan.id),
    },
    t,
  );
  return ok({ name: `dondoc-tong-hop-${today}.xlsx`, content });
}
