// An OpenDocument spreadsheet's content.xml, streamed: each visible table:table a sheet grid
// (sheet/grid.ts). A cell's text is what LibreOffice shows (its text:p, already formatted); rows
// and cells carry repeat counts (a sheet's empty tail is one row "repeated" a million times), so
// an empty repeat only moves the counter and a filled one is placed once per copy, each copy
// counted by the grid's budget. Spans become merged ranges; collapsed and filtered rows and
// columns are hidden, except rows inside a folded row group (display="false": an outline group
// folded away, whose rows are still the plan's, sheet/outline.ts); a sheet whose table style
// says display="false" is skipped, as hidden .xlsx sheets are. Comments (office:annotation) and
// drawings in cells are not cell text.
import type { XmlElement, XmlHandlers } from "../../formats/xml-stream.ts";
import type { Budget } from "../budget.ts";
import { paints } from "../fill-marks.ts";
import { SheetGrid, type SheetRow } from "../sheet/grid.ts";
import { general, shownIsoDay } from "../sheet/number-format.ts";

interface CellDraft {
  column: number;
  repeat: number;
  across: number;
  down: number;
  type: string;
  value: string;
  lines: string[];
  /** The background its style paints, if any. */
  fill: string | undefined;
}

const count = (value: string | undefined) => Math.max(1, Math.floor(Number(value)) || 1);
const hidden = (el: XmlElement) => el.attrs.visibility === "collapse" || el.attrs.visibility === "filter";
/** Subtrees whose text is not the cell's: comments, drawings. */
const SKIPPED = new Set(["office:annotation", "draw:frame", "draw:custom-shape", "draw:g"]);
const MAX_SPACES = 1_000;
const NUMBERS = new Set(["float", "percentage", "currency"]);

/** What a cell shows when it has no text:p (some writers leave it out): its value, as the General format shows it. */
function valueText(cell: CellDraft): string {
  if (NUMBERS.has(cell.type)) {
    const n = Number(cell.value);
    return Number.isFinite(n) && cell.value !== "" ? general(n) : "";
  }
  return cell.type === "date" ? (shownIsoDay(cell.value) ?? "") : "";
}

/**
 * A date cell shown in figures month-first ("3/9/2023" in an English locale, its value 2023-03-09) is written
 * day-first, its figures as shown: its display order is the locale's, not the author's; the plan reads dates day-first.
 */
function dayFirst(cell: CellDraft, shown: string): string {
  const value = /^\d{4}-(\d{2})-(\d{2})/.exec(cell.value);
  const figures = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2,4})$/.exec(shown.trim());
  if (cell.type !== "date" || !value || !figures) return shown;
  const [, first, mark, second, year] = figures;
  const monthFirst = Number(first) === Number(value[1]) && Number(second) === Number(value[2]);
  return monthFirst && first !== second ? `${second}${mark}${first}${mark}${year}` : shown;
}

/**
 * A number as Calc shows it, without its thousands separators ("1,346" or "1.346" for 1346), as the .xlsx reader
 * shows numbers: the quota and budget readers want digits. Only when the figures read back are the cell's value.
 */
function ungrouped(text: string, value: string): string {
  const n = Number(value);
  if (!Number.isFinite(n) || !/^-?\d{1,3}([,.\s\u00a0]\d{3})+([,.]\d+)?$/.test(text)) return text;
  for (const candidate of [text.replace(/,/g, ""), text.replace(/[.\s\u00a0]/g, "").replace(",", ".")])
    if (Number(candidate) === n) return candidate;
  return text;
}

