// Changing a plan in force: an amended file or a chat edit becomes a revision that the
// admin previews (what changes, which unit hears what), then applies: the plan, the
// history and each affected unit's notice are saved in one transaction, and the notices
// go out through the outbox in each unit's language.
import { changesByUnit, diffPlans, type PlanChange, type TaskSnapshot } from "../domain/plan-changes.ts";
import { sameProvince, summarizeImport, type NameChoice } from "../domain/plan-import.ts";
import { fail, ok, type Result } from "../domain/result.ts";
import { changeText } from "../i18n/format.ts";
import { chatTranslator } from "../i18n/index.ts";
import { applyEdit, type PlanEdit } from "../plan/plan-edits.ts";
import type { ParsedPlan } from "../plan/parsed-plan.ts";
import type { PrismaClient } from "../store/database.ts";
import { findProvince } from "../store/directory-store.ts";
import { unitChats, type UnitChat } from "../store/membership-store.ts";
import { insertMessages, type NewMessage } from "../store/outbox-store.ts";
import { currentPlan, loadParsedPlan, parsedSnapshots, planFor, savePlan, type Tx } from "../store/plan-store.ts";
import type { DayOffRule, WorkCalendar } from "../domain/calendar.ts";
import { formatDateTime, type IsoDate } from "../domain/dates.ts";
import { matchRef } from "../domain/refs.ts";
import {
  createRevision,
  decideRevision,
  findRevision,
  latestApplied,
  updatePendingRevision,
  type NewRevision,
  type Revision,
} from "../store/revision-store.ts";
import { keptNames, saveNameChoices } from "../store/unit-alias-store.ts";
import { workCalendar } from "./calendar-service.ts";
import type { Access } from "./membership-service.ts";
import { findUnit } from "./tasks-service.ts";

export interface UnitNotice {
  unit: string;
  changes: PlanChange[];
  chats: number;
}

export interface ChangePreview {
  revisionId: number;
  plan: string;
  isNew: boolean;
  changes: PlanChange[];
  notices: UnitNotice[];
  /** For a /deadline edit: the day written, the day it falls due, the rule and the plan's own date. */
  deadline?: DeadlinePreview;
}

export interface DeadlinePreview {
  ref: string;
  text: string;
  due: IsoDate;
  effectiveDue: IsoDate;
  province: string;
  rule: DayOffRule;
  planDate: IsoDate | null;
}

/** What a /deadline edit sets, to be shown beside its preview. */
function deadlineOf(edit: PlanEdit, edited: ParsedPlan, calendar: WorkCalendar): DeadlinePreview | undefined {
  if (edit.kind !== "deadline") return undefined;
  const ref = matchRef(
    edited.tasks.map((t) => t.ref),
    edit.ref,
  );
  const task = edited.tasks.find((t) => t.ref === ref);
  if (!task?.deadline) return undefined;
  const { text, due, effectiveDue } = task.deadline;
  return {
    ref: task.ref,
    text,
    due,
    effectiveDue,
    province: edited.province,
    rule: calendar.dayOffRule,
    planDate: edited.plan.date,
  };
}

/** Who asked for a change, and why. */
export interface Author {
  by: string;
  reason: string;
  at: Date;
}

const planLabel = (plan: ParsedPlan) => plan.plan.number ?? plan.plan.title ?? "";

async function provinceId(db: PrismaClient | Tx, name: string): Promise<number | null> {
  return (await findProvince(db, name))?.id ?? null;
}

async function notices(
  db: PrismaClient | Tx,
  province: string,
  before: TaskSnapshot[],
  after: ParsedPlan,
  changes: PlanChange[],
) {
  const byUnit = changesByUnit(before, parsedSnapshots(after), changes);
  const id = await provinceId(db, province);
  const chats = id === null ? [] : await unitChats(db, { provinceId: id, names: [...byUnit.keys()] });
  return { byUnit, chats };
}

