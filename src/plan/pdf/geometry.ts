// What the PDF reader keeps of a page: text runs and ruling lines, in points from the top
// left corner of the page as it is shown (rotation applied), y growing downwards.

/** A run of text as the PDF places it: `y` is its baseline, `size` its font size. */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  /**
   * The size its glyphs advance by, when it is not their height: text stretched or narrowed to fit (a drawing's
   * box, a horizontal scaling set), each glyph's advance scaled with it.
   */
  across?: number;
  font: string;
  /** Set in a bold face (`bold.ts`). */
  bold?: true;
  /**
   * Where in `text` the text layer joined texts the page places apart (the spaces the font
   * never showed); unknown when the run was not found among the glyphs shown.
   */
  joins?: number[];
}

/** An axis-aligned ruling line: horizontal when y1 = y2, vertical when x1 = x2 (x1 ≤ x2, y1 ≤ y2). */
export interface Rule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A rectangle filled in a colour ("#5b9bd5"), its edges as a rule's (x1 < x2, y1 < y2). */
export type Fill = Rule & { colour: string };

export interface PageContent {
  width: number;
  height: number;
  runs: TextRun[];
  rules: Rule[];
  /** Rectangles filled in a colour, not white: cells shaded, a chart's bars (src/plan/pdf/bars.ts). */
  fills?: Fill[];
  /** Runs turned a quarter round, read only in table cells (src/plan/pdf/turned.ts). */
  turned?: TurnedRun[];
}

/** A quarter-turned run: `run` upright (its own frame), `x`, `y` the middle of where it stands on the page. */
export interface TurnedRun {
  run: TextRun;
  x: number;
  y: number;
}

/** A 2D affine matrix [a, b, c, d, e, f], as PDF writes them. */
export type Matrix = [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** The matrix applying `inner` first, then `outer`. */
export function multiply(outer: readonly number[], inner: readonly number[]): Matrix {
  const [a, b, c, d, e, f] = outer as Matrix;
  const [g, h, i, j, k, l] = inner as Matrix;
  return [a * g + c * h, b * g + d * h, a * i + c * j, b * i + d * j, a * k + c * l + e, b * k + d * l + f];
}

export function apply(m: readonly number[], x: number, y: number): [number, number] {
  return [m[0]! * x + m[2]! * y + m[4]!, m[1]! * x + m[3]! * y + m[5]!];
}

export const isHorizontal = (rule: Rule): boolean => rule.y1 === rule.y2;
