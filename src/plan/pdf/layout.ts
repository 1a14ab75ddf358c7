// Pages to blocks: on each page, runs inside a ruled table become its rows and the rest
// are lines, in reading order (a page set in two columns down the left one, then the right);
// page furniture goes; lines between tables become paragraphs, and a paragraph that runs to
// the foot of a page (or of a column) goes on at the top of the next.
import type { Block } from "../document.ts";
import { type ColumnFlow, pageRegions } from "./columns.ts";
import type { PageContent, Rule } from "./geometry.ts";
import { footnoteTexts, splitFootnotes, withoutRunningText } from "./furniture.ts";
import { borderlessRules, type OpenColumns, typedRuleIn } from "./borderless.ts";
import { withoutLeaders } from "./leaders.ts";
import { onHeaderColumns } from "./fine-grid.ts";
import { buildLines, type Line } from "./lines.ts";
import { romanLevels } from "./levels.ts";
import { isContentsEntry } from "../contents.ts";
import { numbersOn } from "./list-flow.ts";
import { NUMBER_CELL } from "../number-column.ts";
import { closesGroup } from "../subtotal-label.ts";
import { innerRows, nestTables, type OpenParts } from "./inner-tables.ts";
import { rowViews } from "./nested.ts";
import { type Margins, paragraphsOf } from "./paragraphs.ts";
import {
  type Cell,
  cutAtBreak,
  boxedRuns,
  findTables,
  placeRun,
  placeTurned,
  type Table,
  tableEmphasis,
  tableMarks,
  tableRows,
  withoutUnderlines,
} from "./tables.ts";
import { emphasisOf } from "../emphasis.ts";
import { withBars } from "./bars.ts";

interface LaidPage {
  content: PageContent;
  tables: Table[];
  /** The tables drawn inside a cell of each table (src/plan/pdf/inner-tables.ts). */
  nested: Map<Table, Table[]>;
  lines: Line[];
  /** Ruling lines outside every table (footnote separators, underlines). */
  loose: Rule[];
}

function inside(table: Table, rule: Rule): boolean {
  const [left, right, top, bottom] = [table.xs[0]!, table.xs.at(-1)!, table.ys[0]!, table.ys.at(-1)!];
  return rule.x1 >= left - 2 && rule.x2 <= right + 2 && rule.y1 >= top - 2 && rule.y2 <= bottom + 2;
}

/**
 * What a page ends in: its text's columns, and a table with no lines whose rows may go on (`borderless.ts`); and the
 * columns it opens with, which the page before may lead into.
 */
interface PageFoot {
  flow: ColumnFlow | null;
  table: OpenColumns | null;
  opening: ColumnFlow | null;
}

/**
 * A page laid out, and what it ends in (`carried`: what the page before ended in; `leading`: the columns the next
 * page opens with).
 */
function layPage(
  content: PageContent,
  index: number,
  carried: PageFoot,
  leading: ColumnFlow | null = null,
): [LaidPage, PageFoot] {
  const ruled = findTables(withoutUnderlines(content.rules, content.runs));
  // A page with no ruled table may print one with no lines at all (`src/plan/pdf/borderless.ts`).
  // Its tab stops' dot leaders are no text of its cells (`src/plan/pdf/leaders.ts`).
  const unled = ruled.length ? content.runs : withoutLeaders(content.runs);
  const borderless = ruled.length ? null : borderlessRules(unled, carried.table);
  const pivot = (t: Table) =>
    borderless!.pivots.some((s) => t.ys[0]! >= s.top - 1 && t.ys.at(-1)! <= s.bottom + 1) ? { pivot: true } : {};
  const found = borderless ? findTables(borderless.rules).map((t) => ({ ...t, unruled: true, ...pivot(t) })) : ruled;
  const runs = found.length && !ruled.length ? unled : content.runs;
  const all = nestTables(found);
  const inner = all.flatMap((n) => n.nested);
  const drawn = all.map((n) => n.table);
  // A run inside a table nested in a cell is the inner table's; a typed rule inside one with no lines is its line.
  const flow = runs.filter(
    (run) => !inner.some((t) => placeRun(t, run)) && !drawn.some((t) => typedRuleIn(t, run) || placeRun(t, run)),
  );
  // Boxes drawn round text (a flowchart's steps) are no table: their lines are paragraphs (`boxedRuns`).
  const boxes = all.flatMap((n) =>
    n.nested.length || n.table.unruled ? [] : [{ table: n.table, runs: boxedRuns(n.table) }],
  );
  const frames = boxes.filter((b) => b.runs !== null).map((b) => b.table);
  flow.push(...boxes.flatMap((b) => b.runs ?? []));
  const nesting = all.filter((n) => !frames.includes(n.table));
  const tables = nesting.map((n) => n.table);
  // A quarter-turned run is read in the cell it stands in, and nowhere else.
  for (const turned of content.turned ?? [])
    if (!inner.some((t) => placeTurned(t, turned))) tables.some((t) => placeTurned(t, turned));
  const loose = content.rules.filter((r) => ![...tables, ...frames].some((t) => inside(t, r)));
  const { regions, foot, opening } = pageRegions(
    flow,
    tables.map((t) => t.ys[0]!),
    carried.flow,
    leading,
  );
  const lines = regions.flatMap(({ runs, column }) =>
    buildLines(runs, index).map((line) => (column ? { ...line, column } : line)),
  );
  const nested = new Map(nesting.filter((n) => n.nested.length).map((n) => [n.table, n.nested]));
  // Its text placed, a table laid on a converter's fine grid is read by its header's columns (`fine-grid.ts`).
  const read = tables.map((table) => (nested.has(table) ? table : onHeaderColumns(table)));
  return [
    { content, tables: read, nested, lines, loose },
    { flow: foot, table: borderless?.open ?? null, opening },
  ];
}

