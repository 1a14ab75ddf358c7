// One .xlsx worksheet, streamed: each cell's value shown through its number format into the
// sheet's grid (sheet/grid.ts), with its merged ranges, hidden rows and columns, and outline groups.
import type { XmlHandlers } from "../../formats/xml-stream.ts";
import { cellRef } from "../../formats/xml-text.ts";
import type { Budget } from "../budget.ts";
import { SheetGrid, type SheetRow } from "../sheet/grid.ts";
import { shownIsoDay, shownNumber, type ShownNumber } from "../sheet/number-format.ts";

export interface Workbook {
  strings: string[];
  /** Per cell style (index): its number format code. */
  formats: string[];
  /** Per cell style (index): the colour of its solid fill, else null. */
  fills: (string | null)[];
  date1904: boolean;
}

interface CellDraft {
  column: number;
  type: string;
  style: number;
  value: string;
}

function shown(cell: CellDraft, book: Workbook): ShownNumber {
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
      const day = shownIsoDay(cell.value);
      return day ? { text: day, generalNumber: false, monthFirst: null } : { text: cell.value, generalNumber: false };
    }
    default: {
      const value = Number(cell.value);
      if (cell.value.trim() === "" || !Number.isFinite(value)) return { text: cell.value, generalNumber: false };
      return shownNumber(value, book.formats[cell.style] ?? "General", book.date1904);
    }
  }
}

const isSet = (flag: string | undefined) => flag === "1" || flag === "true";

export function sheetReader(book: Workbook, budget: Budget): XmlHandlers & { rows(): SheetRow[] } {
  const grid = new SheetGrid(budget);
  let row = 0;
  let cell: CellDraft | null = null;
  let reading: "value" | "inline" | null = null;
  let phonetic = 0;

  const addMerge = (ref: string) => {
    const [a = "", b = a] = ref.split(":");
    const start = cellRef(a);
    const end = cellRef(b);
    if (start && end) grid.merge({ top: start.row, left: start.column, bottom: end.row, right: end.column });
  };

  return {
    open(el) {
      if (el.name === "x:row") {
        row = Number(el.attrs.r) || row + 1;
        if (isSet(el.attrs.hidden)) grid.hideRow(row);
        grid.outlineRow(row, Number(el.attrs.outlineLevel) || 0);
      } else if (el.name === "x:col" && isSet(el.attrs.hidden)) {
        const min = Number(el.attrs.min) || 1;
        grid.hideColumns(min, Number(el.attrs.max) || min);
      } else if (el.name === "x:c") {
        const column = (el.attrs.r ? cellRef(el.attrs.r)?.column : null) ?? (cell?.column ?? 0) + 1;
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
        const { text, generalNumber, monthFirst } = shown(cell, book);
        if (row > 0) grid.set(row, cell.column, text, generalNumber, monthFirst);
        if (row > 0) grid.fill(row, cell.column, book.fills[cell.style]);
      } else if (el.name === "x:row") cell = null;
    },
    text(text) {
      if (!cell || !reading || (reading === "inline" && phonetic > 0)) return;
      cell.value += text;
      budget.text(0, cell.value.length);
    },
    rows: () => grid.rows(),
  };
}
