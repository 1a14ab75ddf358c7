// Text typed decomposed (Unikey's "Unicode tổ hợp": "ộ" as "o" and two combining marks) reaches the PDF as one
// glyph whose text is the base letter and its marks. pdf.js takes any glyph whose text holds a combining mark for
// a mark drawn over the letter before it, of no width: it moves on by nothing, so every word after such a letter
// stands left of where it is drawn, a run ends short, and a fallback font's letters ("ộ", "ủ" set between the main
// font's words) collapse into one run of no width at the first one's place. On such a page the runs are rebuilt
// from the drawing operators themselves, as pdf.js builds them (a new run past a wide gap, a space for a narrower
// one) but with each glyph's own advance; every other page keeps pdf.js's runs.
import type { OPS as PdfOps } from "pdfjs-dist/legacy/build/pdf.min.mjs";
import { IDENTITY, type Matrix, multiply } from "./geometry.ts";

type Ops = typeof PdfOps;

/** A run as pdf.js gives it: its text, where it starts (text space to the page), its advance on the page. */
interface DrawnItem {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
}

interface ShownGlyph {
  unicode?: unknown;
  width?: unknown;
  isSpace?: unknown;
}

// pdf.js's thresholds, in font sizes: a gap wider than this starts a new run, one wider than a tenth is a space.
const NEW_RUN = 0.6;
const SPACE = 0.102;
const MARK = /\p{Mn}/u;

/** Whether pdf.js counts a glyph the font advances by as taking no room: its text holds a combining mark. */
const miscounted = (glyph: ShownGlyph): boolean =>
  typeof glyph.unicode === "string" && MARK.test(glyph.unicode) && typeof glyph.width === "number" && glyph.width > 0;

/** Whether a page shows a glyph pdf.js misplaces what follows (see above). */
export function misplacesText(fnArray: ArrayLike<number>, argsArray: unknown[][], OPS: Ops): boolean {
  for (let i = 0; i < fnArray.length; i++) {
    if (fnArray[i] !== OPS.showText) continue;
    const shown = argsArray[i]?.[0];
    if (Array.isArray(shown) && shown.some((g) => typeof g === "object" && g !== null && miscounted(g as ShownGlyph)))
      return true;
  }
  return false;
}

interface TextState {
  ctm: Matrix;
  font: string;
  size: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  rise: number;
}

const num = (value: unknown, fallback = 0): number =>
  typeof value === "number" && Number.isFinite(value) ? value : fallback;
const matrixOf = (args: unknown[] | undefined): Matrix => {
  const m = (args?.[0] ?? args) as ArrayLike<unknown> | undefined;
  return [0, 1, 2, 3, 4, 5].map((k, i) => num(m?.[k], IDENTITY[i]!)) as Matrix;
};

/** The runs of one page's text operators, placed by each glyph's own advance. */
export function drawnItems(fnArray: ArrayLike<number>, argsArray: unknown[][], OPS: Ops): DrawnItem[] {
  const items: DrawnItem[] = [];
  const saved: TextState[] = [];
  let state: TextState = {
    ctm: IDENTITY,
    font: "",
    size: 0,
    charSpacing: 0,
    wordSpacing: 0,
    hScale: 1,
    leading: 0,
    rise: 0,
  };
  let line: Matrix = IDENTITY;
  let tm: Matrix = IDENTITY;
  const moveLine = (x: number, y: number) => {
    line = multiply(line, [1, 0, 0, 1, x, y]);
    tm = line;
  };
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]!;
    const args = argsArray[i] as unknown[] | undefined;
    if (fn === OPS.save || fn === OPS.paintFormXObjectBegin) {
      saved.push(state);
      state = { ...state };
      if (fn === OPS.paintFormXObjectBegin) state.ctm = multiply(state.ctm, matrixOf(args));
    } else if (fn === OPS.restore || fn === OPS.paintFormXObjectEnd) state = saved.pop() ?? state;
    else if (fn === OPS.transform) state.ctm = multiply(state.ctm, matrixOf(args?.length === 6 ? [args] : args));
    else if (fn === OPS.beginText) line = tm = IDENTITY;
    else if (fn === OPS.setTextMatrix) line = tm = matrixOf(args?.length === 6 ? [args] : args);
    else if (fn === OPS.moveText) moveLine(num(args?.[0]), num(args?.[1]));
    else if (fn === OPS.setLeadingMoveText) {
      state.leading = -num(args?.[1]);
      moveLine(num(args?.[0]), num(args?.[1]));
    } else if (fn === OPS.nextLine) moveLine(0, -state.leading);
    else if (fn === OPS.setFont) {
      state.font = String(args?.[0]);
      state.size = num(args?.[1]);
    } else if (fn === OPS.setCharSpacing) state.charSpacing = num(args?.[0]);
    else if (fn === OPS.setWordSpacing) state.wordSpacing = num(args?.[0]);
    else if (fn === OPS.setHScale) state.hScale = num(args?.[0], 100) / 100;
    else if (fn === OPS.setLeading) state.leading = num(args?.[0]);
    else if (fn === OPS.setTextRise) state.rise = num(args?.[0]);
    else if (fn === OPS.showText && Array.isArray(args?.[0])) tm = show(args[0] as unknown[], state, tm, items);
  }
  return items;
}

/** Shows one operator's glyphs from `tm`, adding its runs to `items`; the text matrix after them. */
function show(shown: unknown[], state: TextState, tm: Matrix, items: DrawnItem[]): Matrix {
  const { size, hScale } = state;
  let x = 0;
  let run: { str: string; start: number; end: number } | null = null;
  const flush = () => {
    if (run && run.str.trim()) {
      const at = multiply(state.ctm, multiply(tm, [1, 0, 0, 1, run.start, state.rise]));
      const scale = Math.hypot(at[0], at[1]);
      items.push({
        str: run.str.trimEnd(),
        transform: multiply(at, [size * hScale, 0, 0, size, 0, 0]),
        width: (run.end - run.start) * scale,
        fontName: state.font,
      });
    }
    run = null;
  };
  for (const glyph of shown) {
    if (typeof glyph === "number") {
      x -= (glyph / 1000) * size * hScale;
      continue;
    }
    const g = (glyph ?? {}) as ShownGlyph;
    const text = typeof g.unicode === "string" ? g.unicode : "";
    const spacing = state.charSpacing + (g.isSpace === true ? state.wordSpacing : 0);
    const advance = ((num(g.width) / 1000) * size + spacing) * hScale;
    if (!text.trim()) {
      if (run) run.str += " ";
      x += advance;
      continue;
    }
    const gap = run ? x - run.end : 0;
    if (run && (gap > NEW_RUN * size || gap < -NEW_RUN * size)) flush();
    if (!run) run = { str: "", start: x, end: x };
    else if (gap > SPACE * size && !run.str.endsWith(" ")) run.str += " ";
    run.str += text;
    x += advance;
    run.end = x;
  }
  flush();
  return multiply(tm, [1, 0, 0, 1, x, 0]);
}