/** A proposed plan against the plan as stored: the changes, and who would be told what. */
async function changesOf(
  db: PrismaClient,
  proposed: ParsedPlan,
  before: TaskSnapshot[],
): Promise<Pick<ChangePreview, "changes" | "notices">> {
  const changes = diffPlans(before, parsedSnapshots(proposed));
  const { byUnit, chats } = await notices(db, proposed.province, before, proposed, changes);
  return {
    changes,
    notices: [...byUnit].map(([unit, list]) => ({
      unit,
      changes: list,
      chats: chats.filter((c) => c.unitName === unit).length,
    })),
  };
}

async function propose(
  db: PrismaClient,
  revision: Omit<NewRevision, "changes" | "baseRevisionId">,
  before: TaskSnapshot[],
  allowNoChange = false,
): Promise<Result<ChangePreview>> {
  const { changes, notices } = await changesOf(db, revision.proposed, before);
  if (changes.length === 0 && !allowNoChange) return fail("plan-no-change");
  // The version previewed against: applying is refused once the plan has moved past it.
  const base = revision.planId === null ? null : await latestApplied(db, revision.planId);
  const revisionId = await createRevision(db, { ...revision, changes, baseRevisionId: base?.id ?? null });
  return ok({ revisionId, plan: planLabel(revision.proposed), isNew: revision.planId === null, changes, notices });
}

async function storedSnapshots(db: PrismaClient, planId: number | null): Promise<TaskSnapshot[]> {
  const stored = planId === null ? null : await loadParsedPlan(db, planId);
  return stored ? parsedSnapshots(stored) : [];
}

/** What an import keeps while the admin answers about names: the file, and the answers so far. */
export interface ImportState {
  file: Buffer | null;
  choices: NameChoice[];
  /** Previewed even without a change, when names are still to answer. */
  allowNoChange: boolean;
}

/** A whole plan as proposed (an amended file), previewed against the plan as it is now. */
export async function proposePlan(
  db: PrismaClient,
  proposed: ParsedPlan,
  author: { by: string; reason: string; at: Date },
  source: NewRevision["source"],
  state?: ImportState,
): Promise<Result<ChangePreview>> {
  const existing = await planFor(db, proposed);
  const before = await storedSnapshots(db, existing?.id ?? null);
  return propose(
    db,
    {
      planId: existing?.id ?? null,
      source,
      proposed,
      reason: author.reason,
      createdBy: author.by,
      createdAt: author.at,
      file: state?.file ?? null,
      choices: state?.choices ?? [],
    },
    before,
    state?.allowNoChange ?? false,
  );
}

/** A pending import read again with the admin's answers: the revision updated, and its preview. */
export async function repropose(
  db: PrismaClient,
  revisionId: number,
  proposed: ParsedPlan,
  choices: NameChoice[],
): Promise<Result<ChangePreview>> {
  const existing = await planFor(db, proposed);
  const preview = await changesOf(db, proposed, await storedSnapshots(db, existing?.id ?? null));
  if (!(await updatePendingRevision(db, revisionId, { proposed, changes: preview.changes, choices })))
    return fail("revision-decided");
  return ok({ revisionId, plan: planLabel(proposed), isNew: existing === null, ...preview });
}

/** What an admin types: the edit, with the unit by name where it names one. */
export type EditRequest =
  | Exclude<PlanEdit, { kind: "assign" }>
  | { kind: "assign"; ref: string; unitName: string; role: "lead" | "coordinator" | "none" };

/** A chat edit of the province's plan in force, previewed. */
export async function proposeEdit(
  db: PrismaClient,
  access: Access,
  request: EditRequest,
  author: Author,
): Promise<Result<ChangePreview>> {
  if (request.kind !== "assign") return previewEdit(db, access.province, request, author);
  const unit = await findUnit(db, request.unitName, access.province);
  if (!unit.ok) return unit;
  const edit: PlanEdit = {
    kind: "assign",
    ref: request.ref,
    role: request.role,
    unit: { name: unit.value.name, kind: unit.value.kind, resolved: true },
  };
  return previewEdit(db, access.province, edit, author);
}

