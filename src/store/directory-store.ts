// Provinces and their units. A province is created from its shipped directory versions
// the first time dondoc meets it, and a newer shipped version is added to it once; after
// that the database is the directory admins edit. Every unit of every version is one
// row, with the days it is in force and its successor, so its id never changes.
import { shippedThrough, shippedTimeline, shippedDirectory } from "../domain/directories/index.ts";
import { inForce, type Directory, type StoredUnit, type UnitKind, type UnitWrite } from "../domain/units.ts";
import type { PrismaClient } from "./database.ts";
import { readJson, stringList } from "./json-columns.ts";

type Tx = Pick<PrismaClient, "province" | "unit" | "$executeRaw">;

const UNIT_COLUMNS = {
  id: true,
  name: true,
  kind: true,
  abbreviations: true,
  aliases: true,
  resolved: true,
  parentId: true,
  validFrom: true,
  validUntil: true,
  successorId: true,
} as const;
type UnitRow = Awaited<ReturnType<Tx["unit"]["findFirstOrThrow"]>>;
type UnitColumns = Pick<UnitRow, keyof typeof UNIT_COLUMNS>;

/** Rows per createMany / updateMany: far under every engine's limit of bound values. */
const BATCH = 500;

function toEntries(rows: UnitColumns[]): StoredUnit[] {
  const names = new Map(rows.map((r) => [r.id, r.name]));
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    kind: row.kind as UnitKind,
    parent: names.get(row.parentId ?? 0) ?? null,
    abbreviations: readJson(stringList, row.abbreviations, "Unit.abbreviations"),
    aliases: readJson(stringList, row.aliases, "Unit.aliases"),
    resolved: row.resolved,
    validFrom: row.validFrom,
    validUntil: row.validUntil,
    successor: names.get(row.successorId ?? 0) ?? null,
  }));
}

export async function findProvince(db: Tx, name: string): Promise<{ id: number; name: string } | null> {
  const shipped = shippedDirectory(name);
  return db.province.findUnique({ where: { name: shipped?.province ?? name }, select: { id: true, name: true } });
}

export async function listProvinces(db: Tx): Promise<{ id: number; name: string }[]> {
  return db.province.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}

/** The province's id, creating it (with its shipped directories, if dondoc has them). */
export async function ensureProvince(db: Tx, name: string): Promise<number> {
  const shipped = shippedDirectory(name);
  const found = await db.province.findUnique({ where: { name: shipped?.province ?? name } });
  const province = found ?? (await db.province.create({ data: { name: shipped?.province ?? name } }));
  const through = province.shippedThrough;
  if (shipped && (through === null || through < shippedThrough(province.name)))
    await applyShipped(db, province.id, province.name, !found);
  return province.id;
}

/** The province if dondoc knows it: stored, or stored now from the directory dondoc ships. */
export async function knownProvince(db: Tx, name: string): Promise<{ id: number; name: string } | null> {
  const existing = await findProvince(db, name);
  const shipped = shippedDirectory(name);
  if (existing || !shipped) return existing;
  return { id: await ensureProvince(db, name), name: shipped.province };
}

/**
 * Adds the shipped versions to a province: all of it to a new one; to one created before
 * a newer version shipped, the units it lacks and the dates and successors of units whose
 * dates nobody set (an admin's edits are kept).
 */
async function applyShipped(db: Tx, provinceId: number, province: string, fresh: boolean): Promise<void> {
  const existing = fresh ? new Map() : await rowsByName(db, provinceId);
  const timeline = shippedTimeline(province).filter((u) => {
    const row = existing.get(u.name);
    return !row || (!row.validFrom && !row.validUntil && !row.successorId);
  });
  await upsertUnits(db, provinceId, timeline, existing);
  await db.province.update({ where: { id: provinceId }, data: { shippedThrough: shippedThrough(province) } });
}

async function rowsByName(db: Tx, provinceId: number): Promise<Map<string, UnitColumns>> {
  const rows = await db.unit.findMany({ where: { provinceId }, select: UNIT_COLUMNS });
  return new Map(rows.map((r) => [r.name, r]));
}

