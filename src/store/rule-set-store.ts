// The scoring rule sets of a province, one per day it takes effect.
import { ruleSetSchema, type RuleSet } from "../domain/rule-set.ts";
import type { PrismaClient } from "./database.ts";
import { readJson } from "./json-columns.ts";

export interface StoredRuleSet {
  rules: RuleSet;
  importedAt: Date;
  importedBy: string;
}

export async function listRuleSets(db: PrismaClient, provinceId: number): Promise<StoredRuleSet[]> {
  const rows = await db.ruleSet.findMany({ where: { provinceId }, orderBy: { effectiveFrom: "asc" } });
  return rows.map((r) => ({
    rules: readJson(ruleSetSchema, r.rules, "RuleSet.rules"),
    importedAt: r.importedAt,
    importedBy: r.importedBy,
  }));
}

/** A set replaces the one that took effect the same day (a corrected decision). */
export async function saveRuleSet(
  db: PrismaClient,
  provinceId: number,
  rules: RuleSet,
  by: { importedBy: string; importedAt: Date },
): Promise<void> {
  const data = { name: rules.name, rules: JSON.stringify(rules), ...by };
  await db.ruleSet.upsert({
    where: { provinceId_effectiveFrom: { provinceId, effectiveFrom: rules.effectiveFrom } },
    create: { provinceId, effectiveFrom: rules.effectiveFrom, ...data },
    update: data,
  });
}