export function odsSheetsReader(budget: Budget): XmlHandlers & { sheets(): SheetRow[][]; names(): string[] } {
  const hiddenStyles = new Set<string>();
  /** Cell style → its background colour: a Gantt chart's bars (fill-marks.ts). */
  const backgrounds = new Map<string, string>();
  let cellStyle: string | null = null;
  const sheets: SheetRow[][] = [];
  // Each shown sheet's tab name, beside its rows.
  const names: string[] = [];
  let name = "";
  let style: string | null = null;
  let grid: SheetGrid | null = null;
  let row = 0;
  let column = 0;
  let rowRepeat = 1;
  let rowHidden = false;
  /** The row groups the reader is in, each folded or not, and how many of them are folded. */
  const groups: boolean[] = [];
  let foldedGroups = 0;
  let cells: CellDraft[] = [];
  let cell: CellDraft | null = null;
  let skipping = 0;

  /** The row's filled cells, once per copy of a repeated row; a row with none only moves the counter. */
  const placeRow = () => {
    const filled = cells.flatMap((c) => {
      const shown = c.lines.join("\n").trim();
      const text = !shown ? valueText(c) : NUMBERS.has(c.type) ? ungrouped(shown, c.value) : dayFirst(c, shown);
      // A date cell: the figures it shows month-first, where they were written day-first (`SheetRow.dates`).
      const monthFirst = c.type !== "date" ? undefined : shown && text !== shown ? shown : null;
      return text || c.fill
        ? [{ ...c, text, monthFirst, number: c.type === "float" && text === general(Number(c.value)) }]
        : [];
    });
    for (let k = 0; k < rowRepeat && filled.length && grid; k++) {
      const at = row + k;
      if (rowHidden) grid.hideRow(at);
      if (rowHidden && foldedGroups > 0) grid.foldRow(at);
      for (const c of filled)
        for (let j = 0; j < c.repeat; j++) {
          grid.set(at, c.column + j, c.text, c.number, c.monthFirst);
          if (c.fill) grid.fill(at, c.column + j, c.fill);
          if (c.across > 1 || c.down > 1)
            grid.merge({ top: at, left: c.column + j, bottom: at + c.down - 1, right: c.column + j + c.across - 1 });
        }
    }
  };

  return {
    open(el) {
      if (skipping || SKIPPED.has(el.name)) {
        skipping++;
        return;
      }
      switch (el.name) {
        case "style:style":
          style = el.attrs.family === "table" ? (el.attrs.name ?? null) : null;
          cellStyle = el.attrs.family === "table-cell" ? (el.attrs.name ?? null) : null;
          break;
        case "style:table-cell-properties":
          if (cellStyle && paints(el.attrs["background-color"]))
            backgrounds.set(cellStyle, el.attrs["background-color"]!);
          break;
        case "style:table-properties":
          if (style && el.attrs.display === "false") hiddenStyles.add(style);
          break;
        case "table:table":
          grid = hiddenStyles.has(el.attrs["style-name"] ?? "") ? null : new SheetGrid(budget);
          name = el.attrs.name ?? "";
          row = 1;
          column = 1;
          groups.length = 0;
          foldedGroups = 0;
          break;
        case "table:table-row-group":
          groups.push(el.attrs.display === "false");
          if (el.attrs.display === "false") foldedGroups++;
          break;
        case "table:table-column": {
          const repeat = count(el.attrs["number-columns-repeated"]);
          if (hidden(el)) grid?.hideColumns(column, column + repeat - 1);
          column += repeat;
          break;
        }
        case "table:table-row":
          rowRepeat = count(el.attrs["number-rows-repeated"]);
          rowHidden = hidden(el);
          column = 1;
          cells = [];
          break;
        case "table:table-cell":
        case "table:covered-table-cell":
          cell = {
            column,
            repeat: count(el.attrs["number-columns-repeated"]),
            across: count(el.attrs["number-columns-spanned"]),
            down: count(el.attrs["number-rows-spanned"]),
            type: el.attrs["value-type"] ?? "",
            value: el.attrs.value ?? el.attrs["date-value"] ?? el.attrs["boolean-value"] ?? "",
            lines: [],
            fill: backgrounds.get(el.attrs["style-name"] ?? ""),
          };
          break;
        case "text:p":
        case "text:h":
          cell?.lines.push("");
          break;
        case "text:s":
          if (cell?.lines.length)
            cell.lines[cell.lines.length - 1] += " ".repeat(Math.min(count(el.attrs.c), MAX_SPACES));
          break;
        case "text:tab":
        case "text:line-break":
          if (cell?.lines.length) cell.lines[cell.lines.length - 1] += el.name === "text:tab" ? "\t" : "\n";
          break;
      }
    },
    close(el) {
      if (skipping) {
        skipping--;
        return;
      }
      if (el.name === "style:style") [style, cellStyle] = [null, null];
      else if ((el.name === "table:table-cell" || el.name === "table:covered-table-cell") && cell) {
        // Only cells showing something are kept: a row of a million empty cells costs nothing.
        // A textless cell is kept for its fill in a row written once, repeated no wider than a plan's table (a
        // Gantt bar's cells), never a whole row painted to the sheet's edge.
        const painted = !!cell.fill && rowRepeat === 1 && cell.repeat <= budget.limits.maxColumns;
        if (el.name === "table:table-cell" && (cell.value || cell.lines.some((l) => l.trim()) || painted))
          cells.push(cell);
        column += cell.repeat;
        cell = null;
      } else if (el.name === "table:table-row") {
        placeRow();
        row += rowRepeat;
        cells = [];
      } else if (el.name === "table:table-row-group") {
        if (groups.pop()) foldedGroups--;
      } else if (el.name === "table:table") {
        if (grid) {
          sheets.push(grid.rows());
          names.push(name);
        }
        grid = null;
      }
    },
    text(text) {
      if (skipping || !cell?.lines.length) return;
      const line = cell.lines[cell.lines.length - 1] + text;
      budget.text(0, line.length);
      cell.lines[cell.lines.length - 1] = line;
    },
    sheets: () => sheets,
    names: () => names,
  };
}
