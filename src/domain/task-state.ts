// The one state of a unit's task, read by every view (/tasks, /score, /progress,
// reminders, the export): computed from the task, the unit's lists (every version, so
// what stood at the deadline is known), its quota, the marks people made, and the day.
import { isTemplateId, type TemplateId } from "./list-templates.ts";
import type { Quota } from "./list-check.ts";
import { dayInVietnam, type IsoDate } from "./dates.ts";
import { fold } from "./text.ts";

/** What the unit hands in for a task: lists on the plan's templates, a document, or nothing. */
export type Deliverable = "lists" | "document" | "none";

export type StateKind =
  | "not-due"
  | "started"
  | "incomplete"
  | "complete-on-time"
  | "complete-late"
  | "overdue"
  | "declared"
  | "confirmed"
  | "not-applicable";

export interface StateTask {
  id: number;
  ref: string;
  title: string;
  effectiveDue: IsoDate | null;
  /** The list templates the task cites that the plan carries ("phụ lục số I, III, VI" → I, III). */
  cited: string[];
}

export interface ListVersion {
  template: string;
  receivedAt: Date;
  supersededAt: Date | null;
  complete: boolean;
  rowsTotal: number;
  rowsValid: number;
  official: number;
  reserve: number;
}

export interface Mark {
  source: string;
  doneAt: Date;
}

/** The unit's current evidence document of a report task, and what an admin made of it. */
export interface EvidenceFact {
  id: number;
  fileName: string;
  receivedAt: Date;
  status: "sent" | "confirmed" | "returned";
  reason: string | null;
}

export interface UnitFacts {
  quota: Quota | null;
  /** Every version of the unit's lists in the plan, superseded ones too. */
  lists: ListVersion[];
  /** Active marks by task id. */
  marks: ReadonlyMap<number, Mark[]>;
  /** Current evidence documents by task id. */
  evidence?: ReadonlyMap<number, EvidenceFact>;
  /** The unit's staff count, the rows a whole Phụ lục I has; null until the unit or an admin says it. */
  staffCount: number | null;
}

/** Why a list that was received does not count as complete. */
export type Shortfall =
  | { template: TemplateId; reason: "quota-official" | "quota-reserve"; have: number; need: number }
  | { template: TemplateId; reason: "errors" | "staff-short"; have: number; need: number }
  | { template: TemplateId; reason: "empty" | "staff-unknown" };

export interface TaskState {
  kind: StateKind;
  deliverable: Deliverable;
  /** Counted in the score (lists and documents; not advisory tasks nor quota-0 ones). */
  scored: boolean;
  /** The lists the task asks of this unit (a list whose quota is 0 is not asked). */
  asked: TemplateId[];
  missing: TemplateId[];
  shortfalls: Shortfall[];
  /** Day the task was done (lists complete, declared or confirmed) or first sent. */
  sentOn: IsoDate | null;
  /** Something was received after the deadline while the task was not yet complete. */
  late: boolean;
  /** A change after an on-time completion that the rules keep from lowering it. */
  correctedOn: IsoDate | null;
  /** Nothing left for the unit to do: reminders stop. */
  finished: boolean;
  /** A document task's current evidence, and the day it arrived. */
  evidence?: EvidenceFact & { on: IsoDate };
}

const SENDS_DOCUMENT = /\b(gui|nop)\b|tai lieu kiem chung/;

export function deliverableOf(task: Pick<StateTask, "title" | "cited">): Deliverable {
  if (task.cited.some(isTemplateId)) return "lists";
  return SENDS_DOCUMENT.test(fold(task.title)) ? "document" : "none";
}

/** The lists a task asks of a unit: Phụ lục III only when the unit has a sample quota. */
export function askedLists(cited: string[], quota: Quota | null): TemplateId[] {
  const noSamples = quota !== null && quota.required.official + quota.required.reserve === 0;
  return cited.filter(isTemplateId).filter((id) => !(id === "III" && noSamples));
}

