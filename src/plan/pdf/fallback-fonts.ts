// Letters drawn in a fallback font. A writer whose main font lacks a letter ("ỉ" of "tỉnh"
// in Liberation Serif) draws it in another font, and writes each font's glyphs of a line
// together: pdf.js then gives "t nh" (the letter's place taken for a space) and "ỉ" as two
// runs. With the glyph widths the page's drawing operators carry, such a run is cut into
// words placed exactly; a gap where another run's word starts is that word's place, not a
// space. A run that cannot be placed exactly (a character of unknown width) is kept whole.
import type { OPS as PdfOps } from "pdfjs-dist/legacy/build/pdf.min.mjs";
import type { TextRun } from "./geometry.ts";

type Ops = typeof PdfOps;

/** What a page's text operators show in one font: each character's advance (in ems), and the characters in order. */
interface FontGlyphs {
  widths: Map<string, number>;
  /** The characters shown, spaces left out. */
  text: string;
  /** Per code unit of `text`: whether a space was shown just before it. */
  spaced: boolean[];
  /**
   * Per code unit of `text`: how far (in ems) it is drawn past the end of the character
   * before it in the same text operator — spaces and the operator's own moves (a justified
   * line's wider spaces, another font's letter left room for) — or NaN where an operator begins.
   */
  gaps: number[];
}

/** What each font (by pdf.js's name) shows on a page. */
export type PageGlyphs = Map<string, FontGlyphs>;

interface Glyph {
  unicode?: unknown;
  width?: unknown;
}

/** How far apart (in font sizes) two positions may be and still be the same place. */
const SAME_PLACE = 0.1;

function record(glyphs: FontGlyphs, shown: unknown): void {
  if (!Array.isArray(shown)) return;
  let space = false;
  let gap = Number.NaN;
  for (const glyph of shown as (Glyph | number)[]) {
    // A number moves the next glyph left by thousandths of an em.
    if (typeof glyph === "number") gap -= glyph / 1000;
    if (typeof glyph !== "object" || typeof glyph?.unicode !== "string" || typeof glyph.width !== "number") continue;
    glyphs.widths.set(glyph.unicode, glyph.width / 1000);
    if (!glyph.unicode.trim()) {
      space = true;
      gap += glyph.width / 1000;
      continue;
    }
    glyphs.text += glyph.unicode;
    glyphs.spaced.push(space, ...Array<boolean>(glyph.unicode.length - 1).fill(false));
    glyphs.gaps.push(gap, ...Array<number>(glyph.unicode.length - 1).fill(0));
    space = false;
    gap = 0;
  }
}

/** Each font's glyphs, from what the page's text operators show. */
export function glyphsOf(fnArray: ArrayLike<number>, argsArray: unknown[][], OPS: Ops): PageGlyphs {
  const shows = new Set<number>([
    OPS.showText,
    OPS.showSpacedText,
    OPS.nextLineShowText,
    OPS.nextLineSetSpacingShowText,
  ]);
  const page: PageGlyphs = new Map();
  const saved: string[] = [];
  let font = "";
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]!;
    const args = argsArray[i];
    if (fn === OPS.save) saved.push(font);
    else if (fn === OPS.restore) font = saved.pop() ?? font;
    else if (fn === OPS.setFont) font = String(args?.[0]);
    else if (shows.has(fn)) {
      if (!page.has(font)) page.set(font, { widths: new Map(), text: "", spaced: [], gaps: [] });
      record(page.get(font)!, args?.at(-1));
    }
  }
  return page;
}

interface Word {
  text: string;
  width: number;
  start: number;
  /**
   * Whether the font showed a space before the word (not only a gap where another font's
   * letter goes); unknown when its run was not found among the shown glyphs.
   */
  spaced?: boolean;
  /** How far past the previous word's end the font drew it (in page units), when the same operator drew both. */
  gap?: number;
  /** Where it starts, known from the run's end and the gaps after it. */
  fixed?: number;
}

interface Tangle {
  run: TextRun;
  words: Word[];
  /** The width of a space in the run's font. */
  space: number;
}

// A letter with the marks typed after it ("o" and its two marks, typed decomposed), drawn as one glyph or as several.
const LETTERS = /\P{M}\p{M}*|\p{M}+/gu;

/** The advance of a letter: of the one glyph showing it with its marks, else of its characters' glyphs. */
function advanceOf(letter: string, glyphs: FontGlyphs | undefined): number | undefined {
  const whole = glyphs?.widths.get(letter);
  if (whole !== undefined) return whole;
  let sum = 0;
  for (const char of letter) {
    const advance = glyphs?.widths.get(char);
    if (advance === undefined) return undefined;
    sum += advance;
  }
  return sum;
}

