// Tables from ruling lines: lines that touch form a grid; the distinct positions of its
// vertical and horizontal lines give its columns and rows, and a border missing between
// two slots of the grid merges them into one cell (spanning columns or rows). Text runs
// go to the cell under them, and so do runs turned a quarter round (src/plan/pdf/turned.ts),
// read after the cell's level text.
import { clean, fold } from "../../domain/text.ts";
import { isHorizontal, type Rule, type TextRun, type TurnedRun } from "./geometry.ts";
import { boldPassages } from "./bold.ts";
import { buildLines, type Line, lineText } from "./lines.ts";
import { endsAtSoftHyphen, oneWordAcross, withoutSoftBreak } from "./soft-hyphen.ts";
import { byPosition, firstWhere } from "./sorted.ts";

/** Distance (points) within which lines meet or lie on one position. */
const TOUCH = 2;

export interface Cell {
  row: number;
  column: number;
  rows: number;
  columns: number;
  runs: TextRun[];
  /** Its quarter-turned runs, upright. */
  turned?: TextRun[];
}

export interface Table {
  /** Drawn here from where its text stands, its outer edges where its text ends (`src/plan/pdf/borderless.ts`). */
  unruled?: boolean;
  /** Drawn so for a pivot in tabular form, each row counted in its last column (`src/plan/pdf/borderless.ts`). */
  pivot?: boolean;
  xs: number[];
  ys: number[];
  /** The cell covering each slot, row by row. */
  slots: Cell[][];
  rules: Rule[];
}

/**
 * Collinear lines that overlap or touch, as one. Lines a hair apart sort by that hair before their starts: the walls of
 * two tables one above the other on a page, at x = 67.9 and 67.8999, touch only where their stretches do.
 */
function mergeCollinear(rules: Rule[], horizontal: boolean): Rule[] {
  const key = (r: Rule) => (horizontal ? r.y1 : r.x1);
  const from = (r: Rule) => (horizontal ? r.x1 : r.y1);
  const to = (r: Rule) => (horizontal ? r.x2 : r.y2);
  const sorted = [...rules].sort((a, b) => key(a) - key(b) || from(a) - from(b));
  const merged: Rule[] = [];
  // The merged lines stand in the order of their keys: those further back than TOUCH / 2 cannot be the same line,
  // and looking no further keeps a page of a thousand rules from being read a thousand times.
  const sameAs = (rule: Rule) => {
    for (let i = merged.length - 1; i >= 0 && key(rule) - key(merged[i]!) <= TOUCH / 2; i--) {
      const m = merged[i]!;
      if (Math.abs(key(m) - key(rule)) <= TOUCH / 2 && from(rule) <= to(m) + TOUCH && from(m) <= to(rule) + TOUCH)
        return m;
    }
    return undefined;
  };
  for (const rule of sorted) {
    const same = sameAs(rule);
    if (!same) merged.push({ ...rule });
    else if (horizontal) [same.x1, same.x2] = [Math.min(same.x1, rule.x1), Math.max(same.x2, rule.x2)];
    else [same.y1, same.y2] = [Math.min(same.y1, rule.y1), Math.max(same.y2, rule.y2)];
  }
  return merged;
}

const touches = (h: Rule, v: Rule) =>
  v.x1 >= h.x1 - TOUCH && v.x1 <= h.x2 + TOUCH && h.y1 >= v.y1 - TOUCH && h.y1 <= v.y2 + TOUCH;

/**
 * A horizontal rule just under a line's baseline, within the words standing on it, underlines them (a hyperlink in a
 * cell): it is no border, and taken for one it would cut the row it stands in into two.
 */
