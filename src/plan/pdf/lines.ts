// Text runs to lines: runs on one baseline, left to right, with a space where the gap
// between them is one; a wide gap (two columns of a borderless layout) splits the line
// into pieces, and so does a run at a tab stop where other lines' columns start.
// Superscript marks (footnote references) are no part of the text: "31/01/2020²" is
// read "31/01/2020", the mark kept aside with the line (Line.marks), to find its footnote.
import type { Column } from "./columns.ts";
import type { TextRun } from "./geometry.ts";
import { withWrappedYears } from "./wrapped-year.ts";

export interface Piece {
  text: string;
  x: number;
  right: number;
  size: number;
  /** The font of all its runs; empty when they mix fonts. */
  font: string;
}

export interface Line {
  pieces: Piece[];
  x: number;
  right: number;
  /** Baseline. */
  y: number;
  size: number;
  page: number;
  /** Footnote reference marks raised above the line ("2" of "31/01/2020²"), where they stand. */
  marks?: { text: string; x: number }[];
  /** The column of the page it stands in, when the page sets its text in columns. */
  column?: Column;
}

/** A gap wider than this many font sizes separates columns, not words. */
const COLUMN_GAP = 2.5;
/** A gap narrower than this many font sizes is no space (kerning, a font change inside a word). */
const SPACE_GAP = 0.12;
/**
 * A run this many font sizes or more past the text before it may stand at a tab stop: twice a word
 * space, wider than the spaces of a justified line.
 */
const TAB_GAP = 0.5;
/** How near (points) two runs' starts stand to be at one tab stop. */
const STOP_NEAR = 1;
/**
 * Number, letter or bullet that opens a paragraph: a part's "A.", "II.", "1.2.", "(3)", "a)", "đ)", "-", "+", "•", a
 * square, a check, an arrow ("→ Chủ trì: …" under an item), or a symbol font's bullet, which maps to a private-use
 * character ("").
 */
export const LABEL =
  /^(?:[IVXLC]{1,6}[.)]|[A-Z]\.|\d{1,3}(?:\.\d{1,3})*[.)]|\d{1,3}(?:\.\d{1,3})+|\(\d{1,3}\)|[a-zđ][.)]|[-+•–—*▪■□●◦◆❖✓✔➢►→⇒\p{Co}])(?=\s|$)/u;
/**
 * A number typed against its text ("II.Phạm vi", "12.Sở"): a list label wider than its tab
 * stop is drawn with no room after it. A lone L or C stays a capital ("C.Mác").
 */
const GLUED_LABEL = /^((?:(?=[IVXLC]*[IVX])[IVXLC]{1,6}|\d{1,3}(?:\.\d{1,3})*)\.)(?=\p{Lu}\p{Ll})/u;
/**
 * A list number LibreOffice recounted while showing tracked changes, the number the Word file
 * gives in brackets after it ("2.2.2.[2.2.3.]", or "[2.2.2.]" alone): read as the Word file
 * reads it, the number in brackets. A footnote's "[1]" has no list punctuation and stays.
 */
const RECOUNTED_LABEL =
  /^(?:(?:[IVXLC]{1,6}|\d{1,3}(?:\.\d{1,3})*|[a-zđ])[.)]?)?\[((?:[IVXLC]{1,6}|\d{1,3}(?:\.\d{1,3})*|[a-zđ])[.)])\]\s*/u;
/** What follows a word with no space before it: combining marks, closing punctuation. */
const ATTACHED = /^[\p{M}.,;:!?)\]…%]/u;
/** What a footnote reference mark can be. */
const MARK = /^([\d*†‡,\s]{1,4}|[ivx]{1,5})$/u;

export const lineText = (line: Line): string => line.pieces.map((p) => p.text).join(" ");

interface Draft {
  runs: TextRun[];
  y: number;
  size: number;
  marks?: { text: string; x: number }[];
}

function sameLine(draft: Draft, run: TextRun): boolean {
  return Math.abs(draft.y - run.y) <= 0.3 * draft.size && run.size >= 0.7 * draft.size;
}

/** A small run raised above a line's baseline, within its height: a reference mark. */
function isSuperscript(draft: Draft, run: TextRun): boolean {
  const raised = draft.y - run.y;
  const xs = draft.runs.map((r) => r.x);
  const rights = draft.runs.map((r) => r.x + r.width);
  return (
    run.size < 0.85 * draft.size &&
    raised > 0.15 * draft.size &&
    raised < draft.size &&
    run.x >= Math.min(...xs) - draft.size &&
    run.x <= Math.max(...rights) + draft.size &&
    MARK.test(run.text)
  );
}

/** Where runs begin after a column gap: each x once per line. */
function columnStarts(runs: TextRun[]): number[] {
  const starts: number[] = [];
  let right: number | null = null;
  for (const run of runs) {
    const after = right !== null && run.x - right > COLUMN_GAP * run.size;
    if (after && !starts.some((x) => Math.abs(x - run.x) <= STOP_NEAR)) starts.push(run.x);
    right = Math.max(right ?? run.x, run.x + run.width);
  }
  return starts;
}

/**
 * Tab stops: the places where runs begin after a column gap on two lines or more. A list laid out
 * with tabs (number, task, unit, date) puts each column's text at its stop, but a long text drawn
 * up to near the next stop leaves less than a column gap before it: the text at the stop is still
 * its own piece.
 */
