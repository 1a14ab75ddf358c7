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
  for (const glyph of shown as Glyph[]) {
    if (typeof glyph?.unicode !== "string" || typeof glyph.width !== "number") continue;
    glyphs.widths.set(glyph.unicode, glyph.width / 1000);
    if (!glyph.unicode.trim()) {
      space = true;
      continue;
    }
    glyphs.text += glyph.unicode;
    glyphs.spaced.push(space, ...Array<boolean>(glyph.unicode.length - 1).fill(false));
    space = false;
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
      if (!page.has(font)) page.set(font, { widths: new Map(), text: "", spaced: [] });
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
}

interface Tangle {
  run: TextRun;
  words: Word[];
  /** The width of a space in the run's font. */
  space: number;
}

/** A run's words with their widths (starts still unknown), or null when a character's width is not known. */
function wordsOf(run: TextRun, page: PageGlyphs, shownAt: Map<TextRun, number>): Tangle | null {
  const glyphs = page.get(run.font);
  const at = shownAt.get(run);
  const words: Word[] = [];
  let offset = 0;
  for (const text of run.text.trim().split(/\s+/u)) {
    let width = 0;
    for (const char of text) {
      const advance = glyphs?.widths.get(char);
      if (advance === undefined) return null;
      width += advance * run.size;
    }
    words.push({ text, width, start: Number.NaN, spaced: at === undefined ? undefined : glyphs?.spaced[at + offset] });
    offset += text.length;
  }
  return { run, words, space: (glyphs?.widths.get(" ") ?? 0.25) * run.size };
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
  for (;;) {
    const next = others.find((w) => Math.abs(w.start - (filled ?? pos)) <= tolerance);
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

/** Places words `i` on, the previous one ending at `pos`, over no other run's word; false when they cannot fit. */
function placeFrom(tangle: Tangle, i: number, pos: number, others: Word[], failed: Set<string>): boolean {
  if (i === tangle.words.length) return true;
  const key = `${i}:${Math.round(pos * 10)}`;
  if (failed.has(key)) return false;
  const word = tangle.words[i]!;
  const tolerance = SAME_PLACE * tangle.run.size;
  for (const start of startsOf(tangle, i, pos, others)) {
    const free = others.every((w) => start + word.width <= w.start + tolerance || start >= end(w) - tolerance);
    if (!free) continue;
    word.start = start;
    if (placeFrom(tangle, i + 1, start + word.width, others, failed)) return true;
  }
  failed.add(key);
  return false;
}

/** Places the run's words between the other runs' words, the first where the run begins. */
function place(tangle: Tangle, others: Word[]): boolean {
  const first = tangle.words[0]!;
  first.start = tangle.run.x;
  return placeFrom(tangle, 1, first.start + first.width, others, new Set());
}

/** "4.", "a)", "II.": a list's label, set off from its text by a tab as wide as the indent wants. */
const LABEL = /^\S{1,4}[.)]$/u;

/**
 * A justified line stretches its spaces past the font's space, alike all along the line: what a run's
 * width leaves over its words and the other runs' letters drawn within it, shared among the spaces
 * the font showed. A run opening with a label does not tell it (the tab after the label is no space).
 */
function stretchedSpace(tangle: Tangle, line: TextRun[]): number | null {
  const { run, words } = tangle;
  const spaces = words.slice(1).filter((w) => w.spaced === true).length;
  if (spaces === 0 || words.some((w) => w.spaced === undefined) || LABEL.test(words[0]!.text)) return null;
  const within = line.filter((o) => overlaps(run, o)).reduce((sum, o) => sum + o.width, 0);
  return (run.width - within - words.reduce((sum, w) => sum + w.width, 0)) / spaces;
}

/** The line's tangles, with its stretched space when it is justified. */
function justified(tangles: Tangle[], line: TextRun[]): Tangle[] {
  const measured = tangles.map((t) => stretchedSpace(t, line)).filter((s): s is number => s !== null);
  const space = measured.length > 0 ? Math.min(...measured) : 0;
  return tangles.map((t) => (space > t.space ? { ...t, space } : t));
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
  const found = line
    .filter((run) => /\S\s+\S/u.test(run.text) && line.some((other) => overlaps(run, other)))
    .map((run) => wordsOf(run, page, shownAt))
    .filter((t): t is Tangle => t !== null);
  const tangles = justified(found, line);
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