export async function listUnits(db: Tx, provinceId: number): Promise<StoredUnit[]> {
  const rows = await db.unit.findMany({ where: { provinceId }, select: UNIT_COLUMNS, orderBy: { id: "asc" } });
  return toEntries(rows);
}

type LoadedDirectory = Directory & { units: StoredUnit[] };
// Per database client, per province: the directory version loaded and its views by date.
const MAX_VIEWS = 16;
const loaded = new WeakMap<object, Map<number, { version: number; views: Map<string, LoadedDirectory> }>>();

/**
 * The directory the resolver works with: resolved units only; on a date, those in force
 * then, and those ended before it that have a successor (their names resolve to it).
 * The same object comes back until the directory changes, so its resolver is built once.
 */
export async function loadDirectory(db: Tx, provinceId: number, date?: string | null): Promise<LoadedDirectory> {
  const province = await db.province.findUniqueOrThrow({ where: { id: provinceId } });
  const perDb = loaded.get(db) ?? new Map();
  loaded.set(db, perDb);
  let cached = perDb.get(provinceId);
  if (!cached || cached.version !== province.directoryVersion) {
    cached = { version: province.directoryVersion, views: new Map() };
    perDb.set(provinceId, cached);
  }
  const key = date ?? "";
  const view = cached.views.get(key);
  if (view) return view;
  if (cached.views.size >= MAX_VIEWS) cached.views.clear();
  const units = (await listUnits(db, provinceId)).filter((u) => u.resolved);
  const made = date ? directoryOn(province.name, units, date) : { province: province.name, units };
  cached.views.set(key, made);
  return made;
}

function directoryOn(province: string, units: StoredUnit[], date: string): LoadedDirectory {
  const current = units.filter((u) => inForce(u, date));
  const names = new Set(current.map((u) => u.name));
  const succeeded = units
    .filter((u) => u.validUntil && u.validUntil < date && u.successor && names.has(u.successor))
    .map((u) => ({ ...u, successor: u.successor! }));
  return { province, units: current, succeeded };
}

/**
 * Creates or updates units by id, else by name, in batches: a few queries for a whole
 * file. Parents and successors are linked by name once all exist. Dates left undefined
 * keep what is stored.
 */
export async function upsertUnits(
  db: Tx,
  provinceId: number,
  units: UnitWrite[],
  known?: Map<string, UnitColumns>,
): Promise<{ created: number; updated: number }> {
  const byName = known ?? (await rowsByName(db, provinceId));
  const byId = new Map([...byName.values()].map((r) => [r.id, r]));
  const creates: (ReturnType<typeof rowData> & { provinceId: number })[] = [];
  let updated = 0;
  for (const unit of units) {
    const data = rowData(unit);
    const row = unit.id ? byId.get(unit.id) : byName.get(unit.name);
    if (!row) creates.push({ ...data, provinceId });
    else if (changed(row, data)) {
      await db.unit.update({ where: { id: row.id }, data });
      updated++;
    }
  }
  for (let i = 0; i < creates.length; i += BATCH) await insertUnits(db, creates.slice(i, i + BATCH));
  // New rows have no parent or successor yet and renamed rows a new name: only then read the rows again.
  const renamed = units.some((u) => u.id && byId.get(u.id) && byId.get(u.id)!.name !== u.name);
  const linksNew = creates.length > 0 && units.some((u) => u.parent || u.successor);
  await linkUnits(db, units, linksNew || renamed ? await rowsByName(db, provinceId) : byName);
  if (units.length > 0) await bumpVersion(db, provinceId);
  return { created: creates.length, updated };
}

/**
 * One INSERT for many rows. Prisma's createMany on a driver adapter costs about five
 * times as much; the tagged template keeps the values bound, on either engine.
 */
