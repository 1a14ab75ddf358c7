// One worksheet of a BIFF8 workbook: its cell records placed in a sheet grid (sheet/grid.ts) as
// the .xlsx reader places them. Numbers (NUMBER, RK, MULRK, a formula's cached result) are shown
// through their cell style's number format; strings come from the shared table (LABELSST), from
// the record itself (LABEL, RSTRING) or from the STRING record after a formula; merged ranges,
// hidden rows and columns, and outline groups as Excel keeps them. Rows and columns count from 0
// in the file.
import type { Budget } from "../budget.ts";
import { SheetGrid } from "../sheet/grid.ts";
import { shownNumber } from "../sheet/number-format.ts";
import { bad, Continued, RECORD, records, type XlsRecord } from "./records.ts";
import { unicodeString } from "./strings.ts";

export interface XlsBook {
  strings: string[];
  /** Per cell style (XF index): its number format code. */
  formats: string[];
  /** Per cell style (XF index): the colour of its solid fill, else null (a Gantt chart's bar, fill-marks.ts). */
  fills: (string | null)[];
  date1904: boolean;
}

/** The cell records whose style stands at offset 4, after their row and column. */
const STYLED = new Set<number>([
  RECORD.LABELSST,
  RECORD.LABEL,
  RECORD.RSTRING,
  RECORD.NUMBER,
  RECORD.RK,
  RECORD.BOOLERR,
  RECORD.FORMULA,
  RECORD.BLANK,
]);

const ERRORS: Record<number, string> = {
  0x00: "#NULL!",
  0x07: "#DIV/0!",
  0x0f: "#VALUE!",
  0x17: "#REF!",
  0x1d: "#NAME?",
  0x24: "#NUM!",
  0x2a: "#N/A",
};

/** SHRFMLA, ARRAY, TABLE: a formula's own records, between it and its string result. */
const FORMULA_PARTS = new Set([0x04bc, 0x0221, 0x0236]);

/** An RK number: 30 bits of an integer or of a double's high word, maybe hundredths. */
function rkValue(rk: number): number {
  let value: number;
  if (rk & 0x02) value = rk >> 2;
  else {
    const bytes = Buffer.alloc(8);
    bytes.writeUInt32LE((rk & 0xfffffffc) >>> 0, 4);
    value = bytes.readDoubleLE(0);
  }
  return rk & 0x01 ? value / 100 : value;
}

const need = (data: Buffer, length: number) => data.length >= length || bad("a cell record too short");

export function readXlsSheet(stream: Buffer, from: number, to: number, book: XlsBook, budget: Budget): SheetGrid {
  const grid = new SheetGrid(budget);
  const number = (row: number, column: number, style: number, value: number) => {
    const { text, generalNumber, monthFirst } = shownNumber(value, book.formats[style] ?? "General", book.date1904);
    grid.set(row + 1, column + 1, text, generalNumber, monthFirst);
  };
  let formula: { row: number; column: number } | null = null;
  let string: Buffer[] | null = null;
  const flushString = () => {
    if (formula && string) grid.set(formula.row + 1, formula.column + 1, unicodeString(new Continued(string), 2));
    formula = null;
    string = null;
  };
  for (const record of records(stream, from, to)) {
    if (string && record.type === RECORD.CONTINUE) {
      string.push(record.data);
      continue;
    }
    // A formula's string result comes in the next STRING record, maybe after its shared-formula records.
    if (record.type === RECORD.STRING) {
      string = [record.data];
      continue;
    }
    if (FORMULA_PARTS.has(record.type)) continue;
    flushString();
    if (record.type === RECORD.EOF) break;
    cell(record);
  }
  flushString();
  return grid;

  function cell({ type, data }: XlsRecord): void {
    const [row, column, style] =
      data.length >= 6 ? [data.readUInt16LE(0), data.readUInt16LE(2), data.readUInt16LE(4)] : [0, 0, 0];
    if (STYLED.has(type) && data.length >= 6) grid.fill(row + 1, column + 1, book.fills[style]);
    switch (type) {
      case RECORD.LABELSST:
        need(data, 10);
        grid.set(row + 1, column + 1, book.strings[data.readUInt32LE(6)] ?? "");
        return;
      case RECORD.LABEL:
      case RECORD.RSTRING:
        need(data, 9);
        grid.set(row + 1, column + 1, unicodeString(new Continued([data.subarray(6)]), 2));
        return;
      case RECORD.NUMBER:
        need(data, 14);
        return number(row, column, style, data.readDoubleLE(6));
      case RECORD.RK:
        need(data, 10);
        return number(row, column, style, rkValue(data.readUInt32LE(6)));
      case RECORD.MULRK:
        for (let at = 4, c = column; at + 6 <= data.length - 2; at += 6, c++) {
          grid.fill(row + 1, c + 1, book.fills[data.readUInt16LE(at)]);
          number(row, c, data.readUInt16LE(at), rkValue(data.readUInt32LE(at + 2)));
        }
        return;
      case RECORD.MULBLANK:
        for (let at = 4, c = column; at + 2 <= data.length - 2; at += 2, c++)
          grid.fill(row + 1, c + 1, book.fills[data.readUInt16LE(at)]);
        return;
      case RECORD.BOOLERR:
        need(data, 8);
        grid.set(row + 1, column + 1, data[7] ? (ERRORS[data[6]!] ?? "#N/A") : data[6] ? "TRUE" : "FALSE");
        return;
      case RECORD.FORMULA:
        return formulaResult(row, column, style, data);
      case RECORD.MERGECELLS:
        for (let at = 2; at + 8 <= data.length; at += 8) {
          const [top, bottom, left, right] = [0, 2, 4, 6].map((k) => data.readUInt16LE(at + k) + 1) as number[];
          grid.merge({ top: top!, bottom: bottom!, left: left!, right: right! });
        }
        return;
      case RECORD.ROW: {
        if (data.length < 14) return;
        // Options: the outline level in bits 0-2, hidden 0x20.
        const options = data.readUInt16LE(12);
        if (options & 0x20) grid.hideRow(row + 1);
        grid.outlineRow(row + 1, options & 0x07);
        return;
      }
      case RECORD.COLINFO:
        // COLINFO's first fields are its first and last column, not a row and column.
        if (data.length >= 10 && data.readUInt16LE(8) & 0x01) grid.hideColumns(row + 1, column + 1);
        return;
    }
  }

  function formulaResult(row: number, column: number, style: number, data: Buffer): void {
    need(data, 14);
    if (data.readUInt16LE(12) !== 0xffff) return number(row, column, style, data.readDoubleLE(6));
    const kind = data[6];
    if (kind === 0x00) formula = { row, column };
    else if (kind === 0x01) grid.set(row + 1, column + 1, data[8] ? "TRUE" : "FALSE");
    else if (kind === 0x02) grid.set(row + 1, column + 1, ERRORS[data[8]!] ?? "#N/A");
  }
}
