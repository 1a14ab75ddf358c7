// Word files written as raw OOXML, for what the docx library cannot express: numbering
// through styles, level overrides, mc:AlternateContent, tracked moves, gridBefore, runs
// split mid-word. Parts are XML strings; this file only wraps them into a package.
import JSZip from "jszip";
import type { ReadResult } from "../../src/plan/document.ts";

/** A read document's paragraphs as their text and rows as their cells; a refusal throws. */
/** The blocks read, paragraphs as text and rows as cells; a workbook's tab names (src/plan/unit-tabs.ts) left aside. */
export function blocksOf(result: ReadResult): (string | string[])[] {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.document.blocks.flatMap((b): (string | string[])[] =>
    b.type === "text" ? (b.tab ? [] : [b.text]) : [b.cells],
  );
}

const NAMESPACES = [
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"',
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
  'xmlns:v="urn:schemas-microsoft-com:vml"',
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"',
  'mc:Ignorable="w14 wps"',
].join(" ");

export const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

// What Word writes around every run and paragraph of a Vietnamese plan (Times New Roman
// 14, justified, revision ids), so that files are as large as real ones.
const FONT =
  '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN"/>';
const LAYOUT =
  '<w:spacing w:before="120" w:after="0" w:line="288" w:lineRule="auto"/><w:ind w:firstLine="567"/><w:jc w:val="both"/>';

