// Turns the loose way plans name units ("Văn phòng UBND tỉnh; các Sở: Tư pháp, Tài
// chính, Thông tin và Truyền thông", "Các sở, ban, ngành, UBND cấp huyện") into units
// of a directory. Matching is by words, longest phrase first, so official names that
// contain commas or "và" ("Sở Văn hóa, Thể thao và Du lịch") stay whole. A name that
// matches nothing is kept, unresolved, never dropped.
import { clean, fold } from "./text.ts";
import { GROUPS, type Directory, type GroupDef, type UnitEntry, type UnitKind } from "./units.ts";

export interface ResolvedName {
  name: string;
  kind: UnitKind;
  resolved: boolean;
}

interface Token {
  word: string | null; // folded word, or null for punctuation
  punct: string | null;
  start: number;
  end: number;
}

type Target = { unit: UnitEntry } | { group: GroupDef };
interface Phrase {
  words: string[];
  target: Target;
  /** Only matches after "các Sở:" (the unit's name without its "Sở"). */
  prefixed: boolean;
}

// Long forms folded to the short ones plans also use, so either spelling matches.
const SYNONYMS: [string[], string][] = [
  [["uy", "ban", "nhan", "dan"], "ubnd"],
  [["hoi", "dong", "nhan", "dan"], "hdnd"],
  [["van", "phong"], "vp"],
  [["thanh", "pho"], "tp"],
  [["thi", "xa"], "tx"],
];

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}\p{M}]+|[,;:()]/gu)) {
    const raw = m[0];
    const start = m.index;
    const isPunct = /^[,;:()]$/.test(raw);
    tokens.push({ word: isPunct ? null : fold(raw), punct: isPunct ? raw : null, start, end: start + raw.length });
  }
  return canonicalize(tokens);
}

function canonicalize(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length;) {
    const hit = SYNONYMS.find(([long]) => long.every((w, k) => tokens[i + k]?.word === w));
    if (hit) {
      const last = tokens[i + hit[0].length - 1]!;
      out.push({ word: hit[1], punct: null, start: tokens[i]!.start, end: last.end });
      i += hit[0].length;
    } else {
      out.push(tokens[i]!);
      i++;
    }
  }
  return out;
}

function phraseWords(text: string): string[] {
  return tokenize(text).flatMap((t) => (t.word ? [t.word] : []));
}

function departmentVariants(unit: UnitEntry): string[] {
  // "Sở KH&ĐT" as well as "KH&ĐT".
  return unit.kind === "department" ? unit.abbreviations.filter((a) => !/^sở\s/i.test(a)).map((a) => `Sở ${a}`) : [];
}

export interface UnitResolver {
  /** Every unit named in a list ("A, B; các Sở: C, D"); unknown names come back unresolved. */
  resolveList(text: string): ResolvedName[];
  /** The units a sentence starts with ("Giao Sở Nội vụ chủ trì: …"), up to the first other word. */
  leadingUnits(text: string): ResolvedName[];
  /** The directory unit a single name refers to, or null. */
  find(name: string): UnitEntry | null;
}

