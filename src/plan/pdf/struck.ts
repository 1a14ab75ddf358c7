// Text struck through. A PDF exported with its tracked changes shown draws a deletion
// struck through ("30/4/2026" with a line through it, the new date after it): read as the
// Word file reads it, the deletion is dropped. A strike is a ruling line across the text
// between a quarter and a half of its size above the baseline, where no underline, border
// or cell edge runs: a line ending on a vertical one is a table's border.
import type { PageGlyphs } from "./fallback-fonts.ts";
import { isHorizontal, type Rule, type TextRun } from "./geometry.ts";

/** How high above the baseline (in font sizes) a strike runs. */
const STRIKE_LOW = 0.15;
const STRIKE_HIGH = 0.45;

/** Distance (points) within which a line's end meets another line. */
const MEET = 2;

/**
 * Whether a horizontal line is a border of a table: it ends on a vertical line. A cell's text drawn past its row's
 * height (a worksheet's wrapped cell printed at a fixed height) is crossed by the border, never struck through.
 */
const isBorder = (line: Rule, rules: Rule[]): boolean =>
  rules.some(
    (v) =>
      !isHorizontal(v) &&
      (Math.abs(v.x1 - line.x1) <= MEET || Math.abs(v.x1 - line.x2) <= MEET) &&
      line.y1 >= v.y1 - MEET &&
      line.y1 <= v.y2 + MEET,
  );

const strikes = (run: TextRun, rules: Rule[]): Rule[] =>
  rules.filter(
    (r) =>
      isHorizontal(r) &&
      run.y - r.y1 >= STRIKE_LOW * run.size &&
      run.y - r.y1 <= STRIKE_HIGH * run.size &&
      r.x1 < run.x + run.width &&
      r.x2 > run.x &&
      !isBorder(r, rules),
  );

/**
 * The run without the characters a strike runs over: the pieces kept, each placed where its characters stand, or the
 * run when none is struck. The characters are placed by their glyphs' widths, stretched to the run's width: a
 * justified line spaces its words wider than the glyphs say, and the pieces after a strike stand where the page
 * shows them, never where the strike was ("trước ngày ~~10/6/2026~~ ngày 20/6/2026 để": "ngày 20/6/2026" at its
 * own place, joined to the "ể" drawn after it).
 */
function unstruck(run: TextRun, rules: Rule[], page: PageGlyphs): TextRun[] {
  const over = strikes(run, rules);
  const widths = page.get(run.font)?.widths;
  if (over.length === 0 || !widths) return [run];
  const chars = [...run.text];
  const natural = chars.map((c) => (widths.get(c) ?? Number.NaN) * run.size);
  const total = natural.reduce((sum, w) => sum + w, 0);
  if (Number.isNaN(total) || total <= 0) return [run];
  const stretch = run.width / total;
  // Runs of characters kept and struck in turn; a struck stretch stays as a blank run where it stood, so that the
  // line keeps no hole a column's gap wide between the words around it.
  const pieces: (TextRun & { struck: boolean })[] = [];
  let x = run.x;
  chars.forEach((char, i) => {
    const width = natural[i]! * stretch;
    const middle = x + width / 2;
    const struck = over.some((r) => middle > r.x1 && middle < r.x2);
    const last = pieces.at(-1);
    if (last?.struck === struck) Object.assign(last, { text: last.text + char, width: last.width + width });
    // Where the text layer joined texts no longer lines up with the characters kept.
    else pieces.push({ ...run, text: char, x, width, joins: undefined, struck });
    x += width;
  });
  if (pieces.every((piece) => piece.struck)) return [];
  if (pieces.length === 1) return [run];
  return pieces.map(({ struck, ...piece }) => (struck ? { ...piece, text: " " } : piece));
}

/** The page's runs with their struck-through characters left out; a run struck whole is dropped. */
export function withoutStruckText(runs: TextRun[], rules: Rule[], page: PageGlyphs): TextRun[] {
  return runs.flatMap((run) => unstruck(run, rules, page));
}
