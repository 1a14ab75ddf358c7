// Evidence for report tasks: the unit sends the document itself (a file after /nop REF,
// in reply to a message naming the task, or through a Zalo upload link for the task);
// it is checked by its bytes, kept with the unit's submissions, and an admin lists,
// fetches, confirms or returns it with a reason, the unit being told.
import { createHash } from "node:crypto";
import { checkEvidence, refsNamedIn } from "../domain/evidence.ts";
import { EVIDENCE_LIMITS } from "../domain/limits.ts";
import type { Duty } from "../domain/progress.ts";
import { matchRef } from "../domain/refs.ts";
import { fail, ok, type Result } from "../domain/result.ts";
import { zipPartNames } from "../sheets/guard.ts";
import type { PrismaClient } from "../store/database.ts";
import {
  clearPendingEvidence,
  evidenceWithContent,
  pendingEvidence,
  reviewEvidence,
  saveEvidence,
  setPendingEvidence,
  waitingEvidence,
} from "../store/evidence-store.ts";
import { findProvince } from "../store/directory-store.ts";
import { focalPointsOfUnit } from "../store/membership-store.ts";
import { enqueue } from "../store/outbox-store.ts";
import { currentPlan } from "../store/plan-store.ts";
import { translatorFor } from "./membership-service.ts";
import { dutiesOf, findDuty } from "./progress-service.ts";
import type { UnitInPlan } from "./submission-service.ts";

interface ChatRef {
  channel: string;
  chatId: string;
}

/** The unit's report task that a ref or id names, or why there is none. */
async function documentDuty(
  db: PrismaClient,
  unit: UnitInPlan,
  ref: { ref?: string; id?: number },
  at: Date,
): Promise<Result<Duty>> {
  const duty = await findDuty(db, unit, ref, at);
  if (!duty) return fail("unknown-task", { ref: ref.ref ?? String(ref.id ?? ""), unit: unit.unitName });
  if (duty.role !== "lead" || duty.state.deliverable !== "document")
    return fail("evidence-not-document", { ref: duty.task.ref });
  return ok(duty);
}

/** /nop REF: the chat's next file within a few minutes is the evidence of that task. */
export async function askEvidence(
  db: PrismaClient,
  unit: UnitInPlan,
  ref: string,
  chat: ChatRef,
  at: Date,
): Promise<Result<{ ref: string; taskId: number; minutes: number }>> {
  const duty = await documentDuty(db, unit, { ref }, at);
  if (!duty.ok) return duty;
  const minutes = EVIDENCE_LIMITS.pendingMinutes;
  await setPendingEvidence(db, chat, duty.value.task.id, new Date(at.getTime() + minutes * 60_000));
  return ok({ ref: duty.value.task.ref, taskId: duty.value.task.id, minutes });
}

/**
 * The report task a file from the chat is evidence for: the one of a recent /nop REF, or
 * the one report task named by the message it replies to (a reminder, a /tasks line).
 */
export async function evidenceTask(
  db: PrismaClient,
  unit: UnitInPlan,
  chat: ChatRef,
  repliedText: string | undefined,
  at: Date,
): Promise<number | null> {
  const pending = await pendingEvidence(db, chat, at);
  if (pending !== null) return pending;
  if (!repliedText) return null;
  const reports = (await dutiesOf(db, unit, at)).filter((d) => d.role === "lead" && d.state.deliverable === "document");
  const named = refsNamedIn(
    repliedText,
    reports.map((d) => d.task.ref),
  );
  return named.length === 1 ? reports.find((d) => d.task.ref === named[0])!.task.id : null;
}

/** Checks and keeps a document as the unit's evidence of a task; refused, nothing changes. */
export async function submitEvidence(
  db: PrismaClient,
  unit: UnitInPlan,
  taskId: number,
  file: { name: string; content: Buffer },
  by: string,
  at: Date,
  chat?: ChatRef,
): Promise<Result<{ duty: Duty; fileName: string }>> {
  const duty = await documentDuty(db, unit, { id: taskId }, at);
  if (!duty.ok) return duty;
  const checked = checkEvidence(file, zipPartNames(file.content), EVIDENCE_LIMITS);
  if (!checked.ok) return checked;
  await saveEvidence(db, {
    taskId,
    unitId: unit.unitId,
    fileName: checked.value.name,
    kind: checked.value.kind,
    sha256: createHash("sha256").update(file.content).digest("hex"),
    content: file.content,
    receivedAt: at,
    submittedBy: by,
  });
  if (chat) await clearPendingEvidence(db, chat);
  const after = (await findDuty(db, unit, { id: taskId }, at)) ?? duty.value;
  return ok({ duty: after, fileName: checked.value.name });
}