async function insertUnits(db: Tx, rows: (ReturnType<typeof rowData> & { provinceId: number })[]): Promise<void> {
  // Loaded here, as the client is (database.ts): a command that writes no unit starts without Prisma.
  const { Prisma } = await import("./generated/sqlite/client.ts");
  const values = rows.map(
    (r) =>
      Prisma.sql`(${r.provinceId}, ${r.name}, ${r.kind}, ${r.abbreviations}, ${r.aliases}, ${r.validFrom ?? null}, ${r.validUntil ?? null})`,
  );
  await db.$executeRaw`INSERT INTO "Unit" ("provinceId", "name", "kind", "abbreviations", "aliases", "validFrom", "validUntil") VALUES ${Prisma.join(values)}`;
}

function rowData(unit: UnitWrite) {
  return {
    name: unit.name,
    kind: unit.kind,
    abbreviations: JSON.stringify(unit.abbreviations),
    aliases: JSON.stringify(unit.aliases),
    resolved: true,
    ...(unit.validFrom === undefined ? {} : { validFrom: unit.validFrom }),
    ...(unit.validUntil === undefined ? {} : { validUntil: unit.validUntil }),
  };
}

function changed(row: UnitColumns, data: Partial<UnitColumns>): boolean {
  return Object.entries(data).some(([key, value]) => row[key as keyof UnitColumns] !== value);
}

/** Sets parents and successors by name: one updateMany per distinct target. */
async function linkUnits(db: Tx, units: UnitWrite[], rows: Map<string, UnitColumns>): Promise<void> {
  const idOf = (name: string | null | undefined) => (name ? (rows.get(name)?.id ?? null) : null);
  const moves = new Map<string, number[]>();
  for (const unit of units) {
    const row = rows.get(unit.name);
    if (!row) continue; // created without links
    const parentId = idOf(unit.parent);
    if (row.parentId !== parentId) push(moves, `parentId:${parentId}`, row.id);
    if (unit.successor === undefined) continue;
    const successorId = idOf(unit.successor);
    if (row.successorId !== successorId) push(moves, `successorId:${successorId}`, row.id);
  }
  for (const [move, ids] of moves) {
    const [column, value] = move.split(":") as ["parentId" | "successorId", string];
    for (let i = 0; i < ids.length; i += BATCH) {
      await db.unit.updateMany({
        where: { id: { in: ids.slice(i, i + BATCH) } },
        data: { [column]: value === "null" ? null : Number(value) },
      });
    }
  }
}

function push(map: Map<string, number[]>, key: string, id: number): void {
  const ids = map.get(key);
  if (ids) ids.push(id);
  else map.set(key, [id]);
}

async function bumpVersion(db: Tx, provinceId: number): Promise<void> {
  await db.province.update({ where: { id: provinceId }, data: { directoryVersion: { increment: 1 } } });
}

/** Another name of a unit, saved by an admin: plans and commands resolve it from then on. */
export async function addUnitAlias(db: Tx, provinceId: number, unitId: number, alias: string): Promise<boolean> {
  const row = await db.unit.findFirst({ where: { id: unitId, provinceId, resolved: true } });
  if (!row) return false;
  const aliases = readJson(stringList, row.aliases, "Unit.aliases");
  if (!aliases.includes(alias)) {
    await db.unit.update({ where: { id: unitId }, data: { aliases: JSON.stringify([...aliases, alias]) } });
    await bumpVersion(db, provinceId);
  }
  return true;
}

/** The unit a plan names but the directory does not know, kept so nothing is dropped. */
export async function ensureUnresolvedUnit(db: Tx, provinceId: number, name: string, kind: UnitKind): Promise<number> {
  const existing = await db.unit.findUnique({ where: { provinceId_name: { provinceId, name } } });
  if (existing) return existing.id;
  const row = await db.unit.create({ data: { provinceId, name, kind, resolved: false } });
  return row.id;
}

/** Records a unit's staff count: the rows a whole Phụ lục I must have. */
export async function saveStaffCount(db: Tx, unitId: number, staffCount: number): Promise<void> {
  await db.unit.update({ where: { id: unitId }, data: { staffCount } });
}