/** A run's words with their widths (starts still unknown), or null when a character's width is not known. */
function wordsOf(run: TextRun, page: PageGlyphs, shownAt: Map<TextRun, number>): Tangle | null {
  const glyphs = page.get(run.font);
  const at = shownAt.get(run);
  const words: Word[] = [];
  let offset = 0;
  for (const text of run.text.trim().split(/\s+/u)) {
    let width = 0;
    for (const letter of text.match(LETTERS) ?? []) {
      const advance = advanceOf(letter, glyphs);
      if (advance === undefined) return null;
      width += advance * (run.across ?? run.size);
    }
    const gap = at === undefined ? Number.NaN : (glyphs?.gaps[at + offset] ?? Number.NaN);
    words.push({
      text,
      width,
      start: Number.NaN,
      spaced: at === undefined ? undefined : glyphs?.spaced[at + offset],
      gap: Number.isNaN(gap) ? undefined : gap * (run.across ?? run.size),
    });
    offset += text.length;
  }
  fixFromEnd(run, words);
  return { run, words, space: (glyphs?.widths.get(" ") ?? 0.25) * (run.across ?? run.size) };
}

/** The words drawn by the operator that ends the run stand where the run ends, as that operator placed them. */
function fixFromEnd(run: TextRun, words: Word[]): void {
  let start = run.x + run.width;
  for (let i = words.length - 1; i > 0; i--) {
    const word = words[i]!;
    word.fixed = start - word.width;
    if (word.gap === undefined) return;
    start = word.fixed - word.gap;
  }
}

/** Where each run's characters are among those its font showed: runs come in the order they are shown. */
export function shownPlaces(runs: TextRun[], page: PageGlyphs): Map<TextRun, number> {
  const places = new Map<TextRun, number>();
  const cursors = new Map<string, number>();
  for (const run of runs) {
    const text = page.get(run.font)?.text;
    const at = text?.indexOf(run.text.replace(/\s+/gu, ""), cursors.get(run.font) ?? 0) ?? -1;
    if (at < 0) continue;
    places.set(run, at);
    cursors.set(run.font, at + run.text.replace(/\s+/gu, "").length);
  }
  return places;
}

const end = (word: Word): number => word.start + word.width;

/** Where the gap after `pos` ends when words of other runs fill it, one after another from `pos`. */
function pastFillers(pos: number, others: Word[], tolerance: number): number | null {
  let filled: number | null = null;
  // A filler must end past where it starts filling: a word of no width (letters whose marks
  // pdf.js counts as taking no room) fills nothing, and taking it would never move on.
  for (;;) {
    const at = filled ?? pos;
    const next = others.find((w) => Math.abs(w.start - at) <= tolerance && end(w) > at);
    if (!next) return filled;
    filled = end(next);
  }
}

/**
 * Where word `i` may start when the previous one ends at `pos`: right after the other runs'
 * words filling the gap, unless the font showed a space there; a space on otherwise; or
 * just before another run's word (a letter of its own word). The last word ends where the
 * run ends. (A gap with no space of the run's font may still hold another font's space, or
 * a tab.)
 */
function startsOf(tangle: Tangle, i: number, pos: number, others: Word[]): number[] {
  const word = tangle.words[i]!;
  const guesses = guessedStarts(tangle, i, pos, others);
  // Where the font's own operator drew it, when known, before any guess.
  if (word.fixed !== undefined) return [word.fixed];
  return word.gap === undefined ? guesses : [pos + word.gap, ...guesses];
}

/** Where word `i` may start, guessed from spaces and the other runs' words (see `startsOf`). */
function guessedStarts(tangle: Tangle, i: number, pos: number, others: Word[]): number[] {
  const { run, words, space } = tangle;
  const word = words[i]!;
  const tolerance = SAME_PLACE * run.size;
  const filled = pastFillers(pos, others, tolerance);
  const spaced = word.spaced === true || filled === null;
  const next = (filled ?? pos) + (spaced ? space : 0);
  const earliest = (word.spaced === true ? next - space / 2 : (filled ?? pos)) - tolerance;
  if (i === words.length - 1) {
    const start = run.x + run.width - word.width;
    return start >= earliest ? [start] : [];
  }
  const before = others
    .map((w) => w.start - word.width)
    .filter((start) => start >= earliest)
    .sort((a, b) => a - b);
  // No space of its font and no letter of another: a tab, or another font's space,
  // whose width only the next letter tells.
  return word.spaced === false && filled === null ? [...before, next] : [next, ...before];
}

/**
 * Places words `i` on, the previous one ending at `pos`, over no other run's word nor its own words; false when they
 * cannot fit.
 */
