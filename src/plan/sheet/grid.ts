// One worksheet of a plan workbook, whatever file it came from (.xlsx, .xls, .ods): the text each
// cell shows, placed by row and column, then its merged ranges applied. A range merged down gives
// its value to every row it covers that has values of its own (as a Word table's vMerge does),
// except the labels of a two-row header (merged-header.ts), shown once. A range merged across
// keeps its value in its first cell, the others empty, so columns keep their places. Hidden
// columns and rows (an internal code, a superseded deadline kept for reference) are read as the
// sheet shows and prints them: not at all, the columns after them moving up; but rows hidden by
// folding their outline group are read, for folding hides sub-tasks from view, not from the plan
// (outline.ts).
// A cell holding no text but a fill (a Gantt chart's bar over its month columns) shows a mark, as an "x" there
// would: `fillMarks`.
import { clean } from "../../domain/text.ts";
import { type Budget, refuse } from "../budget.ts";
import { isGroupHeader, type HeaderCell } from "../merged-header.ts";
import { rowsInFoldedGroups } from "./outline.ts";
import { FILL_MARK, fillMarks, paints, periodHeads, type CellFill } from "../fill-marks.ts";

export interface SheetRow {
  number: number;
  cells: string[];
  /** Cells holding a number shown in the General format: their dots may have lost a zero (1.10 → 1.1). */
  generalNumbers: Set<number>;
  /**
   * Cells holding a date: the text its month-first format shows ("5/6/2026" for 6 May, the cell's text written
   * day-first), null for one shown otherwise (`typed-day-first.ts`). Cells of text are not here.
   */
  dates?: Map<number, string | null>;
}

/** A merged range, rows and columns counted from 1, both ends included. */
export interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export class SheetGrid {
  private readonly cells = new Map<number, SheetRow>();
  private readonly hiddenRows = new Set<number>();
  private readonly hiddenColumns: { min: number; max: number }[] = [];
  private readonly outlineLevels = new Map<number, number>();
  private readonly folded = new Set<number>();
  private readonly merges: Range[] = [];
  private readonly fills: CellFill[] = [];
  private mergedCells = 0;

  constructor(private readonly budget: Budget) {}

  /**
   * The text a cell shows (row and column from 1); an empty one is left out. `monthFirst`, for a date cell: the text
   * its month-first format shows, or null (see `SheetRow.dates`).
   */
  set(row: number, column: number, text: string, generalNumber = false, monthFirst?: string | null): void {
    const value = clean(text);
    if (!value) return;
    this.budget.text(value.length, value.length);
    this.budget.columns(column);
    let line = this.cells.get(row);
    if (!line) {
      this.budget.block();
      line = { number: row, cells: [], generalNumbers: new Set(), dates: new Map() };
      this.cells.set(row, line);
    }
    while (line.cells.length < column - 1) line.cells.push("");
    line.cells[column - 1] = value;
    if (generalNumber) line.generalNumbers.add(column - 1);
    if (monthFirst !== undefined) line.dates?.set(column - 1, monthFirst === null ? null : clean(monthFirst));
    else line.dates?.delete(column - 1);
  }

  /** A cell's fill (row and column from 1), a colour's name in the file's own terms; none is never told. */
  fill(row: number, column: number, colour: string | null | undefined): void {
    const { maxColumns, maxMergedCells } = this.budget.limits;
    if (paints(colour) && column <= maxColumns && this.fills.length < maxMergedCells)
      this.fills.push({ row, column, colour });
  }

  hideRow(row: number): void {
    this.hiddenRows.add(row);
  }

  /** A row's outline level in Excel's outline (.xlsx, .xls): 0 outside any group. */
  outlineRow(row: number, level: number): void {
    if (level > 0) this.outlineLevels.set(row, level);
  }

  /** A row inside a folded group, as .ods files say it (a row group with display="false"). */
  foldRow(row: number): void {
    this.folded.add(row);
  }

  hideColumns(min: number, max: number): void {
    this.hiddenColumns.push({ min, max });
  }

  merge(range: Range): void {
    if (range.bottom < range.top || range.right < range.left || range.top < 1 || range.left < 1) return;
    this.budget.columns(range.right);
    this.mergedCells += (range.bottom - range.top + 1) * (range.right - range.left + 1);
    if (this.merges.push(range) > this.budget.limits.maxMerges || this.mergedCells > this.budget.limits.maxMergedCells)
      refuse("plan-too-complex", "merged cells");
  }

  /** The rows as the sheet shows them, in order. */
  rows(): SheetRow[] {
    const texts = new Map([...this.cells].map(([n, r]) => [n, r.cells]));
    const heads = periodHeads(texts, this.merges);
    const headed = (row: number, column: number) => (heads.get(column) ?? row) < row;
    for (const { row, column } of fillMarks(this.fills, this.merges, texts, headed)) this.set(row, column, FILL_MARK);
    applyMerges(this.cells, this.merges);
    const folded = rowsInFoldedGroups(this.outlineLevels, this.hiddenRows);
    const shown = [...this.cells.values()]
      .filter((r) => !this.hiddenRows.has(r.number) || folded.has(r.number) || this.folded.has(r.number))
      .sort((a, b) => a.number - b.number);
    return shownColumns(shown, this.hiddenColumns);
  }
}

