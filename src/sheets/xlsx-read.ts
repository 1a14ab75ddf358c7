// Reads the list sheet of an .xlsx straight from its XML, a few times faster than
// exceljs and with a fraction of its memory: unzip (Node's zlib), shared strings, the date
// formats of styles.xml, then one pass over the sheet's cells. Values come out as exceljs
// gives them (numbers, strings, booleans, dates for date-formatted numbers, formula
// results), so the checks see the same cells whichever reader ran. The parts are kept for
// writing the annotated copy (xlsx-annotate.ts).
import type { UploadLimits } from "../domain/limits.ts";
import { QUOTE_CHARS } from "../domain/limits.ts";
import type { Cell, RawSheet } from "../domain/list-check.ts";
import { scanTags } from "../formats/xml-scan.ts";
import { attr, cellRef, decodeXml } from "../formats/xml-text.ts";
import { readEntry, zipEntries } from "../formats/zip.ts";

export interface XlsxBook {
  /** The file as sent, and the parts read from it, inflated (the others stay compressed). */
  original: Buffer;
  files: Record<string, Buffer>;
  sheetPath: string;
  /** The sheet's name in the workbook. */
  sheetName: string;
  sheetXml: string;
  /** The last column any row of the sheet uses. */
  width: number;
}

export type XlsxOpen =
  | { type: "sheet"; merges: RawSheet["merges"]; rows: Generator<RawSheet["rows"][number]>; book: XlsxBook }
  | { type: "too-many-rows"; rows: number }
  | { type: "too-complex"; detail: string }
  | { type: "unreadable"; message: string };

export type ReadLimits = Pick<
  UploadLimits,
  | "maxRows"
  | "maxColumns"
  | "maxPartBytes"
  | "maxInflatedBytes"
  | "maxCellChars"
  | "maxSharedStrings"
  | "maxSharedChars"
  | "maxMerges"
>;

/** Thrown while reading a part that breaks a limit; `openXlsx` turns it into a value. */
class TooComplex extends Error {}

const text = (files: Record<string, Buffer>, path: string) => files[path]?.toString("utf8") ?? null;

// The parts a list is read from; anything else (drawings, media, printer settings) is never inflated.
const NEEDED =
  /^(\[Content_Types\]\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/sharedStrings\.xml|xl\/styles\.xml|xl\/worksheets\/[^/]+\.xml)$/;

/** The needed parts, each inflated no further than its declared size; null for a broken zip. */
function readParts(buffer: Buffer, limits: ReadLimits): Record<string, Buffer> | null {
  const entries = zipEntries(buffer);
  if (!entries) return null;
  const files: Record<string, Buffer> = {};
  let total = 0;
  for (const entry of entries.filter((e) => NEEDED.test(e.name))) {
    total += entry.inflated;
    if (entry.inflated > limits.maxPartBytes || total > limits.maxInflatedBytes) throw new TooComplex("part size");
    const read = readEntry(buffer, entry);
    if (!read.ok) return null;
    files[entry.name] = read.data;
  }
  return files;
}

/** "xl/_rels/workbook.xml.rels" targets resolve against "xl/". */
function resolvePath(target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = ["xl", ...target.split("/")];
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== ".") out.push(p);
  }
  return out.join("/");
}

function sheetPaths(files: Record<string, Buffer>, workbook: string): { path: string; name: string }[] {
  const rels = text(files, "xl/_rels/workbook.xml.rels") ?? "";
  const targets = new Map<string, string>();
  for (const tag of scanTags(rels)) {
    if (tag.name !== "Relationship" || tag.closing) continue;
    const id = attr(tag.attrs, "Id");
    const target = attr(tag.attrs, "Target");
    if (id && target) targets.set(id, resolvePath(target));
  }
  const paths: { path: string; name: string }[] = [];
  for (const tag of scanTags(workbook)) {
    if (tag.name !== "sheet" || tag.closing) continue;
    const id = /\s\w+:id="([^"]+)"/.exec(tag.attrs);
    const path = id ? targets.get(id[1]!) : undefined;
    if (path && files[path]) paths.push({ path, name: attr(tag.attrs, "name") ?? "" });
  }
  return paths;
}

function sharedStrings(xml: string | null, limits: ReadLimits): string[] {
  if (!xml) return [];
  const strings: string[] = [];
  let value: string | null = null;
  let textFrom = -1;
  let phonetic = false;
  let chars = 0;
  for (const tag of scanTags(xml)) {
    if (tag.name === "si") {
      if (!tag.closing && !tag.selfClosing) value = "";
      else if (tag.selfClosing) strings.push("");
      else if (value !== null) {
        chars += value.length;
        if (strings.length >= limits.maxSharedStrings || chars > limits.maxSharedChars)
          throw new TooComplex("shared strings");
        strings.push(decodeXml(value));
        value = null;
      }
    } else if (tag.name === "rPh") {
      // Phonetic runs are reading aids, not part of the text.
      phonetic = !tag.closing && !tag.selfClosing;
    } else if (tag.name === "t" && value !== null && !phonetic) {
      if (!tag.closing) textFrom = tag.selfClosing ? -1 : tag.end;
      else if (textFrom >= 0) {
        value += xml.slice(textFrom, tag.start);
        textFrom = -1;
      }
    }
  }
  return strings;
}

