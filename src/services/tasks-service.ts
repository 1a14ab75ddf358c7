// A unit's task table, found by the unit's name as a person would type it.
import type { IsoDate } from "../domain/dates.ts";
import { createResolver } from "../domain/resolve-units.ts";
import { fail, ok, type Result } from "../domain/result.ts";
import type { UnitKind } from "../domain/units.ts";
import { buildTaskTable, type TaskLine } from "../domain/unit-tasks.ts";
import type { PrismaClient } from "../store/database.ts";
import type { StoredUnit } from "../domain/units.ts";
import { knownProvince, listProvinces, loadDirectory } from "../store/directory-store.ts";
import { unitDuties } from "./progress-service.ts";

export interface UnitRef {
  id: number;
  name: string;
  kind: UnitKind;
  province: string;
  provinceId: number;
}

/**
 * The stored unit a name refers to, in the given province (its shipped directory loaded on
 * first use) or in the only one that has it.
 */
export async function findUnit(db: PrismaClient, name: string, province?: string): Promise<Result<UnitRef>> {
  const provinces = province ? [await knownProvince(db, province)] : await listProvinces(db);
  if (provinces.some((p) => p === null)) return fail("unknown-province", { province: province ?? "" });
  const matches: UnitRef[] = [];
  for (const p of provinces as { id: number; name: string }[]) {
    // The resolver hands back the directory's own entries, which carry their ids.
    const unit = createResolver(await loadDirectory(db, p.id)).find(name) as StoredUnit | null;
    if (unit) matches.push({ id: unit.id, name: unit.name, kind: unit.kind, province: p.name, provinceId: p.id });
  }
  if (matches.length === 0) return fail("unknown-unit", { name });
  if (matches.length > 1) return fail("ambiguous-unit", { name, provinces: matches.map((m) => m.province).join(", ") });
  return ok(matches[0]!);
}

/** The unit's task table in the given plan or its province's plan in force (empty when there is none). */
export async function unitTaskTable(
  db: PrismaClient,
  unit: { unitId: number; provinceId: number },
  today: IsoDate,
  planId?: number,
): Promise<TaskLine[]> {
  const found = await unitDuties(db, unit, today, planId);
  return found?.duties ? buildTaskTable(found.duties.duties, today) : [];
}
