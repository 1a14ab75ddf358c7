import { fold } from "../text.ts";
import { inForce, type Directory, type UnitEntry, type UnitValidity } from "../units.ts";
import { BAC_KAN } from "./bac-kan.ts";
import { LAI_CHAU, LAI_CHAU_2025 } from "./lai-chau.ts";
import { THAI_NGUYEN, THAI_NGUYEN_2025 } from "./thai-nguyen.ts";

/** The directories dondoc ships: each version of each province of the seed plans, oldest first. */
export const SHIPPED_DIRECTORIES: readonly Directory[] = [
  THAI_NGUYEN,
  THAI_NGUYEN_2025,
  BAC_KAN,
  LAI_CHAU,
  LAI_CHAU_2025,
];

/** The provinces dondoc ships directories for. */
export const SHIPPED_PROVINCES: readonly string[] = [...new Set(SHIPPED_DIRECTORIES.map((d) => d.province))];

/** Every shipped version of a province's directory, oldest first. */
export function shippedVersions(province: string): Directory[] {
  const key = fold(province.replace(/^tỉnh\s+/iu, ""));
  return SHIPPED_DIRECTORIES.filter((d) => fold(d.province) === key);
}

/**
 * The province's directory in force on `date` (YYYY-MM-DD), following a merger into
 * another province; without a date, its first version (the one the oldest plans name).
 */
export function shippedDirectory(province: string, date?: string | null): Directory | undefined {
  const versions = shippedVersions(province);
  if (!date) return versions[0];
  const current = versions.find((d) => inForce(d, date));
  if (current) return current;
  const merged = versions.find((d) => d.mergedInto && d.validUntil && d.validUntil < date);
  return merged ? shippedDirectory(merged.mergedInto!, date) : versions.at(-1);
}

/**
 * Every unit a province's shipped versions have had, once each, with the days it is in
 * force and its successor: what the database keeps, so that a unit's id (its history,
 * its focal points) stays the same across versions.
 */
export function shippedTimeline(province: string): (UnitEntry & UnitValidity)[] {
  const byName = new Map<string, UnitEntry & UnitValidity>();
  for (const version of shippedVersions(province)) {
    for (const unit of version.units) {
      const known = byName.get(unit.name);
      if (known) known.validUntil = version.validUntil ?? null;
      else
        byName.set(unit.name, {
          ...unit,
          validFrom: version.validFrom ?? null,
          validUntil: version.validUntil ?? null,
        });
    }
    for (const old of version.succeeded ?? []) {
      const known = byName.get(old.name);
      if (known) known.successor = old.successor;
    }
  }
  return [...byName.values()];
}

/** The validFrom of a province's newest shipped version ("" when it has one version since always). */
export function shippedThrough(province: string): string {
  return shippedVersions(province).at(-1)?.validFrom ?? "";
}