// Built-in number formats that show dates or times (ECMA-376 18.8.30).
const BUILTIN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

/** Which cell styles (by index) show a date, as exceljs decides it. */
function dateStyles(xml: string | null): boolean[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  const styles: number[] = [];
  let inCellXfs = false;
  for (const tag of scanTags(xml)) {
    if (tag.closing) {
      if (tag.name === "cellXfs") inCellXfs = false;
    } else if (tag.name === "numFmt")
      // A format code is a few characters; a longer one is no date format anyone wrote.
      custom.set(Number(attr(tag.attrs, "numFmtId")), (attr(tag.attrs, "formatCode") ?? "").slice(0, 200));
    else if (tag.name === "cellXfs") inCellXfs = !tag.selfClosing;
    else if (tag.name === "xf" && inCellXfs) styles.push(Number(attr(tag.attrs, "numFmtId") ?? 0));
  }
  const isDate = (id: number) => {
    const code = custom.get(id);
    if (code === undefined) return BUILTIN_DATES.has(id);
    return /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
  };
  return styles.map(isDate);
}

/** Rows a sheet has (with or without values), counted with indexOf: sheets are large. */
function rowCount(xml: string): number {
  const prefix = /<(\w+:)?worksheet\b/.exec(xml.slice(0, 2000))?.[1] ?? "";
  const tag = `<${prefix}row`;
  let count = 0;
  for (let at = xml.indexOf(tag); at >= 0; at = xml.indexOf(tag, at + tag.length)) {
    if (/[\s>/]/.test(xml[at + tag.length] ?? "")) count++;
  }
  return count;
}

/** An Excel serial day as exceljs turns it into a Date. */
function excelDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

function cellValue(type: string | null, style: number, raw: string, strings: string[], shared: Shared): Cell {
  if (type === "inlineStr") return decodeXml(raw);
  switch (type) {
    case "s":
      return strings[Number(raw)] ?? null;
    case "str":
      return decodeXml(raw);
    case "b":
      return raw === "1";
    case "e":
      return null;
    default: {
      const n = Number(raw);
      if (!Number.isFinite(n)) return decodeXml(raw);
      return shared.dates[style] ? excelDate(n, shared.date1904) : n;
    }
  }
}

type Row = RawSheet["rows"][number];
type Merge = RawSheet["merges"][number];
interface Shared {
  strings: string[];
  dates: boolean[];
  date1904: boolean;
  merges: Merge[];
}

/** A row being read: its cells, and those cut for being longer than a cell may be. */
class RowBuilder {
  readonly cells: Cell[] = [];
  readonly long: { column: number; length: number }[] = [];
  filled = false;

  constructor(readonly number: number) {}

  set(column: number, value: Cell, limits: ReadLimits): void {
    if (value === null || value === "") return;
    while (this.cells.length < column - 1) this.cells.push(null);
    if (typeof value === "string" && value.length > limits.maxCellChars) {
      this.long.push({ column: column - 1, length: value.length });
      value = value.slice(0, QUOTE_CHARS);
    }
    this.cells[column - 1] = value;
    this.filled = true;
  }

  /** The row as sent on; a merged range keeps its value in its first cell only, as exceljs does. */
  finish(active: Merge[]): Row {
    for (const m of active) {
      if (this.number < m.top || this.number > m.bottom) continue;
      for (let c = m.left; c <= m.right && c <= this.cells.length; c++)
        if (this.number !== m.top || c !== m.left) this.cells[c - 1] = null;
    }
    return this.long.length
      ? { number: this.number, cells: this.cells, long: this.long }
      : { number: this.number, cells: this.cells };
  }
}

/** The merged ranges that cover a row, kept as the rows go by (ranges sorted by their top row). */
function mergeWindow(merges: Merge[]): (row: number) => Merge[] {
  const sorted = [...merges].sort((a, b) => a.top - b.top);
  let next = 0;
  let active: Merge[] = [];
  return (row) => {
    while (next < sorted.length && sorted[next]!.top <= row) active.push(sorted[next++]!);
    active = active.filter((m) => m.bottom >= row);
    return active;
  };
}

