// Plans, their tasks and quotas. Importing a plan again updates it in place (tasks by
// ref) inside one transaction, so a failed import leaves the stored plan as it was.
import { diffPlans, pairTasks, planKey, type PlanChange, type TaskSnapshot } from "../domain/plan-changes.ts";
import type { ResolvedName } from "../domain/resolve-units.ts";
import type { ParsedPlan } from "../plan/parsed-plan.ts";
import type { PrismaClient } from "./database.ts";
import { ensureProvince, ensureUnresolvedUnit } from "./directory-store.ts";
import { planTemplates, readJson, templateIds } from "./json-columns.ts";

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export interface SavedPlan {
  planId: number;
  created: boolean;
  changes: PlanChange[];
}

async function snapshots(tx: Tx, planId: number): Promise<TaskSnapshot[]> {
  const tasks = await tx.task.findMany({
    where: { planId },
    include: { assignments: { include: { unit: { select: { name: true } } }, orderBy: { id: "asc" } } },
    orderBy: { position: "asc" },
  });
  return tasks.map((t) => ({
    ref: t.ref,
    title: t.title,
    deadlineText: t.deadlineText,
    effectiveDue: t.effectiveDue,
    lead: t.assignments.filter((a) => a.role === "lead").map((a) => a.unit.name),
    coordinators: t.assignments.filter((a) => a.role === "coordinator").map((a) => a.unit.name),
  }));
}

export function parsedSnapshots(plan: ParsedPlan): TaskSnapshot[] {
  return plan.tasks.map((t) => ({
    ref: t.ref,
    title: t.title,
    deadlineText: t.deadline?.text ?? null,
    effectiveDue: t.deadline?.effectiveDue ?? null,
    lead: t.lead.map((u) => u.name),
    coordinators: t.coordinators.map((u) => u.name),
  }));
}

/** Ids of the named units; a name the directory lacks becomes an unresolved unit. */
async function unitIds(
  tx: Tx,
  provinceId: number,
  known: Map<string, number>,
  names: ResolvedName[],
): Promise<number[]> {
  const ids: number[] = [];
  for (const name of names) {
    let id = known.get(name.name);
    if (id === undefined) {
      id = await ensureUnresolvedUnit(tx, provinceId, name.name, name.kind);
      known.set(name.name, id);
    }
    ids.push(id);
  }
  return ids;
}

/**
 * Imports a plan, or updates it in place. `alongside` runs in the same transaction with
 * the tasks as they were and the changes: what is recorded and sent with a change
 * happens with it or not at all.
 */
