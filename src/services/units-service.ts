// The unit directory, exported for admins to edit and imported back. An import with
// any finding changes nothing: the admin fixes the file and sends it again.
import { fail, ok, type Result } from "../domain/result.ts";
import { LANGUAGES, translator, type Translate } from "../i18n/index.ts";
import { readDirectorySheet, writeDirectorySheet, type SheetFinding } from "../sheets/directory-sheet.ts";
import type { PrismaClient } from "../store/database.ts";
import type { StoredUnit } from "../domain/units.ts";
import { ensureProvince, listUnits, upsertUnits } from "../store/directory-store.ts";

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
  const { units, findings } = await readDirectorySheet(buffer, LANGUAGES.map(translator));
  if (findings.length > 0) return { ok: false, error: { code: "invalid-directory", findings } };
  if (units.length === 0) return fail("empty-directory");
  const result = await db.$transaction(async (tx) => upsertUnits(tx, await ensureProvince(tx, province), units), {
    timeout: 60_000,
  });
  return ok(result);
}
