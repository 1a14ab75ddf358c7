// Reads the list sheet of an .xlsx straight from its XML, a few times faster than
// exceljs and with a fraction of its memory: unzip (Node's zlib), shared strings, the date
// formats of styles.xml, then one pass over the sheet's cells. Values come out as exceljs
// gives them (numbers, strings, booleans, dates for date-formatted numbers, formula
// results), so the checks see the same cells whichever reader ran. The parts are kept for
// writing the annotated copy (xlsx-annotate.ts).
import type { Cell, RawSheet } from "../domain/list-check.ts";
import { attr, cellRef, decodeXml } from "../formats/xml-text.ts";
import { unzip } from "../formats/zip.ts";

export interface XlsxBook {
  /** The file as sent, and its parts inflated. */
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
  | { type: "unreadable"; message: string };

const text = (files: Record<string, Buffer>, path: string) => files[path]?.toString("utf8") ?? null;

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
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = attr(m[0], "Id");
    const target = attr(m[0], "Target");
    if (id && target) targets.set(id, resolvePath(target));
  }
  const paths: { path: string; name: string }[] = [];
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const id = /\s[\w]+:id="([^"]+)"/.exec(m[0]);
    const path = id ? targets.get(id[1]!) : undefined;
    if (path && files[path]) paths.push({ path, name: attr(m[0], "name") ?? "" });
  }
  return paths;
}

function sharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  const strings: string[] = [];
  for (const si of xml.matchAll(/<(?:\w+:)?si\b[^>]*>([\s\S]*?)<\/(?:\w+:)?si>/g)) {
    // Phonetic runs (<rPh>) are reading aids, not part of the text.
    const body = si[1]!.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, "");
    let value = "";
    for (const t of body.matchAll(/<(?:\w+:)?t\b[^>]*>([\s\S]*?)<\/(?:\w+:)?t>/g)) value += t[1];
    strings.push(decodeXml(value));
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
  for (const m of xml.matchAll(/<(?:\w+:)?numFmt\b[^>]*>/g))
    custom.set(Number(attr(m[0], "numFmtId")), attr(m[0], "formatCode") ?? "");
  const isDate = (id: number) => {
    const code = custom.get(id);
    if (code === undefined) return BUILTIN_DATES.has(id);
    return /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
  };
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml)?.[1] ?? "";
  return [...xfs.matchAll(/<(?:\w+:)?xf\b[^>]*>/g)].map((m) => isDate(Number(attr(m[0], "numFmtId") ?? 0)));
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

const CELL = /<(?:\w+:)?c\b([^>]*?)(\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
const ROW = /<(?:\w+:)?row\b([^>]*?)(\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
const VALUE = /<(?:\w+:)?v\b[^>]*>([\s\S]*?)<\/(?:\w+:)?v>/;
const INLINE = /<(?:\w+:)?t\b[^>]*>([\s\S]*?)<\/(?:\w+:)?t>/g;

function cellValue(tag: string, body: string, strings: string[], dates: boolean[], date1904: boolean): Cell {
  const type = attr(tag, "t");
  if (type === "inlineStr") {
    let value = "";
    for (const t of body.matchAll(INLINE)) value += t[1];
    return decodeXml(value);
  }
  const v = VALUE.exec(body)?.[1];
  if (v === undefined) return null;
  switch (type) {
    case "s":
      return strings[Number(v)] ?? null;
    case "str":
      return decodeXml(v);
    case "b":
      return v === "1";
    case "e":
      return null;
    default: {
      const n = Number(v);
      if (!Number.isFinite(n)) return decodeXml(v);
      return dates[Number(attr(tag, "s") ?? 0)] ? excelDate(n, date1904) : n;
    }
  }
}

type Row = RawSheet["rows"][number];

/** The sheet's rows with values, in order; a merged range keeps its value in its first cell only, as exceljs does. */
function* parseRows(
  xml: string,
  book: XlsxBook,
  shared: { strings: string[]; dates: boolean[]; date1904: boolean; merges: RawSheet["merges"] },
  maxColumns: number,
): Generator<Row> {
  let rowNumber = 0;
  for (const row of xml.matchAll(ROW)) {
    rowNumber = Number(attr(row[1]!, "r") ?? rowNumber + 1);
    const cells: Cell[] = [];
    let column = 0;
    let filled = false;
    for (const c of (row[3] ?? "").matchAll(CELL)) {
      const ref = attr(c[1]!, "r");
      column = ref ? (cellRef(ref)?.column ?? column + 1) : column + 1;
      if (column > book.width) book.width = column;
      if (column > maxColumns) continue;
      const value = cellValue(c[1]!, c[3] ?? "", shared.strings, shared.dates, shared.date1904);
      if (value === null || value === "") continue;
      while (cells.length < column - 1) cells.push(null);
      cells[column - 1] = value;
      filled = true;
    }
    if (!filled) continue;
    for (const m of shared.merges) {
      if (rowNumber < m.top || rowNumber > m.bottom) continue;
      for (let c = m.left; c <= m.right && c <= cells.length; c++)
        if (rowNumber !== m.top || c !== m.left) cells[c - 1] = null;
    }
    yield { number: rowNumber, cells };
  }
}

function merges(xml: string): RawSheet["merges"] {
  // <mergeCells> follows the sheet's data: only the tail is searched.
  const at = xml.indexOf("mergeCells", xml.lastIndexOf("sheetData>"));
  if (at < 0) return [];
  return [...xml.slice(at).matchAll(/<(?:\w+:)?mergeCell\b[^>]*>/g)].flatMap((m) => {
    const [a, b = a] = (attr(m[0], "ref") ?? "").split(":");
    const start = cellRef(a ?? "");
    const end = cellRef(b ?? "");
    return start && end ? [{ top: start.row, left: start.column, bottom: end.row, right: end.column }] : [];
  });
}

/**
 * Opens an .xlsx for reading: its merged ranges at once, its rows as they are parsed (so
 * that they can be sent on while the rest is read). `book.width` is final once every
 * row has been read.
 */
export function openXlsx(buffer: Buffer, limits: { maxRows: number; maxColumns: number }): XlsxOpen {
  const files = unzip(buffer);
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
  const shared = {
    strings: sharedStrings(text(files, "xl/sharedStrings.xml")),
    dates: dateStyles(text(files, "xl/styles.xml")),
    date1904: /<(?:\w+:)?workbookPr\b[^>]*\bdate1904="(1|true)"/.test(workbook),
    merges: merges(chosen.xml),
  };
  const book: XlsxBook = {
    original: buffer,
    files,
    sheetPath: chosen.path,
    sheetName: chosen.name,
    sheetXml: chosen.xml,
    width: 0,
  };
  return { type: "sheet", merges: shared.merges, rows: parseRows(chosen.xml, book, shared, limits.maxColumns), book };
}
