// A district's or commune's letter may end asking the bodies above it for help ("Đề nghị Sở Nội vụ tổ chức tập huấn
// … trong quý II"): a request it cannot assign, so no task of its plan, however dated. A province's own "Đề nghị
// X …" to its departments, or a district's to its offices, stays an assignment.
import type { ResolvedName } from "../domain/resolve-units.ts";
import type { UnitEntry, UnitKind } from "../domain/units.ts";
import type { TaskContext } from "./task-context.ts";

const REQUEST = /^\s*(?:đề nghị|kiến nghị|đề xuất)\s+/iu;
// How high a kind of unit stands: a province's department above a district, a district above a commune.
const RANK: Partial<Record<UnitKind, number>> = { department: 1, district: 2, commune: 3 };

const above = (unit: ResolvedName, issuer: UnitEntry): boolean =>
  (RANK[unit.kind] ?? Infinity) < (RANK[issuer.kind] ?? 0);

/** Whether `text` asks units standing above the issuing district or commune ("Đề nghị Sở X …") to act. */
export function requestsUpward({ resolver, issuer }: Pick<TaskContext, "resolver" | "issuer">, text: string): boolean {
  if (!issuer || !REQUEST.test(text)) return false;
  const asked = resolver.leadingUnits(text.replace(REQUEST, ""));
  return asked.length > 0 && asked.every((unit) => above(unit, issuer));
}
