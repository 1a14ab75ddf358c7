// Tasks marked done or undone by people: the focal point (/done), an admin (/confirm,
// /undo). Each change is a row with who and when. A focal point's /done is taken for
// what it is worth in the task's state: it finishes a task with nothing to hand in,
// declares a report sent (an admin confirms it), and never stands in for lists.
import { dayInVietnam } from "../domain/dates.ts";
import type { Duty } from "../domain/progress.ts";
import { matchRef } from "../domain/refs.ts";
import { fail, ok, type Result } from "../domain/result.ts";
import type { PrismaClient } from "../store/database.ts";
import { markDone, undoDone } from "../store/submission-store.ts";
import { unitDuties } from "./progress-service.ts";
import type { UnitInPlan } from "./submission-service.ts";

async function findDuty(db: PrismaClient, unit: UnitInPlan, ref: { ref?: string; id?: number }, at: Date) {
  const duties = (await unitDuties(db, unit, dayInVietnam(at)))?.duties?.duties ?? [];
  if (ref.id) return duties.find((d) => d.task.id === ref.id) ?? null;
  const known = matchRef(
    duties.map((d) => d.task.ref),
    ref.ref ?? "",
  );
  return duties.find((d) => d.task.ref === known) ?? null;
}

export type DoneOutcome =
  | { kind: "marked" | "already"; duty: Duty }
  /** A list task that its lists have not finished: what is missing is said instead. */
  | { kind: "needs-lists"; duty: Duty };

export async function setDone(
  db: PrismaClient,
  unit: UnitInPlan,
  ref: { ref?: string; id?: number },
  source: "focal" | "admin",
  by: string,
  at: Date,
): Promise<Result<DoneOutcome>> {
  const duty = await findDuty(db, unit, ref, at);
  if (!duty) return fail("unknown-task", { ref: ref.ref ?? String(ref.id ?? ""), unit: unit.unitName });
  const lists = duty.role === "lead" && duty.state.deliverable === "lists";
  if (source === "focal" && lists) return ok({ kind: duty.state.finished ? "already" : "needs-lists", duty });
  const marked = await markDone(db, { taskId: duty.task.id, unitId: unit.unitId, doneAt: at, source, by });
  const after = (await findDuty(db, unit, ref, at)) ?? duty;
  return ok({ kind: marked ? "marked" : "already", duty: after });
}

export async function setUndone(
  db: PrismaClient,
  unit: UnitInPlan,
  ref: string,
  by: string,
  at: Date,
): Promise<Result<{ ref: string; changed: boolean }>> {
  const duty = await findDuty(db, unit, { ref }, at);
  if (!duty) return fail("unknown-task", { ref, unit: unit.unitName });
  return ok({ ref: duty.task.ref, changed: await undoDone(db, duty.task.id, unit.unitId, by, at) });
}
