// Text set in two columns (a Word section of two columns, as a district's notice or a
// bulletin is set): the page shows the columns side by side, but the text runs down the
// left one to its foot, then down the right one. Read across, each row would join a line
// of one paragraph to a line of another. The columns show as a narrow gutter no text
// crosses, with many lines of each side ending at that side's right edge (justified text)
// and starting at its left edge; the rows there are read column by column. What stands
// above and below them across the page (the Decree 30 header, the title, the signature
// block beside "Nơi nhận") is read as before.
import type { TextRun } from "./geometry.ts";
import { itemNumber, numbersOn } from "./list-flow.ts";

/** A column of the page: where its text begins and ends. */
export interface Column {
  left: number;
  right: number;
}

/** Runs read together, in reading order: a column's, or the page's across. */
export interface Region {
  runs: TextRun[];
  column?: Column;
}

/** Fewest rows with text on each side of a gutter for the page to be set in columns. */
const MIN_ROWS = 6;
/** Fewest full (justified) rows on each side: prose in columns, not a few labels beside a list. */
const MIN_FULL = 4;
/** Fewest rows starting at the right column's edge when a list numbering on across the gutter shows the columns. */
const MIN_LIST_ROWS = 3;
/** How near (points) texts begin or end to be at one edge. */
const EDGE = 1.5;

interface Row {
  y: number;
  size: number;
  runs: TextRun[];
}

/** The page's runs by baseline, top to bottom, each row's runs left to right. */
function rowsOf(runs: TextRun[]): Row[] {
  const rows: Row[] = [];
  for (const run of [...runs].sort((a, b) => a.y - b.y)) {
    const row = rows.at(-1);
    if (row && run.y - row.y <= 0.3 * row.size) row.runs.push(run);
    else rows.push({ y: run.y, size: run.size, runs: [run] });
  }
  for (const row of rows) row.runs.sort((a, b) => a.x - b.x);
  return rows;
}

/** The value most values lie near (within EDGE of it), with how many do; the furthest of them when `far`. */
function mode(values: number[], far = false): { at: number; count: number } | null {
  const sorted = [...values].sort((a, b) => a - b);
  let best: { at: number; count: number } | null = null;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[j]! < sorted[i]! - 2 * EDGE) j++;
    const count = i - j + 1;
    if (!best || count > best.count) best = { at: far ? sorted[i]! : sorted[j]!, count };
  }
  return best;
}

const end = (run: TextRun) => run.x + run.width;

/** A gutter between two columns: the left column's text ends at `from`, the right's begins at `to`. */
interface Gutter {
  from: number;
  to: number;
  /** Shown by no justified line: columns only where a list numbers on across it (list-flow.ts). */
  ragged?: true;
}

/**
 * Where the right column begins: the place most rows' text starts at, after a gap or at the row's
 * start, in the middle half of the page's text; and where the left column's full lines end just
 * before it, past a gutter narrower than three font sizes.
 */
function gutterOf(rows: Row[]): Gutter | null {
  const runs = rows.flatMap((r) => r.runs);
  const left = Math.min(...runs.map((r) => r.x));
  const width = Math.max(...runs.map(end)) - left;
  const starts = rows.flatMap((row) =>
    row.runs
      .filter((run, i) => i === 0 || run.x - end(row.runs[i - 1]!) >= row.size)
      .map((run) => run.x)
      .filter((x) => x > left + width / 4 && x < left + (3 * width) / 4),
  );
  const to = mode(starts);
  if (!to || to.count < MIN_LIST_ROWS) return null;
  const lefts = rows.flatMap((row) => {
    const before = row.runs.filter((run) => run.x < to.at - EDGE).at(-1);
    const after = row.runs.find((run) => run.x >= to.at - EDGE);
    // Apart: the row's text stops short of the right column by more than a word's space (no line crossing it).
    const apart = !after || (before !== undefined && after.x - end(before) >= row.size);
    return before && end(before) <= to.at - row.size / 4 ? [{ end: end(before), size: row.size, apart }] : [];
  });
  const from = mode(
    lefts.filter((l) => l.end >= to.at - 3 * l.size).map((l) => l.end),
    true,
  );
  // Justified lines end at the column's edge and none past it: ragged lines may happen to end together short of it.
  const justified = from && !lefts.some((l) => l.apart && l.end > from.at + EDGE);
  if (to.count >= MIN_ROWS && from && from.count >= MIN_FULL && justified) return { from: from.at, to: to.at };
  // Ragged text: the left column ends where its longest line does, short of the right one.
  const longest = lefts.sort((a, b) => b.end - a.end)[0];
  return longest && longest.end >= to.at - 3 * longest.size ? { from: longest.end, to: to.at, ragged: true } : null;
}

