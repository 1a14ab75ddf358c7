// Importing a plan file as an admin. The plan is read and summed up (tasks, deadlines, lead
// units, quotas) with every unit name that was not understood; the admin says what each
// such name means (a unit of the directory, a new unit, or nothing to follow up), and the
// plan is read again with each answer. Nothing is saved until the admin confirms: the
// answers are kept with the pending revision (so a restart loses none) and saved with the plan.
import {
  nameTag,
  summarizeImport,
  type ImportSummary,
  type NameChoice,
  type UnresolvedName,
} from "../domain/plan-import.ts";
import { createResolver } from "../domain/resolve-units.ts";
import { suggestUnits } from "../domain/unit-suggestions.ts";
import { fail, ok, type Result } from "../domain/result.ts";
import type { Directory, UnitKind } from "../domain/units.ts";
import type { ParsedPlan } from "../plan/parsed-plan.ts";
import type { PrismaClient } from "../store/database.ts";
import { savePlan, type SavedPlan, type Tx } from "../store/plan-store.ts";
import { findRevision } from "../store/revision-store.ts";
import { saveNameChoices } from "../store/unit-alias-store.ts";
import { workCalendar } from "./calendar-service.ts";
import {
  namesKept,
  proposePlan,
  repropose,
  type Author,
  type ChangePreview,
  type UnitNotice,
} from "./plan-change-service.ts";
import { databaseDirectories, parsePlanBuffer, withNameChoices } from "./plan-service.ts";

/** Closest units offered for a name. */
const SUGGESTIONS = 5;

export interface NameQuestion {
  name: UnresolvedName;
  /** Identifies the name in an answer (a button's data). */
  tag: string;
  /** The closest units of the plan's province, best first. */
  suggestions: { name: string; tag: string }[];
}

export interface ImportReview {
  summary: ImportSummary;
  preview: ChangePreview;
  /** The first name still to answer; null once every name is answered. */
  question: NameQuestion | null;
}

export type NameAnswer = { unitTag: string } | { create: UnitKind } | { ignore: true };

/** The plan read with the directory as the answers will make it. */
async function readWith(db: PrismaClient, content: Buffer, choices: NameChoice[], province?: string) {
  const directories = withNameChoices(databaseDirectories(db), choices);
  return parsePlanBuffer(content, { province, directories, calendar: (name) => workCalendar(db, name) });
}

async function directoryOf(db: PrismaClient, province: string, choices: NameChoice[]): Promise<Directory | null> {
  return withNameChoices(databaseDirectories(db), choices).directory(province);
}

async function review(
  db: PrismaClient,
  plan: ParsedPlan,
  preview: ChangePreview,
  choices: NameChoice[],
  serving: string,
): Promise<ImportReview> {
  const summary = summarizeImport(plan, serving, await namesKept(db, plan.province, choices));
  const first = summary.unresolved[0];
  if (!first) return { summary, preview, question: null };
  const directory = (await directoryOf(db, plan.province, choices)) ?? { province: plan.province, units: [] };
  const suggestions = suggestUnits(createResolver(directory), first.name, SUGGESTIONS).map((s) => ({
    name: s.name,
    tag: nameTag(s.name),
  }));
  return { summary, preview, question: { name: first, tag: nameTag(first.name), suggestions } };
}

/** A plan file sent by an admin, read and previewed; nothing is saved but the pending revision. */
export async function reviewImport(
  db: PrismaClient,
  file: { name: string; content: Buffer },
  author: Author,
  serving: string,
): Promise<Result<ImportReview>> {
  const parsed = await readWith(db, file.content, []);
  if (!parsed.ok) return parsed;
  const kept = await namesKept(db, parsed.value.province, []);
  const pending = summarizeImport(parsed.value, serving, kept).unresolved.length > 0;
  const preview = await proposePlan(db, parsed.value, { ...author, reason: author.reason || file.name }, "import", {
    file: file.content,
    choices: [],
    allowNoChange: pending,
  });
  if (!preview.ok) return preview;
  return ok(await review(db, parsed.value, preview.value, [], serving));
}