function tabStops(drafts: TextRun[][]): number[] {
  const starts = drafts.flatMap(columnStarts);
  return starts.filter(
    (x, i) =>
      starts.findIndex((y) => Math.abs(x - y) <= STOP_NEAR) === i &&
      starts.filter((y) => Math.abs(x - y) <= STOP_NEAR).length >= 2,
  );
}

/**
 * The space between the words of a line drawn word by word at even gaps (a justified line), or null: a gap no wider
 * is a space there, even where a word happens to start under another line's tab stop.
 */
function evenWordGap(runs: TextRun[]): number | null {
  const gaps = runs.slice(1).map((run, i) => run.x - runs[i]!.x - runs[i]!.width);
  if (gaps.length < 3) return null;
  const sorted = [...gaps].sort((a, b) => a - b);
  const middle = sorted[Math.floor(sorted.length / 2)]!;
  return gaps.filter((gap) => Math.abs(gap - middle) <= EVEN_GAPS).length * 4 >= gaps.length * 3 ? middle : null;
}

function joinRuns(runs: TextRun[], stops: number[]): Piece[] {
  const pieces: Piece[] = [];
  let piece: Piece | null = null;
  const wordGap = evenWordGap(runs);
  for (const run of runs) {
    const gap = piece ? run.x - piece.right : 0;
    const atStop =
      gap >= TAB_GAP * run.size &&
      !(wordGap !== null && gap <= wordGap + EVEN_GAPS) &&
      stops.some((x) => Math.abs(x - run.x) <= STOP_NEAR);
    const label = piece !== null && LABEL.test(piece.text.trim()) && piece.text.trim().length <= 6;
    if (piece && ((gap <= COLUMN_GAP * run.size && !atStop) || label)) {
      const spaced =
        gap > SPACE_GAP * run.size && !/\s$/.test(piece.text) && !/^\s/.test(run.text) && !ATTACHED.test(run.text);
      piece.text += (spaced ? " " : "") + run.text;
      piece.right = Math.max(piece.right, run.x + run.width);
      piece.size = Math.max(piece.size, run.size);
      if (piece.font !== run.font) piece.font = "";
    } else {
      piece = { text: run.text, x: run.x, right: run.x + run.width, size: run.size, font: run.font };
      pieces.push(piece);
    }
  }
  // A letter written as its base and combining marks reads as the one letter ("i" + "̉" is "ỉ").
  // A label typed against its text reads as if spaced, "II. Phạm vi".
  for (const p of pieces)
    p.text = p.text
      .replace(/\s+/g, " ")
      .trim()
      .normalize("NFC")
      .replace(RECOUNTED_LABEL, "$1 ")
      .replace(GLUED_LABEL, "$1 ");
  return stretched(pieces.filter((p) => p.text));
}

/** How far apart (in points) the gaps of one justified line may be. */
const EVEN_GAPS = 1;

/**
 * A justified line ended by a line break is stretched to the margin: its few words stand
 * far apart, at even gaps ("nhất     ngày     15/8/2023."). Three single words or more at
 * even gaps are one line, not columns, which never fall so evenly.
 */
function stretched(pieces: Piece[]): Piece[] {
  if (pieces.length < 3 || pieces.some((p) => /\s/.test(p.text))) return pieces;
  const gaps = pieces.slice(1).map((p, i) => p.x - pieces[i]!.right);
  if (Math.max(...gaps) - Math.min(...gaps) > EVEN_GAPS) return pieces;
  const fonts = new Set(pieces.map((p) => p.font));
  return [
    {
      text: pieces.map((p) => p.text).join(" "),
      x: pieces[0]!.x,
      right: pieces.at(-1)!.right,
      size: Math.max(...pieces.map((p) => p.size)),
      font: fonts.size === 1 ? pieces[0]!.font : "",
    },
  ];
}

/** A combining mark drawn at its base letter's place comes after it. */
const markLast = (run: TextRun): number => (/^\p{M}/u.test(run.text) ? 1 : 0);

/** The lines of a set of runs (a page's flow, or one table cell), top to bottom. */
export function buildLines(runs: TextRun[], page: number): Line[] {
  const drafts: Draft[] = [];
  // Larger text first, so that every line exists before the marks raised above it are weighed.
  for (const run of [...runs].sort((a, b) => b.size - a.size || a.y - b.y)) {
    const draft = drafts.find((d) => sameLine(d, run));
    const raisedOver = draft ? undefined : drafts.find((d) => isSuperscript(d, run));
    if (draft) draft.runs.push(run);
    else if (raisedOver) (raisedOver.marks ??= []).push({ text: run.text.trim(), x: run.x });
    else drafts.push({ runs: [run], y: run.y, size: run.size });
  }
  for (const draft of drafts) draft.runs.sort((a, b) => a.x - b.x || markLast(a) - markLast(b));
  // A header's date whose year a narrow cell wrapped onto the next baseline gets it back (`wrapped-year.ts`).
  withWrappedYears(drafts);
  const stops = tabStops(drafts.map((d) => d.runs));
  const lines: Line[] = [];
  for (const draft of drafts) {
    const pieces = joinRuns(draft.runs, stops);
    if (pieces.length === 0) continue;
    const line: Line = { pieces, x: pieces[0]!.x, right: pieces.at(-1)!.right, y: draft.y, size: draft.size, page };
    if (draft.marks) line.marks = draft.marks.sort((a, b) => a.x - b.x);
    lines.push(line);
  }
  return lines.sort((a, b) => a.y - b.y || a.x - b.x);
}
