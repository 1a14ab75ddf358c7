// A workbook printed without "fit to page" lays its sheet on a grid of pages: the first columns down pages
// 1…R, the next columns down pages R+1…2R, and so on (Excel's and LibreOffice's default order, down then over).
// Each page of a later band holds the same rows as the page of the first band it continues, at the same heights:
// its ruling lines and baselines sit where that page's do. Put side by side again, the pages are the sheet's
// rows whole, and the table reads as the workbook does. Pages of a document set in Word never line up so: two
// pages of one table do not share every row's height, and prose draws no ruling lines.
import type { PageContent, Rule, TextRun } from "./geometry.ts";

/** How far apart, in points, two heights still are the same row's. */
const SAME_HEIGHT = 1.5;
/** The share of a later page's ruling lines and baselines that must sit where the first band's page has one. */
const ALIGNED = 0.8;
/** The gutter, in points, set between bands of a sheet with no lines: its text's ends are no cell's walls. */
const GUTTER = 18;

const horizontal = (page: PageContent) => page.rules.filter((rule) => rule.y1 === rule.y2);

function shareAt(heights: number[], of: number[]): number {
  if (!heights.length) return 0;
  return heights.filter((y) => of.some((o) => Math.abs(o - y) <= SAME_HEIGHT)).length / heights.length;
}

/**
 * Whether `later` continues `first` to the right: its table's lines and its text at the first page's heights. A sheet
 * printed with no gridlines draws no lines: its text alone must sit at the first page's heights, and `cut` (the sheet's
 * text runs over a page's edge, as a workbook's title does and a Word page never) tells the sheet.
 */
function continues(first: PageContent, later: PageContent, cut: boolean): boolean {
  const [rules, firstRules] = [horizontal(later).map((r) => r.y1), horizontal(first).map((r) => r.y1)];
  const unruled = cut && rules.length === 0 && firstRules.length === 0;
  if ((rules.length < 2 && !unruled) || later.runs.length === 0) return false;
  const baselines = later.runs.map((run) => run.y);
  return (
    (unruled || shareAt(rules, firstRules) >= ALIGNED) &&
    shareAt(
      baselines,
      first.runs.map((run) => run.y),
    ) >= ALIGNED
  );
}

/** Whether some page's text runs over its right edge: a sheet's cell printed cut where its page ends. */
const runsOver = (pages: PageContent[]) =>
  pages.some((page) => page.runs.some((run) => run.x + run.width > page.width + SAME_HEIGHT));

/** Pages per band, the smallest that lines every later band up with the first; 0 when none does. */
function bandLength(pages: PageContent[]): number {
  const cut = runsOver(pages);
  for (let rows = 1; rows <= pages.length / 2; rows++) {
    if (pages.length % rows) continue;
    if (pages.slice(rows).every((page, i) => continues(pages[i % rows]!, page, cut))) return rows;
  }
  return 0;
}

/**
 * The left and right ends of a page's table: its horizontal ruling lines' ends, or with none drawn, its text's (the
 * text cut at the page's edges left out).
 */
function tableEnds(page: PageContent): [number, number] {
  const rules = horizontal(page);
  if (rules.length) return [Math.min(...rules.map((r) => r.x1)), Math.max(...rules.map((r) => r.x2))];
  const inside = page.runs.filter((run) => run.x >= 0 && run.x + run.width <= page.width);
  const runs = inside.length ? inside : page.runs;
  return [Math.min(...runs.map((r) => r.x)), Math.max(...runs.map((r) => r.x + r.width))];
}

/**
 * The bands' runs, put side by side, each once: a title running over a page's edge is printed on both pages, its
 * glyphs at the same place of the sheet, and read twice it would say its words twice.
 */
function withoutReprints(bands: TextRun[][]): TextRun[] {
  const kept: TextRun[] = [];
  for (const band of bands) {
    const before = kept.length;
    for (const run of band) {
      // The page before may break the same words into a shorter run (its glyphs past the edge not drawn).
      const at = kept
        .slice(0, before)
        .findIndex(
          (k) =>
            Math.abs(k.x - run.x) <= SAME_HEIGHT &&
            Math.abs(k.y - run.y) <= SAME_HEIGHT &&
            (run.text.startsWith(k.text) || k.text.startsWith(run.text)),
        );
      if (at < 0) kept.push(run);
      else if (run.text.length > kept[at]!.text.length) kept[at] = run;
    }
  }
  return kept;
}

const shifted = <T extends Rule>(rule: T, dx: number): T => ({ ...rule, x1: rule.x1 + dx, x2: rule.x2 + dx });

/**
 * The pages of a sheet printed over several bands of pages, each row of pages put back side by side, every band's
 * table starting where the band before ends; text a band's page shows cut at its left edge (a title running over
 * from the band before) is dropped. Any other document's pages are returned as they are.
 */
export function joinPrintBands(pages: PageContent[]): PageContent[] {
  const rows = bandLength(pages);
  if (!rows) return pages;
  const bands = pages.length / rows;
  const offsets = [0];
  for (let b = 1; b < bands; b++) {
    const [, right] = tableEnds(pages[(b - 1) * rows]!);
    const [left] = tableEnds(pages[b * rows]!);
    const gutter = horizontal(pages[b * rows]!).length ? 0 : GUTTER;
    offsets.push(offsets[b - 1]! + right - left + gutter);
  }
  return pages.slice(0, rows).map((first, r) => {
    const parts = offsets.map((dx, b) => ({ page: pages[b * rows + r]!, dx, left: tableEnds(pages[b * rows]!)[0] }));
    return {
      width: first.width + offsets.at(-1)! + (first.width - tableEnds(first)[1]),
      height: Math.max(...parts.map((p) => p.page.height)),
      runs: withoutReprints(
        parts.map(({ page, dx, left }, b) =>
          page.runs.filter((run) => b === 0 || run.x >= left - SAME_HEIGHT).map((run) => ({ ...run, x: run.x + dx })),
        ),
      ),
      rules: parts.flatMap(({ page, dx }) => page.rules.map((rule) => shifted(rule, dx))),
      fills: parts.flatMap(({ page, dx }) => (page.fills ?? []).map((fill) => shifted(fill, dx))),
    };
  });
}