export interface WaitingEvidence {
  id: number;
  unit: string;
  ref: string;
  fileName: string;
  receivedAt: Date;
}

/** Documents of the province's plan in force waiting for an admin, narrowed to a unit and/or a task. */
export async function evidenceWaiting(
  db: PrismaClient,
  province: string,
  only: { unitId?: number; ref?: string },
): Promise<Result<WaitingEvidence[]>> {
  const provinceId = (await findProvince(db, province))?.id;
  const plan = provinceId === undefined ? null : await currentPlan(db, provinceId);
  if (!plan) return fail("no-plan");
  const rows = await waitingEvidence(db, plan.id, only.unitId ? { unitId: only.unitId } : {});
  const ref = only.ref && matchRef([...new Set(rows.map((r) => r.task.ref))], only.ref);
  if (only.ref && !ref) return ok([]);
  return ok(
    rows
      .filter((r) => !ref || r.task.ref === ref)
      .map((r) => ({ id: r.id, unit: r.unit.name, ref: r.task.ref, fileName: r.fileName, receivedAt: r.receivedAt })),
  );
}

/** A document's bytes, for an admin of its province. */
export async function evidenceFile(
  db: PrismaClient,
  id: number,
  province: string,
): Promise<Result<{ name: string; content: Buffer; unit: string; ref: string }>> {
  const provinceId = (await findProvince(db, province))?.id;
  const found = provinceId === undefined ? null : await evidenceWithContent(db, id, provinceId);
  if (!found) return fail("evidence-unknown", { id });
  if (!found.content) return fail("evidence-purged", { id });
  return ok({ name: found.fileName, content: Buffer.from(found.content), unit: found.unit.name, ref: found.task.ref });
}

/** Tells every chat of the unit, through the outbox, what an admin made of its document. */
async function tellUnit(
  db: PrismaClient,
  unitId: number,
  message: { id: number; key: string; at: Date },
  args: Record<string, string>,
) {
  const { id, key, at } = message;
  for (const focal of await focalPointsOfUnit(db, unitId)) {
    const t = await translatorFor(db, focal.chat.channel, focal.chat.chatId);
    await enqueue(db, {
      key: `${key}|${id}|${focal.chat.channel}|${focal.chat.chatId}`,
      channel: focal.chat.channel,
      chatId: focal.chat.chatId,
      kind: "notice",
      text: t(key, args),
      notBefore: at,
    });
  }
}

/** An admin's verdict on the unit's current document of a task; false when there is none to change. */
export async function reviewCurrent(
  db: PrismaClient,
  unit: UnitInPlan,
  duty: Duty,
  verdict: { status: "confirmed" | "returned"; by: string; at: Date; reason: string | null },
): Promise<boolean> {
  const evidence = duty.state.evidence;
  if (!evidence || !(await reviewEvidence(db, evidence.id, verdict))) return false;
  const args = { ref: duty.task.ref, file: evidence.fileName, reason: verdict.reason ?? "" };
  await tellUnit(db, unit.unitId, { id: evidence.id, key: `evidence-${verdict.status}-notice`, at: verdict.at }, args);
  return true;
}

/** /return UNIT REF reason: the unit must send a new document, and is told why. */
export async function returnEvidence(
  db: PrismaClient,
  unit: UnitInPlan,
  ref: string,
  reason: string,
  by: string,
  at: Date,
): Promise<Result<{ ref: string; fileName: string }>> {
  const duty = await documentDuty(db, unit, { ref }, at);
  if (!duty.ok) return duty;
  const evidence = duty.value.state.evidence;
  if (!evidence) return fail("evidence-none", { unit: unit.unitName, ref: duty.value.task.ref });
  if (!(await reviewCurrent(db, unit, duty.value, { status: "returned", by, at, reason })))
    return fail("evidence-already-returned", { unit: unit.unitName, ref: duty.value.task.ref });
  return ok({ ref: duty.value.task.ref, fileName: evidence.fileName });
}