/** Why a received list is not complete (empty when it is). */
export function shortfallsOf(
  list: ListVersion,
  template: TemplateId,
  quota: Quota | null,
  tolerance: number,
  staffCount: number | null,
): Shortfall[] {
  if (list.rowsTotal === 0) return [{ template, reason: "empty" }];
  const out: Shortfall[] = template === "I" ? staffShortfalls(list, staffCount) : [];
  if (template === "III" && quota) {
    if (list.official < quota.required.official)
      out.push({ template, reason: "quota-official", have: list.official, need: quota.required.official });
    if (list.reserve < quota.required.reserve)
      out.push({ template, reason: "quota-reserve", have: list.reserve, need: quota.required.reserve });
  }
  const invalid = list.rowsTotal - list.rowsValid;
  if (invalid / list.rowsTotal > tolerance)
    out.push({ template, reason: "errors", have: invalid, need: Math.floor(list.rowsTotal * tolerance) });
  return out;
}

/** Phụ lục I is the unit's whole staff list: one row per person on its staff, a count that must be known. */
function staffShortfalls(list: ListVersion, staffCount: number | null): Shortfall[] {
  if (staffCount === null) return [{ template: "I", reason: "staff-unknown" }];
  return list.rowsValid < staffCount
    ? [{ template: "I", reason: "staff-short", have: list.rowsValid, need: staffCount }]
    : [];
}

/** The lists as the staff count judges them: a Phụ lục I short of it is not complete. */
function judgedByStaff(lists: ListVersion[], staffCount: number | null): ListVersion[] {
  return lists.map((l) =>
    l.template === "I" && l.complete && staffShortfalls(l, staffCount).length > 0 ? { ...l, complete: false } : l,
  );
}

// Many lists share their instants' days: work each out once (Luxon's zone conversion is slow).
const days = new Map<number, IsoDate>();
function dayOf(instant: Date): IsoDate {
  const known = days.get(instant.getTime());
  if (known) return known;
  if (days.size > 100_000) days.clear();
  const day = dayInVietnam(instant);
  days.set(instant.getTime(), day);
  return day;
}

/** The version of each template that stood at the end of `day` (Vietnam time), if any. */
function standingAt(lists: ListVersion[], day: IsoDate): Map<string, ListVersion> {
  const out = new Map<string, ListVersion>();
  for (const l of lists) {
    if (dayOf(l.receivedAt) > day) continue;
    if (l.supersededAt && dayOf(l.supersededAt) <= day) continue;
    const seen = out.get(l.template);
    if (!seen || seen.receivedAt < l.receivedAt) out.set(l.template, l);
  }
  return out;
}

const base = { missing: [] as TemplateId[], shortfalls: [] as Shortfall[], late: false, correctedOn: null };

function listState(
  task: StateTask,
  facts: UnitFacts,
  asked: TemplateId[],
  today: IsoDate,
  tolerance: number,
): TaskState {
  const mine = facts.lists.filter((l) => (asked as string[]).includes(l.template));
  const now = standingAt(mine, today);
  const missing = asked.filter((t) => !now.has(t));
  const shortfalls = asked.flatMap((t) =>
    now.has(t) ? shortfallsOf(now.get(t)!, t, facts.quota, tolerance, facts.staffCount) : [],
  );
  const due = task.effectiveDue;
  const pastDue = due !== null && today > due;
  const first = mine.reduce<Date | null>((a, l) => (a && a < l.receivedAt ? a : l.receivedAt), null);
  const common = { deliverable: "lists" as const, scored: true, asked, correctedOn: null };
  const atDue = due && due < today ? standingAt(mine, due) : null;
  const completeAtDue = atDue !== null && asked.every((t) => atDue.get(t)?.complete);
  if (completeAtDue) {
    const lastAtDue = [...atDue.values()].reduce((a, l) => (a.receivedAt > l.receivedAt ? a : l));
    const lastNow = [...now.values()].reduce<ListVersion | null>(
      (a, l) => (a && a.receivedAt > l.receivedAt ? a : l),
      null,
    );
    const corrected = lastNow && lastNow.receivedAt > lastAtDue.receivedAt ? dayOf(lastNow.receivedAt) : null;
    const sentOn = dayOf(lastAtDue.receivedAt);
    return {
      ...common,
      kind: "complete-on-time",
      missing,
      shortfalls,
      sentOn,
      late: false,
      correctedOn: corrected,
      finished: true,
    };
  }
  if (missing.length === 0 && [...now.values()].every((l) => l.complete)) {
    const sentOn = dayOf([...now.values()].reduce((a, l) => (a.receivedAt > l.receivedAt ? a : l)).receivedAt);
    const late = due !== null && sentOn > due;
    return {
      ...common,
      kind: late ? "complete-late" : "complete-on-time",
      missing,
      shortfalls,
      sentOn,
      late,
      finished: true,
    };
  }
  const sentOn = first ? dayOf(first) : null;
  const late = pastDue && (sentOn === null || sentOn > due!);
  if (now.size === 0)
    return { ...common, ...base, missing, kind: pastDue ? "overdue" : "not-due", sentOn, finished: false };
  const kind = missing.length > 0 ? "started" : "incomplete";
  return { ...common, kind, missing, shortfalls, sentOn, late, finished: false };
}