/**
 * The pages laid out in turn: columns ending one page may go on at the top of the next; a page not ending in columns
 * where the next opens with some is laid again, its foot perhaps leading into them.
 */
function layPages(contents: PageContent[]): LaidPage[] {
  const start: PageFoot = { flow: null, table: null, opening: null };
  const laid: [LaidPage, PageFoot][] = [];
  contents.forEach((content, index) => laid.push(layPage(content, index, laid[index - 1]?.[1] ?? start)));
  return laid.map(([page, foot], index) => {
    const next = laid[index + 1]?.[1].opening;
    if (foot.flow || !next) return page;
    return layPage(contents[index]!, index, laid[index - 1]?.[1] ?? start, next)[0];
  });
}

/**
 * A page's lines and tables in reading order: the lines as they come, each table before the
 * first line below its top.
 */
function pageElements(page: LaidPage): ({ line: Line } | { table: Table })[] {
  const tables = [...page.tables].sort((a, b) => a.ys[0]! - b.ys[0]!);
  const elements: ({ line: Line } | { table: Table })[] = [];
  for (const line of page.lines) {
    while (tables.length && tables[0]!.ys[0]! < line.y) elements.push({ table: tables.shift()! });
    elements.push({ line });
  }
  return [...elements, ...tables.map((table) => ({ table }))];
}

/**
 * The right margin: where two long lines or more end (justified text ends there; a line
 * running past it is alone), or, when no two do (a few centred lines), the furthest end.
 */
