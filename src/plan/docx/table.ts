// A Word table into blocks. Tables that lay out the page — the Decree 30/2020 heading
// (issuer and motto, "Số: …" beside "<place>, ngày …") and the "Nơi nhận" list beside
// the signature — give their cells' paragraphs as text, in reading order, as a typed copy
// shows them. Every other table gives rows whose cells keep their columns:
//   - a cell spanning columns (gridSpan, hMerge) is its text then empty cells;
//   - cells skipped before or after a row (gridBefore, gridAfter) are empty, before only;
//     but where no other row has a cell edge at the end of the skipped columns, the skip
//     only indents the row's first cell under the column it stands in (an STT cell beside
//     a narrow skipped column, as Word draws it), and that cell is read in that column;
//   - a table a PDF converter laid on a fine grid, its rows' edges off the header's, is read by the header's
//     columns, each cell in the one it stands beneath (fine-grid.ts);
//   - a cell merged down (vMerge) gives its text to every row it covers, except in a
//     table's header: a header label merged over the two header rows is shown once, as
//     typed, so the lower row names only its sub-columns ("Chủ trì", "Phối hợp"). A header
//     row is one Word repeats on each page (tblHeader), or a two-row header's upper row
//     (merged-header.ts).
import { fold } from "../../domain/text.ts";
import type { Budget } from "../budget.ts";
import { isGroupHeader } from "../merged-header.ts";
import { opensTaskTable } from "../table-header.ts";
import { arePartRows } from "../nested-rows.ts";
import type { Block } from "../document.ts";
import { emphasisOf, type Emphasis } from "../emphasis.ts";
import { labelRowLine } from "../labels.ts";
import { FILL_MARK, fillMarks, isWeekdayRow, namesPeriod, paints } from "../fill-marks.ts";
import { cellExtents, columnOf, columnsCovered, headerColumns } from "./fine-grid.ts";
import type { Borders, DocxStyles } from "./styles.ts";

export type Merge = "restart" | "continue" | null;

export interface CellDraft {
  span: number;
  vMerge: Merge;
  hMerge: Merge;
  /** The cell draws a border of its own (tcBorders). */
  bordered: boolean;
  blocks: Block[];
  /** Its passages in bold, where the rest is not (`emphasis.ts`). */
  emphasis?: Emphasis;
  /** Its shading's colour (w:shd), if any: a Gantt chart's bar (`fill-marks.ts`). */
  fill?: string | undefined;
}

export interface RowDraft {
  cells: CellDraft[];
  header: boolean;
  before: number;
  after: number;
  deleted: boolean;
}

export interface TableDraft {
  style: string | null;
  borders: Borders;
  gridColumns: number;
  rows: RowDraft[];
}

function bordered(table: TableDraft, styles: DocxStyles): boolean {
  const style = styles.borders(table.style);
  const sides = { ...style.borders, ...table.borders };
  if (Object.values(sides).some(Boolean) || style.conditional) return true;
  const cells = table.rows.flatMap((r) => r.cells);
  return cells.filter((c) => c.bordered).length * 2 >= cells.length && cells.length > 0;
}

// Paragraphs only the page layout holds, folded: the motto, the number and the place and
// date of issue, the recipients, the signer's title.
const LAYOUT_LINES = [
  /^cong hoa xa hoi chu nghia viet nam$/,
  /^doc lap tu do hanh phuc$/,
  /^so [\d ]*\/ ?[a-z]/,
  /^[a-z ]+ ngay [\d ]*thang [\d ]*nam [\d ]*$/,
  /^noi nhan\b/,
  /^(tm|kt|tl|tuq|q) [a-z ]+$/,
  /^(pho )?chu tich$/,
];

function layoutLines(table: TableDraft): number {
  let count = 0;
  for (const row of table.rows)
    for (const cell of row.cells)
      for (const block of cell.blocks) {
        if (block.type !== "text" || block.text.length > 120) continue;
        const folded = fold(block.text, "/");
        if (LAYOUT_LINES.some((p) => p.test(folded))) count++;
      }
  return count;
}

