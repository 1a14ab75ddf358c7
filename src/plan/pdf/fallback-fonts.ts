// Letters drawn in a fallback font. A writer whose main font lacks a letter ("ỉ" of "tỉnh"
// in Liberation Serif) draws it in another font, and writes each font's glyphs of a line
// together: pdf.js then gives "t nh" (the letter's place taken for a space) and "ỉ" as two
// runs. With the glyph widths the page's drawing operators carry, such a run is cut into
// words placed exactly; a gap where another run's word starts is that word's place, not a
// space. A run that cannot be placed exactly (a character of unknown width) is kept whole.
import type { OPS as PdfOps } from "pdfjs-dist/legacy/build/pdf.min.mjs";
import type { TextRun } from "./geometry.ts";

type Ops = typeof PdfOps;

/** Advance widths, in ems, of the characters each font (by pdf.js's name) draws on a page. */
export type Advances = Map<string, Map<string, number>>;

interface Glyph {
  unicode?: unknown;
  width?: unknown;
}

/** How far apart (in font sizes) two positions may be and still be the same place. */
const SAME_PLACE = 0.1;

function record(advances: Advances, font: string, glyphs: unknown): void {
  if (!Array.isArray(glyphs)) return;
  let widths = advances.get(font);
  if (!widths) advances.set(font, (widths = new Map()));
  for (const glyph of glyphs as Glyph[]) {
    if (typeof glyph?.unicode === "string" && typeof glyph.width === "number")
      widths.set(glyph.unicode, glyph.width / 1000);
  }
}

/** Each font's character widths, from the glyphs the page's text operators show. */
export function advancesOf(fnArray: ArrayLike<number>, argsArray: unknown[][], OPS: Ops): Advances {
  const shows = new Set<number>([
    OPS.showText,
    OPS.showSpacedText,
    OPS.nextLineShowText,
    OPS.nextLineSetSpacingShowText,
  ]);
  const advances: Advances = new Map();
  const saved: string[] = [];
  let font = "";
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]!;
    const args = argsArray[i];
    if (fn === OPS.save) saved.push(font);
    else if (fn === OPS.restore) font = saved.pop() ?? font;
    else if (fn === OPS.setFont) font = String(args?.[0]);
    else if (shows.has(fn)) record(advances, font, args?.at(-1));
  }
  return advances;
}

interface Word {
  text: string;
  width: number;
  start: number;
}

interface Tangle {
  run: TextRun;
  words: Word[];
  /** The width of a space in the run's font. */
  space: number;
}

/** A run's words with their widths (starts still unknown), or null when a character's width is not known. */
function wordsOf(run: TextRun, advances: Advances): Tangle | null {
  const widths = advances.get(run.font);
  const space = widths?.get(" ") ?? 0.25;
  const words: Word[] = [];
  for (const text of run.text.trim().split(/\s+/u)) {
    let width = 0;
    for (const char of text) {
      const advance = widths?.get(char);
      if (advance === undefined) return null;
      width += advance * run.size;
    }
    words.push({ text, width, start: Number.NaN });
  }
  return { run, words, space: space * run.size };
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
 * words filling the gap, or one space on; or just before another run's word (a letter of
 * its own word). The last word ends where the run ends.
 */
function startsOf(tangle: Tangle, i: number, pos: number, others: Word[]): number[] {
  const { run, words, space } = tangle;
  const word = words[i]!;
  const tolerance = SAME_PLACE * run.size;
  const filled = pastFillers(pos, others, tolerance);
  const earliest = (filled ?? pos + space / 2) - tolerance;
  if (i === words.length - 1) {
    const start = run.x + run.width - word.width;
    return start >= earliest ? [start] : [];
  }
  const before = others.map((w) => w.start - word.width).filter((start) => start >= earliest);
  return [filled ?? pos + space, ...before.sort((a, b) => a - b)];
}

/** Places words `i` on, the previous one ending at `pos`, over no other run's word; false when they cannot fit the run. */
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

const overlaps = (a: TextRun, b: TextRun): boolean =>
  a !== b && b.x < a.x + a.width - SAME_PLACE * a.size && b.x + b.width > a.x + SAME_PLACE * a.size;

/** The words of those runs of one line that another run is drawn over, where they can be placed. */
function untangleLine(line: TextRun[], advances: Advances, words: Map<TextRun, TextRun[]>): void {
  const tangles = line
    .filter((run) => /\S\s+\S/u.test(run.text) && line.some((other) => overlaps(run, other)))
    .map((run) => wordsOf(run, advances))
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
export function untangleFallbackFonts(runs: TextRun[], advances: Advances): TextRun[] {
  const words = new Map<TextRun, TextRun[]>();
  let line: TextRun[] = [];
  for (const run of [...runs].sort((a, b) => a.y - b.y)) {
    const last = line.at(-1);
    if (last && Math.abs(run.y - last.y) > SAME_PLACE * last.size) {
      untangleLine(line, advances, words);
      line = [];
    }
    line.push(run);
  }
  untangleLine(line, advances, words);
  return runs.flatMap((run) => words.get(run) ?? [run]);
}