/** A run of text (spaces kept). */
export const run = (text: string, rPr = "") =>
  `<w:r w:rsidRPr="00B54A2E"><w:rPr>${FONT}${rPr}</w:rPr><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;

export interface ParagraphProps {
  style?: string;
  numId?: string | number;
  ilvl?: number;
  /** Extra w:pPr content. */
  pPr?: string;
}

/** A paragraph of raw runs (or of one run of text). */
export function paragraph(content: string, props: ParagraphProps = {}): string {
  const runs = content.startsWith("<") ? content : run(content);
  const numPr =
    props.numId === undefined
      ? ""
      : `<w:numPr>${props.ilvl === undefined ? "" : `<w:ilvl w:val="${props.ilvl}"/>`}<w:numId w:val="${props.numId}"/></w:numPr>`;
  const pPr = `${props.style ? `<w:pStyle w:val="${props.style}"/>` : ""}${numPr}${LAYOUT}${props.pPr ?? ""}`;
  return `<w:p w:rsidR="00B54A2E" w:rsidRDefault="00B54A2E"><w:pPr>${pPr}</w:pPr>${runs}</w:p>`;
}

export interface CellSpec {
  /** Paragraphs (raw) or text. */
  content: string;
  span?: number;
  vMerge?: "restart" | "continue";
  tcPr?: string;
}

const BORDERS = `<w:tblBorders>${["top", "left", "bottom", "right", "insideH", "insideV"]
  .map((s) => `<w:${s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`)
  .join("")}</w:tblBorders>`;
const NO_BORDERS = `<w:tblBorders>${["top", "left", "bottom", "right", "insideH", "insideV"]
  .map((s) => `<w:${s} w:val="nil"/>`)
  .join("")}</w:tblBorders>`;

export interface RowSpec {
  cells: (CellSpec | string)[];
  header?: boolean;
  trPr?: string;
}

/**
 * A table; `borders: false` for the page's layout tables. Columns share an A4 page's
 * text width, the second (a task's title) taking three shares when there are four or more.
 */
export function table(
  rows: (RowSpec | (CellSpec | string)[])[],
  options: { borders?: boolean; columns?: number } = {},
) {
  const specs = rows.map((r) => (Array.isArray(r) ? { cells: r } : r));
  const columns =
    options.columns ??
    Math.max(...specs.map((r) => r.cells.reduce<number>((n, c) => n + (typeof c === "string" ? 1 : (c.span ?? 1)), 0)));
  const shares = Array.from({ length: columns }, (_, i) => (i === 1 && columns >= 4 ? 3 : 1));
  const widths = shares.map((s) => Math.floor((9000 * s) / shares.reduce((a, b) => a + b, 0)));
  const grid = `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`;
  const body = specs
    .map((r) => {
      const trPr = `${r.header ? "<w:tblHeader/>" : ""}${r.trPr ?? ""}`;
      let at = 0;
      const cells = r.cells
        .map((c) => {
          const cell = typeof c === "string" ? { content: c } : c;
          const span = cell.span ?? 1;
          const width = widths.slice(at, at + span).reduce((a, b) => a + b, 0);
          at += span;
          const tcPr = `<w:tcW w:w="${width}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ""}${
            cell.vMerge ? `<w:vMerge w:val="${cell.vMerge}"/>` : ""
          }${cell.tcPr ?? ""}`;
          const content = cell.content.startsWith("<w:") ? cell.content : paragraph(cell.content);
          return `<w:tc><w:tcPr>${tcPr}</w:tcPr>${content}</w:tc>`;
        })
        .join("");
      return `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ""}${cells}</w:tr>`;
    })
    .join("");
  const borders = options.borders === false ? NO_BORDERS : BORDERS;
  return `<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/>${borders}</w:tblPr>${grid}${body}</w:tbl>`;
}

export interface LevelSpec {
  format: string;
  text: string;
  start?: number;
  restart?: number;
  legal?: boolean;
  style?: string;
  suffix?: string;
}

export interface NumberingSpec {
  abstracts: Record<string, LevelSpec[]>;
  nums: Record<string, { abstract: string; starts?: Record<number, number> }>;
}

export function numberingXml(spec: NumberingSpec): string {
  const abstracts = Object.entries(spec.abstracts).map(
    ([id, levels]) =>
      `<w:abstractNum w:abstractNumId="${id}">${levels
        .map(
          (l, i) =>
            `<w:lvl w:ilvl="${i}"><w:start w:val="${l.start ?? 1}"/><w:numFmt w:val="${l.format}"/>${
              l.restart === undefined ? "" : `<w:lvlRestart w:val="${l.restart}"/>`
            }${l.style ? `<w:pStyle w:val="${l.style}"/>` : ""}${l.legal ? "<w:isLgl/>" : ""}${
              l.suffix ? `<w:suff w:val="${l.suffix}"/>` : ""
            }<w:lvlText w:val="${escapeXml(l.text)}"/><w:lvlJc w:val="left"/></w:lvl>`,
        )
        .join("")}</w:abstractNum>`,
  );
  const nums = Object.entries(spec.nums).map(
    ([id, n]) =>
      `<w:num w:numId="${id}"><w:abstractNumId w:val="${n.abstract}"/>${Object.entries(n.starts ?? {})
        .map(([ilvl, start]) => `<w:lvlOverride w:ilvl="${ilvl}"><w:startOverride w:val="${start}"/></w:lvlOverride>`)
        .join("")}</w:num>`,
  );
  return `<w:numbering ${NAMESPACES}>${abstracts.join("")}${nums.join("")}</w:numbering>`;
}

/** Paragraph styles: id → w:pPr content (and basedOn). */
export function stylesXml(styles: Record<string, { pPr?: string; basedOn?: string; rPr?: string }>): string {
  const body = Object.entries(styles)
    .map(
      ([id, s]) =>
        `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${id}"/>${
          s.basedOn ? `<w:basedOn w:val="${s.basedOn}"/>` : ""
        }${s.pPr ? `<w:pPr>${s.pPr}</w:pPr>` : ""}${s.rPr ? `<w:rPr>${s.rPr}</w:rPr>` : ""}</w:style>`,
    )
    .join("");
  return `<w:styles ${NAMESPACES}>${body}</w:styles>`;
}

export interface DocxParts {
  body: string;
  styles?: string;
  numbering?: string;
  footnotes?: string;
  /** Parts Word imports where a w:altChunk with their id stands (relationship aFChunk), by id. */
  chunks?: Record<string, { target: string; content: string | Buffer }>;
  /** Other parts the document relates to (a SmartArt diagram's data, its drawing), by id: type and part. */
  related?: Record<string, { type: string; target: string; content: string }>;
}

const HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A .docx package holding the given parts. */
export async function rawDocx(parts: DocxParts): Promise<Buffer> {
  const zip = new JSZip();
  const extra = [
    parts.styles && ["styles", "styles.xml"],
    parts.numbering && ["numbering", "numbering.xml"],
    parts.footnotes && ["footnotes", "footnotes.xml"],
  ].filter(Boolean) as [string, string][];
  zip.file(
    "[Content_Types].xml",
    `${HEADER}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>${extra
      .map(
        ([type, file]) =>
          `<Override PartName="/word/${file}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${type}+xml"/>`,
      )
      .join("")}</Types>`,
  );
  zip.file(
    "_rels/.rels",
    `${HEADER}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    "word/_rels/document.xml.rels",
    `${HEADER}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${extra
      .map(([type, file], i) => `<Relationship Id="rId${i + 1}" Type="${REL}/${type}" Target="${file}"/>`)
      .join("")}${Object.entries(parts.chunks ?? {})
      .map(([id, chunk]) => `<Relationship Id="${id}" Type="${REL}/aFChunk" Target="${chunk.target}"/>`)
      .join("")}${Object.entries(parts.related ?? {})
      .map(([id, part]) => `<Relationship Id="${id}" Type="${part.type}" Target="${part.target}"/>`)
      .join("")}</Relationships>`,
  );
  zip.file("word/document.xml", `${HEADER}<w:document ${NAMESPACES}><w:body>${parts.body}</w:body></w:document>`);
  if (parts.styles) zip.file("word/styles.xml", HEADER + parts.styles);
  if (parts.numbering) zip.file("word/numbering.xml", HEADER + parts.numbering);
  if (parts.footnotes) zip.file("word/footnotes.xml", HEADER + parts.footnotes);
  for (const chunk of Object.values(parts.chunks ?? {})) zip.file(`word/${chunk.target}`, chunk.content);
  for (const part of Object.values(parts.related ?? {})) zip.file(`word/${part.target}`, HEADER + part.content);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
