// Writes the annotated copy of an .xlsx by patching its XML rather than rewriting the
// workbook: the rows with findings get an error cell and highlighted cells, styles.xml
// gets the two fills and the styles that need them, and a findings sheet is added. Every
// other byte of the user's file stays as it was, and a 50,000-row list is written in a
// fraction of what exceljs needs. Files whose XML uses prefixes (x:row) or lacks the parts
// this relies on return null, and the caller writes the copy with exceljs instead.
import { attr, cellRef, columnName, escapeXml } from "../formats/xml-text.ts";
import { rezip } from "../formats/zip.ts";
import type { XlsxBook } from "./xlsx-read.ts";
import { FILLS, type AnnotateInput } from "./annotation.ts";

type Severity = keyof typeof FILLS;

interface Styles {
  xml: string;
  /** The style of a cell of style `base` highlighted for `severity`. */
  highlight(base: number, severity: Severity): number;
  note: number;
  header: number;
}

function section(xml: string, name: string): { start: number; end: number; body: string; open: string } | null {
  const m = new RegExp(`<${name}\\b[^>]*>([\\s\\S]*?)</${name}>`).exec(xml);
  if (!m) return null;
  return { start: m.index, end: m.index + m[0].length, body: m[1]!, open: m[0].slice(0, m[0].indexOf(">") + 1) };
}

function withCount(open: string, count: number): string {
  return / count="\d+"/.test(open)
    ? open.replace(/ count="\d+"/, ` count="${count}"`)
    : open.replace(/>$/, ` count="${count}">`);
}

function setAttr(tag: string, name: string, value: string | number): string {
  const re = new RegExp(` ${name}="[^"]*"`);
  return re.test(tag) ? tag.replace(re, ` ${name}="${value}"`) : tag.replace(/^(<\w+)/, `$1 ${name}="${value}"`);
}

