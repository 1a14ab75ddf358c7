// The consolidated workbook of a plan: the one state of every unit's tasks, scores, and the
// accepted rows of every list template. Personal data: admins only.
import { dayInVietnam, type IsoDate } from "../domain/dates.ts";
import { tallyOf } from "../domain/progress.ts";
import { TEMPLATE_IDS } from "../domain/list-templates.ts";
import { fail, ok, type Result } from "../domain/result.ts";
import { rulesSourceText } from "../i18n/rules-text.ts";
import type { Translate } from "../i18n/index.ts";
import type { PrismaClient } from "../store/database.ts";
import { writeExport, type ExportData, type StatusCell } from "../sheets/export-workbook.ts";
import { planProgress } from "./progress-service.ts";
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
  const tasks = new Map<number, ExportData["tasks"][number]>();
  for (const unit of progress.units)
    for (const { task } of unit.duties)
      tasks.set(task.position, { ref: task.ref, title: task.title, effectiveDue: task.effectiveDue });
  const units = progress.units.map((unit) => ({
    name: unit.unit,
    cells: new Map<string, StatusCell>(
      unit.duties.map((d) => {
        const cell: StatusCell = {
          tally: tallyOf(d, today),
          kind: d.state.kind,
          role: d.role,
          date: d.state.sentOn ?? d.task.effectiveDue,
        };
        // Set, not spread into the literal: V8 builds `{ …, ...extra }` through a slow path, once per cell.
        if (d.state.evidence) cell.evidence = { file: d.state.evidence.fileName, status: d.state.evidence.status };
        return [d.task.ref, cell];
      }),
    ),
  }));
  const content = await writeExport(
    {
      title: progress.plan.title,
      tasks: [...tasks].sort(([a], [b]) => a - b).map(([, task]) => task),
      units,
      scores: progress.ranking,
      rules: rulesSourceText(t, progress.plan.scoring.rules),
      lists: await acceptedLists(db, progress.plan.id),
    },
    t,
  );
  return ok({ name: `dondoc-tong-hop-${today}.xlsx`, content });
}