function rightMargin(long: Line[]): number {
  const ends = long.map((l) => l.right).sort((a, b) => b - a);
  return ends.find((end, i) => Math.abs(end - (ends[i + 1] ?? -Infinity)) <= 2) ?? ends[0]!;
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

/** Text margins of each page size: where the lines of its pages begin and the long ones end. */
function marginsBySize(pages: LaidPage[], pitch: number): (line: Line) => Margins {
  const bySize = new Map<number, Line[]>();
  for (const { content, lines } of pages) {
    const key = Math.round(content.width);
    bySize.set(key, [...(bySize.get(key) ?? []), ...lines.filter((l) => l.pieces.length === 1 && !l.column)]);
  }
  const margins = new Map<number, Margins>();
  for (const [key, lines] of bySize) {
    const left = Math.min(...lines.map((l) => l.x));
    const widest = Math.max(...lines.map((l) => l.right)) - left;
    const long = lines.filter((l) => l.right - l.x >= 0.6 * widest);
    const right = rightMargin(long);
    margins.set(key, { left, right, limit: right, pitch });
  }
  // A line in a column has the column's margins; justified text reaches its right edge.
  return (line) =>
    line.column
      ? { left: line.column.left, right: line.column.right, limit: line.column.right, pitch }
      : margins.get(Math.round(pages[line.page]!.content.width))!;
}

/** Whether two tables have the same columns: the same borders, but the outer ones of tables drawn with no lines. */
function sameColumns(a: Table, b: Table): boolean {
  const outer = (i: number) => a.unruled && b.unruled && (i === 0 || i === a.xs.length - 1);
  return a.xs.length === b.xs.length && a.xs.every((x, i) => outer(i) || Math.abs(x - b.xs[i]!) <= 2);
}

/**
 * A header row repeated on a new page: the same cells, or their first words where the repeated row is
 * drawn lower than the first and clips a label's last line ("Thời gian hoàn thành / Sản" for "… / Sản phẩm").
 */
const repeatsHeader = (head: string[], row: string[]) =>
  head.length === row.length && head.every((text, i) => text === row[i] || (row[i] && text.startsWith(`${row[i]} `)));

/** A table the text reached last, while nothing else followed it: the next page may go on with it. */
interface OpenTable {
  table: Table;
  /** Its first rows: a header repeated at the top of the next page is one of them. */
  head: string[][];
  /** Per column, the rows its last cell covers (a cell merged down covers several), last row last. */
  covered: string[][][];
  /** Its last row's cells. */
  cells: Cell[];
  /** The grid's columns its rows divide outside grids drawn inside a cell (src/plan/pdf/nested.ts). */
  divided: Set<number>;
}

function openTable(table: Table, rows: string[][], head: string[][], divided: Set<number>): OpenTable | null {
  const last = rows.findLastIndex((cells) => cells.some(Boolean));
  if (last < 0) return null;
  const covered = table.slots[last]!.map((cell) => rows.slice(cell.row, last + 1));
  return { table, head, covered, cells: table.slots[last]!, divided };
}

/**
 * The first rows of a table at the top of a page that goes on with the table at the foot
 * of the one before (same columns), after the header rows repeated there. A row broken by
 * the page break has an empty first cell (the number stays on the first page): its text
 * goes to the broken row and it is dropped. A cell merged down over the break (it spans
 * rows above the break or below it) is empty on the new page, or holds the rest of its
 * text (starting in lower case): every row it covers, on both pages, gets its whole text. A broken row's cell
 * empty above the break (all its text set on the new page) takes the text there.
 * The rest follows after a space, or none when the cell's last line above the break
 * ended inside a word (as within a page). A row at the top of the page may also miss its top
 * border (`src/plan/pdf/tables.ts`, openEdges).
 */
/** A number cell's parts ("11", "2.3."), null for any other text. */
const figures = (text: string): number[] | null =>
  NUMBER_CELL.test(text) ? text.replace(/\.$/, "").split(".").map(Number) : null;

/**
 * Whether the number of the last row above the break stands on the new page: a number cell merged down over the
 * break (one item over rows by unit, "9 | task | Sở A | Chủ trì" then "| | Văn phòng | Phối hợp") is set where its
 * middle falls, so the row above the break has none while the first row below has it, its other merged cells going on
 * there in lower case ("… và Hệ thống" / "thông tin …"). Those rows are the item's: its number, words and time on each,
 * as a Word reader reads the merge; a new item's row opens with a capital.
 */
function numberedBelow(open: OpenTable, first: string[]): boolean {
  const above = (c: number) => open.covered[c]!.at(-1)![c] ?? "";
  return (
    !above(0) &&
    figures(first[0] ?? "") !== null &&
    first.some((text, c) => c > 0 && /^\p{Ll}/u.test(text) && Boolean(above(c)))
  );
}

function carryOver(open: OpenTable, table: Table, rows: string[][], page: number): void {
  const r = rows.findIndex((cells) => cells.some(Boolean) && !open.head.some((h) => repeatsHeader(h, cells)));
  const first = rows[r];
  if (!first) return;
  // A first column merged down over the break (a time over the tasks due then) is empty on the new page too, but a
  // row numbered in the next cell is a row of its own: under a cell merged over rows above the break, or numbering
  // on from the row above it (the merged cell's first row alone before the break).
  const number = figures(first[1] ?? "");
  const above = figures(open.covered[1]!.at(-1)![1] ?? "");
  const mergedOn = number !== null && (open.covered[0]!.length > 1 || (above !== null && numbersOn(above, number)));
  // A pivot's value column holds a count on each row's first line, which never wraps: a count on both sides of the
  // break closes two rows, the row on the new page no rest of the one above, though its first cell is blank (a label
  // not repeated, `src/plan/pdf/borderless.ts`). Only a pivot's: another table's last column of figures (an amount, a
  // year) may be a broken row's, its rest on the new page.
  const counts =
    Boolean(open.table.pivot && table.pivot) &&
    [open.covered.at(-1)!.at(-1)!.at(-1), first.at(-1)].every((text) => /^\d{1,6}$/.test(text ?? ""));
  // A subtotal's row under the group it closes ("<lead> Count" under the lead's last row) is a row of its own.
  const closing = first.some((text, c) => Boolean(text) && closesGroup(text, open.covered[c]!.at(-1)![c] ?? ""));
  const broken = !first[0] && Boolean(open.covered[0]!.at(-1)![0]) && !mergedOn && !counts && !closing;
  const numberBelow = numberedBelow(open, first);
  first.forEach((text, c) => {
    const cell = table.slots[r]![c]!;
    const covered = open.covered[c]!;
    const before = covered.at(-1)![c]!;
    // The number of a cell merged over the break stands on the new page only: the rows above it get it too.
    const number = numberBelow && c === 0 && !before;
    // A broken row's cell may hold nothing above the break: all its text went on to the new page.
    if (cell.row !== r || cell.column !== c || !(before || ((broken || number) && text))) return;
    if (!(broken || numberBelow || covered.length > 1 || cell.rows > 1)) return;
    if (text && !broken && !number && !/^\p{Ll}/u.test(text)) return;
    const joint = !before || cutAtBreak(open.cells[c]!, table, cell, page) ? "" : " ";
    const whole = text ? before + joint + text : before;
    for (const row of [...covered, ...rows.slice(r, r + cell.rows)]) row[c] = whole;
  });
  if (broken) rows[r] = first.map(() => "");
}

export function layoutBlocks(contents: PageContent[]): Block[] {
  const pages = layPages(contents);
  const kept = withoutRunningText(pages.map((p) => ({ lines: p.lines, height: p.content.height })));
  // Footnotes are no text of the document; their texts go with what their marks stand in (on
  // the page, or anywhere when the numbering runs on through the document).
  const pageNotes = footnoteTexts(
    pages.map((page, i) => {
      const { body, notes } = splitFootnotes(kept[i]!, page.loose, page.content);
      page.lines = body;
      return notes;
    }),
  );
  const allNotes = new Map(pageNotes.flatMap((notes) => [...notes]));
  const notesOf = (marks: string[], page: number) =>
    marks.flatMap((mark) => pageNotes[page]?.get(mark) ?? allNotes.get(mark) ?? []);
  const marginsOf = marginsBySize(pages, commonPitch(pages));
  const blocks: Block[] = [];
  let pending: Line[] = [];
  let open: OpenTable | null = null;
  // Parts of a row read from a table nested in its cell, which the page break may have cut.
  let parts: OpenParts | null = null;
  const typed = romanLevels();
  const flush = () => {
    const page = pending[0]?.page ?? 0;
    for (const paragraph of paragraphsOf(pending, marginsOf)) {
      const notes = notesOf(paragraph.marks ?? [], page);
      // The contents' headings are no level of the plan's (parse-plan.ts drops them).
      const text = isContentsEntry(paragraph.text) ? paragraph.text : typed(paragraph);
      blocks.push(notes.length ? { type: "text", text, notes } : { type: "text", text });
    }
    pending = [];
  };
  pages.forEach((page, index) => {
    for (const element of pageElements(page)) {
      if ("line" in element) {
        pending.push(element.line);
        open = null;
        parts = null;
        continue;
      }
      flush();
      const continued = open && sameColumns(open.table, element.table) ? open : null;
      if (!continued) parts = null;
      // The tables nested in its cells: rows of their own after the row they stand in, or the cell's text.
      const inner = (page.nested.get(element.table) ?? []).flatMap((table) => {
        const read = innerRows(table, element.table, index, parts);
        if (!read) return [];
        parts = read.open;
        return [{ top: table.ys[0]!, rows: read.rows }];
      });
      // A Gantt chart's bars, cells filled in a colour, read as marks (bars.ts).
      const fills = page.content.fills ?? [];
      const rows = withBars(element.table, tableRows(element.table, index), continued?.head ?? [], fills);
      if (continued) carryOver(continued, element.table, rows, index);
      const marks = tableMarks(element.table, index);
      const emphasis = tableEmphasis(element.table, index);
      const { views, divided } = rowViews(element.table, rows, continued?.divided);
      const innerUpTo = (y: number) => {
        while (inner.length && inner[0]!.top < y)
          for (const cells of inner.shift()!.rows) blocks.push({ type: "row", cells });
      };
      for (const { row: r, columns, cells: merged } of views) {
        innerUpTo(element.table.ys[r]!);
        // A whole row is pushed as itself: the next page's carryOver completes it in place.
        const cells = merged ?? (columns ? columns.map((c) => rows[r]![c]!) : rows[r]!);
        if (!cells.some(Boolean)) continue;
        const kept = columns ?? cells.map((_, c) => c);
        const notes = kept.map((c) => notesOf(marks[r]![c]!, index));
        const bold = merged ? {} : emphasisOf(kept.flatMap((c) => emphasis[r]![c]!));
        blocks.push({ type: "row", cells, ...(notes.some((n) => n.length) ? { notes } : {}), ...bold });
      }
      innerUpTo(Infinity);
      const head = continued?.head ?? rows.filter((row) => row.some(Boolean)).slice(0, 3);
      open = openTable(element.table, rows, head, divided) ?? continued;
    }
  });
  flush();
  return blocks;
}
