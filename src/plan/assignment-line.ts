// An item may be followed by a plain sentence that only says who does it and by when, the item's work named above it
// (its points often set out between): "3) Rà soát, phân loại đơn thư tồn đọng, gồm:" over "◦ …" points, then
// "Phòng A chủ trì, phối hợp với Công an xã thực hiện, hoàn thành trước ngày 31/3/2026.". That sentence is no task
// of its own: it gives the item its units and time, as label lines under it would ("Chủ trì: …; phối hợp: … Thời
// hạn: …").
import type { UnitResolver } from "../domain/resolve-units.ts";
import { predicateOf, readClause, type ClauseUnits } from "./clause.ts";

// The words an assignment's predicate holds besides its partners: the roles and the verbs that name no work.
const ASSIGNING = /^(?:[\s,;.]+|(?:chủ trì|tổ chức thực hiện|thực hiện|triển khai|hoàn thành|xong|và)(?!\p{L}))+/iu;
// "phối hợp với Y": the partners run to the next verb.
const PARTNERS = /^phối hợp(?:\s+chặt chẽ)?(?:\s+(?:với|cùng))?\s+/iu;
// The most roles and partners an assignment lists before its time: a longer predicate names work.
const MOST_TURNS = 8;

/** Whether a predicate says only who leads and who takes part: "chủ trì, phối hợp với Y thực hiện, hoàn thành". */
function onlyAssigns(predicate: string): boolean {
  let rest = predicate;
  for (let turn = 0; turn < MOST_TURNS; turn++) {
    rest = rest.replace(ASSIGNING, "");
    if (!rest) return true;
    const partners = PARTNERS.exec(rest);
    if (!partners) return false;
    const named = rest.slice(partners[0].length);
    rest = predicateOf(named);
    if (rest === named) return false;
  }
  return false;
}

/**
 * The units a dated sentence assigns when that is all it says (its deadline `wording` aside): a subject, the roles
 * "chủ trì" / "phối hợp với …", and "thực hiện", "hoàn thành" as its only verbs. Null for a sentence naming work.
 */
export function assignmentOnly(resolver: UnitResolver, text: string, wording: string): ClauseUnits | null {
  const without = text.replace(wording, " ").trim();
  const predicate = predicateOf(without);
  if (!predicate || predicate === without || !onlyAssigns(predicate)) return null;
  const units = readClause(resolver, without);
  return units.lead.length > 0 ? units : null;
}
