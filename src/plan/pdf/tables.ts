// Tables from ruling lines: lines that touch form a grid; the distinct positions of its
// vertical and horizontal lines give its columns and rows, and a border missing between
// two slots of the grid merges them into one cell (spanning columns or rows). Text runs
// go to the cell under them.
import { clean } from "../../domain/text.ts";
import { isHorizontal, type Rule, type TextRun } from "./geometry.ts";
import { buildLines, type Line, lineText } from "./lines.ts";

/** Distance (points) within which lines meet or lie on one position. */
const TOUCH = 2;

export interface Cell {
  row: number;
  column: number;
  rows: number;
  columns: number;
  runs: TextRun[];
}

export interface Table {
  xs: number[];
  ys: number[];
  /** The cell covering each slot, row by row. */
  slots: Cell[][];
  rules: Rule[];
}

/** Collinear lines that overlap or touch, as one. */
function mergeCollinear(rules: Rule[], horizontal: boolean): Rule[] {
  const key = (r: Rule) => (horizontal ? r.y1 : r.x1);
  const from = (r: Rule) => (horizontal ? r.x1 : r.y1);
  const to = (r: Rule) => (horizontal ? r.x2 : r.y2);
  const sorted = [...rules].sort((a, b) => key(a) - key(b) || from(a) - from(b));
  const merged: Rule[] = [];
  for (const rule of sorted) {
    const same = merged.findLast((m) => Math.abs(key(m) - key(rule)) <= TOUCH / 2 && from(rule) <= to(m) + TOUCH);
    if (!same) merged.push({ ...rule });
    else if (horizontal) same.x2 = Math.max(same.x2, rule.x2);
    else same.y2 = Math.max(same.y2, rule.y2);
  }
  return merged;
}

const touches = (h: Rule, v: Rule) =>
  v.x1 >= h.x1 - TOUCH && v.x1 <= h.x2 + TOUCH && h.y1 >= v.y1 - TOUCH && h.y1 <= v.y2 + TOUCH;

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
  all.forEach((rule, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), rule]));
  return [...groups.values()];
}

function positions(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) if (out.length === 0 || v - out.at(-1)! > TOUCH) out.push(v);
  return out;
}

function gridOf(rules: Rule[]): Table | null {
  const horizontals = rules.filter(isHorizontal);
  const verticals = rules.filter((r) => !isHorizontal(r));
  const xs = positions(verticals.map((r) => r.x1));
  const ys = positions(horizontals.map((r) => r.y1));
  if (xs.length < 2 || ys.length < 2 || (xs.length - 1) * (ys.length - 1) < 2) return null;
  const wall = (x: number, y: number) =>
    verticals.some((v) => Math.abs(v.x1 - x) <= TOUCH && y >= v.y1 - TOUCH && y <= v.y2 + TOUCH);
  const floor = (x: number, y: number) =>
    horizontals.some((h) => Math.abs(h.y1 - y) <= TOUCH && x >= h.x1 - TOUCH && x <= h.x2 + TOUCH);
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

const indexIn = (edges: number[], v: number) => edges.findLastIndex((e, i) => i < edges.length - 1 && e <= v);

/**
 * A run that crosses a column's border holds two cells' text that the writer put on one line
 * ("30/4/2024" and "ngành", the last line of a cell beside the first of the next): split at the
 * space nearest the border, each word placed by where it stands (letters taken as equally wide).
 */
function splitAtBorder(table: Table, run: TextRun): [TextRun, TextRun] | null {
  const border = table.xs.slice(1, -1).find((x) => run.x < x - TOUCH && run.x + run.width > x + run.size / 2);
  if (border === undefined) return null;
  const perChar = run.width / run.text.length;
  const spaces = [...run.text.matchAll(/ /g)].map((m) => m.index);
  const at = spaces.sort((a, b) => Math.abs(run.x + a * perChar - border) - Math.abs(run.x + b * perChar - border))[0];
  if (at === undefined) return null;
  const right = run.x + (at + 1) * perChar;
  return [
    { ...run, text: run.text.slice(0, at), width: at * perChar },
    { ...run, text: run.text.slice(at + 1), x: right, width: run.x + run.width - right },
  ];
}

/** Puts a run into the cell under it; false when it lies outside the table. */
export function placeRun(table: Table, run: TextRun): boolean {
  const x = run.x + Math.min(run.width / 2, run.size);
  const y = run.y - run.size * 0.3;
  const { xs, ys } = table;
  if (x < xs[0]! || x > xs.at(-1)! || y < ys[0]! || y > ys.at(-1)!) return false;
  const split = splitAtBorder(table, run);
  if (split) return split.every((piece) => placeRun(table, piece));
  table.slots[Math.max(indexIn(ys, y), 0)]![Math.max(indexIn(xs, x), 0)]!.runs.push(run);
  return true;
}

/** Word's and LibreOffice's default inner margin of a cell (0.19 cm), in points. */
const CELL_PADDING = 5.4;

/**
 * A cell's lines joined with spaces, but for a word too long for its cell ("15/12/2025",
 * "nguyên" in a narrow column), which the writer broke where the line was full: a line
 * that is one word, and that the next line's first character would not have fitted, ends
 * inside a word (a word that ends there left room for more).
 */
function cellText(cell: Cell, width: number, page: number): string {
  const lines = buildLines(cell.runs, page);
  const inner = width - 2 * CELL_PADDING;
  const charWidth = (line: Line) => (line.right - line.x) / lineText(line).length;
  return clean(
    lines
      .map((line, i) => {
        const before = lines[i - 1];
        const broken = before && !lineText(before).includes(" ") && before.right - before.x + charWidth(line) > inner;
        return (i === 0 || broken ? "" : " ") + lineText(line);
      })
      .join(""),
  );
}

/**
 * The table's rows as cells of text, one a row of its grid: a cell spanning columns gives
 * its text to the first and leaves the others empty, so that columns keep their places; a
 * cell spanning rows gives its text to every row it covers.
 */
export function tableRows(table: Table, page: number): string[][] {
  const texts = new Map<Cell, string>();
  const text = (cell: Cell) => {
    if (!texts.has(cell))
      texts.set(cell, cellText(cell, table.xs[cell.column + cell.columns]! - table.xs[cell.column]!, page));
    return texts.get(cell)!;
  };
  return table.slots.map((row) => row.map((cell, c) => (cell.column === c ? text(cell) : "")));
}
