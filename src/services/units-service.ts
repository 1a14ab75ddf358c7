// The unit directory, exported for admins to edit and imported back, and the other names
// admins give units. An import with any finding changes nothing: the admin fixes the
// file and sends it again.
import { createResolver, type UnitResolver } from "../domain/resolve-units.ts";
import { suggestUnits, type UnitSuggestion } from "../domain/unit-suggestions.ts";
import { fail, ok, type Result } from "../domain/result.ts";
import { clean } from "../domain/text.ts";
import { LANGUAGES, translator, type Translate } from "../i18n/index.ts";
import { readDirectorySheet, writeDirectorySheet, type SheetFinding } from "../sheets/directory-sheet.ts";
import type { PrismaClient } from "../store/database.ts";
import type { StoredUnit } from "../domain/units.ts";
import {
  addUnitAlias,
  ensureProvince,
  listUnits,
  loadDirectory,
  saveStaffCount,
  upsertUnits,
} from "../store/directory-store.ts";

export async function provinceUnits(db: PrismaClient, province: string): Promise<StoredUnit[]> {
  return listUnits(db, await ensureProvince(db, province));
}

export async function exportDirectory(db: PrismaClient, province: string, t: Translate): Promise<Buffer> {
  return writeDirectorySheet(await provinceUnits(db, province), province, t);
}

export type ImportFailure = { code: "invalid-directory"; findings: SheetFinding[] };

export async function importDirectory(
  db: PrismaClient,
  province: string,
  buffer: Buffer,
): Promise<Result<{ created: number; updated: number }> | { ok: false; error: ImportFailure }> {
  const provinceId = await ensureProvince(db, province);
  const known = new Set((await listUnits(db, provinceId)).filter((u) => u.resolved).map((u) => u.name));
  const { units, findings } = await readDirectorySheet(buffer, LANGUAGES.map(translator), known);
  if (findings.length > 0) return { ok: false, error: { code: "invalid-directory", findings } };
  if (units.length === 0) return fail("empty-directory");
  const result = await db.$transaction(async (tx) => upsertUnits(tx, provinceId, units), { timeout: 60_000 });
  return ok(result);
}

/**
 * The resolver of a province's directory, in force on `date` when given (a plan's date),
 * built once per directory version and shared by every caller until the directory changes.
 */
export async function provinceResolver(
  db: PrismaClient,
  province: string,
  date?: string | null,
): Promise<UnitResolver> {
  return createResolver(await loadDirectory(db, await ensureProvince(db, province), date));
}

/** The closest units to a name the directory does not know, for an admin to pick from. */
export async function suggestProvinceUnits(
  db: PrismaClient,
  province: string,
  name: string,
  limit: number,
): Promise<UnitSuggestion[]> {
  return suggestUnits(await provinceResolver(db, province), name, limit);
}

/**
 * Saves `alias` as another name of a unit: from then on plans, lists and commands that
 * write it resolve to that unit. An alias another unit already answers to is refused.
 */
export async function saveUnitAlias(
  db: PrismaClient,
  province: string,
  unitId: number,
  alias: string,
): Promise<Result<{ unit: string; alias: string }>> {
  const written = clean(alias);
  if (!written) return fail("alias-empty");
  const provinceId = await ensureProvince(db, province);
  const owner = createResolver(await loadDirectory(db, provinceId)).find(written) as StoredUnit | null;
  if (owner && owner.id !== unitId) return fail("alias-taken", { alias: written, unit: owner.name });
  const unit = (await listUnits(db, provinceId)).find((u) => u.id === unitId && u.resolved);
  if (!unit) return fail("unknown-unit", { name: String(unitId) });
  if (!owner) await addUnitAlias(db, provinceId, unitId, written);
  return ok({ unit: unit.name, alias: written });
}

export const MAX_STAFF = 100_000;

/** Sets a unit's staff count, a whole number from 1 to MAX_STAFF. */
export async function setStaffCount(db: PrismaClient, unitId: number, count: number): Promise<Result<number>> {
  if (!Number.isInteger(count) || count < 1 || count > MAX_STAFF)
    return fail("invalid-staff-count", { value: String(count) });
  await saveStaffCount(db, unitId, count);
  return ok(count);
}