/** An edit applied to the plan in force as it is now, previewed; the edit is kept with the preview. */
async function previewEdit(
  db: PrismaClient,
  province: string,
  edit: PlanEdit,
  author: { by: string; reason: string; at: Date },
): Promise<Result<ChangePreview>> {
  const id = await provinceId(db, province);
  const plan = id === null ? null : await currentPlan(db, id);
  const stored = plan ? await loadParsedPlan(db, plan.id) : null;
  if (!plan || !stored) return fail("no-plan");
  const calendar = await workCalendar(db, province);
  const edited = applyEdit(stored, edit, calendar);
  if (!edited.ok) return edited;
  const preview = await propose(
    db,
    {
      planId: plan.id,
      source: "chat",
      proposed: edited.value,
      reason: author.reason,
      createdBy: author.by,
      createdAt: author.at,
      edit,
    },
    parsedSnapshots(stored),
  );
  const deadline = deadlineOf(edit, edited.value, calendar);
  return preview.ok && deadline ? ok({ ...preview.value, deadline }) : preview;
}

/**
 * A preview made again against the plan as it is now, for a revision the plan has moved
 * past: the same chat edit, or the same amended plan. The old preview is cancelled.
 */
export async function refreshRevision(db: PrismaClient, revisionId: number, at: Date): Promise<Result<ChangePreview>> {
  const revision = await findRevision(db, revisionId);
  if (!revision || !(await decideRevision(db, revisionId, { status: "cancelled", at })))
    return fail("revision-decided");
  const author = { by: revision.createdBy, reason: revision.reason, at };
  return revision.edit
    ? previewEdit(db, revision.proposed.province, revision.edit, author)
    : proposePlan(db, revision.proposed, author, revision.source as NewRevision["source"], {
        file: revision.file,
        choices: revision.choices,
        allowNoChange: false,
      });
}

function noticeMessages(
  revisionId: number,
  plan: ParsedPlan,
  reason: string,
  byUnit: Map<string, PlanChange[]>,
  chats: UnitChat[],
  at: Date,
): NewMessage[] {
  return chats.map((chat) => {
    const t = chatTranslator(chat.lang);
    const lines = [
      t("notice-plan-changed", { plan: planLabel(plan), unit: chat.unitName }),
      ...byUnit.get(chat.unitName)!.map((c) => `• ${changeText(t, c)}`),
    ];
    if (reason) lines.push(t("notice-plan-reason", { reason }));
    lines.push("", t("notice-plan-footer"));
    return {
      key: `plan-change|${revisionId}|${chat.channel}:${chat.chatId}`,
      channel: chat.channel,
      chatId: chat.chatId,
      kind: "notice",
      text: lines.join("\n"),
      notBefore: at,
    };
  });
}

class AlreadyDecided extends Error {}

/** The plan had another change applied after the revision was previewed. */
class ChangedSince extends Error {
  constructor(readonly latest: { createdBy: string; decidedAt: Date | null } | null) {
    super("plan changed since the preview");
  }
}

type Alongside = NonNullable<Parameters<typeof savePlan>[3]>;

/**
 * What saving a plan change does besides the plan, in its transaction: the history entry
 * (the previewed revision marked applied, or a new applied one) and, when asked, each
 * affected unit's notice. `counts` is filled in when the transaction has run.
 */
