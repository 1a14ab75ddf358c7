// Tasks marked done or undone by people: the focal point (/done), an admin (/confirm,
// /undo). Each change is a row with who and when; reminders stop for done tasks.
import { fail, ok, type Result } from "../domain/result.ts";
import type { PrismaClient } from "../store/database.ts";
import { currentPlan } from "../store/plan-store.ts";
import { markDone, undoDone, unitTask } from "../store/submission-store.ts";
import type { UnitInPlan } from "./submission-service.ts";

async function findTask(db: PrismaClient, unit: UnitInPlan, ref: { ref?: string; id?: number }) {
  const plan = await currentPlan(db, unit.provinceId);
  return plan ? unitTask(db, unit.unitId, plan.id, ref) : null;
}

export async function setDone(
  db: PrismaClient,
  unit: UnitInPlan,
  ref: { ref?: string; id?: number },
  source: "focal" | "admin",
  by: string,
  at: Date,
): Promise<Result<{ ref: string; already: boolean }>> {
  const task = await findTask(db, unit, ref);
  if (!task) return fail("unknown-task", { ref: ref.ref ?? String(ref.id ?? ""), unit: unit.unitName });
  const marked = await markDone(db, { taskId: task.id, unitId: unit.unitId, doneAt: at, source, by });
  return ok({ ref: task.ref, already: !marked });
}

export async function setUndone(
  db: PrismaClient,
  unit: UnitInPlan,
  ref: string,
  by: string,
  at: Date,
): Promise<Result<{ ref: string; changed: boolean }>> {
  const task = await findTask(db, unit, { ref });
  if (!task) return fail("unknown-task", { ref, unit: unit.unitName });
  return ok({ ref: task.ref, changed: await undoDone(db, task.id, unit.unitId, by, at) });
}
