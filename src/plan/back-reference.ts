// A sentence whose subject points back to units named before it instead of naming them:
//   "Giao Sở Y tế chủ trì …. Đơn vị này tổng hợp, báo cáo … trước ngày D"   the unit the sentence before named
//   "Sở này …", "Cơ quan này …", "Các cơ quan nêu trên …"                  (the same; first in its point: the point
//                                                                           before's lead)
//   "Cơ quan được giao chủ trì tại điểm a …", "Các địa phương nêu tại điểm a …"   the lead of point a
// Those units lead it. Dated, it is its paragraph's task, the undated sentence before it the background: whom that
// one asks to help is no partner of the work this one gives, and its words are no part of the task's title.
import type { ResolvedName, UnitResolver } from "../domain/resolve-units.ts";
import { readClause, SENTENCE_END, type ClauseUnits } from "./clause.ts";
import { countedPointer, countedUnits } from "./counted-pointer.ts";

const KINDS = "cơ quan|đơn vị|sở|ban|ngành|địa phương|phòng";
const POINT = "(?:tại|ở)\\s+điểm\\s+([a-zđ])";
const BACK = new RegExp(
  `^(?:(?:các|những)\\s+)?(?:${KINDS})(?:\\s*,\\s*(?:${KINDS}))*\\s+` +
    `(?:này|nêu trên|nói trên|trên|(?:được giao\\s+)?chủ trì\\s+${POINT}|(?:được\\s+|đã\\s+)?nêu\\s+${POINT})(?![\\p{L}])`,
  "iu",
);
const ENDS = new RegExp(SENTENCE_END.source, "gu");

/** The units a sentence pointing back leads with, and its work: the words after its subject, the task's title. */
export interface Referred extends ClauseUnits {
  work: string;
}

/**
 * The units a dated paragraph's sentence pointing back leads with, and the partners that sentence (and those after it)
 * names; `earlier` gives the lead of the point of a letter, or of the point before (null). Null when the sentence the
 * paragraph's deadline stands in (`wording`; the first when its words were taken out) names its doer itself.
 */
export function referredUnits(
  resolver: UnitResolver,
  text: string,
  wording: string | null,
  earlier: (point: string | null) => ResolvedName[],
): Referred | null {
  const starts = [0, ...[...text.matchAll(ENDS)].map((m) => m.index + m[0].length)];
  const at = wording === null ? -1 : text.lastIndexOf(wording);
  for (let k = starts.length - 1; k >= 0; k--) {
    if (at >= 0 ? at < starts[k]! : k > 0) continue;
    const sentence = text.slice(starts[k]);
    // "Hai địa phương …", "Ba xã này …": the units named just before, as many as counted (counted-pointer.ts).
    const counted = countedUnits(resolver, text.slice(0, starts[k]), sentence);
    if (counted.length > 0) return referred(resolver, sentence, counted, countedPointer(sentence)!.length);
    const back = BACK.exec(sentence);
    if (!back) return null;
    const point = back[1] ?? back[2] ?? null;
    // The nearest sentence before it naming a doer; first in its paragraph, the point before.
    let lead: ResolvedName[] = [];
    for (let j = k - 1; point === null && j >= 0 && lead.length === 0; j--)
      lead = readClause(resolver, text.slice(starts[j], starts[j + 1])).lead;
    if (lead.length === 0) lead = earlier(point);
    if (lead.length === 0) return null;
    return referred(resolver, sentence, lead, back[0].length);
  }
  return null;
}

/** The units a sentence pointing back leads with, its partners, and its work after its subject (`subject` long). */
function referred(resolver: UnitResolver, sentence: string, lead: ResolvedName[], subject: number): Referred {
  const partners = readClause(resolver, sentence).coordinators;
  // "Đơn vị này tổng hợp, báo cáo …": its work is "Tổng hợp, báo cáo …", the subject saying nothing out of its place.
  const work = sentence.slice(subject).trim();
  return {
    lead,
    coordinators: partners.filter((c) => !lead.some((l) => l.name === c.name)),
    work: work.charAt(0).toLocaleUpperCase("vi") + work.slice(1),
  };
}
