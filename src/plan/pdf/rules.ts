// Ruling lines from a page's drawing operators: table borders are stroked lines or thin
// filled rectangles, drawn under whatever transformation the content set up. The wider
// filled rectangles in a colour are kept too: a cell's shading, a Gantt chart's bar.
import type { OPS as PdfOps } from "pdfjs-dist/legacy/build/pdf.min.mjs";
import { paints as coloured } from "../fill-marks.ts";
import { apply, type Fill, IDENTITY, type Matrix, multiply, type Rule } from "./geometry.ts";

type Ops = typeof PdfOps;

// pdf.js's path encoding inside a constructPath operator (its DrawOPS, not exported).
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUADRATIC = 3;
const CLOSE = 4;

/** The painting operators that stroke a path, and those that fill it. */
function paints(OPS: Ops): { stroked: Set<number>; filled: Set<number> } {
  const both = [OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke];
  return { stroked: new Set([OPS.stroke, OPS.closeStroke, ...both]), filled: new Set([OPS.fill, OPS.eoFill, ...both]) };
}

/** A rectangle thinner than this (points) is a line drawn as a filled bar. */
const BAR = 3;
/** Shorter segments are dots, arrow heads or glyph parts, not borders. */
const SHORTEST = 2;
/** How far from straight a segment may be and still count as horizontal or vertical. */
const SLANT = 0.5;

type Point = [number, number];

/** The subpaths of a constructPath operator's data, as lists of points (closed ones end where they began). */
function subpaths(data: ArrayLike<number>, m: Matrix): Point[][] {
  const paths: Point[][] = [];
  let current: Point[] = [];
  for (let i = 0; i < data.length;) {
    const op = data[i++];
    if (op === MOVE) {
      if (current.length > 1) paths.push(current);
      current = [apply(m, data[i]!, data[i + 1]!)];
      i += 2;
    } else if (op === LINE) {
      current.push(apply(m, data[i]!, data[i + 1]!));
      i += 2;
    } else if (op === CURVE || op === QUADRATIC) {
      // A curve is no border; it ends the straight run it interrupts.
      const n = op === CURVE ? 6 : 4;
      if (current.length > 1) paths.push(current);
      current = [apply(m, data[i + n - 2]!, data[i + n - 1]!)];
      i += n;
    } else if (op === CLOSE) {
      if (current.length > 1) paths.push([...current, current[0]!]);
      current = current.slice(0, 1);
    } else {
      break;
    }
  }
  if (current.length > 1) paths.push(current);
  return paths;
}

function segmentRule([x1, y1]: Point, [x2, y2]: Point): Rule | null {
  if (Math.abs(y1 - y2) <= SLANT && Math.abs(x1 - x2) >= SHORTEST) {
    const y = (y1 + y2) / 2;
    return { x1: Math.min(x1, x2), y1: y, x2: Math.max(x1, x2), y2: y };
  }
  if (Math.abs(x1 - x2) <= SLANT && Math.abs(y1 - y2) >= SHORTEST) {
    const x = (x1 + x2) / 2;
    return { x1: x, y1: Math.min(y1, y2), x2: x, y2: Math.max(y1, y2) };
  }
  return null;
}

/** A subpath that is an axis-aligned rectangle: its edges (a rule's shape, x1 ≤ x2, y1 ≤ y2). */
function rectangleOf(points: Point[]): Rule | null {
  if (points.length < 4 || points.length > 5) return null;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [left, right, top, bottom] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const straight = points.every(
    ([x, y]) =>
      [left, right].some((v) => Math.abs(x - v) <= SLANT) && [top, bottom].some((v) => Math.abs(y - v) <= SLANT),
  );
  return straight ? { x1: left, y1: top, x2: right, y2: bottom } : null;
}

/** A filled subpath that is a thin axis-aligned rectangle: the line along its middle. */
function barRule(points: Point[]): Rule | null {
  const rectangle = rectangleOf(points);
  if (!rectangle) return null;
  const { x1: left, y1: top, x2: right, y2: bottom } = rectangle;
  if (bottom - top <= BAR && right - left >= SHORTEST)
    return { x1: left, y1: (top + bottom) / 2, x2: right, y2: (top + bottom) / 2 };
  if (right - left <= BAR && bottom - top >= SHORTEST)
    return { x1: (left + right) / 2, y1: top, x2: (left + right) / 2, y2: bottom };
  return null;
}

function paintedRules(paint: number, paths: Point[][], { stroked, filled }: ReturnType<typeof paints>): Rule[] {
  const rules: Rule[] = [];
  for (const points of paths) {
    if (filled.has(paint)) {
      const bar = barRule(points);
      if (bar) rules.push(bar);
    }
    if (stroked.has(paint)) {
      for (let i = 1; i < points.length; i++) {
        const rule = segmentRule(points[i - 1]!, points[i]!);
        if (rule) rules.push(rule);
      }
    }
  }
  return rules;
}

/**
 * More coloured rectangles on a page than a chart has bars: past this count none is kept, so a hostile page cannot
 * have each table cell checked against every one.
 */
export const MAX_FILLS = 2_000;

/** The wider rectangles a fill paints in a colour (not white): cells shaded, a chart's bars. */
function paintedFills(paint: number, paths: Point[][], colour: string | null, { filled }: ReturnType<typeof paints>) {
  if (!filled.has(paint) || !coloured(colour)) return [];
  return paths.flatMap((points) => {
    const r = rectangleOf(points);
    return r && r.x2 - r.x1 > BAR && r.y2 - r.y1 > BAR ? [{ ...r, colour }] : [];
  });
}

/** The ruling lines and the coloured rectangles an operator list draws, in the coordinates `view` maps the page to. */
export function drawingOf(
  fnArray: number[],
  argsArray: unknown[],
  view: Matrix,
  OPS: Ops,
): { rules: Rule[]; fills: Fill[] } {
  const painting = paints(OPS);
  const rules: Rule[] = [];
  const fills: Fill[] = [];
  const stack: [Matrix, string | null][] = [];
  let ctm: Matrix = IDENTITY;
  // pdf.js gives every fill colour (grey, CMYK, a colour space's) as an RGB hex string.
  let colour: string | null = null;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push([ctm, colour]);
    else if (fn === OPS.restore) [ctm, colour] = stack.pop() ?? [IDENTITY, null];
    else if (fn === OPS.transform) ctm = multiply(ctm, args as number[]);
    else if (fn === OPS.setFillRGBColor) colour = typeof args?.[0] === "string" ? args[0] : null;
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push([ctm, colour]);
      const matrix = args?.[0] as ArrayLike<number> | null;
      if (matrix?.length === 6) ctm = multiply(ctm, Array.from(matrix));
    } else if (fn === OPS.paintFormXObjectEnd) [ctm, colour] = stack.pop() ?? [IDENTITY, null];
    else if (fn === OPS.constructPath && args) {
      const [paint, [data] = []] = args as [number, (ArrayLike<number> | null)[]];
      if (!data || !(painting.stroked.has(paint) || painting.filled.has(paint))) continue;
      const paths = subpaths(data, multiply(view, ctm));
      rules.push(...paintedRules(paint, paths, painting));
      if (fills.length <= MAX_FILLS) fills.push(...paintedFills(paint, paths, colour, painting));
    }
  }
  return { rules, fills: fills.length > MAX_FILLS ? [] : fills };
}