export function recordChange(
  proposed: ParsedPlan,
  author: Author & {
    source: NewRevision["source"];
    /** The previewed revision, with the plan's version it was previewed against. */
    revision?: Pick<Revision, "id" | "baseRevisionId">;
    notify: boolean;
  },
) {
  const counts = { units: 0, messages: 0, changes: [] as PlanChange[] };
  const alongside: Alongside = async (tx, saved, before) => {
    const changes = saved.created ? diffPlans([], parsedSnapshots(proposed)) : saved.changes;
    counts.changes = changes;
    const decided = { at: author.at, planId: saved.planId, changes };
    let id: number;
    if (author.revision) {
      id = author.revision.id;
      // The plan's row is locked by now: a change applied meanwhile is seen here.
      const latest = await latestApplied(tx, saved.planId);
      if ((latest?.id ?? null) !== author.revision.baseRevisionId) throw new ChangedSince(latest);
      if (!(await decideRevision(tx, id, { status: "applied", ...decided }))) throw new AlreadyDecided();
    } else {
      id = await createRevision(tx, {
        planId: saved.planId,
        source: author.source,
        proposed,
        changes,
        reason: author.reason,
        createdBy: author.by,
        createdAt: author.at,
        status: "applied",
        decidedAt: author.at,
      });
    }
    if (!author.notify || changes.length === 0) return;
    const { byUnit, chats } = await notices(tx, proposed.province, before, proposed, changes);
    const messages = noticeMessages(id, proposed, author.reason, byUnit, chats, author.at);
    await insertMessages(tx, messages, `plan-change:${id}`);
    Object.assign(counts, { units: byUnit.size, messages: messages.length });
  };
  return { alongside, counts };
}

/**
 * Saves the revision's plan and queues the units' notices, once, unless another change was
 * applied to the plan after this one was previewed ("plan-changed-since": preview it again
 * with refreshRevision).
 */
export async function applyRevision(
  db: PrismaClient,
  revisionId: number,
  at: Date,
  /** The province dondoc serves; a plan of another one is applied only when `foreignConfirmed`. */
  serving: { province: string; foreignConfirmed: boolean },
): Promise<Result<{ changes: PlanChange[]; units: number; messages: number; planId: number }>> {
  const revision = await findRevision(db, revisionId);
  if (!revision || revision.status !== "pending") return fail("revision-decided");
  const province = revision.proposed.province;
  const kept = await namesKept(db, province, revision.choices);
  const pending = summarizeImport(revision.proposed, serving.province, kept).unresolved;
  if (revision.file && pending.length) return fail("import-names-pending", { count: pending.length });
  if (!sameProvince(province, serving.province) && !serving.foreignConfirmed)
    return fail("plan-foreign-unconfirmed", { province });
  const stored = revision.planId
    ? await db.plan.findUnique({ where: { id: revision.planId }, select: { source: true } })
    : null;
  const { alongside, counts } = recordChange(revision.proposed, {
    by: revision.createdBy,
    reason: revision.reason,
    at,
    source: revision.source as NewRevision["source"],
    revision,
    notify: true,
  });
  // The admin's answers about names are saved with the plan, or not at all.
  const names = (tx: Tx, p: { id: number; name: string }) => saveNameChoices(tx, p, revision.choices);
  try {
    const saved = await savePlan(db, revision.proposed, stored?.source ?? revision.reason, alongside, names);
    return ok({ ...counts, planId: saved.planId });
  } catch (error) {
    if (error instanceof AlreadyDecided) return fail("revision-decided");
    if (error instanceof ChangedSince)
      return fail("plan-changed-since", {
        by: error.latest?.createdBy ?? "",
        when: error.latest?.decidedAt ? formatDateTime(error.latest.decidedAt) : "",
      });
    throw error;
  }
}

/** The names not to ask about: ignored in this import, or left linked to no unit by an earlier plan. */
export async function namesKept(db: PrismaClient, province: string, choices: readonly NameChoice[]): Promise<string[]> {
  return [...choices.flatMap((c) => (c.action === "ignore" ? [c.name] : [])), ...(await keptNames(db, province))];
}

export async function cancelRevision(db: PrismaClient, revisionId: number, at: Date): Promise<boolean> {
  return decideRevision(db, revisionId, { status: "cancelled", at });
}
