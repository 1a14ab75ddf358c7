// The scoring rule sets of a province, one applied per day it takes effect; sets sent in
// chat wait as pending until the admin confirms them.
import { ruleSetSchema, type RuleSet } from "../domain/rule-set.ts";
import type { PrismaClient } from "./database.ts";
import { readJson } from "./json-columns.ts";

export interface StoredRuleSet {
  rules: RuleSet;
  importedAt: Date;
  importedBy: string;
}

interface Author {
  importedBy: string;
  importedAt: Date;
}

const stored = (r: { rules: string; importedAt: Date; importedBy: string }): StoredRuleSet => ({
  rules: readJson(ruleSetSchema, r.rules, "RuleSet.rules"),
  importedAt: r.importedAt,
  importedBy: r.importedBy,
});

/** The applied sets, by the day they take effect. */
export async function listRuleSets(db: PrismaClient, provinceId: number): Promise<StoredRuleSet[]> {
  const rows = await db.ruleSet.findMany({
    where: { provinceId, status: "applied" },
    orderBy: { effectiveFrom: "asc" },
  });
  return rows.map(stored);
}

/** A set applied at once; it replaces the one that took effect the same day (a corrected decision). */
export async function saveRuleSet(db: PrismaClient, provinceId: number, rules: RuleSet, by: Author): Promise<void> {
  const id = await savePendingRuleSet(db, provinceId, rules, by);
  await applyRuleSet(db, provinceId, id);
}

/** A set kept for the admin to confirm; its id. */
export async function savePendingRuleSet(
  db: PrismaClient,
  provinceId: number,
  rules: RuleSet,
  by: Author,
): Promise<number> {
  const row = await db.ruleSet.create({
    data: {
      provinceId,
      name: rules.name,
      effectiveFrom: rules.effectiveFrom,
      rules: JSON.stringify(rules),
      status: "pending",
      ...by,
    },
  });
  return row.id;
}

/** The pending set of the province with this id, applied; null when there is none (already decided). */
export async function applyRuleSet(db: PrismaClient, provinceId: number, id: number): Promise<StoredRuleSet | null> {
  return db.$transaction(async (tx) => {
    const pending = await tx.ruleSet.findFirst({ where: { id, provinceId, status: "pending" } });
    if (!pending) return null;
    await tx.ruleSet.deleteMany({ where: { provinceId, effectiveFrom: pending.effectiveFrom, status: "applied" } });
    await tx.ruleSet.update({ where: { id }, data: { status: "applied" } });
    return stored(pending);
  });
}

export async function cancelRuleSet(db: PrismaClient, provinceId: number, id: number): Promise<boolean> {
  const { count } = await db.ruleSet.updateMany({
    where: { id, provinceId, status: "pending" },
    data: { status: "cancelled" },
  });
  return count > 0;
}
