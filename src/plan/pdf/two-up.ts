// A plan printed two pages per sheet (a printer's or a PDF printer's "2 pages per sheet"): each landscape sheet
// holds two portrait pages shrunk side by side, the earlier on the left. Read across, every row would join a
// line of one page to a line of the other. The sheet shows it by a wide gutter down its middle that no text and
// no ruling line crosses (each page's right margin and the next one's left margin), with a page's text on each
// side; and either side has lines of its own (its baselines are not the other side's: two pages set apart
// never line up), or both sides have the same margins, the right's half a sheet further on (one page's layout
// twice). Such a sheet is read as its two pages, left then right, each half a sheet wide; the rest of the
// reader then finds each page's furniture (the page number on top of the second) and carries a paragraph on
// from the foot of the left page to the top of the right one. A page's own two sides (the issuer beside the
// national motto, a signature beside "Nơi nhận", a table's columns without borders) share their rows'
// baselines, are crossed by the title, the body's lines or a table's rules, or stand closer than a gutter.
import type { PageContent, TextRun } from "./geometry.ts";

/** Narrowest gutter, in font sizes, between two pages of a sheet: their two margins, shrunk. */
const GUTTER = 4;
/** Fewest rows of text on each side for the side to be a page. */
const MIN_ROWS = 6;
/** How near (points) two baselines are to be one row's. */
const SAME_ROW = 1;
/** The share of the fewer side's rows at the other side's baselines above which the sides share their rows. */
const SHARED = 0.5;
/** How near (points) two margins are to be the same page's layout. */
const SAME_MARGIN = 3;

const end = (run: TextRun) => run.x + run.width;

// A page holds tens of thousands of runs at worst: no spreading them into Math.min's arguments.
const least = (values: number[]) => values.reduce((a, b) => Math.min(a, b), Infinity);
const most = (values: number[]) => values.reduce((a, b) => Math.max(a, b), -Infinity);

/** The share of `fewer`'s baselines (sorted) that `more` (sorted) has a baseline at, in one pass over both. */
function sharedShare(fewer: number[], more: number[]): number {
  let shared = 0;
  let j = 0;
  for (const y of fewer) {
    while (j < more.length && more[j]! < y - SAME_ROW) j++;
    if (j < more.length && Math.abs(more[j]! - y) <= SAME_ROW) shared++;
  }
  return shared / fewer.length;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The distinct baselines of some runs, top to bottom. */
function baselines(runs: TextRun[]): number[] {
  const ys = runs.map((r) => r.y).sort((a, b) => a - b);
  return ys.filter((y, i) => i === 0 || y - ys[i - 1]! > SAME_ROW);
}

/** Whether nothing on the sheet crosses its middle: no run, no ruling line. */
function clearMiddle(sheet: PageContent): boolean {
  const middle = sheet.width / 2;
  return (
    !sheet.runs.some((r) => r.x < middle && end(r) > middle) && !sheet.rules.some((r) => r.x1 < middle && r.x2 > middle)
  );
}

/** The runs left and right of the sheet's middle. */
function halves(sheet: PageContent): [TextRun[], TextRun[]] {
  const middle = sheet.width / 2;
  return [sheet.runs.filter((r) => end(r) <= middle), sheet.runs.filter((r) => r.x >= middle)];
}

/** Whether a landscape sheet holds two pages side by side (see the top of this file). */
export function holdsTwoPages(sheet: PageContent): boolean {
  if (sheet.width <= sheet.height || !clearMiddle(sheet)) return false;
  const [left, right] = halves(sheet);
  const [leftRows, rightRows] = [baselines(left), baselines(right)];
  if (leftRows.length < MIN_ROWS || rightRows.length < MIN_ROWS) return false;
  const gutter = least(right.map((r) => r.x)) - most(left.map(end));
  if (gutter < GUTTER * median(sheet.runs.map((r) => r.size))) return false;
  const [fewer, more] = leftRows.length <= rightRows.length ? [leftRows, rightRows] : [rightRows, leftRows];
  if (sharedShare(fewer, more) < SHARED) return true;
  const half = sheet.width / 2;
  const sameMargin = (a: number, b: number) => Math.abs(b - a - half) <= SAME_MARGIN;
  return (
    sameMargin(least(left.map((r) => r.x)), least(right.map((r) => r.x))) &&
    sameMargin(most(left.map(end)), most(right.map(end)))
  );
}

/** The sheet's two pages, each half a sheet wide; a half without text (the last page of an odd count) is none. */
function pagesOf(sheet: PageContent): PageContent[] {
  const half = sheet.width / 2;
  const [left, right] = halves(sheet);
  const pages = [
    { width: half, height: sheet.height, runs: left, rules: sheet.rules.filter((r) => r.x2 <= half) },
    {
      width: half,
      height: sheet.height,
      runs: right.map((run) => ({ ...run, x: run.x - half })),
      rules: sheet.rules.filter((r) => r.x1 >= half).map((r) => ({ ...r, x1: r.x1 - half, x2: r.x2 - half })),
    },
  ];
  return pages.filter((page) => page.runs.length);
}

/**
 * The pages of a document printed two pages per sheet, each sheet read as its two pages; a sheet of it holding
 * one page (the last, of an odd count) is read as that page. Any other document's pages are returned as they are.
 */
export function splitSheets(sheets: PageContent[]): PageContent[] {
  if (!sheets.some(holdsTwoPages)) return sheets;
  return sheets.flatMap((sheet) =>
    sheet.width > sheet.height && sheet.runs.length && clearMiddle(sheet) ? pagesOf(sheet) : [sheet],
  );
}
