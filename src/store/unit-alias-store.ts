// Other names of units, given by admins when a plan used a name the directory lacked, and
// units admins created then. Kept per province, folded, so the next plan resolves them.
import type { NameChoice } from "../domain/plan-import.ts";
import { fold } from "../domain/text.ts";
import type { PrismaClient } from "./database.ts";
import { upsertUnits } from "./directory-store.ts";
import type { Tx } from "./plan-store.ts";

/** The aliases of a province's units, by unit id. */
export async function aliasesByUnit(db: PrismaClient | Tx, province: string): Promise<Map<number, string[]>> {
  const rows = await db.unitAlias.findMany({ where: { province }, orderBy: { id: "asc" } });
  const byUnit = new Map<number, string[]>();
  for (const row of rows) byUnit.set(row.unitId, [...(byUnit.get(row.unitId) ?? []), row.name]);
  return byUnit;
}

/** Saves an admin's answers: new units created, other names recorded (ignored names are not kept). */
export async function saveNameChoices(
  tx: Tx,
  province: { id: number; name: string },
  choices: readonly NameChoice[],
): Promise<void> {
  const created = choices.flatMap((c) =>
    c.action === "create" ? [{ name: c.name, kind: c.kind, abbreviations: [], aliases: [] }] : [],
  );
  if (created.length) await upsertUnits(tx, province.id, created);
  for (const choice of choices) {
    if (choice.action !== "alias") continue;
    const unit = await tx.unit.findUnique({
      where: { provinceId_name: { provinceId: province.id, name: choice.unit } },
      select: { id: true },
    });
    if (!unit) continue;
    const name = fold(choice.name);
    await tx.unitAlias.upsert({
      where: { province_name: { province: province.name, name } },
      create: { unitId: unit.id, name, province: province.name },
      update: { unitId: unit.id },
    });
  }
}

/** Names earlier plans of the province used and the admin left linked to no unit. */
export async function keptNames(db: PrismaClient, province: string): Promise<string[]> {
  const rows = await db.unit.findMany({
    where: { province: { name: province }, resolved: false },
    select: { name: true },
  });
  return rows.map((r) => r.name);
}