function placeFrom(tangle: Tangle, i: number, pos: number, others: Word[], failed: Set<string>): boolean {
  if (i === tangle.words.length) return true;
  const key = `${i}:${Math.round(pos * 10)}`;
  if (failed.has(key)) return false;
  const word = tangle.words[i]!;
  const tolerance = SAME_PLACE * tangle.run.size;
  for (const start of startsOf(tangle, i, pos, others)) {
    // A word starts after the one before it ends: one its operator placed earlier shows that one placed too far on.
    const free =
      start >= pos - tolerance &&
      others.every((w) => start + word.width <= w.start + tolerance || start >= end(w) - tolerance);
    if (!free) continue;
    word.start = start;
    if (placeFrom(tangle, i + 1, start + word.width, others, failed)) return true;
  }
  failed.add(key);
  return false;
}

/**
 * The width of a space in a justified line: what the run's span leaves, past its words and the
 * other runs' words drawn within it, shared by the spaces its font showed; null when unknown or
 * no wider than the font's.
 */
function justifiedSpace(tangle: Tangle, others: Word[]): number | null {
  const { run, words } = tangle;
  const spaces = words.slice(1).filter((w) => w.spaced === true).length;
  if (spaces === 0 || words.some((w, i) => i > 0 && w.spaced === undefined)) return null;
  const tolerance = SAME_PLACE * run.size;
  const within = others.filter((w) => w.start >= run.x - tolerance && end(w) <= run.x + run.width + tolerance);
  // A gap with no space of the font holds another run's letter, or a tab whose width is unknown.
  if (within.length < words.slice(1).filter((w) => w.spaced === false).length) return null;
  const used = [...words, ...within].reduce((sum, w) => sum + w.width, 0);
  const space = (run.width - used) / spaces;
  return space > tangle.space + tolerance ? space : null;
}

/**
 * Places the run's words between the other runs' words, the first where the run begins: with the
 * spaces of a justified line when that places them, else with the font's own.
 */
function place(tangle: Tangle, others: Word[]): boolean {
  const first = tangle.words[0]!;
  first.start = tangle.run.x;
  const wide = justifiedSpace(tangle, others);
  if (wide !== null && placeFrom({ ...tangle, space: wide }, 1, first.start + first.width, others, new Set()))
    return true;
  return placeFrom(tangle, 1, first.start + first.width, others, new Set());
}

const overlaps = (a: TextRun, b: TextRun): boolean =>
  a !== b && b.x < a.x + a.width - SAME_PLACE * a.size && b.x + b.width > a.x + SAME_PLACE * a.size;

/** The words of those runs of one line that another run is drawn over, where they can be placed. */
function untangleLine(
  line: TextRun[],
  page: PageGlyphs,
  shownAt: Map<TextRun, number>,
  words: Map<TextRun, TextRun[]>,
): void {
  const tangles = line
    .filter((run) => /\S\s+\S/u.test(run.text) && line.some((other) => overlaps(run, other)))
    .map((run) => wordsOf(run, page, shownAt))
    .filter((t): t is Tangle => t !== null);
  if (tangles.length === 0) return;
  const known = new Map<TextRun, Word[]>();
  for (const run of line) {
    if (!tangles.some((t) => t.run === run)) known.set(run, [{ text: run.text, width: run.width, start: run.x }]);
  }
  for (const t of tangles) {
    const last = t.words.at(-1)!;
    known.set(t.run, [
      { ...t.words[0]!, start: t.run.x },
      { ...last, start: t.run.x + t.run.width - last.width },
    ]);
  }
  let pending = tangles;
  for (let progress = true; progress && pending.length > 0;) {
    const before = pending.length;
    pending = pending.filter((t) => {
      const others = [...known].flatMap(([run, words]) => (run === t.run ? [] : words));
      if (!place(t, others)) return true;
      known.set(t.run, t.words);
      return false;
    });
    progress = pending.length < before;
  }
  for (const t of tangles) {
    if (!pending.includes(t))
      words.set(
        t.run,
        t.words.map((w) => ({ ...t.run, text: w.text, x: w.start, width: w.width })),
      );
  }
}

/** The page's runs, those interleaved with a fallback font's letters cut into words placed where they are drawn. */
export function untangleFallbackFonts(runs: TextRun[], page: PageGlyphs): TextRun[] {
  const shownAt = shownPlaces(runs, page);
  const words = new Map<TextRun, TextRun[]>();
  let line: TextRun[] = [];
  for (const run of [...runs].sort((a, b) => a.y - b.y)) {
    const last = line.at(-1);
    if (last && Math.abs(run.y - last.y) > SAME_PLACE * last.size) {
      untangleLine(line, page, shownAt, words);
      line = [];
    }
    line.push(run);
  }
  untangleLine(line, page, shownAt, words);
  return runs.flatMap((run) => words.get(run) ?? [run]);
}
