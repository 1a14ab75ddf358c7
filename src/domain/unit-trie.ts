// The directory's unit names as a trie of folded words, and the longest name found at a token (initials such as
// "PTNT" read against the words' first letters): what `resolve-units.ts` matches a plan's words against.
import { GROUPS, type Directory, type GroupDef, type UnitEntry } from "./units.ts";
import { JOINERS, phraseWords, type Token } from "./unit-tokens.ts";

export type Target = { unit: UnitEntry; succeededFrom?: string } | { group: GroupDef };
export interface Phrase {
  target: Target;
  /** Only matches after "các Sở:" (the unit's name without its "Sở"). */
  prefixed: boolean;
  /** Insertion order: among phrases of equal length the first wins. */
  order: number;
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  /** Children by the first letter of their word, for initials. */
  byLetter: Map<string, TrieNode[]>;
  phrases: Phrase[];
}

function departmentVariants(unit: UnitEntry): string[] {
  // "Sở KH&ĐT" as well as "KH&ĐT".
  return unit.kind === "department" ? unit.abbreviations.filter((a) => !/^sở\s/i.test(a)).map((a) => `Sở ${a}`) : [];
}

export function unitTexts(unit: UnitEntry): string[] {
  return [unit.name, ...unit.abbreviations, ...unit.aliases, ...departmentVariants(unit)];
}

export interface Match {
  phrase: Phrase;
  /** Tokens consumed. */
  length: number;
  /** Phrase words matched: the longest phrase wins. */
  words: number;
}

function emptyNode(): TrieNode {
  return { next: new Map(), byLetter: new Map(), phrases: [] };
}

/** How many words the longest phrase of the trie has. */
export function trieDepth(node: TrieNode): number {
  let deepest = 0;
  for (const child of node.next.values()) deepest = Math.max(deepest, 1 + trieDepth(child));
  return deepest;
}

export function buildTrie(directory: Directory): TrieNode {
  const root = emptyNode();
  let order = 0;
  const add = (text: string, target: Target, prefixed: boolean) => addWords(phraseWords(text), target, prefixed);
  const addWords = (words: string[], target: Target, prefixed: boolean) => {
    if (words.length === 0) return;
    let node = root;
    for (const word of words) {
      let child = node.next.get(word);
      if (!child) {
        child = emptyNode();
        node.next.set(word, child);
        const letter = word[0]!;
        const siblings = node.byLetter.get(letter);
        if (siblings) siblings.push(child);
        else node.byLetter.set(letter, [child]);
      }
      node = child;
    }
    node.phrases.push({ target, prefixed, order: order++ });
  };
  const provinceWords = phraseWords(directory.province);
  const addUnit = (unit: UnitEntry, target: Target) => {
    for (const text of unitTexts(unit)) {
      add(text, target, false);
      const local = provincial(phraseWords(text), provinceWords);
      if (local) addWords(local, target, false);
    }
    const bare = unit.name.match(/^sở\s+(\S.*|[^\S\n\r\u2028\u2029])$/i);
    if (bare) add(bare[1]!, target, true);
  };
  for (const unit of directory.units) addUnit(unit, { unit });
  const byName = new Map(directory.units.map((u) => [u.name, u]));
  for (const old of directory.succeeded ?? []) {
    const successor = byName.get(old.successor);
    if (successor) addUnit(old, { unit: successor, succeededFrom: old.name });
  }
  for (const group of GROUPS) for (const text of group.phrases) add(text, { group }, false);
  return root;
}

/**
 * "Báo và Phát thanh, Truyền hình tỉnh" for "… Truyền hình Lai Châu": a body named after its
 * province is as often named after "tỉnh". The words with the province's name put so, or null.
 */
function provincial(words: string[], provinceWords: string[]): string[] | null {
  const at = words.length - provinceWords.length;
  if (at <= 0 || provinceWords.some((w, k) => words[at + k] !== w)) return null;
  return words[at - 1] === "tinh" ? null : [...words.slice(0, at), "tinh"];
}

/** The longest phrase of the trie at token `at`, reading initials where words are in capitals. */
export function longestAt(root: TrieNode, tokens: Token[], at: number, prefixMode: boolean): Match | null {
  let best = null as Match | null;
  const consider = (node: TrieNode, j: number, words: number, full: number, letters: number) => {
    const phrase = node.phrases.find((p) => (prefixMode || !p.prefixed) && (full > 0 || "unit" in p.target));
    // A short run of capitals alone ("TT", "DN") says too little to stand for a unit.
    if (!phrase || (full === 0 && letters < 3)) return;
    if (!best || words > best.words || (words === best.words && phrase.order < best.phrase.order))
      best = { phrase, length: j - at, words };
  };
  const walk = (node: TrieNode, from: number, words: number, full: number, letters: number) => {
    let j = from;
    if (words > 0) while (tokens[j] && (tokens[j]!.punct === "," || JOINERS.has(tokens[j]!.word ?? ""))) j++;
    const token = tokens[j];
    if (!token?.word) return;
    const child = node.next.get(token.word);
    if (child) {
      consider(child, j + 1, words + 1, full + 1, letters);
      walk(child, j + 1, words + 1, full + 1, letters);
    }
    if (token.abbr) {
      for (const end of initials(node, token.abbr)) {
        const total = letters + token.abbr.length;
        consider(end, j + 1, words + token.abbr.length, full, total);
        walk(end, j + 1, words + token.abbr.length, full, total);
      }
    }
  };
  walk(root, at, 0, 0, 0);
  return best;
}

/** The nodes reached from `node` by words whose first letters spell `letters`. */
function initials(node: TrieNode, letters: string): TrieNode[] {
  let frontier = [node];
  for (const letter of letters) {
    frontier = frontier.flatMap((n) => n.byLetter.get(letter) ?? []);
    if (frontier.length === 0) break;
  }
  return frontier;
}
