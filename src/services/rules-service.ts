// The scoring rules of a province: the set in force on a day (one place decides it for
// /score, /progress, the export, the reply to a list and `dondoc check`), their workbook
// for admins to fill in from the province's decision, and its import.
import { ok, type Result } from "../domain/result.ts";
import { rulesOn, type RuleSet } from "../domain/rule-set.ts";
import type { IsoDate } from "../domain/dates.ts";
import type { Scoring } from "../domain/scoring.ts";
import { LANGUAGES, translator, type Translate } from "../i18n/index.ts";
import { readRulesSheet, writeRulesSheet, type RulesFinding } from "../sheets/rules-sheet.ts";
import type { PrismaClient } from "../store/database.ts";
import { ensureProvince, findProvince } from "../store/directory-store.ts";
import {
  applyRuleSet,
  cancelRuleSet,
  listRuleSets,
  savePendingRuleSet,
  saveRuleSet,
  type StoredRuleSet,
} from "../store/rule-set-store.ts";
import { workCalendar } from "./calendar-service.ts";

export async function provinceRuleSets(db: PrismaClient, province: string): Promise<StoredRuleSet[]> {
  const found = await findProvince(db, province);
  return found ? listRuleSets(db, found.id) : [];
}

/** The rules in force in the province on `day`, with the province's calendar for working days. */
export async function scoringOn(db: PrismaClient, provinceId: number, day: IsoDate): Promise<Scoring> {
  const sets = (await listRuleSets(db, provinceId)).map((s) => s.rules);
  return { rules: rulesOn(sets, day), calendar: await workCalendar(db) };
}

/** The workbook of the set in force on `day` (the default one when the province has none yet). */
export async function exportRules(db: PrismaClient, province: string, day: IsoDate, t: Translate): Promise<Buffer> {
  return writeRulesSheet(await rulesInForce(db, province, day), t);
}

export type RulesImportFailure = { code: "invalid-rules"; findings: RulesFinding[] };

/** Reads a rules workbook; nothing is stored. */
export function readRules(buffer: Buffer): Result<RuleSet> | { ok: false; error: RulesImportFailure } {
  const read = readRulesSheet(buffer, LANGUAGES.map(translator));
  return read.ok ? ok(read.rules) : { ok: false, error: { code: "invalid-rules", findings: read.findings } };
}

/** Stores a set read from a workbook, replacing one of the same effective day. */
export async function importRules(
  db: PrismaClient,
  province: string,
  buffer: Buffer,
  by: { importedBy: string; importedAt: Date },
  dryRun = false,
): Promise<Result<RuleSet> | { ok: false; error: RulesImportFailure }> {
  const read = readRules(buffer);
  if (!read.ok) return read;
  if (!dryRun) await saveRuleSet(db, await ensureProvince(db, province), read.value, by);
  return read;
}

/** Why a rules file was refused, a line per wrong cell. */
export function rulesFindingsText(t: Translate, findings: RulesFinding[]): string[] {
  return findings.map((f) => t(`rules-finding-${f.code}`, { sheet: f.sheet, cell: f.cell, value: f.value }));
}

/** The set in force in the province on `day` (the default when it has none yet). */
export async function rulesInForce(db: PrismaClient, province: string, day: IsoDate): Promise<RuleSet> {
  return rulesOn(
    (await provinceRuleSets(db, province)).map((s) => s.rules),
    day,
  );
}

/** A workbook sent in chat: null when it is no rules sheet, else the set kept pending, or its wrong cells. */
export async function proposeRules(
  db: PrismaClient,
  province: string,
  buffer: Buffer,
  by: { importedBy: string; importedAt: Date },
): Promise<Result<{ id: number; rules: RuleSet }> | { ok: false; error: RulesImportFailure } | null> {
  const read = readRules(buffer);
  const other = ["not-rules", "not-xlsx"];
  if (!read.ok) return "findings" in read.error && other.includes(read.error.findings[0]?.code ?? "") ? null : read;
  const id = await savePendingRuleSet(db, await ensureProvince(db, province), read.value, by);
  return ok({ id, rules: read.value });
}

/** The admin's answer to a preview: the set applied, or dropped; false when it was already decided. */
export async function decideRules(db: PrismaClient, province: string, id: number, apply: boolean): Promise<boolean> {
  const provinceId = await ensureProvince(db, province);
  return apply ? (await applyRuleSet(db, provinceId, id)) !== null : cancelRuleSet(db, provinceId, id);
}
