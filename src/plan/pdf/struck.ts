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

/** The run without the characters a strike runs over (each placed by its glyph's width), or the run when none is. */
function unstruck(run: TextRun, rules: Rule[], page: PageGlyphs): TextRun {
  const over = strikes(run, rules);
  const widths = page.get(run.font)?.widths;
  if (over.length === 0 || !widths) return run;
  const chars = [...run.text];
  const kept: boolean[] = [];
  let x = run.x;
  for (const char of chars) {
    const width = (widths.get(char) ?? Number.NaN) * run.size;
    if (Number.isNaN(width)) return run;
    const middle = x + width / 2;
    kept.push(!over.some((r) => middle > r.x1 && middle < r.x2));
    x += width;
  }
  if (kept.every(Boolean)) return run;
  const text = chars.filter((_, i) => kept[i]).join("");
  const dropped = x - run.x - chars.reduce((sum, c, i) => sum + (kept[i] ? widths.get(c)! * run.size : 0), 0);
  // Where the text layer joined texts no longer lines up with the characters kept.
  return { ...run, text, width: Math.max(0, run.width - dropped), joins: undefined };
}

/** The page's runs with their struck-through characters left out; a run struck whole is dropped. */
export function withoutStruckText(runs: TextRun[], rules: Rule[], page: PageGlyphs): TextRun[] {
  return runs.map((run) => unstruck(run, rules, page)).filter((run) => run.text.trim() !== "");
}
