// An admin's answers about names a plan used and the directory lacked: units created then,
// and other names of units, saved with the unit (directory-store's aliases, which the
// resolver reads), so the next plan resolves them by itself.
import type { NameChoice } from "../domain/plan-import.ts";
import type { PrismaClient } from "./database.ts";
import { addUnitAlias, upsertUnits } from "./directory-store.ts";
import type { Tx } from "./plan-store.ts";

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
    await addUnitAlias(tx, province.id, unit.id, choice.name);
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