/** The name with `tag` that a pending import still asks about, with its revision. */
async function pendingName(db: PrismaClient, revisionId: number, tag: string, serving: string) {
  const revision = await findRevision(db, revisionId);
  if (!revision || revision.status !== "pending" || !revision.file) return fail("revision-decided");
  const kept = await namesKept(db, revision.proposed.province, revision.choices);
  const asked = summarizeImport(revision.proposed, serving, kept).unresolved.find((n) => nameTag(n.name) === tag);
  return asked ? ok({ revision: { ...revision, file: revision.file }, asked }) : fail("import-name-answered");
}

/** The name a pending import asks about, for the question that follows ("which kind of unit?"). */
export async function askedName(
  db: PrismaClient,
  revisionId: number,
  tag: string,
  serving: string,
): Promise<Result<UnresolvedName>> {
  const pending = await pendingName(db, revisionId, tag, serving);
  return pending.ok ? ok(pending.value.asked) : pending;
}

/** The admin's answer about the name with `tag`: the plan read again with it, and what is left to ask. */
export async function answerName(
  db: PrismaClient,
  revisionId: number,
  tag: string,
  answer: NameAnswer,
  serving: string,
): Promise<Result<ImportReview & { answered: NameChoice }>> {
  const pending = await pendingName(db, revisionId, tag, serving);
  if (!pending.ok) return pending;
  const { revision, asked } = pending.value;
  const { proposed, choices } = revision;
  let choice: NameChoice;
  if ("unitTag" in answer) {
    const units = (await directoryOf(db, proposed.province, choices))?.units ?? [];
    const unit = units.find((u) => nameTag(u.name) === answer.unitTag);
    if (!unit) return fail("import-name-answered");
    choice = { name: asked.name, action: "alias", unit: unit.name };
  } else if ("create" in answer) choice = { name: asked.name, action: "create", kind: answer.create };
  else choice = { name: asked.name, action: "ignore" };
  const next = [...choices, choice];
  const parsed = await readWith(db, revision.file, next, proposed.province);
  if (!parsed.ok) return parsed;
  const preview = await repropose(db, revisionId, parsed.value, next);
  if (!preview.ok) return preview;
  return ok({ ...(await review(db, parsed.value, preview.value, next, serving)), answered: choice });
}

/** For a plan of another province: only its units that have chats are offered to be told. */
export function noticesShown(review: ImportReview): UnitNotice[] {
  return review.summary.foreign ? review.preview.notices.filter((n) => n.chats > 0) : review.preview.notices;
}

/** "NAME=UNIT" aliases given on the command line, checked against the plan's province. */
export async function aliasChoices(
  db: PrismaClient,
  province: string,
  aliases: { name: string; unit: string }[],
): Promise<Result<NameChoice[]>> {
  const directory = await directoryOf(db, province, []);
  const resolver = createResolver(directory ?? { province, units: [] });
  const choices: NameChoice[] = [];
  for (const alias of aliases) {
    const unit = resolver.find(alias.unit);
    if (!unit) return fail("alias-unit-unknown", { unit: alias.unit, province });
    choices.push({ name: alias.name, action: "alias", unit: unit.name });
  }
  return ok(choices);
}

/** A plan file read for the command line, with the aliases given there. */
export async function readForImport(
  db: PrismaClient,
  content: Buffer,
  options: { province?: string | undefined; choices: NameChoice[]; serving: string },
): Promise<Result<{ parsed: ParsedPlan; summary: ImportSummary }>> {
  const parsed = await readWith(db, content, options.choices, options.province);
  if (!parsed.ok) return parsed;
  const kept = await namesKept(db, parsed.value.province, options.choices);
  return ok({ parsed: parsed.value, summary: summarizeImport(parsed.value, options.serving, kept) });
}

/** Saves a plan read for the command line, with the aliases it was read with, in one transaction. */
export async function saveImport(
  db: PrismaClient,
  parsed: ParsedPlan,
  source: string,
  choices: NameChoice[],
  alongside?: Parameters<typeof savePlan>[3],
): Promise<SavedPlan> {
  return savePlan(db, parsed, source, alongside, (tx: Tx, province) => saveNameChoices(tx, province, choices));
}