export function createResolver(directory: Directory): UnitResolver {
  const phrases: Phrase[] = [];
  for (const unit of directory.units) {
    for (const text of [unit.name, ...unit.abbreviations, ...unit.aliases, ...departmentVariants(unit)]) {
      phrases.push({ words: phraseWords(text), target: { unit }, prefixed: false });
    }
    const bare = unit.name.match(/^sở\s+(.+)$/i);
    if (bare) phrases.push({ words: phraseWords(bare[1]!), target: { unit }, prefixed: true });
  }
  for (const group of GROUPS) {
    for (const text of group.phrases) phrases.push({ words: phraseWords(text), target: { group }, prefixed: false });
  }
  phrases.sort((a, b) => b.words.length - a.words.length);

  function expand(target: Target, tokens: Token[], from: number, to: number, source: string): ResolvedName[] {
    if ("unit" in target) return [{ name: target.unit.name, kind: target.unit.kind, resolved: true }];
    const members = directory.units.filter((u) => target.group.members.includes(u.kind));
    if (members.length > 0) return members.map((u) => ({ name: u.name, kind: u.kind, resolved: true }));
    const written = target.group.members.length === 0 ? slice(source, tokens, from, to) : target.group.name;
    return [{ name: written, kind: target.group.kind, resolved: false }];
  }

  /** Length in tokens of `phrase` at `at`, commas inside it allowed, or 0. */
  function matchAt(tokens: Token[], at: number, phrase: Phrase): number {
    let j = at;
    for (const word of phrase.words) {
      while (tokens[j]?.punct === ",") j++;
      if (tokens[j]?.word !== word) return 0;
      j++;
    }
    return j - at;
  }

  function longestAt(tokens: Token[], at: number, prefixMode: boolean): { phrase: Phrase; length: number } | null {
    for (const phrase of phrases) {
      if (phrase.prefixed && !prefixMode) continue;
      const length = matchAt(tokens, at, phrase);
      if (length > 0) return { phrase, length };
    }
    return null;
  }

  /** "các Sở:", "các sở, ngành:" open a list whose names leave out "Sở". */
  function prefixOpenerAt(tokens: Token[], at: number): number {
    let j = at;
    let sawSo = false;
    while (tokens[j] && (tokens[j]!.punct === "," || ["cac", "so", "ban", "nganh"].includes(tokens[j]!.word ?? ""))) {
      if (tokens[j]!.word === "so") sawSo = true;
      j++;
    }
    // Only when names follow: "Các Sở, Ban, ngành:" alone is the group itself.
    const namesFollow = tokens.slice(j + 1).some((t) => t.word);
    return sawSo && tokens[j]?.punct === ":" && namesFollow ? j + 1 - at : 0;
  }

  function scan(text: string, stopAtUnknown: boolean): ResolvedName[] {
    const source = clean(text).replace(/\([^)]*\)/g, " ");
    const tokens = tokenize(source);
    const found: ResolvedName[] = [];
    let prefixMode = false;
    for (let i = 0; i < tokens.length;) {
      const token = tokens[i]!;
      if (token.punct || token.word === "va" || token.word === "voi") {
        i++;
        continue;
      }
      const opener = prefixOpenerAt(tokens, i);
      if (opener) {
        prefixMode = true;
        i += opener;
        continue;
      }
      const hit = longestAt(tokens, i, prefixMode);
      if (hit) {
        found.push(...expand(hit.phrase.target, tokens, i, i + hit.length, source));
        i += hit.length;
        continue;
      }
      if (stopAtUnknown) break;
      let end = i;
      while (end < tokens.length && tokens[end]!.punct !== "," && tokens[end]!.punct !== ";") end++;
      const name = slice(source, tokens, i, end);
      found.push({ name, kind: guessKind(name), resolved: false });
      i = end;
    }
    return dedupe(found);
  }

  return {
    resolveList: (text) => scan(text, false),
    leadingUnits: (text) => scan(clean(text).replace(/^(giao|đề nghị|yêu cầu)\s+/iu, ""), true),
    find(name) {
      const words = phraseWords(name).join(" ");
      const phrase = phrases.find((p) => !p.prefixed && "unit" in p.target && p.words.join(" ") === words);
      return phrase && "unit" in phrase.target ? phrase.target.unit : null;
    },
  };
}

function slice(source: string, tokens: Token[], from: number, to: number): string {
  return source.slice(tokens[from]!.start, tokens[to - 1]!.end).trim();
}

function dedupe(names: ResolvedName[]): ResolvedName[] {
  const seen = new Set<string>();
  return names.filter((n) => !seen.has(n.name) && seen.add(n.name));
}

export function guessKind(name: string): UnitKind {
  const f = phraseWords(name).join(" ");
  if (/^so\b/.test(f)) return "department";
  if (/^ubnd (cap )?(xa|phuong|thi tran)\b/.test(f)) return "commune";
  if (/^ubnd (cap )?(huyen|tp|tx)\b/.test(f)) return "district";
  return "other";
}