function width(table: TableDraft): number {
  const widest = table.rows.reduce((w, r) => Math.max(w, r.before + r.cells.reduce((n, c) => n + c.span, 0)), 0);
  return Math.max(table.gridColumns, widest);
}

/**
 * A borderless table of a task's fields ("Đơn vị thực hiện: | Sở A chủ trì", "Thời gian: | Quý IV/2025"), every row a
 * label and its value: data set out as a tab would, read by its rows so each label keeps its value beside it.
 */
function isFieldTable(table: TableDraft): boolean {
  return (
    table.rows.length > 0 &&
    table.rows.every((row) => labelRowLine({ type: "row", cells: row.cells.map(cellText) }) !== null)
  );
}

/** The most words a column's label has ("Cơ quan, đơn vị chủ trì thực hiện"). */
const LABEL_WORDS = 10;

/**
 * A table whose first rows are a task table's header ("TT | Nội dung | Chủ trì | Phối hợp | Thời gian") sets out tasks
 * even with no borders: a task's time cell may read as a place and date ("Xong trước ngày 20 tháng 8 năm 2026"). A
 * header's cells are short labels; the page heading's ("… V/v đôn đốc thực hiện các nhiệm vụ …") are not.
 */
function opensWithHeader(table: TableDraft): boolean {
  const rows = table.rows.slice(0, 3).map((row) => row.cells.map(cellText));
  const short = rows[0]?.every((text) => text.split(/\s+/).length <= LABEL_WORDS) ?? false;
  return short && opensTaskTable(rows.map((cells) => ({ type: "row", cells })));
}

/** Whether a table lays out the page: no borders and narrow or holding layout lines, or narrow with several. */
function isLayout(table: TableDraft, styles: DocxStyles): boolean {
  if (isFieldTable(table) || opensWithHeader(table)) return false;
  const narrow = width(table) <= 3;
  const lines = layoutLines(table);
  return (!bordered(table, styles) && (narrow || lines >= 1)) || (narrow && lines >= 2);
}

/**
 * The rows of a task table inside a cell (a group's tasks in the cell beside the group's name): they are
 * rows of their own after the group's row, as a typed copy lays them out. Any other table inside a
 * cell (the rounds of an inspection and the units each visits) is part of the cell's text.
 */
function innerTaskRows(cell: CellDraft): Block[] {
  const inner = cell.blocks.filter((b) => b.type === "row");
  if (opensTaskTable(inner)) return inner;
  // A task's parts, each numbered in its first cell ("a) | … | 28/02/2026"): after the row, each opening with the
  // cell it stands in left empty, as a text copy writes them (`src/plan/nested-rows.ts`).
  return arePartRows(inner.map((b) => b.cells)) ? inner.map((b) => ({ ...b, cells: ["", ...b.cells] })) : [];
}

/** A cell of a data row: its paragraphs and nested rows on one line, but for a task table's rows. */
function cellText(cell: CellDraft): string {
  const own = innerTaskRows(cell).length ? cell.blocks.filter((b) => b.type === "text") : cell.blocks;
  const parts = own.map((b) => (b.type === "text" ? b.text : b.cells.filter(Boolean).join(" ")));
  return parts.filter(Boolean).join(" ");
}

/** The notes a cell's paragraphs point to. */
const cellNotes = (cell: CellDraft): string[] =>
  cell.blocks.flatMap((b) => (b.type === "text" ? (b.notes ?? []) : (b.notes ?? []).flat()));

/**
 * The grid positions where cells meet in some row: each cell's start and end, but for where a row's skipped columns
 * (gridBefore, gridAfter) meet its cells, an edge only that row draws.
 */
function cellEdges(table: TableDraft): Set<number> {
  const edges = new Set([0]);
  for (const row of table.rows) {
    let at = row.before;
    row.cells.forEach((cell, i) => {
      if (i > 0 || row.before === 0) edges.add(at);
      at += cell.span;
      if (i < row.cells.length - 1 || row.after === 0) edges.add(at);
    });
  }
  return edges;
}

/** Where a row's first cell is read: after its skipped columns, or where the column it is indented in begins. */
function firstColumn(row: RowDraft, edges: ReadonlySet<number>): number {
  let at = row.before;
  while (at > 0 && !edges.has(at)) at--;
  return at;
}