const crosses = (row: Row, gutter: Gutter) =>
  row.runs.some((run) => run.x < gutter.to - EDGE && end(run) > gutter.from + EDGE);

interface Part {
  x: number;
  right: number;
}

/** A row's text on each side of the gutter, if any. */
function sides(row: Row, gutter: Gutter): [Part | null, Part | null] {
  const part = (runs: TextRun[]) => (runs.length ? { x: runs[0]!.x, right: Math.max(...runs.map(end)) } : null);
  return [
    part(row.runs.filter((r) => end(r) <= gutter.from + EDGE)),
    part(row.runs.filter((r) => r.x >= gutter.to - EDGE)),
  ];
}

/** A band of rows read column by column, [start, end) in the page's rows, and its two columns. */
interface Band {
  start: number;
  end: number;
  columns: [Column, Column];
}

/**
 * Rows [start, end), none crossing the gutter, as a band of columns: trimmed to the rows set in a
 * column (a text starting at its left edge, ending at its right edge, or indented as a text of the
 * other column is); the rows above and below, not so set (a signature beside "Nơi nhận"), are
 * read across. Null when either side has too few rows or full lines for prose in columns.
 */
function bandOf(rows: Row[], start: number, stop: number, gutter: Gutter): Band | null {
  if (gutter.ragged) return listBand(rows, start, stop, gutter);
  const parts = rows.slice(start, stop).map((row) => sides(row, gutter));
  const lefts = parts.flatMap(([l]) => (l ? [l] : []));
  const rights = parts.flatMap(([, r]) => (r ? [r] : []));
  if (lefts.length < MIN_ROWS || rights.length < MIN_ROWS) return null;
  const columns: [Column, Column] = [
    { left: mode(lefts.map((p) => p.x))!.at, right: gutter.from },
    {
      left: gutter.to,
      right: mode(
        rights.map((p) => p.right),
        true,
      )!.at,
    },
  ];
  const offsets = [lefts, rights].map((side, k) => side.map((p) => p.x - columns[k]!.left));
  const shared = (offset: number, k: number) => offsets[1 - k]!.some((o) => Math.abs(o - offset) <= EDGE);
  const set = (part: Part | null, k: number) => {
    const column = columns[k]!;
    if (!part) return false;
    return (
      Math.abs(part.x - column.left) <= EDGE ||
      Math.abs(part.right - column.right) <= EDGE ||
      shared(part.x - column.left, k)
    );
  };
  const inColumn = parts.map((row) => row.some((part, k) => set(part, k)));
  const first = inColumn.indexOf(true);
  const last = inColumn.lastIndexOf(true);
  const kept = parts.slice(first, last + 1);
  const full = (k: number) => kept.filter((row) => Math.abs((row[k]?.right ?? -Infinity) - columns[k]!.right) <= EDGE);
  if (first < 0 || full(0).length < MIN_FULL || full(1).length < MIN_FULL) return null;
  return { start: start + first, end: start + last + 1, columns };
}

/**
 * Rows [start, end) as a band of ragged columns when a numbered list runs down the left one and numbers on at the
 * top of the right one: items opening at each column's edge, the right's first after the left's last.
 */
function listBand(rows: Row[], start: number, stop: number, gutter: Gutter): Band | null {
  const within = rows.slice(start, stop);
  const side = (k: number) =>
    within.flatMap((row) => {
      const runs = row.runs.filter((r) => (k === 0 ? end(r) <= gutter.from + EDGE : r.x >= gutter.to - EDGE));
      const text = runs.map((r) => r.text).join(" ");
      return runs.length ? [{ x: runs[0]!.x, right: Math.max(...runs.map(end)), text }] : [];
    });
  const [lefts, rights] = [side(0), side(1)];
  if (lefts.length < MIN_LIST_ROWS || rights.length < MIN_LIST_ROWS) return null;
  const edge = mode(lefts.map((p) => p.x))!.at;
  // Items open at the column's edge, or at one first-line indent in both columns ("2.6." 28 points in).
  const numbers = (parts: typeof lefts, at: number) =>
    parts.flatMap((p) => {
      const number = itemNumber(p.text);
      return number ? [{ number, indent: p.x - at }] : [];
    });
  const last = numbers(lefts, edge).at(-1);
  const next = numbers(rights, gutter.to)[0];
  if (!last || !next || Math.abs(last.indent - next.indent) > EDGE || !numbersOn(last.number, next.number)) return null;
  const right = Math.max(...rights.map((p) => p.right));
  return {
    start,
    end: stop,
    columns: [
      // The left column ends where its own longest line does: a line across the page above it may end further.
      { left: edge, right: Math.max(...lefts.map((p) => p.right)) },
      { left: gutter.to, right },
    ],
  };
}

