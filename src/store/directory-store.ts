// Provinces and their units. A province is created from its shipped directory the
// first time dondoc meets it; after that the database is the directory admins edit.
import { shippedDirectory } from "../domain/directories/index.ts";
import type { Directory, StoredUnit, UnitKind, UnitWrite } from "../domain/units.ts";
import type { PrismaClient } from "./database.ts";
import { readJson, stringList } from "./json-columns.ts";

type Tx = Pick<PrismaClient, "province" | "unit">;

function toEntry(row: {
  id: number;
  name: string;
  kind: string;
  abbreviations: string;
  aliases: string;
  resolved: boolean;
  parent: { name: string } | null;
}): StoredUnit {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as UnitKind,
    parent: row.parent?.name ?? null,
    abbreviations: readJson(stringList, row.abbreviations, "Unit.abbreviations"),
    aliases: readJson(stringList, row.aliases, "Unit.aliases"),
    resolved: row.resolved,
  };
}

export async function findProvince(db: Tx, name: string): Promise<{ id: number; name: string } | null> {
  const shipped = shippedDirectory(name);
  return db.province.findUnique({ where: { name: shipped?.province ?? name } });
}

export async function listProvinces(db: Tx): Promise<{ id: number; name: string }[]> {
  return db.province.findMany({ orderBy: { name: "asc" } });
}

/** The province's id, creating it (with its shipped directory, if dondoc has one). */
export async function ensureProvince(db: Tx, name: string): Promise<number> {
  const existing = await findProvince(db, name);
  if (existing) return existing.id;
  const shipped = shippedDirectory(name);
  const province = await db.province.create({ data: { name: shipped?.province ?? name } });
  if (shipped) await upsertUnits(db, province.id, shipped.units);
  return province.id;
}

export async function listUnits(db: Tx, provinceId: number): Promise<StoredUnit[]> {
  const rows = await db.unit.findMany({
    where: { provinceId },
    include: { parent: { select: { name: true } } },
    orderBy: { id: "asc" },
  });
  return rows.map(toEntry);
}

/** The directory the resolver works with: resolved units only. */
export async function loadDirectory(db: Tx, provinceId: number): Promise<Directory & { units: StoredUnit[] }> {
  const province = await db.province.findUniqueOrThrow({ where: { id: provinceId } });
  const units = (await listUnits(db, provinceId)).filter((u) => u.resolved);
  return { province: province.name, units };
}

/** Creates or updates units by id, else by name; parents are linked by name after all exist. */
export async function upsertUnits(
  db: Tx,
  provinceId: number,
  units: UnitWrite[],
): Promise<{ created: number; updated: number }> {
  let created = 0;
  let updated = 0;
  for (const unit of units) {
    const data = {
      name: unit.name,
      kind: unit.kind,
      abbreviations: JSON.stringify(unit.abbreviations),
      aliases: JSON.stringify(unit.aliases),
      resolved: true,
    };
    const existing = unit.id
      ? await db.unit.findFirst({ where: { id: unit.id, provinceId } })
      : await db.unit.findUnique({ where: { provinceId_name: { provinceId, name: unit.name } } });
    if (existing) {
      await db.unit.update({ where: { id: existing.id }, data });
      updated++;
    } else {
      await db.unit.create({ data: { ...data, provinceId } });
      created++;
    }
  }
  for (const unit of units) {
    const parent = unit.parent
      ? await db.unit.findUnique({ where: { provinceId_name: { provinceId, name: unit.parent } } })
      : null;
    await db.unit.update({
      where: { provinceId_name: { provinceId, name: unit.name } },
      data: { parentId: parent?.id ?? null },
    });
  }
  return { created, updated };
}

/** The unit a plan names but the directory does not know, kept so nothing is dropped. */
export async function ensureUnresolvedUnit(db: Tx, provinceId: number, name: string, kind: UnitKind): Promise<number> {
  const existing = await db.unit.findUnique({ where: { provinceId_name: { provinceId, name } } });
  if (existing) return existing.id;
  const row = await db.unit.create({ data: { provinceId, name, kind, resolved: false } });
  return row.id;
}