/**
 * The row's cells read as marks for their shading alone (`fill-marks.ts`); whether a period heads them is told once
 * they are placed in the table's columns (`rows`).
 */
function shadedMarks(row: RowDraft): Set<number> {
  const fills = row.cells.flatMap((c, i) =>
    paints(c.fill) && c.vMerge !== "continue" ? [{ row: 1, column: i + 1, colour: c.fill }] : [],
  );
  if (fills.length === 0) return new Set();
  const marks = fillMarks(fills, [], new Map([[1, row.cells.map(cellText)]]), () => true);
  return new Set(marks.map((m) => m.column - 1));
}

function rows(table: TableDraft, budget: Budget): Block[] {
  const blocks: Block[] = [];
  const edges = cellEdges(table);
  // A table a PDF converter laid on a fine grid is read by its header's columns (fine-grid.ts).
  const fine = headerColumns(table.rows);
  // Per column: the text of the cell merged down from above, and whether it is a header label.
  const above: { text: string; label: boolean; notes: string[] }[] = [];
  // The columns under a header naming a period ("T3", "Tuần 2"), the only ones a shaded cell marks: a bar's.
  const periods = new Set<number>();
  for (const row of table.rows) {
    const extents = cellExtents(row);
    // On a converter's fine grid every cell spans grid columns: across is across the header's columns.
    const across = (i: number) => (fine ? columnsCovered(extents[i]!, fine) > 1 : row.cells[i]!.span > 1);
    const groupHeader = isGroupHeader(
      row.cells.map((c, i) => ({
        across: across(i) && !c.vMerge,
        down: c.vMerge === "restart",
        filled: cellText(c) !== "",
      })),
    );
    const marked = shadedMarks(row);
    const start = firstColumn(row, edges);
    const cells: string[] = Array.from({ length: fine ? fine.length : start }, () => "");
    const notes: string[][] = cells.map(() => []);
    // Per cell, the table's columns it fills.
    const placed: number[][] = [];
    for (const [i, cell] of row.cells.entries()) {
      const column = fine ? columnOf(extents[i]!, fine) : cells.length;
      let text = cellText(cell);
      let noted = cellNotes(cell);
      if (cell.vMerge === "continue") {
        const from = above[column];
        const kept = from && !from.label && !row.header;
        [text, noted] = kept ? [from.text, from.notes] : ["", []];
      } else if (cell.vMerge === "restart") above[column] = { text, label: groupHeader || row.header, notes: noted };
      else delete above[column];
      if (cell.hMerge === "continue") [text, noted] = ["", []];
      budget.text(0, text.length);
      if (fine) {
        cells[column] = [cells[column], text].filter(Boolean).join(" ");
        notes[column]!.push(...noted);
        placed.push([column]);
        continue;
      }
      cells.push(text);
      notes.push(noted);
      const span = cell.span + (i === 0 ? row.before - start : 0);
      placed.push(Array.from({ length: span }, (_, k) => column + k));
      for (let k = 1; k < span; k++) {
        cells.push("");
        notes.push([]);
      }
    }
    for (const i of marked) for (const c of placed[i]!) if (periods.has(c) && !cells[c]) cells[c] = FILL_MARK;
    const weekdays = isWeekdayRow(row.cells.map(cellText));
    row.cells.forEach((c, i) => !weekdays && namesPeriod(cellText(c)) && placed[i]!.forEach((at) => periods.add(at)));
    budget.columns(cells.length);
    // Bold passages of a cell merged down are the rows' above only: no row below takes a lead by them.
    const bold = emphasisOf(row.cells.flatMap((c) => (c.vMerge === "continue" ? [] : (c.emphasis?.read() ?? []))));
    if (cells.some((c) => c))
      blocks.push({ type: "row", cells, ...(notes.some((n) => n.length) && { notes }), ...bold });
    blocks.push(...row.cells.flatMap(innerTaskRows));
  }
  return blocks;
}

export function tableBlocks(table: TableDraft, styles: DocxStyles, budget: Budget): Block[] {
  if (!isLayout(table, styles)) return rows(table, budget);
  return table.rows.flatMap((r) => r.cells.flatMap((c) => c.blocks));
}