/** The bands of columns among the rows: runs of rows crossing no gutter, broken where a table stands. */
function bandsOf(rows: Row[], gutter: Gutter, breaks: number[]): Band[] {
  const bands: Band[] = [];
  let start = 0;
  for (let i = 0; i <= rows.length; i++) {
    const row = rows[i];
    const broken = row && i > start && breaks.some((y) => y > rows[i - 1]!.y && y < row.y);
    if (row && !crosses(row, gutter) && !broken) continue;
    const band = i - start >= 2 * MIN_ROWS ? bandOf(rows, start, i, gutter) : null;
    if (band) bands.push(band);
    start = row && !crosses(row, gutter) ? i : i + 1;
  }
  return bands;
}

/**
 * Columns that run on from the foot of one page to the next (a section of two columns ending a page or two on, as
 * Word balances it before "Nơi nhận"): where they stand and the indents their lines open at, in both columns.
 */
export interface ColumnFlow {
  columns: [Column, Column];
  size: number;
  /** Where lines start, from their column's left edge (0, a first-line indent), in both columns alike. */
  indents: number[];
}

/** Rows at the foot of a page after its last columns that leave them still the page's text (a page number). */
const FOOT_ROWS = 2;

/** The starts, from their column's edge, of lines in both columns of a band (an edge, a first-line indent). */
function indentsOf(rows: Row[], band: Band): number[] {
  const [left, right] = band.columns;
  const starts = (k: number) =>
    rows.slice(band.start, band.end).flatMap((row) => {
      const runs = row.runs.filter((r) => (k === 0 ? r.x < right.left - EDGE : r.x >= right.left - EDGE));
      return runs.length ? [runs[0]!.x - (k === 0 ? left.left : right.left)] : [];
    });
  const [lefts, rights] = [starts(0), starts(1)];
  const shared = lefts.filter((o) => rights.some((p) => Math.abs(o - p) <= EDGE));
  return [...new Set(shared.map((o) => Math.round(o * 10) / 10))];
}

/**
 * The rows at the top of a page that go on in the columns the page before ended in: every text in one of them, set
 * at one of their edges or indents, in their size; none past the first table.
 */
function carriedRows(rows: Row[], flow: ColumnFlow, breaks: number[]): number {
  const [left, right] = flow.columns;
  const top = Math.min(Infinity, ...breaks);
  const at = (x: number, column: Column) => flow.indents.some((o) => Math.abs(x - column.left - o) <= EDGE);
  let k = 0;
  for (; k < rows.length; k++) {
    const row = rows[k]!;
    if (row.y > top || Math.abs(row.size - flow.size) > 0.5) break;
    const lefts = row.runs.filter((r) => r.x < right.left - EDGE);
    const rights = row.runs.filter((r) => r.x >= right.left - EDGE);
    if (lefts.some((r) => end(r) > right.left - row.size / 2)) break;
    if (lefts.length && !at(lefts[0]!.x, left)) break;
    if (rights.length && !at(rights[0]!.x, right)) break;
  }
  return k;
}

/** Fewest rows at a page's foot read as the columns the next page opens with. */
const MIN_LEADING = 3;

/**
 * The rows at the foot of a page that lead into the columns the next page opens with (a section in columns begun near
 * a page's end, too few rows there to show its gutter): from the foot up, every left text within the left column (a
 * heading centred in it too), every right one opening at one of the columns' edges or indents, none past a table; the
 * signature above, set further in, ends them. Three rows at least, one with text on both sides.
 */
function leadingRows(rows: Row[], flow: ColumnFlow, breaks: number[]): number {
  const [left, right] = flow.columns;
  const bottom = Math.max(-Infinity, ...breaks);
  const opens = (x: number) => flow.indents.some((o) => Math.abs(x - right.left - o) <= EDGE);
  let k = 0;
  let both = false;
  for (; k < rows.length; k++) {
    const row = rows[rows.length - 1 - k]!;
    if (row.y < bottom) break;
    const lefts = row.runs.filter((r) => r.x < right.left - EDGE);
    const rights = row.runs.filter((r) => r.x >= right.left - EDGE);
    if (lefts.some((r) => r.x < left.left - EDGE || end(r) > left.right + EDGE)) break;
    if (rights.length && (!opens(rights[0]!.x) || rights.some((r) => end(r) > right.right + EDGE))) break;
    both ||= lefts.length > 0 && rights.length > 0;
  }
  return k >= MIN_LEADING && both ? k : 0;
}

