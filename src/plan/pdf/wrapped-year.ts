// A header's place and date set in a narrow cell of the header table ("Thái Nguyên, ngày 15 tháng 9 năm" over
// "2025", as a browser's print wraps it) leaves the year alone on the next baseline, under the date, while the cells
// beside it go on with their own lines. Read by baselines, the date has no year and the plan no date. The year is
// the date's when it stands on the very next baseline within the date's own span (its column: from where the place's
// words begin, after the wider gap parting it from the cell beside, to the date's end) and is all that baseline holds
// there: it is moved to the end of the date's line. Nothing else moves, and no line is joined to another.
import type { TextRun } from "./geometry.ts";

interface Baseline {
  runs: TextRun[];
  y: number;
  size: number;
}

/** A date with no year yet, closing its line: "…, ngày 15 tháng 9 năm", "…, ngày   tháng 9 năm". */
const OPEN_DATE = /,\s*ngày\s+(?:\d{1,2}\s+)?tháng\s+\d{1,2}\s+năm$/iu;
const YEAR = /^\d{4}$/u;
/** A gap this many font sizes wide parts one cell's text from the next; words are parted by about a quarter. */
const CELL_GAP = 1;
/** The next baseline is the year's only within this many font sizes below the date. */
const NEXT_LINE = 2;

const end = (run: TextRun) => run.x + run.width;
const centre = (run: TextRun) => run.x + run.width / 2;

/** Where the date's own cell begins: the first run after the last wide gap before the run holding "ngày". */
function spanStart(runs: readonly TextRun[]): number | null {
  let at = -1;
  for (let k = runs.length - 1; k >= 0; k--)
    if (/ngày/iu.test(runs[k]!.text)) {
      at = k;
      break;
    }
  if (at < 0) return null;
  while (at > 0 && runs[at]!.x - end(runs[at - 1]!) < CELL_GAP * runs[at]!.size) at--;
  return runs[at]!.x;
}

/** The baselines (each's runs left to right) with a wrapped year moved to its date's line; emptied baselines kept. */
export function withWrappedYears<T extends Baseline>(baselines: T[]): void {
  const order = [...baselines].sort((a, b) => a.y - b.y);
  for (let k = 0; k + 1 < order.length; k++) {
    const line = order[k]!;
    const next = order[k + 1]!;
    const last = line.runs.at(-1);
    if (!last || next.y - line.y > NEXT_LINE * line.size) continue;
    if (
      !OPEN_DATE.test(
        line.runs
          .map((r) => r.text)
          .join(" ")
          .replace(/\s+/gu, " ")
          .trim(),
      )
    )
      continue;
    const left = spanStart(line.runs);
    if (left === null) continue;
    const under = next.runs.filter((r) => centre(r) >= left && centre(r) <= end(last));
    if (under.length === 0 || !YEAR.test(under.map((r) => r.text.trim()).join(""))) continue;
    // Set after the date with a word's space, on its baseline, in the order the year's runs were.
    const shift = end(last) + 0.25 * last.size - under[0]!.x;
    line.runs.push(...under.map((r) => ({ ...r, x: r.x + shift, y: line.y })));
    next.runs = next.runs.filter((r) => !under.includes(r));
  }
}
