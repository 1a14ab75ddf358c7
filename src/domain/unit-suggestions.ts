// The units closest to a name dondoc did not understand, by the letter pairs they share:
// the numbered choices an admin gets to say which unit a plan meant.
import { phraseWords, unitTexts, type UnitResolver } from "./resolve-units.ts";
import type { UnitEntry } from "./units.ts";

export interface UnitSuggestion {
  /** The unit's id when the directory comes from the database. */
  unitId?: number;
  name: string;
  /** Likeness from 0 to 1 (pairs of letters in common). */
  score: number;
}

/** Below this share of letter pairs, a unit has nothing in common with the name worth offering. */
const MIN_LIKENESS = 0.2;

/**
 * The `limit` units of the resolver's directory whose names (or other names) are closest
 * to `name`, best first: the numbered choices an admin gets for a name not understood.
 */
export function suggestUnits(resolver: UnitResolver, name: string, limit: number): UnitSuggestion[] {
  const wanted = bigrams(name);
  const best = new Map<UnitEntry, number>();
  const byName = new Map(resolver.directory.units.map((u) => [u.name, u]));
  const candidates: [UnitEntry, UnitEntry][] = [
    ...resolver.directory.units.map((u): [UnitEntry, UnitEntry] => [u, u]),
    ...(resolver.directory.succeeded ?? []).flatMap((old): [UnitEntry, UnitEntry][] => {
      const successor = byName.get(old.successor);
      return successor ? [[old, successor]] : [];
    }),
  ];
  for (const [written, unit] of candidates) {
    for (const text of unitTexts(written)) {
      const score = dice(wanted, bigrams(text));
      if (score > (best.get(unit) ?? 0)) best.set(unit, score);
    }
  }
  return [...best]
    .filter(([, score]) => score >= MIN_LIKENESS)
    .sort((a, b) => b[1] - a[1])
    .slice(0, Math.max(0, limit))
    .map(([unit, score]) => ({
      ...(unit.id === undefined ? {} : { unitId: unit.id }),
      name: unit.name,
      score: Math.round(score * 100) / 100,
    }));
}

function bigrams(text: string): Map<string, number> {
  const letters = ` ${phraseWords(text).join(" ")} `;
  const counts = new Map<string, number>();
  for (let i = 0; i < letters.length - 1; i++) {
    const pair = letters.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

function dice(a: Map<string, number>, b: Map<string, number>): number {
  let common = 0;
  let total = 0;
  for (const [pair, n] of a) {
    common += Math.min(n, b.get(pair) ?? 0);
    total += n;
  }
  for (const n of b.values()) total += n;
  return total === 0 ? 0 : (2 * common) / total;
}