/**
 * A page's flow runs in reading order: across the page, except where they stand in two columns,
 * which are read the left one first. `breaks` are the tops of the page's tables: columns above a
 * table end there.
 */
export function readingRegions(runs: TextRun[], breaks: number[] = []): Region[] {
  return pageRegions(runs, breaks).regions;
}

/**
 * A page's regions in reading order (as `readingRegions`), the rows at its top going on in the columns the page
 * before ended in (`carried`) read as those columns; and the columns the page ends in, for the next page.
 */
export function pageRegions(
  runs: TextRun[],
  breaks: number[] = [],
  carried: ColumnFlow | null = null,
  leading: ColumnFlow | null = null,
): Regions {
  const all = rowsOf(runs);
  const own = leading ? ledRegions(all, breaks, leading) : bandRegions(all, breaks);
  // A page whose own columns start at its top (a running header aside) shows their gutter: they are read so.
  if (!carried || (own.start !== null && own.start <= FOOT_ROWS)) return own;
  const k = carriedRows(all, carried, breaks);
  if (k === 0) return own;
  const within = all.slice(0, k).flatMap((r) => r.runs);
  const edge = carried.columns[1].left - EDGE;
  const head: Region[] = [
    { runs: within.filter((r) => r.x < edge), column: carried.columns[0] },
    { runs: within.filter((r) => r.x >= edge), column: carried.columns[1] },
  ];
  const rest = bandRegions(all.slice(k), breaks);
  // Columns carried over the whole page go on to the next.
  const foot = k === all.length ? carried : rest.foot;
  return { regions: [...head, ...rest.regions].filter((region) => region.runs.length), foot, opening: carried };
}

/**
 * A page's regions in reading order; the columns it ends in, to go on at the top of the next page (`foot`); the
 * columns it opens with, for the page before to lead into (`opening`).
 */
export interface Regions {
  regions: Region[];
  foot: ColumnFlow | null;
  opening: ColumnFlow | null;
}

/** Rows' regions as `bandRegions` gives them, the rows at their foot leading into `leading`'s columns read as those. */
function ledRegions(rows: Row[], breaks: number[], leading: ColumnFlow): Regions & { start: number | null } {
  const own = bandRegions(rows, breaks);
  const k = own.foot ? 0 : leadingRows(rows, leading, breaks);
  if (k === 0) return own;
  const above = bandRegions(rows.slice(0, rows.length - k), breaks);
  const within = rows.slice(rows.length - k).flatMap((r) => r.runs);
  const edge = leading.columns[1].left - EDGE;
  const foot: Region[] = [
    { runs: within.filter((r) => r.x < edge), column: leading.columns[0] },
    { runs: within.filter((r) => r.x >= edge), column: leading.columns[1] },
  ];
  const regions = [...above.regions, ...foot].filter((region) => region.runs.length);
  return { regions, start: above.start ?? rows.length - k, foot: leading, opening: above.opening };
}

/** Rows' regions in reading order, where their first band of columns starts (or null), and the columns ending them. */
function bandRegions(rows: Row[], breaks: number[]): Regions & { start: number | null } {
  const gutter = rows.length >= 2 * MIN_ROWS ? gutterOf(rows) : null;
  const bands = gutter ? bandsOf(rows, gutter, breaks) : [];
  if (!gutter || bands.length === 0)
    return { regions: [{ runs: rows.flatMap((r) => r.runs) }], start: null, foot: null, opening: null };
  const regions: Region[] = [];
  let next = 0;
  for (const band of bands) {
    regions.push({ runs: rows.slice(next, band.start).flatMap((r) => r.runs) });
    const within = rows.slice(band.start, band.end).flatMap((r) => r.runs);
    regions.push({ runs: within.filter((r) => end(r) <= gutter.from + EDGE), column: band.columns[0] });
    regions.push({ runs: within.filter((r) => r.x >= gutter.to - EDGE), column: band.columns[1] });
    next = band.end;
  }
  regions.push({ runs: rows.slice(next).flatMap((r) => r.runs) });
  const flowOf = (band: Band, row: number) => ({
    columns: band.columns,
    size: rows[row]!.size,
    indents: [0, ...indentsOf(rows, band)],
  });
  const [first, last] = [bands[0]!, bands.at(-1)!];
  const foot = rows.length - last.end <= FOOT_ROWS ? flowOf(last, last.end - 1) : null;
  const opening = first.start <= FOOT_ROWS ? flowOf(first, first.start) : null;
  return { regions: regions.filter((region) => region.runs.length), start: first.start, foot, opening };
}
