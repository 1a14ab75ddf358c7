// A plan may shorten, without a legend, a name it writes out in full elsewhere: "Đánh giá … tại Trung tâm Phục vụ
// hành chính công tỉnh" in one cell, "TT PVHCC tỉnh" as the partner in the next. A careful reader takes the short
// form for that name: its words in capitals are the initials of the full name's words, one per letter, its other
// words the same words. The resolver reads initials against its directory; this reads them against the plan's own
// text, for a name no directory knows, so that the admin is asked about the name the plan spells out, once.
import type { ResolvedName, UnitResolver } from "../domain/resolve-units.ts";
import { fold } from "../domain/text.ts";
import type { PlanWarning } from "./parsed-plan.ts";

/** Fewer initials than this ("TT", "BQL") could stand for too many names. */
const MIN_INITIALS = 4;
/** A plan names a few dozen units; past this many short forms a file is not one a reader spells out. */
const MAX_NAMES = 200;

type Step = { initial: string } | { word: string };
interface Word {
  folded: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const isCapitals = (raw: string) => raw.length >= 2 && raw.length <= 8 && /^\p{Lu}+$/u.test(raw);

/** The short form as steps (a letter per initial, a word per word), or null when it has too few initials. */
function stepsOf(name: string): Step[] | null {
  const steps: Step[] = [];
  for (const [raw] of name.matchAll(WORD)) {
    if (isCapitals(raw)) steps.push(...[...fold(raw).replace(/\s/g, "")].map((initial) => ({ initial })));
    else steps.push({ word: fold(raw) });
  }
  return steps.filter((s) => "initial" in s).length >= MIN_INITIALS ? steps : null;
}

/** The words of a plan's text, and where each capitalised one opens, by its first letter. */
function indexWords(text: string): { words: Word[]; capitalised: Map<string, number[]> } {
  const words: Word[] = [];
  const capitalised = new Map<string, number[]>();
  for (const m of text.matchAll(WORD)) {
    const folded = fold(m[0]);
    if (/^\p{Lu}/u.test(m[0])) {
      const at = capitalised.get(folded[0]!) ?? [];
      at.push(words.length);
      capitalised.set(folded[0]!, at);
    }
    words.push({ folded, start: m.index, end: m.index + m[0].length });
  }
  return { words, capitalised };
}

/** The index of the last word the steps match from word `at`, or -1. */
function matchFrom(words: Word[], at: number, steps: Step[]): number {
  let j = at;
  for (const step of steps) {
    const word = words[j]?.folded;
    if (word === undefined) return -1;
    if ("word" in step ? word !== step.word : word[0] !== step.initial) return -1;
    j++;
  }
  return j - 1;
}

/** The one full name of the text the short form spells, or null when it spells none or two. */
function fullName(text: string, index: ReturnType<typeof indexWords>, name: string): string | null {
  const steps = stepsOf(name);
  const first = steps?.[0];
  if (!steps || !first || !("initial" in first)) return null;
  const found = new Set<string>();
  for (const at of index.capitalised.get(first.initial) ?? []) {
    const last = matchFrom(index.words, at, steps);
    if (last >= 0) found.add(text.slice(index.words[at]!.start, index.words[last]!.end));
  }
  const [full] = found;
  return found.size === 1 && full !== undefined && full !== name ? full : null;
}

/**
 * The tasks with every unresolved short form the plan spells out elsewhere read as that name (resolved when the
 * directory knows it), and the warnings about them naming it so.
 */
export function withSpelledNames<T extends { lead: ResolvedName[]; coordinators: ResolvedName[] }>(
  tasks: T[],
  warnings: PlanWarning[],
  text: string,
  resolver: UnitResolver,
): T[] {
  const short = new Set(
    tasks.flatMap((t) => [...t.lead, ...t.coordinators]).flatMap((u) => (u.resolved ? [] : [u.name])),
  );
  if (short.size === 0 || short.size > MAX_NAMES) return tasks;
  const index = indexWords(text);
  const spelled = new Map<string, { full: string; unit: ResolvedName | null }>();
  for (const name of short) {
    const full = fullName(text, index, name);
    if (full === null) continue;
    const known = resolver.resolveList(full);
    spelled.set(name, { full, unit: known.length === 1 && known[0]!.resolved ? known[0]! : null });
  }
  if (spelled.size === 0) return tasks;
  renameWarnings(warnings, spelled);
  const read = (units: ResolvedName[]) =>
    units.map((u) => {
      const found = u.resolved ? undefined : spelled.get(u.name);
      return found ? (found.unit ?? { ...u, name: found.full }) : u;
    });
  return tasks.map((t) => ({ ...t, lead: read(t.lead), coordinators: read(t.coordinators) }));
}

/** The warnings of short forms spelled out: renamed to the full name, or dropped when the directory knows it. */
function renameWarnings(warnings: PlanWarning[], spelled: Map<string, { full: string; unit: ResolvedName | null }>) {
  let kept = 0;
  for (const warning of warnings) {
    const found = warning.code === "unresolved-unit" ? spelled.get(String(warning.args.name)) : undefined;
    if (found?.unit) continue;
    if (found) warning.args.name = found.full;
    warnings[kept++] = warning;
  }
  warnings.length = kept;
}
