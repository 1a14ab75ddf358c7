// A plan by area may name each area's lead once, in a bracket after its heading: "1. Cải cách thể chế (cơ quan đầu
// mối: Sở Tư pháp)". The focal body ("đầu mối") answers for the area's work: the items under the heading that name
// no subject of their own are its, as they would be under "1. Sở Tư pháp:". The bracket is read as the one that
// labels a lead "(Chủ trì: …)" (closing-assignment.ts), as a group row's "(ĐVCT: …)" is (group-lead.ts).
import type { ResolvedName, UnitResolver } from "../domain/resolve-units.ts";
import { readClause } from "./clause.ts";
import { closingAssignment } from "./closing-assignment.ts";

const FOCAL = /\(\s*(?:(?:cơ quan|đơn vị)\s+)?đầu mối(?:\s+thực hiện)?\s*:/iu;

/** The units a heading's bracket names as its focal bodies ("(cơ quan đầu mối: Sở X)"); empty without one. */
export function focalUnits(resolver: UnitResolver, heading: string): ResolvedName[] {
  if (!FOCAL.test(heading)) return [];
  const assigned = closingAssignment(heading.replace(FOCAL, "(Chủ trì:"));
  return assigned ? readClause(resolver, assigned.units).lead : [];
}