export function withoutUnderlines(rules: Rule[], runs: TextRun[]): Rule[] {
  // Only the runs standing about the rule's height are asked (`sorted.ts`): a page of boxes drawn over one another
  // has thousands of rules and runs.
  const runsAt = byPosition(runs, (run) => run.y);
  const reach = runs.reduce((most, run) => (run.size * 0.4 > most ? run.size * 0.4 : most), 0);
  const underlines = (rule: Rule) => {
    const on = runsAt(rule.y1 - reach - TOUCH, rule.y1 + TOUCH).filter(
      (run) =>
        rule.y1 >= run.y - 1 &&
        rule.y1 <= run.y + run.size * 0.4 &&
        run.x <= rule.x2 + 1 &&
        run.x + run.width >= rule.x1 - 1,
    );
    // It starts where a word starts and ends where a word ends: a cell's border runs on to the cell's walls, past the
    // padding, though the words of the cells beside it stand on the same line.
    return (
      on.some((run) => Math.abs(run.x - rule.x1) <= 1.5) &&
      on.some((run) => Math.abs(run.x + run.width - rule.x2) <= 1.5) &&
      rule.x1 >= Math.min(...on.map((run) => run.x)) - 1 &&
      rule.x2 <= Math.max(...on.map((run) => run.x + run.width)) + 1
    );
  };
  return rules.filter((rule) => !isHorizontal(rule) || !underlines(rule));
}

/** Groups of lines connected by crossings. */
function connected(horizontals: Rule[], verticals: Rule[]): Rule[][] {
  const all = [...horizontals, ...verticals];
  const parent = all.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  horizontals.forEach((h, i) =>
    verticals.forEach((v, j) => {
      if (touches(h, v)) parent[root(i)] = root(horizontals.length + j);
    }),
  );
  const groups = new Map<number, Rule[]>();
  for (const [i, rule] of all.entries()) {
    const group = groups.get(root(i));
    if (group) group.push(rule);
    else groups.set(root(i), [rule]);
  }
  return [...groups.values()];
}

function positions(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) if (out.length === 0 || v - out.at(-1)! > TOUCH) out.push(v);
  return out;
}

// The least height of a row: a line of small text.
const MIN_ROW = 8;

/**
 * A row cut by a page break may be drawn without its border on the cut side (Chromium prints it so): the table's
 * walls run on past its first or last horizontal rule. Where two walls or more end alike that far off, a row does.
 */
function openEdges(ys: number[], verticals: Rule[]): number[] {
  if (ys.length === 0 || verticals.length === 0) return ys;
  const top = Math.min(...verticals.map((v) => v.y1));
  const bottom = Math.max(...verticals.map((v) => v.y2));
  const walls = (end: (v: Rule) => number, y: number) => verticals.filter((v) => Math.abs(end(v) - y) <= TOUCH).length;
  const above = ys[0]! - top >= MIN_ROW && walls((v) => v.y1, top) >= 2 ? [top] : [];
  const below = bottom - ys.at(-1)! >= MIN_ROW && walls((v) => v.y2, bottom) >= 2 ? [bottom] : [];
  return [...above, ...ys, ...below];
}

