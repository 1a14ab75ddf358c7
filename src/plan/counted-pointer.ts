// A subject counting the units it points back to instead of naming them:
//   "Thí điểm mô hình … tại UBND huyện A và UBND huyện B. Hai địa phương chủ động bố trí …"   huyện A and huyện B
//   "Chọn xã C, xã D, xã E làm điểm; ba xã này xây dựng kế hoạch …"                          the three communes
//   "Giao Sở F và Sở G nghiên cứu …. 02 sở báo cáo kết quả …"                                 Sở F and Sở G
// The units named just before it, as many as it counts (of the kind it names, when it names places or departments),
// do its work, whatever role the sentence before gave them: the places a pilot runs "tại" are who runs it.
import { belowHundred } from "../domain/number-words.ts";
import type { ResolvedName, UnitResolver } from "../domain/resolve-units.ts";
import type { UnitKind } from "../domain/units.ts";

const PLACES = "địa phương|huyện|xã|phường|thị trấn|thị xã|thành phố";
// "Hai huyện còn lại", "Ba sở khác": the count is of the units NOT named before it, who are not known here.
const OTHERS = String.raw`(?!\s+(?:còn lại|khác)(?!\p{L}))`;
const POINTER = new RegExp(
  String.raw`^(?:cả\s+)?(hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|0?[2-9]|[1-9]\d)\s+(${PLACES}|sở|đơn vị|cơ quan|ngành|trường|bệnh viện)(?:\s+(?:này|nêu trên|nói trên|trên|đó))?(?!\p{L})${OTHERS}`,
  "iu",
);
// How far back (characters) the units pointed to may be named: the sentence or clause before, never the plan's start.
const REACH = 600;
// A word's start, where a unit's name may open.
const WORD_START = /(?<![\p{L}\p{N}])\p{L}/gu;

/** The kinds of unit a pointer's kind word may stand for; null for any. */
function kindsOf(word: string): UnitKind[] | null {
  const folded = word.toLowerCase();
  if (new RegExp(`^(?:${PLACES})$`, "u").test(folded)) return ["district", "commune"];
  return folded === "sở" ? ["department"] : null;
}

/** How many units a subject opening with a count points back to ("Hai địa phương …" 2), and of which kinds. */
export function countedPointer(subject: string): { count: number; kinds: UnitKind[] | null; length: number } | null {
  const m = POINTER.exec(subject.trimStart());
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  // A count in words is read as a date's numbers in words are ("ba" 3, "mười" 10).
  const count = belowHundred(word) ?? Number(word);
  return { count, kinds: kindsOf(m[2]!), length: m[0].length + subject.length - subject.trimStart().length };
}

/**
 * The units a subject opening with a count points back to: the last units of that kind named in `before` (the text
 * just before the subject), when there are as many; empty when the subject counts none or fewer are named.
 */
export function countedUnits(resolver: UnitResolver, before: string, subject: string): ResolvedName[] {
  const pointer = countedPointer(subject);
  if (!pointer) return [];
  const near = before.slice(-REACH);
  const named: ResolvedName[] = [];
  for (const m of near.matchAll(WORD_START)) {
    for (const unit of resolver.leadingUnits(near.slice(m.index))) {
      const fits = unit.resolved && (pointer.kinds === null || pointer.kinds.includes(unit.kind));
      if (fits && !named.some((u) => u.name === unit.name)) named.push(unit);
    }
  }
  return named.length >= pointer.count ? named.slice(-pointer.count) : [];
}
