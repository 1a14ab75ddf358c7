// Plans, their tasks and quotas. Importing a plan again updates it in place (tasks by
// ref) inside one transaction, so a failed import leaves the stored plan as it was.
import { chunks, groupBy } from "../domain/collections.ts";
import { diffPlans, pairTasks, planKey, type PlanChange, type TaskSnapshot } from "../domain/plan-changes.ts";
import type { ResolvedName } from "../domain/resolve-units.ts";
import type { ParsedPlan } from "../plan/parsed-plan.ts";
import { CHUNK, type PrismaClient } from "./database.ts";
import { ensureProvince, ensureUnresolvedUnit } from "./directory-store.ts";
import { planTemplates, readJson, templateIds } from "./json-columns.ts";

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export interface SavedPlan {
  planId: number;
  created: boolean;
  changes: PlanChange[];
}

async function snapshots(tx: Tx, planId: number): Promise<TaskSnapshot[]> {
  // Three flat reads: Prisma loads an included relation with one `IN (…)` list of all the
  // parents' keys, which SQLite refuses past 999 (a plan of 1,000 tasks).
  const tasks = await tx.task.findMany({ where: { planId }, orderBy: { position: "asc" } });
  const assignments = await tx.assignment.findMany({
    where: { task: { planId } },
    select: { taskId: true, unitId: true, role: true },
    orderBy: { id: "asc" },
  });
  const units = await tx.unit.findMany({
    where: { assignments: { some: { task: { planId } } } },
    select: { id: true, name: true },
  });
  const names = new Map(units.map((u) => [u.id, u.name]));
  const byTask = groupBy(assignments, (a) => a.taskId);
  return tasks.map((t) => {
    const of = (role: string) =>
      (byTask.get(t.id) ?? []).filter((a) => a.role === role).map((a) => names.get(a.unitId)!);
    return {
      ref: t.ref,
      title: t.title,
      deadlineText: t.deadlineText,
      effectiveDue: t.effectiveDue,
      lead: of("lead"),
      coordinators: of("coordinator"),
    };
  });
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

async function inChunks<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (const chunk of chunks(rows, CHUNK)) await write(chunk);
}

/** Ids of every unit the plan names; a name the directory lacks becomes an unresolved unit. */
async function planUnitIds(tx: Tx, provinceId: number, parsed: ParsedPlan): Promise<Map<string, number>> {
  const units = await tx.unit.findMany({ where: { provinceId }, select: { id: true, name: true } });
  const known = new Map(units.map((u) => [u.name, u.id]));
  const named: ResolvedName[] = [
    ...parsed.tasks.flatMap((t) => [...t.lead, ...t.coordinators]),
    ...parsed.quotas.map((q) => ({ name: q.unit, kind: "department" as const, resolved: q.resolved })),
  ];
  for (const name of named) {
    if (!known.has(name.name)) known.set(name.name, await ensureUnresolvedUnit(tx, provinceId, name.name, name.kind));
  }
  return known;
}

function taskRow(task: ParsedPlan["tasks"][number], position: number) {
  return {
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
}
type TaskRow = ReturnType<typeof taskRow>;

/**
 * Writes the plan's tasks and their assignments in a few statements whatever the plan's
 * size: new tasks and all assignments by createMany, an update only for a task that changed.
 * Assignments are written again (their rows hold nothing else).
 */
async function writeTasks(tx: Tx, planId: number, parsed: ParsedPlan, unitIds: Map<string, number>): Promise<void> {
  const rows = parsed.tasks.map(taskRow);
  const all = await tx.task.findMany({ where: { planId } });
  // Stored tasks are paired with the plan's as the diff pairs them (ref and title), so that a
  // repeated ref keeps its own row, and with it its completions.
  const { pairs, added, removed } = pairTasks(all, rows);
  await inChunks(
    removed.map((t) => t.id),
    (ids) => tx.task.deleteMany({ where: { id: { in: ids } } }),
  );
  const ids = new Map<number, number>(pairs.map(([old, row]) => [row.position, old.id]));
  const changed = (old: (typeof all)[number], row: TaskRow) =>
    (Object.keys(row) as (keyof TaskRow)[]).some((k) => old[k] !== row[k]);
  for (const [old, row] of pairs.filter(([old, row]) => changed(old, row))) {
    await tx.task.update({ where: { id: old.id }, data: row });
  }
  await inChunks(added, async (chunk) => {
    const created = await tx.task.createManyAndReturn({
      data: chunk.map((r) => ({ ...r, planId })),
      select: { id: true, position: true },
    });
    for (const t of created) ids.set(t.position, t.id);
  });
  await tx.assignment.deleteMany({ where: { task: { planId } } });
  const assignments = parsed.tasks.flatMap((task, position) => [
    ...task.lead.map((u) => ({ taskId: ids.get(position)!, unitId: unitIds.get(u.name)!, role: "lead" })),
    ...task.coordinators.map((u) => ({
      taskId: ids.get(position)!,
      unitId: unitIds.get(u.name)!,
      role: "coordinator",
    })),
  ]);
  await inChunks(assignments, (data) => tx.assignment.createMany({ data }));
}

async function writeQuotas(tx: Tx, planId: number, parsed: ParsedPlan, unitIds: Map<string, number>): Promise<void> {
  await tx.quota.deleteMany({ where: { planId } });
  const quotas = parsed.quotas.map((quota) => ({
    planId,
    unitId: unitIds.get(quota.unit)!,
    official: quota.official,
    reserve: quota.reserve,
    requiredOfficial: quota.required.official,
    requiredReserve: quota.required.reserve,
  }));
  await inChunks(quotas, (data) => tx.quota.createMany({ data }));
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

      const unitIds = await planUnitIds(tx, provinceId, parsed);
      await writeTasks(tx, plan.id, parsed, unitIds);
      await writeQuotas(tx, plan.id, parsed, unitIds);
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
    include: { province: true, _count: { select: { tasks: { where: { kind: "task" } } } } },
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
