// Text turned a quarter round: a narrow header cell's label set vertically ("Chủ trì", "Thời hạn (năm 2025)"
// written bottom to top, Word's and LibreOffice's btLr, or top to bottom, tbRl). Such a run is kept apart from the
// page's flow (a vertical stamp or a note up the margin is no text of the plan) and read only inside a table's
// cell: its text in its own upright frame, so that its lines and the runs of one line join as level text does;
// where it stands on the page, to find its cell. Text turned any other way (a watermark askew) is left out.
import { type Matrix, multiply, type TurnedRun } from "./geometry.ts";

interface Item {
  str?: string;
  transform: number[];
  width: number;
  fontName: string;
}

/** How far from a quarter turn a run's direction may be (a sine's share of the size). */
const SKEW = 1e-3;

/**
 * A run written up (bottom to top) or down the page, upright: up, the page turned a quarter clockwise (along the
 * text is up the page, the next line to its right); down, the other way. Any other run is none.
 */
export function turnedRun(item: Item, view: Matrix, page: { width: number; height: number }): TurnedRun | null {
  if (!item.str?.trim()) return null;
  const [a, b, c, , x, y] = multiply(view, item.transform);
  const size = Math.abs(b);
  if (size === 0 || Math.abs(a) > SKEW * size) return null;
  const up = b < 0;
  // Glyphs stand across the line: their tops point left of a run going up, right of one going down.
  if (up ? c >= 0 : c <= 0) return null;
  const run = { text: item.str, width: item.width, size, font: item.fontName };
  if (up) return { run: { ...run, x: page.height - y, y: x }, x: x - size / 2, y: y - item.width / 2 };
  return { run: { ...run, x: y, y: page.width - x }, x: x + size / 2, y: y + item.width / 2 };
}
