// Writes the annotated copy of an .xlsx by patching its XML rather than rewriting the
// workbook: the rows with findings get an error cell and highlighted cells, styles.xml
// gets the two fills and the styles that need them, and a findings sheet is added. Every
// other byte of the user's file stays as it was, and a 50,000-row list is written in a
// fraction of what exceljs needs. Files whose XML uses prefixes (x:row) or lacks the parts
// this relies on return null, and the caller writes the copy with exceljs instead. The
// XML is the user's: it is walked with the linear tag scanner (xml-scan.ts), never with a
// regular expression that could backtrack over an unclosed tag.
import { scanTags } from "../formats/xml-scan.ts";
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

/** An element of the XML: where it starts and ends, its opening tag, and where its content is. */
interface Element {
  start: number;
  end: number;
  /** The opening tag as written (`<row r="5" spans="1:8">`), and the text of its attributes. */
  open: string;
  attrs: string;
  bodyStart: number;
  bodyEnd: number;
}

/**
 * The elements named `name` between `from` and `to` (the outermost, when one holds
 * another of its name), in one pass of the linear scanner; one never closed is left out.
 */
function* elements(xml: string, name: string, from = 0, to = xml.length): Generator<Element> {
  let opened: { start: number; end: number; attrs: string } | null = null;
  let depth = 0;
  for (const tag of scanTags(xml, from, to)) {
    // Written without a prefix, as the patch writes its own elements.
    if (tag.name !== name || !xml.startsWith(name, tag.start + (tag.closing ? 2 : 1))) continue;
    if (tag.selfClosing && depth === 0) {
      const open = xml.slice(tag.start, tag.end);
      yield { start: tag.start, end: tag.end, open, attrs: tag.attrs, bodyStart: tag.end, bodyEnd: tag.end };
    } else if (!tag.closing && !tag.selfClosing) {
      if (depth++ === 0) opened = tag;
    } else if (tag.closing && depth > 0 && --depth === 0) {
      const o = opened!;
      yield {
        start: o.start,
        end: tag.end,
        open: xml.slice(o.start, o.end),
        attrs: o.attrs,
        bodyStart: o.end,
        bodyEnd: tag.start,
      };
    }
  }
}

function section(xml: string, name: string, to = xml.length): (Element & { body: string }) | null {
  const found = elements(xml, name, 0, to).next();
  return found.done ? null : { ...found.value, body: xml.slice(found.value.bodyStart, found.value.bodyEnd) };
}

/** The tag with the attribute set to `value`, added after the tag's name when it had none. */
function setAttr(tag: string, name: string, value: string | number): string {
  const key = ` ${name}="`;
  const at = tag.indexOf(key);
  if (at >= 0) {
    const close = tag.indexOf('"', at + key.length);
    return `${tag.slice(0, at + key.length)}${value}${tag.slice(close)}`;
  }
  let nameEnd = 1;
  while (nameEnd < tag.length && !" \t\r\n/>".includes(tag[nameEnd]!)) nameEnd++;
  return `${tag.slice(0, nameEnd)}${key}${value}"${tag.slice(nameEnd)}`;
}

const count = (xml: string, name: string) => [...elements(xml, name)].length;

/** Whether a part's root element has a prefix (<x:worksheet>), or there is none: not patched. */
function prefixedRoot(xml: string): boolean {
  const root = scanTags(xml).next();
  return root.done === true || !xml.startsWith(root.value.name, root.value.start + 1);
}

/** Adds the fills, font and cell styles the annotation needs; null if styles.xml is not as expected. */
function patchStyles(xml: string | null, bases: Set<string>): Styles | null {
  if (!xml || prefixedRoot(xml)) return null;
  const fonts = section(xml, "fonts");
  const fills = section(xml, "fills");
  const xfs = section(xml, "cellXfs");
  if (!fonts || !fills || !xfs) return null;
  const fontCount = count(fonts.body, "font");
  const fillCount = count(fills.body, "fill");
  const xfList = [...elements(xfs.body, "xf")].map((e) => xfs.body.slice(e.start, e.end));
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
      name: "fonts",
      open: setAttr(fonts.open, "count", fontCount + 1),
      body: `${fonts.body}<font><b/><sz val="11"/><color rgb="FF9C0006"/><name val="Calibri"/></font>`,
    },
    { at: fills, name: "fills", open: setAttr(fills.open, "count", fillCount + 2), body: `${fills.body}${newFills}` },
    {
      at: xfs,
      name: "cellXfs",
      open: setAttr(xfs.open, "count", xfList.length + added.length),
      body: `${xfs.body}${added.join("")}`,
    },
  ].sort((a, b) => b.at.start - a.at.start);
  let out = xml;
  // A self-closing <fills/> opens here with a body of its own.
  for (const p of parts)
    out = `${out.slice(0, p.at.start)}${p.open.replace(/\/>$/, ">")}${p.body}</${p.name}>${out.slice(p.at.end)}`;
  return { xml: out, highlight: (base, severity) => highlights.get(`${base}:${severity}`)!, note, header };
}

