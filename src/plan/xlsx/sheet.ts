// One worksheet of a plan workbook, streamed: its rows with the text each cell shows,
// then its merged ranges applied. A range merged down gives its value to every row it
// covers that has values of its own (as a Word table's vMerge does), except the labels of
// a two-row header (merged-header.ts), shown once. A range merged across keeps its value
// in its first cell, the others empty, so columns keep their places. Hidden columns and rows
// (an internal code, a superseded deadline kept for reference) are read as the sheet shows and
// prints them: not at all, the columns after them moving up, as hidden sheets are skipped.
import type { XmlHandlers } from "../../formats/xml-stream.ts";
import { cellRef } from "../../formats/xml-text.ts";
import { clean } from "../../domain/text.ts";
import { type Budget, refuse } from "../budget.ts";
import { isGroupHeader, type HeaderCell } from "../merged-header.ts";
import { formatValue, general } from "./number-format.ts";

export interface SheetRow {
  number: number;
  cells: string[];
  /** Cells holding a number shown in the General format: their dots may have lost a zero (1.10 → 1.1). */
  generalNumbers: Set<number>;
}

export interface Workbook {
  strings: string[];
  /** Per cell style (index): its number format code. */
  formats: string[];
  date1904: boolean;
}

interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

interface CellDraft {
  column: number;
  type: string;
  style: number;
  value: string;
}

function shown(cell: CellDraft, book: Workbook): { text: string; generalNumber: boolean } {
  switch (cell.type) {
    case "s":
      return { text: book.strings[Number(cell.value)] ?? "", generalNumber: false };
    case "inlineStr":
    case "str":
    case "e":
      return { text: cell.value, generalNumber: false };
    case "b":
      return { text: cell.value === "1" ? "TRUE" : "FALSE", generalNumber: false };
    case "d": {
      const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(cell.value);
      return { text: day ? `${day[3]}/${day[2]}/${day[1]}` : cell.value, generalNumber: false };
    }
    default: {
      const value = Number(cell.value);
      if (cell.value.trim() === "" || !Number.isFinite(value)) return { text: cell.value, generalNumber: false };
      const format = book.formats[cell.style] ?? "General";
      const text = formatValue(value, format, book.date1904);
      return { text, generalNumber: text === general(value) };
    }
  }
}

const isSet = (flag: string | undefined) => flag === "1" || flag === "true";

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
    };
  });
}

export function sheetReader(book: Workbook, budget: Budget): XmlHandlers & { rows(): SheetRow[] } {
  const rows = new Map<number, SheetRow>();
  const hiddenRows = new Set<number>();
  const hiddenColumns: { min: number; max: number }[] = [];
  const merges: Range[] = [];
  let mergedCells = 0;
  let row: SheetRow | null = null;
  let cell: CellDraft | null = null;
  let reading: "value" | "inline" | null = null;
  let phonetic = 0;

  const addMerge = (ref: string) => {
    const [a = "", b = a] = ref.split(":");
    const start = cellRef(a);
    const end = cellRef(b);
    if (!start || !end) return;
    const range = { top: start.row, left: start.column, bottom: end.row, right: end.column };
    if (range.bottom < range.top || range.right < range.left) return;
    budget.columns(range.right);
    mergedCells += (range.bottom - range.top + 1) * (range.right - range.left + 1);
    if (merges.push(range) > budget.limits.maxMerges || mergedCells > budget.limits.maxMergedCells)
      refuse("plan-too-complex", "merged cells");
  };

  const closeCell = (c: CellDraft) => {
    if (!row) return;
    const { text, generalNumber } = shown(c, book);
    const value = clean(text);
    if (!value) return;
    budget.text(value.length, value.length);
    budget.columns(c.column);
    while (row.cells.length < c.column - 1) row.cells.push("");
    row.cells[c.column - 1] = value;
    if (generalNumber) row.generalNumbers.add(c.column - 1);
  };

  return {
    open(el) {
      if (el.name === "x:row") {
        const number = Number(el.attrs.r) || (row?.number ?? 0) + 1;
        row = { number, cells: [], generalNumbers: new Set() };
        if (isSet(el.attrs.hidden)) hiddenRows.add(number);
      } else if (el.name === "x:col" && isSet(el.attrs.hidden)) {
        hiddenColumns.push({ min: Number(el.attrs.min) || 1, max: Number(el.attrs.max) || Number(el.attrs.min) || 1 });
      } else if (el.name === "x:c") {
        const at = el.attrs.r ? cellRef(el.attrs.r) : null;
        const column = at?.column ?? (row?.cells.length ?? 0) + 1;
        cell = { column, type: el.attrs.t ?? "n", style: Number(el.attrs.s) || 0, value: "" };
      } else if (el.name === "x:v" && cell) reading = "value";
      else if (el.name === "x:t" && cell?.type === "inlineStr") reading = "inline";
      else if (el.name === "x:rPh") phonetic++;
      else if (el.name === "x:mergeCell") addMerge(el.attrs.ref ?? "");
    },
    close(el) {
      if (el.name === "x:v" || el.name === "x:t") reading = null;
      else if (el.name === "x:rPh") phonetic--;
      else if (el.name === "x:c" && cell) {
        closeCell(cell);
        cell = null;
      } else if (el.name === "x:row" && row) {
        if (row.cells.length > 0) {
          budget.block();
          rows.set(row.number, row);
        }
      }
    },
    text(text) {
      if (!cell || !reading || (reading === "inline" && phonetic > 0)) return;
      cell.value += text;
      budget.text(0, cell.value.length);
    },
    rows() {
      applyMerges(rows, merges);
      const shown = [...rows.values()].filter((r) => !hiddenRows.has(r.number)).sort((a, b) => a.number - b.number);
      return shownColumns(shown, hiddenColumns);
    },
  };
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
    }
  }
}