function gridOf(rules: Rule[]): Table | null {
  const horizontals = rules.filter(isHorizontal);
  const verticals = rules.filter((r) => !isHorizontal(r));
  const xs = positions(verticals.map((r) => r.x1));
  const ys = openEdges(positions(horizontals.map((r) => r.y1)), verticals);
  if (xs.length < 2 || ys.length < 2 || (xs.length - 1) * (ys.length - 1) < 2) return null;
  // Asked of each slot: only the lines at about its border's position are looked at (`sorted.ts`).
  const [verticalsAt, horizontalsAt] = [byPosition(verticals, (v) => v.x1), byPosition(horizontals, (h) => h.y1)];
  const wall = (x: number, y: number) =>
    verticalsAt(x - 2 * TOUCH, x + 2 * TOUCH).some(
      (v) => Math.abs(v.x1 - x) <= TOUCH && y >= v.y1 - TOUCH && y <= v.y2 + TOUCH,
    );
  const floor = (x: number, y: number) =>
    horizontalsAt(y - 2 * TOUCH, y + 2 * TOUCH).some(
      (h) => Math.abs(h.y1 - y) <= TOUCH && x >= h.x1 - TOUCH && x <= h.x2 + TOUCH,
    );
  const rows = ys.length - 1;
  const columns = xs.length - 1;
  const parent = Array.from({ length: rows * columns }, (_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  for (let r = 0; r < rows; r++) {
    const midY = (ys[r]! + ys[r + 1]!) / 2;
    for (let c = 0; c < columns; c++) {
      const midX = (xs[c]! + xs[c + 1]!) / 2;
      if (c + 1 < columns && !wall(xs[c + 1]!, midY)) parent[root(r * columns + c + 1)] = root(r * columns + c);
      if (r + 1 < rows && !floor(midX, ys[r + 1]!)) parent[root((r + 1) * columns + c)] = root(r * columns + c);
    }
  }
  const cells = new Map<number, Cell>();
  const slots: Cell[][] = [];
  for (let r = 0; r < rows; r++) {
    slots.push([]);
    for (let c = 0; c < columns; c++) {
      const id = root(r * columns + c);
      const cell = cells.get(id) ?? { row: r, column: c, rows: 0, columns: 0, runs: [] };
      cells.set(id, cell);
      cell.rows = Math.max(cell.rows, r - cell.row + 1);
      cell.columns = Math.max(cell.columns, c - cell.column + 1);
      slots[r]!.push(cell);
    }
  }
  return { xs, ys, slots, rules };
}

/** The tables ruling lines draw on a page. */
export function findTables(rules: Rule[]): Table[] {
  const horizontals = mergeCollinear(rules.filter(isHorizontal), true);
  const verticals = mergeCollinear(
    rules.filter((r) => !isHorizontal(r)),
    false,
  );
  return connected(horizontals, verticals)
    .map(gridOf)
    .filter((t): t is Table => t !== null);
}

/**
 * The runs of a grid that only draws boxes round text, else null: a text box, a boxed note, a flowchart's steps one
 * under another with the arrows between them (an arrow touching two boxes makes one grid of them, its line a
 * position of its own but no wall of any box). Each text cell is as wide as the grid, and an empty row (the gap the
 * arrow crosses) stands between any two of them; a table's rows touch. Its lines are paragraphs, as the Word reader
 * reads a text box's.
 */
export function boxedRuns(table: Table): TextRun[] | null {
  const cells = [...new Set(table.slots.flat())].filter((c) => c.runs.length || c.turned?.length);
  if (cells.length === 0 || cells.some((c) => c.turned?.length || c.columns < table.xs.length - 1)) return null;
  cells.sort((a, b) => a.row - b.row);
  if (cells.some((c, i) => i > 0 && c.row <= cells[i - 1]!.row + cells[i - 1]!.rows)) return null;
  return cells.flatMap((c) => c.runs);
}

/** The slot `v` falls in between ascending `edges` (-1 before the first): the last edge but the end one up to `v`. */
const indexIn = (edges: number[], v: number) =>
  Math.min(
    firstWhere(edges, (e) => !(e <= v)),
    edges.length - 1,
  ) - 1;

/** The column borders a run crosses: inner positions of the grid where a vertical line stands at the run's height. */
function wallsCrossed(table: Table, run: TextRun): number[] {
  const y = run.y - run.size * 0.3;
  return table.xs.filter(
    (x, i) =>
      i > 0 &&
      i < table.xs.length - 1 &&
      x > run.x + TOUCH &&
      x < run.x + run.width - TOUCH &&
      table.rules.some((r) => !isHorizontal(r) && Math.abs(r.x1 - x) <= TOUCH && y >= r.y1 && y <= r.y2),
  );
}

/**
 * A run cut where it crosses a cell's border: no text crosses a drawn border, so the run
 * is cut where the text layer joined texts placed apart (src/plan/pdf/joins.ts), else at
 * the space nearest each border (positions by character count, the run's ends exact). A
 * run with no such place (one word wider than its cell) is kept whole.
 */
function cutAtWalls(table: Table, run: TextRun): TextRun[] {
  const walls = wallsCrossed(table, run);
  if (walls.length === 0) return [run];
  const perChar = run.width / run.text.length;
  const places = run.joins ?? [...run.text.matchAll(/ /g)].map((m) => m.index);
  const cuts: number[] = [];
  if (places.length === walls.length) cuts.push(...places);
  else
    for (const wall of walls) {
      const open = places.filter((i) => i > (cuts.at(-1) ?? 0));
      const at = (i: number) => Math.abs(run.x + i * perChar - wall);
      const nearest = open.sort((a, b) => at(a) - at(b))[0];
      if (nearest !== undefined) cuts.push(nearest);
    }
  if (cuts.length === 0) return [run];
  const starts = [0, ...cuts.map((c) => c + 1)];
  return starts.map((start, i) => {
    const text = run.text.slice(start, cuts[i] ?? run.text.length);
    const width = text.length * perChar;
    const x = i === 0 ? run.x : i === starts.length - 1 ? run.x + run.width - width : run.x + start * perChar;
    return { ...run, text, x, width, joins: [] };
  });
}

/** Puts a run into the cells under it (cut at the borders it crosses); false when it lies outside the table. */
export function placeRun(table: Table, run: TextRun): boolean {
  const pieces = cutAtWalls(table, run);
  if (pieces.length === 1) return placePiece(table, run);
  pieces.forEach((piece) => placePiece(table, piece));
  return true;
}

function placePiece(table: Table, run: TextRun): boolean {
  const x = run.x + Math.min(run.width / 2, run.size);
  const y = run.y - run.size * 0.3;
  const { xs, ys } = table;
  if (x < xs[0]! || x > xs.at(-1)! || y < ys[0]! || y > ys.at(-1)!) return false;
  table.slots[Math.max(indexIn(ys, y), 0)]![Math.max(indexIn(xs, x), 0)]!.runs.push(run);
  return true;
}

/** Puts a quarter-turned run into the cell it stands in; false when it lies outside the table. */
export function placeTurned(table: Table, turned: TurnedRun): boolean {
  const { xs, ys } = table;
  const { x, y } = turned;
  if (x < xs[0]! || x > xs.at(-1)! || y < ys[0]! || y > ys.at(-1)!) return false;
  const cell = table.slots[Math.max(indexIn(ys, y), 0)]![Math.max(indexIn(xs, x), 0)]!;
  (cell.turned ??= []).push(turned.run);
  return true;
}

/** Word's and LibreOffice's default inner margin of a cell (0.19 cm), in points. */
const CELL_PADDING = 5.4;

const cellWidth = (table: Table, cell: Cell) => table.xs[cell.column + cell.columns]! - table.xs[cell.column]!;
const cellHeight = (table: Table, cell: Cell) => table.ys[cell.row + cell.rows]! - table.ys[cell.row]!;
const charWidth = (line: Line) => (line.right - line.x) / lineText(line).length;

/**
 * A word too long for its cell ("15/12/2025", "nguyên" in a narrow column), broken by the
 * writer where the line was full: a line that is one word, and that the next line's first
 * character would not have fitted, ends inside a word (a word that ends there left room).
 */
const cutAfter = (line: Line, next: Line, inner: number) =>
  !lineText(line).includes(" ") &&
  line.right - line.x + charWidth(next) > inner &&
  oneWord(lineText(line), lineText(next).split(" ")[0]!);

/**
 * Whether two pieces could be one word cut in two, where the line's width alone cannot tell (a
 * line nearly full): a word is never cut between a letter and a figure ("Tháng" | "9/2024") nor between a small
 * letter and a capital, and
 * a Vietnamese word is one syllable, one run of vowels ("Quyế" | "t"; not "công" | "bố").
 */
function oneWord(end: string, start: string): boolean {
  if ((/\p{L}$/u.test(end) && /^\d/.test(start)) || (/\d$/.test(end) && /^\p{L}/u.test(start))) return false;
  // Nor before a capital after a small letter ("Sở" | "Nội vụ"): only a word in capitals breaks into capitals.
  if (/\p{Ll}$/u.test(end) && /^\p{Lu}/u.test(start)) return false;
  if (!/\p{L}$/u.test(end) || !/^\p{Ll}/u.test(start)) return true;
  return (fold(end + start).match(/[aeiouy]+/g) ?? []).length <= 1;
}

/** Lines `length` long at most joined with spaces, but for a word broken at a line's end. */
function joinLines(lines: Line[], length: number): string {
  const inner = length - 2 * CELL_PADDING;
  const texts = lines.map(lineText);
  const parts = texts.map((text, i) => {
    const before = texts[i - 1];
    const kept = i < texts.length - 1 ? withoutSoftBreak(text) : text;
    if (before === undefined) return kept;
    const soft = endsAtSoftHyphen(before);
    const glued = soft ? oneWordAcross(withoutSoftBreak(before), text) : cutAfter(lines[i - 1]!, lines[i]!, inner);
    return (glued ? "" : " ") + kept;
  });
  return parts.join("");
}

/** A cell's text: its level lines as long as it is wide, then its turned ones, as long as it is high. */
function cellText(cell: Cell, table: Table, page: number): string {
  const level = joinLines(buildLines(cell.runs, page), cellWidth(table, cell));
  const turned = cell.turned ? joinLines(buildLines(cell.turned, page), cellHeight(table, cell)) : "";
  return clean(`${level} ${turned}`);
}

/**
 * Whether a cell at the foot of a page ends inside a word that `next`, the same column's
 * cell at the top of the next page (of `table`, the same columns), goes on with.
 */
export function cutAtBreak(cell: Cell, table: Table, next: Cell, page: number): boolean {
  const last = buildLines(cell.runs, page - 1).at(-1);
  const first = buildLines(next.runs, page)[0];
  return Boolean(last && first) && cutAfter(last!, first!, cellWidth(table, next) - 2 * CELL_PADDING);
}

/**
 * The table's rows as cells of text, one a row of its grid: a cell spanning columns gives
 * its text to the first and leaves the others empty, so that columns keep their places; a
 * cell spanning rows gives its text to every row it covers.
 */
export function tableRows(table: Table, page: number): string[][] {
  const texts = new Map<Cell, string>();
  const text = (cell: Cell) => {
    if (!texts.has(cell)) texts.set(cell, cellText(cell, table, page));
    return texts.get(cell)!;
  };
  return table.slots.map((row) => row.map((cell, c) => (cell.column === c ? text(cell) : "")));
}

/** What `read` gives of each slot's cell, as tableRows gives the cells' texts (nothing in a slot a cell spans into). */
function perSlot<T>(table: Table, read: (cell: Cell) => T[]): T[][][] {
  const found = new Map<Cell, T[]>();
  const of = (cell: Cell) => {
    if (!found.has(cell)) found.set(cell, read(cell));
    return found.get(cell)!;
  };
  return table.slots.map((row) => row.map((cell, c) => (cell.column === c ? of(cell) : [])));
}

/** The footnote marks in each slot's cell. */
export const tableMarks = (table: Table, page: number): string[][][] =>
  perSlot(table, (cell) => buildLines(cell.runs, page).flatMap((l) => (l.marks ?? []).map((m) => m.text)));

/**
 * The bold passages of each slot's cell (`bold.ts`); a cell spanning rows gives them to its first, as the Word reader
 * gives a vertically merged cell's.
 */
export const tableEmphasis = (table: Table, page: number): string[][][] =>
  perSlot(table, (cell) => boldPassages(cell.runs, page)).map((row, r) =>
    row.map((passages, c) => (table.slots[r]![c]!.row === r ? passages : [])),
  );
