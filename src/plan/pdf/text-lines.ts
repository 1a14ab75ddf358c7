// A page's text as lines for a table printed with no ruling lines (`src/plan/pdf/borderless.ts`): runs grouped by
// baseline, a label drawn in pieces joined, the stretches of x no text covers, and the borders between its columns
// that stand there (or, for a table set at tab stops, just left of its labels).
import type { TextRun } from "./geometry.ts";

/** Runs on one baseline, within this many font sizes (a row's number may be set in a larger size, a point lower). */
const SAME_LINE = 0.3;
/** The widest a word space is, in font sizes. */
export const WORD_SPACE = 0.3;
/** How far, in font sizes, a label may start from its column's cells and still start the column. */
export const ALIGNED = 0.5;
/** A gap between runs of a label this many font sizes wide or more is a word space. */
const SPACE = 0.15;

export interface TextLine {
  y: number;
  size: number;
  runs: TextRun[];
}

export const centre = (run: TextRun) => run.x + run.width / 2;

/** Runs grouped by baseline, top to bottom, each line's runs left to right. */
export function textLines(runs: TextRun[]): TextLine[] {
  const lines: TextLine[] = [];
  for (const run of [...runs].sort((a, b) => a.y - b.y)) {
    const last = lines.at(-1);
    if (last && run.y - last.y <= SAME_LINE * last.size) last.runs.push(run);
    else lines.push({ y: run.y, size: run.size, runs: [run] });
  }
  for (const line of lines) line.runs.sort((a, b) => a.x - b.x);
  return lines;
}

/**
 * A line's runs joined where less than `within` font sizes apart. A label a PDF writer drew in pieces (a font lacking
 * the accented letters sets "N", "ộ", "i dung" apart) is one, a font size apart at most; labels stand columns apart.
 */
export function joined(line: TextLine, within: number): TextRun[] {
  const pieces: TextRun[] = [];
  for (const run of line.runs) {
    const last = pieces.at(-1);
    const gap = last ? run.x - (last.x + last.width) : Infinity;
    if (!last || gap >= within * run.size) pieces.push({ ...run });
    else {
      last.text += `${gap >= SPACE * run.size ? " " : ""}${run.text}`;
      last.width = Math.max(last.width, run.x + run.width - last.x);
    }
  }
  return pieces;
}

/**
 * The stretches of x no run covers, left to right. A stretch no wider than a word space is inside a line's text (a word
 * drawn in pieces, a space between two words no other line covers), never between columns: it is none.
 */
function freeGaps(runs: TextRun[]): { from: number; to: number }[] {
  const gaps: { from: number; to: number }[] = [];
  let reach = -Infinity;
  for (const run of [...runs].sort((a, b) => a.x - b.x)) {
    if (run.x > reach + WORD_SPACE * run.size && reach > -Infinity) gaps.push({ from: reach, to: run.x });
    reach = Math.max(reach, run.x + run.width);
  }
  return gaps;
}

/**
 * The borders between columns: in the first stretch no text covers right of a label (a column's text
 * never crosses into the next; a stretch further right may be inside the next column, between its
 * short text and its centred label), a point before the next column's text: where its cells start is the same on
 * every page, where the ragged text before it ends is not, and a table going on over a page break keeps its columns
 * (`sameColumns`, `src/plan/pdf/layout.ts`); and around them all. Null when text crosses between two labels: a list
 * laid out at tab stops, whose lines run on under the next stop, is no table.
 */
export function columnBorders(header: TextRun[], runs: TextRun[]): number[] | null {
  const gaps = freeGaps(runs);
  const borders = [Math.min(...runs.map((r) => r.x)) - 2];
  for (let i = 1; i < header.length; i++) {
    const [a, b] = [header[i - 1]!, header[i]!];
    const first = gaps.find((g) => (g.from + g.to) / 2 > centre(a) && (g.from + g.to) / 2 < centre(b));
    if (!first) return null;
    borders.push(first.to - 1);
  }
  borders.push(Math.max(...runs.map((r) => r.x + r.width)) + 2);
  return borders;
}

/**
 * A table set at tab stops: the header's labels, left-aligned at their stops, start where the rows' pieces at the same
 * stops start, and a line's text may run up to the next stop (or a dot leader fill the space before it), so no gap
 * parts the columns. Each label after the number's starting a column, two row lines at least having a piece that
 * starts there (within half a font size), the borders stand just left of the labels. Null otherwise.
 */
export function tabStopBorders(labels: TextRun[], body: TextLine[]): number[] | null {
  const runs = body.flatMap((line) => line.runs);
  const startsAt = (label: TextRun) => runs.some((run) => Math.abs(run.x - label.x) <= ALIGNED * label.size);
  if (body.length < 2 || labels.slice(1).filter((label) => !startsAt(label)).length > 1) return null;
  return [
    Math.min(labels[0]!.x, ...runs.map((r) => r.x)) - 2,
    ...labels.slice(1).map((label) => label.x - ALIGNED * label.size),
    Math.max(...[...labels, ...runs].map((r) => r.x + r.width)) + 2,
  ];
}