/** Adds the fills, font and cell styles the annotation needs; null if styles.xml is not as expected. */
function patchStyles(xml: string | null, bases: Set<string>): Styles | null {
  if (!xml || /<\w+:styleSheet\b/.test(xml)) return null;
  const fonts = section(xml, "fonts");
  const fills = section(xml, "fills");
  const xfs = section(xml, "cellXfs");
  if (!fonts || !fills || !xfs) return null;
  const fontCount = fonts.body.match(/<font\b/g)?.length ?? 0;
  const fillCount = fills.body.match(/<fill\b/g)?.length ?? 0;
  const xfList = [...xfs.body.matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
  const fillIndex: Record<Severity, number> = { error: fillCount, warning: fillCount + 1 };
  const added: string[] = [];
  const next = () => xfList.length + added.length;
  const highlights = new Map<string, number>();
  for (const key of bases) {
    const [base, severity] = key.split(":") as [string, Severity];
    const source =
      xfList[Number(base)] ?? xfList[0] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    const open = source.slice(0, source.indexOf(">") + 1);
    highlights.set(key, next());
    added.push(source.replace(open, setAttr(setAttr(open, "fillId", fillIndex[severity]), "applyFill", 1)));
  }
  const note = next();
  added.push(
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>',
  );
  const header = next();
  added.push(`<xf numFmtId="0" fontId="${fontCount}" fillId="0" borderId="0" xfId="0" applyFont="1"/>`);

  const newFills = (["error", "warning"] as const)
    .map(
      (s) =>
        `<fill><patternFill patternType="solid"><fgColor rgb="${FILLS[s]}"/><bgColor indexed="64"/></patternFill></fill>`,
    )
    .join("");
  const parts = [
    {
      at: fonts,
      open: withCount(fonts.open, fontCount + 1),
      body: `${fonts.body}<font><b/><sz val="11"/><color rgb="FF9C0006"/><name val="Calibri"/></font>`,
    },
    { at: fills, open: withCount(fills.open, fillCount + 2), body: `${fills.body}${newFills}` },
    { at: xfs, open: withCount(xfs.open, xfList.length + added.length), body: `${xfs.body}${added.join("")}` },
  ].sort((a, b) => b.at.start - a.at.start);
  let out = xml;
  for (const p of parts)
    out = `${out.slice(0, p.at.start)}${p.open}${p.body}</${p.open.match(/^<(\w+)/)![1]}>${out.slice(p.at.end)}`;
  return { xml: out, highlight: (base, severity) => highlights.get(`${base}:${severity}`)!, note, header };
}

const inlineCell = (ref: string, style: number, text: string) =>
  `<c r="${ref}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;

interface RowPatch {
  note: string;
  cells: Map<number, Severity>;
  style: number;
}

const CELL = /<c\b([^>]*?)(?:\/>|>[\s\S]*?<\/c>)/g;

function patchRow(
  open: string,
  body: string,
  row: number,
  patch: RowPatch,
  errorColumn: number,
  styles: Styles,
): string {
  const cells: { column: number; xml: string }[] = [];
  for (const m of body.matchAll(CELL)) {
    const column = cellRef(attr(m[1]!, "r") ?? "")?.column ?? 0;
    let xml = m[0];
    const severity = patch.cells.get(column);
    if (severity) {
      const tag = xml.slice(0, xml.indexOf(">") + 1);
      xml = xml.replace(tag, setAttr(tag, "s", styles.highlight(Number(attr(tag, "s") ?? 0), severity)));
      patch.cells.delete(column);
    }
    cells.push({ column, xml });
  }
  // Highlighted cells the file left out altogether.
  for (const [column, severity] of patch.cells)
    cells.push({ column, xml: `<c r="${columnName(column)}${row}" s="${styles.highlight(0, severity)}"/>` });
  cells.sort((a, b) => a.column - b.column);
  cells.push({ column: errorColumn, xml: inlineCell(`${columnName(errorColumn)}${row}`, patch.style, patch.note) });
  // spans is an optional hint that would now be wrong.
  return `${open.replace(/ spans="[^"]*"/, "").replace(/\/>$/, ">")}${cells.map((c) => c.xml).join("")}</row>`;
}

function widenColumn(xml: string, column: number): string {
  const col = `<col min="${column}" max="${column}" width="60" customWidth="1"/>`;
  // <cols> comes before the data: the (large) rest of the sheet is not searched.
  const data = xml.indexOf("<sheetData");
  const cols = data < 0 ? null : section(xml.slice(0, data), "cols");
  if (!cols) return xml.replace(/<sheetData\b/, `<cols>${col}</cols><sheetData`);
  const covered = [...cols.body.matchAll(/<col\b[^>]*>/g)].some((m) => Number(attr(m[0], "max") ?? 0) >= column);
  return covered ? xml : `${xml.slice(0, cols.end - "</cols>".length)}${col}${xml.slice(cols.end - "</cols>".length)}`;
}

interface FoundRow {
  index: number;
  length: number;
  open: string;
  body: string;
}

/** The rows to patch, where they are in the sheet XML; null when a row has no number. */
function findRows(xml: string, wanted: Set<number>): Map<number, FoundRow> | null {
  const found = new Map<number, FoundRow>();
  for (const m of xml.matchAll(/<row\b([^>]*?)(\/>|>([\s\S]*?)<\/row>)/g)) {
    const number = Number(attr(m[1]!, "r"));
    if (!number) return null;
    if (wanted.has(number))
      found.set(number, {
        index: m.index,
        length: m[0].length,
        open: `<row${m[1]}${m[2] === "/>" ? "/>" : ">"}`,
        body: m[3] ?? "",
      });
  }
  return found;
}

/** The style each highlighted cell has now, with its severity: the styles to add. */
function highlightBases(rows: Map<number, FoundRow>, patches: Map<number, RowPatch>): Set<string> {
  const bases = new Set<string>();
  for (const [number, patch] of patches) {
    const styles = new Map<number, number>();
    for (const m of rows.get(number)?.body.matchAll(CELL) ?? [])
      styles.set(cellRef(attr(m[1]!, "r") ?? "")?.column ?? 0, Number(attr(m[1]!, "s") ?? 0));
    for (const [column, severity] of patch.cells) bases.add(`${styles.get(column) ?? 0}:${severity}`);
  }
  return bases;
}

function patchSheet(
  xml: string,
  rows: Map<number, FoundRow>,
  patches: Map<number, RowPatch>,
  errorColumn: number,
  styles: Styles,
): string {
  const out: string[] = [];
  let last = 0;
  for (const [number, row] of [...rows].sort((a, b) => a[1].index - b[1].index)) {
    out.push(
      xml.slice(last, row.index),
      patchRow(row.open, row.body, number, patches.get(number)!, errorColumn, styles),
    );
    last = row.index + row.length;
  }
  out.push(xml.slice(last));
  const patched = out
    .join("")
    .replace(/<dimension ref="([A-Z]+\d+):[A-Z]+(\d+)"/, `<dimension ref="$1:${columnName(errorColumn)}$2"`);
  return widenColumn(patched, errorColumn);
}

function findingsSheet(rows: (string | number)[][], header: number): string {
  const cell = (value: string | number, ref: string, style: number | null) =>
    typeof value === "number"
      ? `<c r="${ref}"${style === null ? "" : ` s="${style}"`}><v>${value}</v></c>`
      : inlineCell(ref, style ?? 0, value).replace(' s="0"', "");
  const body = rows
    .map(
      (row, i) =>
        `<row r="${i + 1}">${row.map((v, j) => cell(v, `${columnName(j + 1)}${i + 1}`, i === 0 ? header : null)).join("")}</row>`,
    )
    .join("");
  const cols = rows[0]!
    // The last column holds the message: wide.
    .map(
      (_, j, all) => `<col min="${j + 1}" max="${j + 1}" width="${j === all.length - 1 ? 80 : 18}" customWidth="1"/>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cols>${cols}</cols><sheetData>${body}</sheetData></worksheet>`;
}

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * Registers a new worksheet part in the workbook, its relationships and content types
 * (into `changes`); false if they are not as expected.
 */
function addSheet(files: Record<string, Buffer>, changes: Map<string, Uint8Array>, name: string, xml: string): boolean {
  const workbook = files["xl/workbook.xml"] ? String(files["xl/workbook.xml"]) : null;
  const rels = files["xl/_rels/workbook.xml.rels"] ? String(files["xl/_rels/workbook.xml.rels"]) : null;
  const types = files["[Content_Types].xml"] ? String(files["[Content_Types].xml"]) : null;
  const prefix = workbook?.match(new RegExp(`xmlns:(\\w+)="${REL_NS}"`))?.[1];
  if (
    !workbook ||
    !rels ||
    !types ||
    !prefix ||
    !workbook.includes("</sheets>") ||
    !rels.includes("</Relationships>") ||
    !types.includes("</Types>")
  )
    return false;
  let n = 1;
  while (files[`xl/worksheets/sheet${n}.xml`]) n++;
  const path = `xl/worksheets/sheet${n}.xml`;
  const ids = [...workbook.matchAll(/sheetId="(\d+)"/g)].map((m) => Number(m[1]));
  const names = new Set([...workbook.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => m[1]));
  let title = escapeXml(name);
  for (let i = 2; names.has(title); i++) title = escapeXml(`${name} (${i})`);
  const rid = `rIdDondoc${n}`;
  changes.set(path, Buffer.from(xml));
  changes.set(
    "xl/workbook.xml",
    Buffer.from(
      workbook.replace(
        "</sheets>",
        `<sheet name="${title}" sheetId="${Math.max(0, ...ids) + 1}" ${prefix}:id="${rid}"/></sheets>`,
      ),
    ),
  );
  changes.set(
    "xl/_rels/workbook.xml.rels",
    Buffer.from(
      rels.replace(
        "</Relationships>",
        `<Relationship Id="${rid}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${n}.xml"/></Relationships>`,
      ),
    ),
  );
  changes.set(
    "[Content_Types].xml",
    Buffer.from(
      types.replace(
        "</Types>",
        `<Override PartName="/${path}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
      ),
    ),
  );
  return true;
}

export function annotateXlsx(book: XlsxBook, input: AnnotateInput): Buffer | null {
  if (/<\w+:worksheet\b/.test(book.sheetXml.slice(0, 2000))) return null;
  const patches = new Map<number, RowPatch>(
    input.notes.map((n) => [
      n.row,
      { note: n.message, cells: new Map(n.cells.map((c) => [c.column, c.severity])), style: 0 },
    ]),
  );
  patches.set(input.headerRow, {
    note: input.errorColumnTitle,
    cells: patches.get(input.headerRow)?.cells ?? new Map(),
    style: 0,
  });
  const rows = findRows(book.sheetXml, new Set(patches.keys()));
  if (!rows) return null;
  // Each highlighted cell keeps its own style (borders, number format) with the fill added.
  const styles = patchStyles(
    book.files["xl/styles.xml"] ? String(book.files["xl/styles.xml"]) : null,
    highlightBases(rows, patches),
  );
  if (!styles) return null;
  for (const [number, patch] of patches) patch.style = number === input.headerRow ? styles.header : styles.note;
  const errorColumn = book.width + 1;
  const sheet = patchSheet(book.sheetXml, rows, patches, errorColumn, styles);
  const changes = new Map<string, Uint8Array>([
    [book.sheetPath, Buffer.from(sheet)],
    ["xl/styles.xml", Buffer.from(styles.xml)],
  ]);
  if (!addSheet(book.files, changes, input.findingsSheet.name, findingsSheet(input.findingsSheet.rows, styles.header)))
    return null;
  return rezip(book.original, changes);
}
