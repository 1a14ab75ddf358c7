// Pages to blocks: on each page, runs inside a ruled table become its rows and the rest
// are lines; page furniture goes; lines between tables become paragraphs, and a paragraph
// that runs to the foot of a page goes on at the top of the next.
import type { Block } from "../document.ts";
import type { PageContent, Rule } from "./geometry.ts";
import { withoutFootnotes, withoutRunningText } from "./furniture.ts";
import { buildLines, type Line } from "./lines.ts";
import { type Margins, paragraphsOf } from "./paragraphs.ts";
import { findTables, placeRun, type Table, tableRows } from "./tables.ts";

interface LaidPage {
  content: PageContent;
  tables: Table[];
  lines: Line[];
  /** Ruling lines outside every table (footnote separators, underlines). */
  loose: Rule[];
}

function inside(table: Table, rule: Rule): boolean {
  const [left, right, top, bottom] = [table.xs[0]!, table.xs.at(-1)!, table.ys[0]!, table.ys.at(-1)!];
  return rule.x1 >= left - 2 && rule.x2 <= right + 2 && rule.y1 >= top - 2 && rule.y2 <= bottom + 2;
}

function layPage(content: PageContent, index: number): LaidPage {
  const tables = findTables(content.rules);
  const flow = content.runs.filter((run) => !tables.some((t) => placeRun(t, run)));
  const loose = content.rules.filter((r) => !tables.some((t) => inside(t, r)));
  return { content, tables, lines: buildLines(flow, index), loose };
}

function percentile(values: number[], share: number, fallback: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) * share)]! : fallback;
}

/** Baseline step per point of font size that most pairs of consecutive lines have. */
function commonPitch(pages: LaidPage[]): number {
  const counts = new Map<number, number>();
  for (const { lines } of pages)
    for (let i = 1; i < lines.length; i++) {
      const [a, b] = [lines[i - 1]!, lines[i]!];
      const ratio = Math.round(((b.y - a.y) / a.size) * 50) / 50;
      if (Math.abs(a.size - b.size) < 0.5 && ratio >= 0.9 && ratio <= 2.5)
        counts.set(ratio, (counts.get(ratio) ?? 0) + 1);
    }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 1.2;
}

/** Text margins of each page size: where the long lines of its pages begin and end (justified or ragged). */
function marginsBySize(pages: LaidPage[], pitch: number): (line: Line) => Margins {
  const bySize = new Map<number, Line[]>();
  for (const { content, lines } of pages) {
    const key = Math.round(content.width);
    bySize.set(key, [...(bySize.get(key) ?? []), ...lines.filter((l) => l.pieces.length === 1)]);
  }
  const margins = new Map<number, Margins>();
  for (const [key, lines] of bySize) {
    const left = Math.min(...lines.map((l) => l.x));
    const widest = Math.max(...lines.map((l) => l.right)) - left;
    const long = lines.filter((l) => l.right - l.x >= 0.6 * widest);
    const right = percentile(
      long.map((l) => l.right),
      0.9,
      left + widest,
    );
    margins.set(key, { left, right, limit: right, pitch });
  }
  return (line) => margins.get(Math.round(pages[line.page]!.content.width))!;
}

const sameColumns = (a: Table, b: Table) =>
  a.xs.length === b.xs.length && a.xs.every((x, i) => Math.abs(x - b.xs[i]!) <= 2);

const sameRow = (a: string[], b: string[]) => a.length === b.length && a.every((text, i) => text === b[i]);

/**
 * A row broken at the foot of a page goes on in the first row of the table at the top of
 * the next, after the header rows repeated there: that row has the same columns, an empty
 * first cell (the number stays on the first page) and text in others. Its text is added
 * to the broken row's, and a cell of it that spans rows down the new page, empty there,
 * carries the broken row's text (the merged cell's text stayed on the first page).
 */
function continueRow(broken: string[], head: string[][], table: Table, rows: string[][]): void {
  const r = rows.findIndex((row) => row.some(Boolean) && !head.some((h) => sameRow(h, row)));
  const first = rows[r];
  if (!first || first[0] || !broken[0]) return;
  first.forEach((text, c) => {
    const cell = table.slots[r]![c]!;
    if (!text && broken[c] && cell.row === r && cell.column === c && cell.rows > 1)
      for (let k = r + 1; k < r + cell.rows; k++) rows[k]![c] = broken[c]!;
    else if (text) broken[c] = [broken[c], text].filter(Boolean).join(" ");
  });
  rows[r] = first.map(() => "");
}

export function layoutBlocks(contents: PageContent[]): Block[] {
  const pages = contents.map(layPage);
  const kept = withoutRunningText(pages.map((p) => ({ lines: p.lines, height: p.content.height })));
  pages.forEach((page, i) => (page.lines = withoutFootnotes(kept[i]!, page.loose, page.content)));
  const marginsOf = marginsBySize(pages, commonPitch(pages));
  const blocks: Block[] = [];
  let pending: Line[] = [];
  /** The table the text reached last (its first rows, its last row), while nothing else followed it. */
  let open: { table: Table; head: string[][]; row: string[] } | null = null;
  const flush = () => {
    for (const text of paragraphsOf(pending, marginsOf)) blocks.push({ type: "text", text });
    pending = [];
  };
  pages.forEach((page, index) => {
    const elements = [
      ...page.lines.map((line) => ({ y: line.y, line })),
      ...page.tables.map((table) => ({ y: table.ys[0]!, table })),
    ].sort((a, b) => a.y - b.y);
    for (const element of elements) {
      if ("line" in element) {
        pending.push(element.line);
        open = null;
        continue;
      }
      flush();
      const rows = tableRows(element.table, index);
      const continued = open && sameColumns(open.table, element.table) ? open : null;
      if (continued) continueRow(continued.row, continued.head, element.table, rows);
      const kept = rows.filter((cells) => cells.some(Boolean));
      for (const cells of kept) blocks.push({ type: "row", cells });
      const last = kept.at(-1) ?? continued?.row;
      open = last ? { table: element.table, head: continued?.head ?? kept.slice(0, 3), row: last } : null;
    }
  });
  flush();
  return blocks;
}