const inlineCell = (ref: string, style: number, text: string) =>
  `<c r="${ref}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;

interface RowPatch {
  note: string;
  cells: Map<number, Severity>;
  style: number;
}

function patchRow(
  open: string,
  body: string,
  row: number,
  patch: RowPatch,
  errorColumn: number,
  styles: Styles,
): string {
  const cells: { column: number; xml: string }[] = [];
  for (const c of elements(body, "c")) {
    const column = cellRef(attr(c.attrs, "r") ?? "")?.column ?? 0;
    let xml = body.slice(c.start, c.end);
    const severity = patch.cells.get(column);
    if (severity) {
      const style = styles.highlight(Number(attr(c.attrs, "s") ?? 0), severity);
      xml = `${setAttr(c.open, "s", style)}${xml.slice(c.open.length)}`;
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
  return `${withoutSpans(open).replace(/\/>$/, ">")}${cells.map((c) => c.xml).join("")}</row>`;
}

function withoutSpans(open: string): string {
  const at = open.indexOf(' spans="');
  return at < 0 ? open : `${open.slice(0, at)}${open.slice(open.indexOf('"', at + 8) + 1)}`;
}

function widenColumn(xml: string, column: number): string {
  const col = `<col min="${column}" max="${column}" width="60" customWidth="1"/>`;
  // <cols> comes before the data: the (large) rest of the sheet is not searched.
  const data = xml.indexOf("<sheetData");
  if (data < 0) return xml;
  const cols = section(xml, "cols", data);
  if (!cols) return `${xml.slice(0, data)}<cols>${col}</cols>${xml.slice(data)}`;
  const covered = [...elements(cols.body, "col")].some((c) => Number(attr(c.attrs, "max") ?? 0) >= column);
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
  for (const row of elements(xml, "row")) {
    const number = Number(attr(row.attrs, "r"));
    if (!number) return null;
    if (wanted.has(number))
      found.set(number, {
        index: row.start,
        length: row.end - row.start,
        open: row.open,
        body: xml.slice(row.bodyStart, row.bodyEnd),
      });
  }
  return found;
}

/** The style each highlighted cell has now, with its severity: the styles to add. */
function highlightBases(rows: Map<number, FoundRow>, patches: Map<number, RowPatch>): Set<string> {
  const bases = new Set<string>();
  for (const [number, patch] of patches) {
    const styles = new Map<number, number>();
    const body = rows.get(number)?.body ?? "";
    for (const c of elements(body, "c"))
      styles.set(cellRef(attr(c.attrs, "r") ?? "")?.column ?? 0, Number(attr(c.attrs, "s") ?? 0));
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
  return widenColumn(widenDimension(out.join(""), errorColumn), errorColumn);
}

/** The sheet's used range (`A1:H20`), widened to the error column. */
function widenDimension(xml: string, errorColumn: number): string {
  const data = xml.indexOf("<sheetData");
  const dimension = section(xml, "dimension", data < 0 ? xml.length : data);
  const range = dimension ? /^([A-Z]{1,3}\d+):[A-Z]{1,3}(\d+)$/.exec(attr(dimension.attrs, "ref") ?? "") : null;
  if (!dimension || !range) return xml;
  const open = setAttr(dimension.open, "ref", `${range[1]}:${columnName(errorColumn)}${range[2]}`);
  return `${xml.slice(0, dimension.start)}${open}${xml.slice(dimension.start + dimension.open.length)}`;
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

/** The prefix the workbook gives the relationships namespace (`r` in `xmlns:r="…"`), or null. */
function relationshipPrefix(workbook: string): string | null {
  const at = workbook.indexOf(`="${REL_NS}"`);
  const start = at < 0 ? -1 : workbook.lastIndexOf("xmlns:", at);
  const prefix = start < 0 ? "" : workbook.slice(start + "xmlns:".length, at);
  return /^\w{1,32}$/.test(prefix) ? prefix : null;
}

/**
 * Registers a new worksheet part in the workbook, its relationships and content types
 * (into `changes`); false if they are not as expected.
 */
function addSheet(files: Record<string, Buffer>, changes: Map<string, Uint8Array>, name: string, xml: string): boolean {
  const workbook = files["xl/workbook.xml"] ? String(files["xl/workbook.xml"]) : null;
  const rels = files["xl/_rels/workbook.xml.rels"] ? String(files["xl/_rels/workbook.xml.rels"]) : null;
  const types = files["[Content_Types].xml"] ? String(files["[Content_Types].xml"]) : null;
  const prefix = workbook ? relationshipPrefix(workbook) : null;
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
  const sheets = [...elements(workbook, "sheet")];
  const ids = sheets.map((s) => Number(attr(s.attrs, "sheetId"))).filter(Number.isFinite);
  const names = new Set(sheets.map((s) => attr(s.attrs, "name")));
  let title = name;
  for (let i = 2; names.has(title); i++) title = `${name} (${i})`;
  const rid = `rIdDondoc${n}`;
  changes.set(path, Buffer.from(xml));
  changes.set(
    "xl/workbook.xml",
    Buffer.from(
      workbook.replace(
        "</sheets>",
        `<sheet name="${escapeXml(title)}" sheetId="${Math.max(0, ...ids) + 1}" ${prefix}:id="${rid}"/></sheets>`,
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
  if (prefixedRoot(book.sheetXml)) return null;
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
