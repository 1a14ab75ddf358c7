// "- Sở Tư pháp: lĩnh vực tư pháp;", "Sở Y tế: hướng dẫn các cơ sở khám bệnh;": a units cell giving several leads
// one line each, the unit's own part of the work after a colon. The part divides the work; it names no unit, so the
// reading of the cell skips it up to the next ";" or the next unit's name (a cell's lines arrive joined by spaces,
// "…thực hiện - Sở Nội vụ: …"), and reads on from there.
import { capitalised, type Token } from "./unit-tokens.ts";

/**
 * Where the part after a unit ends, when a colon follows it (at `at`) and lower-case words naming no unit come next:
 * at the next ";" or known unit; else `at` (no part). "các Sở: Tư pháp, Tài chính" lists names, capitalised, and
 * "Sở Nội vụ: các sở, ngành" lists units: neither is a part. Looks only as far as the part's end, which the reading
 * then jumps to, so a cell is read once.
 */
export function unitPartEnd(source: string, tokens: Token[], at: number, known: (at: number) => boolean): number {
  if (tokens[at]?.punct !== ":" || !tokens[at + 1]?.word || capitalised(source, tokens[at + 1])) return at;
  let j = at + 1;
  while (j < tokens.length && tokens[j]!.punct !== ";" && !(tokens[j]!.word && known(j))) j++;
  return j === at + 1 ? at : j;
}
