// Tasks marked done or undone by people: the focal point (/done), an admin (/confirm,
// /undo). Each change is a row with who and when. A focal point's /done is taken for
// what it is worth in the task's state: it finishes a task with nothing to hand in, and
// never stands in for lists or a report's document (what is missing is said instead).
// An admin's /confirm of a report confirms the document the unit sent.
import type { Duty } from "../domain/progress.ts";
import { fail, ok, type Result } from "../domain/result.ts";
import type { PrismaClient } from "../store/database.ts";
import { reviewEvidence } from "../store/evidence-store.ts";
import { markDone, undoDone } from "../store/submission-store.ts";
import { reviewCurrent } from "./evidence-service.ts";
import { findDuty } from "./progress-service.ts";
import type { UnitInPlan } from "./submission-service.ts";

export type DoneOutcome =
  | { kind: "marked" | "already"; duty: Duty }
  /** A list task that its lists have not finished: what is missing is said instead. */
  | { kind: "needs-lists"; duty: Duty }
  /** A report task with no document received: how to send it is said instead. */
  | { kind: "needs-document"; duty: Duty };

export interface UndoOutcome {
  /** reopened: reminded again; document-waiting / still-finished: what the unit sent still finishes it. */
  kind: "reopened" | "document-waiting" | "still-finished" | "nothing";
  duty: Duty;
}

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
  const lead = duty.role === "lead";
  if (source === "focal" && lead && duty.state.deliverable === "lists")
    return ok({ kind: duty.state.finished ? "already" : "needs-lists", duty });
  if (source === "focal" && lead && duty.state.deliverable === "document")
    return ok({ kind: duty.state.finished ? "already" : "needs-document", duty });
  // An admin's confirmation of a report acts on the document the unit sent, when there is one.
  if (source === "admin" && duty.state.evidence) {
    const confirmed = await reviewCurrent(db, unit, duty, { status: "confirmed", by, at, reason: null });
    return ok({ kind: confirmed ? "marked" : "already", duty: (await findDuty(db, unit, ref, at)) ?? duty });
  }
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
): Promise<Result<UndoOutcome>> {
  const duty = await findDuty(db, unit, { ref }, at);
  if (!duty) return fail("unknown-task", { ref, unit: unit.unitName });
  const evidence = duty.state.evidence;
  // Undoing a confirmed document puts it back among those waiting.
  const reopened =
    evidence?.status === "confirmed" &&
    (await reviewEvidence(db, evidence.id, { status: "sent", by, at, reason: null }));
  const undone = await undoDone(db, duty.task.id, unit.unitId, by, at);
  if (!reopened && !undone) return ok({ kind: "nothing", duty });
  const after = (await findDuty(db, unit, { id: duty.task.id }, at)) ?? duty;
  // What the unit handed in may still finish the task: then it is not reminded, and the admin is told why.
  const kind = !after.state.finished ? "reopened" : after.state.evidence ? "document-waiting" : "still-finished";
  return ok({ kind, duty: after });
}