function markedState(task: StateTask, deliverable: Deliverable, marks: Mark[], today: IsoDate): TaskState {
  // One literal, not `{ ...base, … }`: Node 20's V8 builds a spread followed by more properties
  // through a slow path (microseconds each), and most duties of a province come here.
  const state = (kind: StateKind, sentOn: IsoDate | null, late: boolean, finished: boolean): TaskState => ({
    missing: base.missing,
    shortfalls: base.shortfalls,
    late,
    correctedOn: null,
    deliverable,
    scored: deliverable !== "none",
    asked: [],
    kind,
    sentOn,
    finished,
  });
  const people = marks.filter((m) => m.source !== "submission");
  const pastDue = task.effectiveDue !== null && today > task.effectiveDue;
  if (people.length === 0) return state(pastDue ? "overdue" : "not-due", null, false, false);
  const sentOn = dayOf(people.reduce((a, m) => (a.doneAt < m.doneAt ? a : m)).doneAt);
  const confirmed = people.some((m) => m.source === "admin") || deliverable === "none";
  const late = task.effectiveDue !== null && sentOn > task.effectiveDue;
  return state(confirmed ? "confirmed" : "declared", sentOn, late, true);
}

/**
 * A report task with its document received: waiting for an admin (declared), confirmed, or
 * returned with a reason (sent but not complete: a new document is needed). On time is
 * judged on the day the current document arrived.
 */
function evidenceState(task: StateTask, evidence: EvidenceFact): TaskState {
  const on = dayOf(evidence.receivedAt);
  const late = task.effectiveDue !== null && on > task.effectiveDue;
  const kind = evidence.status === "confirmed" ? "confirmed" : evidence.status === "sent" ? "declared" : "incomplete";
  const common = { ...base, deliverable: "document" as const, scored: true, asked: [], sentOn: on, late };
  return { ...common, kind, finished: kind !== "incomplete", evidence: { ...evidence, on } };
}

/** The state of one task for one unit on `today`. */
export function taskState(task: StateTask, facts: UnitFacts, today: IsoDate, tolerance: number): TaskState {
  const deliverable = deliverableOf(task);
  const marks = facts.marks.get(task.id) ?? [];
  const evidence = deliverable === "document" ? facts.evidence?.get(task.id) : undefined;
  // Evidence the unit sent before the day looked at stands; an admin's mark without one still confirms.
  if (evidence && dayOf(evidence.receivedAt) <= today && !marks.some((m) => m.source === "admin"))
    return evidenceState(task, evidence);
  if (deliverable !== "lists") return markedState(task, deliverable, marks, today);
  const asked = askedLists(task.cited, facts.quota);
  if (asked.length === 0)
    return { ...base, kind: "not-applicable", deliverable, scored: false, asked, sentOn: null, finished: true };
  // An admin's confirmation settles a list task too (lists sent outside dondoc).
  if (marks.some((m) => m.source === "admin"))
    return { ...markedState(task, "document", marks, today), deliverable, asked };
  return listState(task, { ...facts, lists: judgedByStaff(facts.lists, facts.staffCount) }, asked, today, tolerance);
}
