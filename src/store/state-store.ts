// What task states are computed from, read set-based: seven queries for a whole plan
// (or for one unit of it), whatever the number of units.
import type { StateRows } from "../domain/progress.ts";
import type { PrismaClient } from "./database.ts";
import { readJson, stringList } from "./json-columns.ts";

/**
 * The plan's tasks (headings left out) in plan order, and the assignments, lists, marks,
 * quotas and current evidence documents of its units.
 */
export async function loadStateRows(db: PrismaClient, planId: number, unitId?: number): Promise<StateRows> {
  const unit = unitId === undefined ? {} : { unitId };
  const [tasks, assigned, units, lists, marks, quotas, evidence] = await Promise.all([
    db.task.findMany({
      where: { planId, kind: { not: "heading" } },
      select: { id: true, ref: true, title: true, deadlineText: true, due: true, effectiveDue: true, templates: true },
      orderBy: { position: "asc" },
    }),
    // The units apart and joined here: Prisma's nested select builds a unit object per
    // assignment, which took twice the time of both queries at 10,000 units.
    db.assignment.findMany({
      where: { task: { planId, kind: { not: "heading" } }, ...unit },
      select: { taskId: true, unitId: true, role: true },
      orderBy: { id: "asc" },
    }),
    db.unit.findMany({
      where: {
        ...(unitId === undefined ? {} : { id: unitId }),
        assignments: { some: { task: { planId, kind: { not: "heading" } } } },
      },
      select: { id: true, name: true, kind: true, staffCount: true },
    }),
    db.submission.findMany({
      where: { planId, ...unit },
      select: {
        unitId: true,
        template: true,
        receivedAt: true,
        supersededAt: true,
        complete: true,
        rowsTotal: true,
        rowsValid: true,
        official: true,
        reserve: true,
      },
    }),
    db.completion.findMany({
      where: { task: { planId }, undoneAt: null, ...unit },
      select: { taskId: true, unitId: true, source: true, doneAt: true },
    }),
    db.quota.findMany({
      where: { planId, ...unit },
      select: { unitId: true, official: true, reserve: true, requiredOfficial: true, requiredReserve: true },
    }),
    db.evidence.findMany({
      where: { task: { planId }, supersededAt: null, ...unit },
      select: { id: true, taskId: true, unitId: true, fileName: true, receivedAt: true, status: true, reason: true },
    }),
  ]);
  const cited = tasks.map(({ templates, ...task }) => ({
    ...task,
    cited: readJson(stringList, templates, "Task.templates"),
  }));
  const documents = evidence.map((e) => ({ ...e, status: e.status as "sent" | "confirmed" | "returned" }));
  const byId = new Map(units.map((u) => [u.id, u]));
  const assignments = assigned.map((a) => ({
    taskId: a.taskId,
    unitId: a.unitId,
    role: a.role,
    unit: byId.get(a.unitId)!,
  }));
  return { tasks: cited, assignments, lists, marks, quotas, evidence: documents };
}