/** The rows without the hidden columns' cells, in the order shown. */
function shownColumns(rows: SheetRow[], hidden: { min: number; max: number }[]): SheetRow[] {
  if (hidden.length === 0) return rows;
  const shows = (index: number) => !hidden.some((h) => index + 1 >= h.min && index + 1 <= h.max);
  return rows.map((row) => {
    const kept = row.cells.map((_, i) => i).filter(shows);
    return {
      number: row.number,
      cells: kept.map((i) => row.cells[i]!),
      generalNumbers: new Set(kept.flatMap((i, at) => (row.generalNumbers.has(i) ? [at] : []))),
      dates: new Map(kept.flatMap((i, at) => (row.dates?.has(i) ? [[at, row.dates.get(i)!] as const] : []))),
    };
  });
}

/** Rows that are the upper row of a two-row header: every filled cell starts a merge, across or down. */
function groupHeaderRows(rows: Map<number, SheetRow>, merges: Range[]): Set<number> {
  const starts = new Map<number, Map<number, HeaderCell>>();
  for (const m of merges) {
    const row = starts.get(m.top) ?? new Map<number, HeaderCell>();
    starts.set(m.top, row);
    row.set(m.left, { across: m.bottom === m.top && m.right > m.left, down: m.bottom > m.top, filled: true });
  }
  const found = new Set<number>();
  for (const [number, row] of starts) {
    const cells = (rows.get(number)?.cells ?? []).map(
      (text, i) => row.get(i + 1) ?? { across: false, down: false, filled: text !== "" },
    );
    if (isGroupHeader(cells)) found.add(number);
  }
  return found;
}

function applyMerges(rows: Map<number, SheetRow>, merges: Range[]): void {
  const headers = groupHeaderRows(rows, merges);
  for (const m of merges) {
    if (m.bottom === m.top || headers.has(m.top)) continue;
    const value = rows.get(m.top)?.cells[m.left - 1] ?? "";
    if (!value) continue;
    for (let r = m.top + 1; r <= m.bottom; r++) {
      const covered = rows.get(r);
      if (!covered) continue;
      while (covered.cells.length < m.left) covered.cells.push("");
      covered.cells[m.left - 1] = value;
      // A date merged down is the same date in every row it covers.
      const date = rows.get(m.top)?.dates?.get(m.left - 1);
      if (date !== undefined) covered.dates?.set(m.left - 1, date);
      else covered.dates?.delete(m.left - 1);
    }
  }
}
