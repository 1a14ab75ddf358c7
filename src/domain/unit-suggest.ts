// The units an admin most likely meant by a name a plan used and the directory does not
// know: ranked by the words they share (words every unit name has count for nothing), then
// by letter pairs, so that a shortened or misspelt name still finds its unit.
import { foldWords } from "./text.ts";
import type { UnitEntry } from "./units.ts";

export interface UnitSuggestion {
  name: string;
  score: number;
}

// Words that name the kind of body, not which one.
const GENERIC = new Set(["cac", "va", "tinh", "so", "ubnd", "uy", "ban", "nhan", "dan", "cap", "cua", "thuoc", "ve"]);

const meaningful = (text: string): Set<string> => new Set(foldWords(text).filter((w) => !GENERIC.has(w)));

function pairs(text: string): string[] {
  const letters = foldWords(text).join("");
  return Array.from({ length: Math.max(letters.length - 1, 0) }, (_, i) => letters.slice(i, i + 2));
}

/** Shared words over all words (Jaccard). */
function wordScore(a: Set<string>, b: Set<string>): number {
  const shared = [...a].filter((w) => b.has(w)).length;
  return shared === 0 ? 0 : shared / (a.size + b.size - shared);
}

/** Shared letter pairs (Sørensen–Dice). */
function letterScore(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const left = new Map<string, number>();
  for (const p of a) left.set(p, (left.get(p) ?? 0) + 1);
  let shared = 0;
  for (const p of b) {
    const n = left.get(p) ?? 0;
    if (n > 0) {
      shared++;
      left.set(p, n - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

/** The `limit` units closest to `name`, best first; none that shares nothing with it. */
export function suggestUnits(units: readonly UnitEntry[], name: string, limit: number): UnitSuggestion[] {
  const words = meaningful(name);
  const letters = pairs(name);
  const scored = units.map((unit) => {
    const texts = [unit.name, ...unit.abbreviations, ...unit.aliases];
    const score = Math.max(
      ...texts.map((text) => 0.7 * wordScore(words, meaningful(text)) + 0.3 * letterScore(letters, pairs(text))),
    );
    return { name: unit.name, score: Math.round(score * 1000) / 1000 };
  });
  return scored
    .filter((s) => s.score >= 0.2)
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, "vi"))
    .slice(0, limit);
}