export async function savePlan(
  db: PrismaClient,
  parsed: ParsedPlan,
  source: string,
  alongside?: (tx: Tx, saved: SavedPlan, before: TaskSnapshot[]) => Promise<void>,
  /** Directory changes the plan relies on (units an admin created, other names), saved first. */
  prepare?: (tx: Tx, province: { id: number; name: string }) => Promise<void>,
): Promise<SavedPlan> {
  return db.$transaction(
    async (tx) => {
      const provinceId = await ensureProvince(tx, parsed.province);
      const province = await tx.province.findUniqueOrThrow({ where: { id: provinceId } });
      await prepare?.(tx, province);
      const key = planKey(parsed.plan);
      const fields = {
        number: parsed.plan.number,
        issuedOn: parsed.plan.date,
        issuer: parsed.plan.issuer,
        title: parsed.plan.title ?? "",
        source,
        templates: JSON.stringify(parsed.templates),
      };
      const existing = await tx.plan.findUnique({ where: { provinceId_key: { provinceId, key } } });
      const plan = existing
        ? await tx.plan.update({ where: { id: existing.id }, data: fields })
        : await tx.plan.create({ data: { ...fields, provinceId, key } });
      const before = existing ? await snapshots(tx, plan.id) : [];

      const known = new Map(
        (await tx.unit.findMany({ where: { provinceId }, select: { id: true, name: true } })).map((u) => [
          u.name,
          u.id,
        ]),
      );
      // Stored tasks are paired with the plan's as the diff pairs them (ref and title), so
      // that a repeated ref keeps its own row, and with it its completions.
      const rows = await tx.task.findMany({ where: { planId: plan.id }, orderBy: { position: "asc" } });
      const { pairs, removed } = pairTasks(rows, parsed.tasks);
      const stored = new Map(pairs.map(([row, task]) => [task, row.id]));
      await tx.task.deleteMany({ where: { id: { in: removed.map((r) => r.id) } } });
      for (const [position, task] of parsed.tasks.entries()) {
        const data = {
          ref: task.ref,
          parentRef: task.parentRef,
          kind: task.kind,
          position,
          title: task.title,
          deadlineText: task.deadline?.text ?? null,
          due: task.deadline?.due ?? null,
          effectiveDue: task.deadline?.effectiveDue ?? null,
          deadlineFrom: task.deadline?.inheritedFrom ?? null,
          templates: JSON.stringify(task.templates),
        };
        const id = stored.get(task);
        const row = id
          ? await tx.task.update({ where: { id }, data })
          : await tx.task.create({ data: { ...data, planId: plan.id } });
        await tx.assignment.deleteMany({ where: { taskId: row.id } });
        const lead = await unitIds(tx, provinceId, known, task.lead);
        const coordinators = await unitIds(tx, provinceId, known, task.coordinators);
        await tx.assignment.createMany({
          data: [
            ...lead.map((unitId) => ({ taskId: row.id, unitId, role: "lead" })),
            ...coordinators.map((unitId) => ({ taskId: row.id, unitId, role: "coordinator" })),
          ],
        });
      }

      await tx.quota.deleteMany({ where: { planId: plan.id } });
      for (const quota of parsed.quotas) {
        const [unitId] = await unitIds(tx, provinceId, known, [
          { name: quota.unit, kind: "department", resolved: quota.resolved },
        ]);
        await tx.quota.create({
          data: {
            planId: plan.id,
            unitId: unitId!,
            official: quota.official,
            reserve: quota.reserve,
            requiredOfficial: quota.required.official,
            requiredReserve: quota.required.reserve,
          },
        });
      }
      // Names a plan no longer uses, and that nothing else refers to, are not kept.
      await tx.unit.deleteMany({
        where: { provinceId, resolved: false, assignments: { none: {} }, quotas: { none: {} } },
      });
      const saved = {
        planId: plan.id,
        created: !existing,
        changes: existing ? diffPlans(before, parsedSnapshots(parsed)) : [],
      };
      await alongside?.(tx, saved, before);
      return saved;
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}

/** A stored plan as a ParsedPlan, to edit it and save it back. */
export async function loadParsedPlan(db: PrismaClient, planId: number): Promise<ParsedPlan | null> {
  const plan = await db.plan.findUnique({
    where: { id: planId },
    include: {
      province: true,
      tasks: {
        include: { assignments: { include: { unit: true }, orderBy: { id: "asc" } } },
        orderBy: { position: "asc" },
      },
      quotas: { include: { unit: true }, orderBy: { id: "asc" } },
    },
  });
  if (!plan) return null;
  const named = (unit: { name: string; kind: string; resolved: boolean }): ResolvedName => ({
    name: unit.name,
    kind: unit.kind as ResolvedName["kind"],
    resolved: unit.resolved,
  });
  return {
    province: plan.province.name,
    plan: { number: plan.number, date: plan.issuedOn, issuer: plan.issuer, title: plan.title || null },
    templates: readJson(planTemplates, plan.templates, "Plan.templates"),
    tasks: plan.tasks.map((t) => ({
      ref: t.ref,
      parentRef: t.parentRef,
      kind: t.kind === "heading" ? "heading" : "task",
      title: t.title,
      deadline:
        t.deadlineText && t.due && t.effectiveDue
          ? {
              text: t.deadlineText,
              due: t.due,
              effectiveDue: t.effectiveDue,
              ...(t.deadlineFrom ? { inheritedFrom: t.deadlineFrom } : {}),
            }
          : null,
      lead: t.assignments.filter((a) => a.role === "lead").map((a) => named(a.unit)),
      coordinators: t.assignments.filter((a) => a.role === "coordinator").map((a) => named(a.unit)),
      templates: readJson(templateIds, t.templates, "Task.templates"),
    })),
    quotas: plan.quotas.map((q) => ({
      unit: q.unit.name,
      resolved: q.unit.resolved,
      official: q.official,
      reserve: q.reserve,
      required: { official: q.requiredOfficial, reserve: q.requiredReserve },
    })),
    warnings: [],
  };
}

/** The stored plan a parsed one would update (same number and date), if any. */
export async function planFor(db: PrismaClient, parsed: ParsedPlan): Promise<{ id: number; source: string } | null> {
  return db.plan.findFirst({
    where: { key: planKey(parsed.plan), province: { name: parsed.province } },
    select: { id: true, source: true },
  });
}

export interface StoredPlan {
  id: number;
  province: string;
  number: string | null;
  issuedOn: string | null;
  title: string;
  tasks: number;
  updatedAt: Date;
}

export async function listPlans(db: PrismaClient): Promise<StoredPlan[]> {
  const plans = await db.plan.findMany({
    include: { province: true, _count: { select: { tasks: true } } },
    orderBy: { id: "asc" },
  });
  return plans.map((p) => ({
    id: p.id,
    province: p.province.name,
    number: p.number,
    issuedOn: p.issuedOn,
    title: p.title,
    tasks: p._count.tasks,
    updatedAt: p.updatedAt,
  }));
}

/** The province's plan in force: the most recently issued one, then the last imported. */
export async function currentPlan(
  db: PrismaClient,
  provinceId: number,
): Promise<{ id: number; number: string | null; title: string } | null> {
  return db.plan.findFirst({
    where: { provinceId },
    orderBy: [{ issuedOn: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    select: { id: true, number: true, title: true },
  });
}
