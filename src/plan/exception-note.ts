// A line typed after an item may give some of its units another time:
//   "3. Các sở, ban, ngành tỉnh rà soát quy trình nội bộ …, xong trước ngày 15/6/2024."
//   "Riêng Sở Tài nguyên và Môi trường, Sở Xây dựng (lĩnh vực …): hoàn thành trước ngày 15/7/2024."
//   "Riêng huyện Phong Thổ hoàn thành trước ngày 31/10/2024 (do ảnh hưởng của mưa lũ)."
// It singles out units ("Riêng …") and says only when: an exception noted on the item above, no task of its own; the
// item keeps its own time, binding its other units, and its own units. A line naming work of its own ("Riêng Sở A
// tổ chức hội nghị …") is read as before, and so is one singling out no unit ("Riêng năm 2024, …").
import type { UnitResolver } from "../domain/resolve-units.ts";
import { unitsNamedOnly } from "./clause.ts";
import { titleBeforeDeadline } from "./title-cut.ts";

const SINGLES_OUT = /^riêng\s+/iu;
// A remark in brackets ("(lĩnh vực có nhiều thủ tục liên thông)", "(do ảnh hưởng của mưa lũ)") says why, no work.
const BRACKET = /\([^()]*\)/gu;

/** Whether `text`, dated by `wording`, only gives the units it singles out a time of their own. */
export function notesException(resolver: UnitResolver, text: string, wording: string): boolean {
  const body = text.trim();
  const opening = SINGLES_OUT.exec(body);
  const at = body.lastIndexOf(wording);
  if (!opening || at < 0) return false;
  const units = titleBeforeDeadline(body, wording).slice(opening[0].length).replace(BRACKET, " ");
  const after = body.slice(at + wording.length).replace(BRACKET, " ");
  return !/\p{L}/u.test(after) && unitsNamedOnly(resolver, units).length > 0;
}

/**
 * The pieces of work a sentence was cut into (two-duties.ts) with each exception noted on the piece before it
 * ("… xong trước ngày 15/6/2024. Riêng Sở A: hoàn thành trước ngày 15/7/2024." typed as one paragraph); null when
 * fewer than two pieces of work remain.
 */
export function withExceptionsNoted(
  resolver: UnitResolver,
  pieces: string[],
  wordingOf: (text: string) => string | null,
): string[] | null {
  const kept: string[] = [];
  for (const piece of pieces) {
    const wording = kept.length > 0 ? wordingOf(piece) : null;
    if (wording && notesException(resolver, piece, wording)) kept[kept.length - 1] += `. ${piece}`;
    else kept.push(piece);
  }
  return kept.length > 1 ? kept : null;
}
