// The 2025 reorganisation (in force from 1 July 2025): departments merged, the district
// level abolished, the newspaper and the radio-television station merged. A province's
// directory after it is derived from the one before by one function, not copied.
import type { Directory, SucceededUnit, UnitEntry } from "../units.ts";
import { DEPARTMENTS, other, pressBodies } from "./departments.ts";

export const REORGANISATION_DATE = "2025-07-01";
const LAST_DAY_BEFORE = "2025-06-30";

/** Old department → the department that took over its work. */
export const DEPARTMENT_SUCCESSORS: readonly (readonly [UnitEntry, UnitEntry])[] = [
  [DEPARTMENTS.keHoach, DEPARTMENTS.taiChinh],
  [DEPARTMENTS.thongTin, DEPARTMENTS.khoaHoc],
  [DEPARTMENTS.giaoThong, DEPARTMENTS.xayDung],
  [DEPARTMENTS.taiNguyen, DEPARTMENTS.nongNghiepMoiTruong],
  [DEPARTMENTS.nongNghiep, DEPARTMENTS.nongNghiepMoiTruong],
  [DEPARTMENTS.laoDong, DEPARTMENTS.noiVu],
  [DEPARTMENTS.danToc, DEPARTMENTS.danTocTonGiao],
];

function mergedPress(province: string): UnitEntry {
  return other(`Báo và Phát thanh, Truyền hình ${province}`, [`Báo và PT-TH ${province}`]);
}

/** `before` as it ends on 30 June 2025. */
export function untilReorganisation(before: Directory): Directory {
  return { ...before, validUntil: LAST_DAY_BEFORE };
}

/**
 * The directory in force from 1 July 2025: merged departments replaced by their successors
 * (whose names then resolve the old ones, with a warning), no districts, the press merged.
 * `absorbed` are directories of provinces merged into this one: their old names resolve too.
 */
export function afterReorganisation(before: Directory, absorbed: Directory[] = []): Directory {
  const successorOf = new Map(DEPARTMENT_SUCCESSORS.map(([old, next]) => [old.name, next]));
  const press = mergedPress(before.province);
  const pressNames = new Set([before, ...absorbed].flatMap((d) => pressBodies(d.province).map((u) => u.name)));
  const units: UnitEntry[] = [];
  const succeeded: SucceededUnit[] = [];
  for (const unit of before.units) {
    const next = successorOf.get(unit.name) ?? (pressNames.has(unit.name) ? press : undefined);
    if (next) {
      succeeded.push({ ...unit, successor: next.name });
      if (!units.includes(next)) units.push(next);
    } else if (unit.kind !== "district" && !units.includes(unit)) units.push(unit);
  }
  for (const merged of absorbed) {
    for (const old of merged.units.filter((u) => pressNames.has(u.name))) {
      if (!succeeded.some((s) => s.name === old.name)) succeeded.push({ ...old, successor: press.name });
      else {
        // Bodies every province has share a standard name ("… tỉnh"), taken by this province's
        // own: the absorbed one is known by its name with its province's, as plans write it.
        const own = old.aliases.find((a) => a.endsWith(merged.province));
        if (own)
          succeeded.push({ ...old, name: own, aliases: old.aliases.filter((a) => a !== own), successor: press.name });
      }
    }
  }
  return { province: before.province, units, validFrom: REORGANISATION_DATE, succeeded };
}
