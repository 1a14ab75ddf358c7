// Ruling lines from a page's drawing operators: table borders are stroked lines or thin
// filled rectangles, drawn under whatever transformation the content set up.
import type { OPS as PdfOps } from "pdfjs-dist/legacy/build/pdf.min.mjs";
import { apply, IDENTITY, type Matrix, multiply, type Rule } from "./geometry.ts";

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

/** A filled subpath that is a thin axis-aligned rectangle: the line along its middle. */
function barRule(points: Point[]): Rule | null {
  if (points.length < 4 || points.length > 5) return null;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [left, right, top, bottom] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const straight = points.every(
    ([x, y]) =>
      [left, right].some((v) => Math.abs(x - v) <= SLANT) && [top, bottom].some((v) => Math.abs(y - v) <= SLANT),
  );
  if (!straight) return null;
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

/** The ruling lines an operator list draws, in the coordinates `view` maps the page to. */
export function rulesOf(fnArray: number[], argsArray: unknown[], view: Matrix, OPS: Ops): Rule[] {
  const painting = paints(OPS);
  const rules: Rule[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? IDENTITY;
    else if (fn === OPS.transform) ctm = multiply(ctm, args as number[]);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      const matrix = args?.[0] as ArrayLike<number> | null;
      if (matrix?.length === 6) ctm = multiply(ctm, Array.from(matrix));
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? IDENTITY;
    else if (fn === OPS.constructPath && args) {
      const [paint, [data] = []] = args as [number, (ArrayLike<number> | null)[]];
      if (data && (painting.stroked.has(paint) || painting.filled.has(paint)))
        rules.push(...paintedRules(paint, subpaths(data, multiply(view, ctm)), painting));
    }
  }
  return rules;
}
