// .xls task tables (Excel 97-2003 workbooks, which offices still keep and send), read as .xlsx
// workbooks are: every visible worksheet in order, each cell as Excel shows it, merged ranges
// spread, the rows made blocks as for every workbook format (sheet/blocks.ts). The workbook
// stream sits in the same compound file a .doc does (doc/compound-file.ts). Its globals give the
// shared strings, number formats, cell styles and the sheets' places; each sheet is read from its
// place to the next one's, so no byte is read twice whatever offsets a file claims. Excel 5/95
// ("Book" stream) is refused as unreadable, with the answer to save again; an encrypted one as encrypted-file.
import { PLAN_LIMITS, type PlanLimits } from "../domain/limits.ts";
import { Budget, readSafely, refuse } from "./budget.ts";
import type { Block, ReadResult } from "./document.ts";
import { looksLikeWorkbook, openCompoundFile } from "./compound-file.ts";
import { sheetBlocks } from "./sheet/blocks.ts";
import { builtInFormat } from "./sheet/number-format.ts";
import { bad, Continued, RECORD, records } from "./xls/records.ts";
import { readXlsSheet, type XlsBook } from "./xls/sheet.ts";
import { sharedStrings, unicodeString } from "./xls/strings.ts";

/**
 * Whether a compound file holds an Excel workbook (BIFF8 "Workbook", or Excel 5/95's "Book"), or is too broken to open
 * but names a Workbook (an .xls cut short in sending, answered `unreadable-xls` rather than as a Word file).
 */
export function isWorkbookCompoundFile(buffer: Buffer, limits: PlanLimits = PLAN_LIMITS): boolean {
  try {
    const file = openCompoundFile(buffer, limits.maxPartBytes, "unreadable-xls");
    return file.stream("Workbook") !== null || file.stream("Book") !== null;
  } catch {
    return looksLikeWorkbook(buffer);
  }
}

interface Globals {
  book: XlsBook;
  /** Every sheet's place in the stream, in tab order, and whether it is a worksheet shown. */
  sheets: { at: number; shown: boolean; name: string }[];
}

/** An XF's solid fill (its pattern, bits 26-31 at 14, is 1) by its palette index (bits 0-6 at 18); else null. */
function solidFill(xf: Buffer): string | null {
  if (xf.length < 20 || ((xf.readUInt32LE(14) >>> 26) & 0x3f) !== 1) return null;
  return `indexed${xf.readUInt16LE(18) & 0x7f}`;
}

function readGlobals(stream: Buffer, budget: Budget): Globals {
  const custom = new Map<number, string>();
  const styles: number[] = [];
  const fills: (string | null)[] = [];
  const sheets: Globals["sheets"] = [];
  const sst: Buffer[] = [];
  let inSst = false;
  let date1904 = false;
  let first = true;
  for (const { type, data } of records(stream)) {
    if (first && (type !== RECORD.BOF || data.length < 4 || data.readUInt16LE(0) !== 0x0600))
      bad("not a BIFF8 workbook");
    first = false;
    if (type === RECORD.CONTINUE) {
      if (inSst) sst.push(data);
      continue;
    }
    inSst = type === RECORD.SST;
    if (inSst) sst.push(data);
    else if (type === RECORD.EOF) break;
    else if (type === RECORD.FILEPASS) refuse("encrypted-file", "encrypted .xls");
    else if (type === RECORD.DATEMODE && data.length >= 2) date1904 = data.readUInt16LE(0) === 1;
    else if (type === RECORD.FORMAT && data.length >= 5)
      custom.set(data.readUInt16LE(0), unicodeString(new Continued([data.subarray(2)]), 2));
    else if (type === RECORD.XF && data.length >= 4) {
      styles.push(data.readUInt16LE(2));
      fills.push(solidFill(data));
    }
    // Visible (0) worksheets (0) are read; hidden ones, charts and macro sheets only bound the others.
    else if (type === RECORD.BOUNDSHEET && data.length >= 6)
      sheets.push({
        at: data.readUInt32LE(0),
        shown: data[4] === 0 && data[5] === 0,
        name: data.length > 7 ? unicodeString(new Continued([data.subarray(6)]), 1) : "",
      });
  }
  const strings = sst.length ? sharedStrings(sst, budget) : [];
  return {
    book: { strings, formats: styles.map((id) => custom.get(id) ?? builtInFormat(id)), fills, date1904 },
    sheets,
  };
}

export function readXlsPlan(buffer: Buffer, limits: PlanLimits = PLAN_LIMITS): ReadResult {
  return readSafely("unreadable-xls", () => {
    const file = openCompoundFile(buffer, limits.maxPartBytes, "unreadable-xls");
    const stream =
      file.stream("Workbook") ?? (file.stream("Book") ? bad("an Excel 5.0/95 workbook") : bad("no Workbook"));
    return { blocks: xlsBlocks(stream, new Budget(limits)) };
  });
}

/**
 * The blocks of a Workbook stream, its cells counted in `budget`: the file's own, or that of the document holding the
 * workbook as an embedded object (embedded-workbook.ts).
 */
export function xlsBlocks(stream: Buffer, budget: Budget): Block[] {
  const { book, sheets } = readGlobals(stream, budget);
  const places = [...new Set(sheets.map((s) => s.at))].sort((a, b) => a - b);
  const blocks: Block[] = [];
  const read = new Set<number>();
  for (const sheet of sheets) {
    if (!sheet.shown || read.has(sheet.at)) continue;
    read.add(sheet.at);
    const next = places.find((at) => at > sheet.at) ?? stream.length;
    const bof = records(stream, sheet.at, next).next().value;
    // A worksheet's own BOF says so (0x0010); one that does not is no worksheet of this file.
    if (!bof || bof.type !== RECORD.BOF || bof.data.length < 4 || bof.data.readUInt16LE(2) !== 0x0010) continue;
    const rows = readXlsSheet(stream, sheet.at + 4 + bof.data.length, next, book, budget).rows();
    blocks.push(...sheetBlocks(rows, sheet.name));
  }
  return blocks;
}