/** The sheet's rows with values, in order, in one pass over its tags (an unclosed tag ends where the next begins). */
function* parseRows(xml: string, book: XlsxBook, shared: Shared, limits: ReadLimits): Generator<Row> {
  const covering = mergeWindow(shared.merges);
  let row: RowBuilder | null = null;
  let cell: { column: number; type: string | null; style: number; raw: string | null } | null = null;
  let textFrom = -1;
  let column = 0;
  let number = 0;
  const endCell = () => {
    if (row && cell && cell.raw !== null && cell.column <= limits.maxColumns)
      row.set(cell.column, cellValue(cell.type, cell.style, cell.raw, shared.strings, shared), limits);
    cell = null;
  };
  const endRow = (): Row | null => {
    endCell();
    const done = row?.filled ? row.finish(covering(row.number)) : null;
    row = null;
    return done;
  };
  const from = Math.max(0, xml.indexOf("sheetData"));
  for (const tag of scanTags(xml, from)) {
    if (tag.name === "row") {
      const done = endRow();
      if (done) yield done;
      if (tag.closing) continue;
      number = Number(attr(tag.attrs, "r") ?? number + 1) || number + 1;
      column = 0;
      if (!tag.selfClosing) row = new RowBuilder(number);
    } else if (tag.name === "c") {
      endCell();
      if (tag.closing) continue;
      const ref = attr(tag.attrs, "r");
      column = ref ? (cellRef(ref)?.column ?? column + 1) : column + 1;
      if (column > book.width) book.width = column;
      if (!tag.selfClosing)
        cell = { column, type: attr(tag.attrs, "t"), style: Number(attr(tag.attrs, "s") ?? 0), raw: null };
    } else if ((tag.name === "v" || tag.name === "t") && cell) {
      if (!tag.closing) textFrom = tag.selfClosing ? -1 : tag.end;
      else if (textFrom >= 0) {
        // An inline string's runs add up; a value is one.
        const piece = xml.slice(textFrom, tag.start);
        cell.raw = tag.name === "t" ? (cell.raw ?? "") + piece : piece;
        textFrom = -1;
      }
    } else if (tag.name === "sheetData" && tag.closing) break;
  }
  const last = endRow();
  if (last) yield last;
}

/**
 * The sheet's merged ranges, clamped to the columns read (a range over A:XFD costs what a
 * range over the list's columns costs, wherever it is spread); too many is a refusal.
 */
function merges(xml: string, limits: ReadLimits): Merge[] {
  // <mergeCells> follows the sheet's data: only the tail is scanned.
  const at = xml.indexOf("mergeCells", xml.lastIndexOf("sheetData>"));
  if (at < 0) return [];
  const found: Merge[] = [];
  for (const tag of scanTags(xml, at)) {
    if (tag.name !== "mergeCell" || tag.closing) continue;
    if (found.length >= limits.maxMerges) throw new TooComplex("merged ranges");
    const [a, b = a] = (attr(tag.attrs, "ref") ?? "").split(":");
    const start = cellRef(a ?? "");
    const end = cellRef(b ?? "");
    if (!start || !end) continue;
    const merge = {
      top: start.row,
      left: start.column,
      bottom: end.row,
      right: Math.min(end.column, limits.maxColumns),
    };
    if (
      merge.bottom >= merge.top &&
      merge.right >= merge.left &&
      (merge.bottom > merge.top || merge.right > merge.left)
    )
      found.push(merge);
  }
  return found;
}

/**
 * Opens an .xlsx for reading: its merged ranges at once, its rows as they are parsed (so
 * that they can be sent on while the rest is read). `book.width` is final once every
 * row has been read.
 */
export function openXlsx(buffer: Buffer, limits: ReadLimits): XlsxOpen {
  try {
    return open(buffer, limits);
  } catch (error) {
    if (error instanceof TooComplex) return { type: "too-complex", detail: error.message };
    throw error;
  }
}

function open(buffer: Buffer, limits: ReadLimits): XlsxOpen {
  const files = readParts(buffer, limits);
  if (!files) return { type: "unreadable", message: "broken zip" };
  const workbook = text(files, "xl/workbook.xml") ?? "";
  // The list is on the sheet with the most rows (title sheets and notes have few).
  const candidates = sheetPaths(files, workbook).map(({ path, name }) => ({
    path,
    name,
    xml: text(files, path)!,
    rows: 0,
  }));
  for (const c of candidates) c.rows = rowCount(c.xml);
  const chosen = candidates.sort((a, b) => b.rows - a.rows)[0];
  if (!chosen) return { type: "unreadable", message: "no worksheet" };
  if (chosen.rows > limits.maxRows) return { type: "too-many-rows", rows: chosen.rows };
  const properties = [...scanTags(workbook)].find((tag) => tag.name === "workbookPr");
  const shared = {
    strings: sharedStrings(text(files, "xl/sharedStrings.xml"), limits),
    dates: dateStyles(text(files, "xl/styles.xml")),
    date1904: ["1", "true"].includes(attr(properties?.attrs ?? "", "date1904") ?? ""),
    merges: merges(chosen.xml, limits),
  };
  const book: XlsxBook = {
    original: buffer,
    files,
    sheetPath: chosen.path,
    sheetName: chosen.name,
    sheetXml: chosen.xml,
    width: 0,
  };
  return { type: "sheet", merges: shared.merges, rows: parseRows(chosen.xml, book, shared, limits), book };
}
