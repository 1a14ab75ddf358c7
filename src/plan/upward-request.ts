// A plan may end asking the bodies above its issuer for help: a province the ministries ("Đề nghị Bộ Nội vụ sớm ban
// hành hướng dẫn … trong quý III"), a district's or commune's letter the province's departments ("Đề nghị Sở Nội vụ
// tổ chức tập huấn … trong quý II"): a request it cannot assign, so no task of its plan, however dated. A province's
// own "Đề nghị X …" to its departments, or a district's to its offices, stays an assignment.
import type { ResolvedName } from "../domain/resolve-units.ts";
import type { UnitEntry, UnitKind } from "../domain/units.ts";
import type { TaskContext } from "./task-context.ts";

const REQUEST = /^\s*(?:đề nghị|kiến nghị|đề xuất)\s+/iu;
// How high a kind of unit stands: a province's department above a district, a district above a commune.
const RANK: Partial<Record<UnitKind, number>> = { department: 1, district: 2, commune: 3 };

const above = (unit: ResolvedName, issuer: UnitEntry): boolean =>
  (RANK[unit.kind] ?? Infinity) < (RANK[issuer.kind] ?? 0);

// The State's central bodies, above every province: "Bộ Nội vụ", "các Bộ, ngành Trung ương", "Chính phủ", "Thủ tướng
// Chính phủ", "Văn phòng Chính phủ", "Quốc hội". A plan of any level asks them, never assigns them ("Bộ phận Một cửa"
// is an office: "Bộ" opens a ministry's name only before a capitalised word or the list's comma).
const CENTRAL =
  /^(?:các\s+)?(?:Bộ(?=\s+\p{Lu}|\s*,)|Chính phủ|Thủ tướng|Quốc hội|Văn phòng Chính phủ|Ủy ban Thường vụ Quốc hội|(?:cơ quan|bộ, ngành)\s+Trung ương)(?![\p{L}])/u;

/**
 * Whether `text` asks bodies standing above the issuer to act: the State's central bodies, whoever issues the plan
 * ("Đề nghị Bộ Nội vụ sớm ban hành …" in a province's report), or a department above an issuing district or commune
 * ("Đề nghị Sở X …").
 */
export function requestsUpward({ resolver, issuer }: Pick<TaskContext, "resolver" | "issuer">, text: string): boolean {
  if (!REQUEST.test(text)) return false;
  if (CENTRAL.test(text.replace(REQUEST, ""))) return true;
  if (!issuer) return false;
  const asked = resolver.leadingUnits(text.replace(REQUEST, ""));
  return asked.length > 0 && asked.every((unit) => above(unit, issuer));
}
