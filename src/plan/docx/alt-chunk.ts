// An HTML part a Word file imports (w:altChunk, relationship aFChunk) into the blocks the Word
// reader gives. Web applications (document-management systems, report generators) export
// .docx files whose document.xml holds nothing but such a chunk; Word converts it on opening,
// and so does this reader, as Word shows it:
//   - a paragraph (p, div, h1…, li, a cell) is a block, a <br> a new line of it;
//   - a list item takes its list's number as a label ("I. ", "1. ", "a. ", or a bullet), the
//     number an <ol> counts from its start or an item's value, in the type it sets;
//   - a table becomes a Word table draft (docx/table.ts): colspan is gridSpan, rowspan is
//     vMerge over the rows below, a row of header cells (th) or in <thead> a header row,
//     so merged cells are filled in and page-layout tables read as text as in a Word file;
//   - head, styles, scripts and struck text (del, s, strike) are dropped, as body.ts drops
//     a Word file's struck text.
// The chunk is untrusted: htmlparser2 parses it in one pass (linear in its bytes, fed in
// chunks), elements nest no deeper than XML parts may, tables no deeper than Word tables,
// a span is counted against the columns allowed before any cell is made for it.
import iconv from "iconv-lite";
import { Parser } from "htmlparser2";
import { clean } from "../../domain/text.ts";
import { decodeByFont, legacyFont, type LegacyFont } from "../../formats/vietnamese-fonts.ts";
import { refuse, type Budget } from "../budget.ts";
import type { Block } from "../document.ts";
import { formatNumber, typedBullet } from "./numbering.ts";
import type { DocxStyles } from "./styles.ts";
import { tableBlocks, type CellDraft, type RowDraft, type TableDraft } from "./table.ts";

export interface ChunkContext {
  styles: DocxStyles;
  budget: Budget;
  maxTableDepth: number;
  maxDepth: number;
}

// Elements that end the paragraph before them and start a new one.
const BLOCKS = new Set(
  "p div h1 h2 h3 h4 h5 h6 li ol ul dl dt dd table caption tr td th blockquote pre hr section article header footer address center form body"
    .split(" ")
    .concat(["main", "nav", "aside", "figure", "figcaption"]),
);
// Subtrees nothing of which is shown on the page.
export const HIDDEN = new Set([
  "head",
  "style",
  "script",
  "title",
  "template",
  "noscript",
  "xml",
  "del",
  "s",
  "strike",
]);
// An element its style hides: Word writes hidden text (w:vanish) as `display:none` or `mso-hide:all`.
export const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|mso-hide\s*:\s*all)\b/i;
// The list types HTML names (type="a", list-style-type: lower-alpha) as Word's number formats.
const LIST_TYPES: Record<string, string> = {
  "1": "decimal",
  a: "lowerLetter",
  A: "upperLetter",
  i: "lowerRoman",
  I: "upperRoman",
  decimal: "decimal",
  "lower-alpha": "lowerLetter",
  "lower-latin": "lowerLetter",
  "upper-alpha": "upperLetter",
  "upper-latin": "upperLetter",
  "lower-roman": "lowerRoman",
  "upper-roman": "upperRoman",
};

interface List {
  format: string | null;
  next: number;
}

interface OpenTable extends TableDraft {
  row: (RowDraft & { headerCells: number }) | null;
  /** The grid column the row's next cell stands in. */
  column: number;
  /** Per grid column: a cell merged down over how many more rows, and how many columns wide. */
  down: ({ rows: number; span: number } | undefined)[];
  inHead: boolean;
}

/** "list-style-type: lower-alpha" in a style attribute: its value, the one CSS a list's numbers depend on. */
function listStyleType(style: string | undefined): string | undefined {
  for (const declaration of (style ?? "").split(";")) {
    const [name, value] = declaration.split(":").map((s) => s.trim().toLowerCase());
    if (name === "list-style-type" || name === "list-style") return value?.split(" ")[0];
  }
  return undefined;
}

/** A span attribute as a count: HTML reads what digits it starts with, 1 if none. */
/**
 * The legacy font (TCVN3, VNI) an element's own font names, null for another font, undefined when it names none:
 * `<font face>` (LibreOffice's pages) or the style's font-family (Word's), its first family.
 */
function elementFont(attrs: Record<string, string>): LegacyFont | null | undefined {
  const family = attrs.face ?? /(?:^|;)\s*font-family\s*:\s*([^;]+)/i.exec(attrs.style ?? "")?.[1];
  if (family === undefined) return undefined;
  return legacyFont(
    family
      .split(",")[0]!
      .trim()
      .replace(/^["']|["']$/g, ""),
  );
}

function spanOf(value: string | undefined, fallback: number): number {
  const n = Number.parseInt(value ?? "", 10);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}

/** The encoding the chunk declares: a byte-order mark, else a meta charset in its first kilobytes, else UTF-8. */
export function chunkEncoding(data: Buffer): string {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) return "utf-8";
  if (data[0] === 0xff && data[1] === 0xfe) return "utf-16le";
  if (data[0] === 0xfe && data[1] === 0xff) return "utf-16be";
  let declared: string | undefined;
  const sniff = new Parser({
    onopentag(name, attrs) {
      if (name !== "meta" || declared) return;
      const content = attrs["http-equiv"]?.toLowerCase() === "content-type" ? attrs.content : undefined;
      const fromContent = content
        ?.split(";")
        .map((s) => s.trim())
        .find((s) => s.toLowerCase().startsWith("charset="))
        ?.slice(8);
      declared = (attrs.charset ?? fromContent)?.trim().replace(/^["']|["']$/g, "");
    },
  });
  sniff.end(data.toString("latin1", 0, Math.min(data.length, 4096)));
  return declared && iconv.encodingExists(declared) ? declared : "utf-8";
}

const CHUNK = 256 * 1024;

/** The blocks of an HTML chunk, in order; refuses (budget.ts) what passes the limits. */
export function htmlChunkBlocks(data: Buffer, ctx: ChunkContext, charset?: string): Block[] {
  const body: Block[] = [];
  const sinks: Block[][] = [body];
  const lists: List[] = [];
  const tables: OpenTable[] = [];
  let text = "";
  let label: string | null = null;
  let hidden = 0;
  let depth = 0;
  // The legacy font each open element's text is in (its own, else its parent's): such text is decoded as the .docx
  // reader decodes a run in that font.
  const fonts: (LegacyFont | null)[] = [null];

  /** The paragraph so far as blocks, one a line, the label of its list item on its first. */
  const flush = () => {
    const lines = text.split("\n").map(clean);
    text = "";
    if (!lines.some(Boolean)) return;
    if (label !== null) lines[0] = `${label}${lines[0]}`;
    label = null;
    for (const line of lines.filter(Boolean)) pushLine(line);
  };

  function pushLine(line: string): void {
    ctx.budget.block();
    ctx.budget.text(line.length, line.length);
    sinks.at(-1)!.push({ type: "text", text: line });
  }

  const append = (added: string) => {
    text += added;
    ctx.budget.text(0, text.length);
  };

  const openItem = (attrs: Record<string, string>) => {
    const list = lists.at(-1);
    if (!list) return;
    if (attrs.value !== undefined) list.next = spanOf(attrs.value, list.next);
    const format = LIST_TYPES[attrs.type ?? ""] ?? list.format;
    label = format ? `${formatNumber(list.next++, format)}. ` : `${typedBullet("•")} `;
  };

  /** Cells merged down from the rows above, up to the grid column `until` (all of them when undefined). */
  const fillDown = (t: OpenTable, until?: number) => {
    const row = t.row!;
    while (t.column < (until ?? t.down.length)) {
      const from = t.down[t.column];
      if (!from && until !== undefined) return;
      const cell: CellDraft = {
        span: from?.span ?? 1,
        vMerge: from ? "continue" : null,
        hMerge: null,
        bordered: false,
        blocks: [],
      };
      row.cells.push(cell);
      if (from && --from.rows === 0) t.down[t.column] = undefined;
      t.column += cell.span;
    }
  };

  const openRow = (t: OpenTable) => {
    ctx.budget.block();
    t.row = { cells: [], header: t.inHead, before: 0, after: 0, deleted: false, headerCells: 0 };
    t.column = 0;
  };

  const closeRow = (t: OpenTable) => {
    const row = t.row;
    if (!row) return;
    while (t.down.length > 0 && !t.down.at(-1)) t.down.pop();
    fillDown(t);
    // A row of header cells is the table's header, as a row Word repeats on each page.
    row.header ||= row.headerCells > 0 && row.headerCells === row.cells.filter((c) => !c.vMerge).length;
    t.rows.push(row);
    t.row = null;
  };

  const openCell = (t: OpenTable, name: string, attrs: Record<string, string>) => {
    if (!t.row) openRow(t);
    while (t.down[t.column]) fillDown(t, t.column + 1);
    const limit = ctx.budget.limits.maxColumns + 1;
    const span = Math.min(Math.max(1, spanOf(attrs.colspan, 1)), limit);
    ctx.budget.columns(t.column + span);
    // rowspan="0" spans the rows left in its table.
    const rows = Math.min(spanOf(attrs.rowspan, 1), Number.MAX_SAFE_INTEGER) || Number.MAX_SAFE_INTEGER;
    const cell: CellDraft = { span, vMerge: rows > 1 ? "restart" : null, hMerge: null, bordered: false, blocks: [] };
    if (rows > 1) t.down[t.column] = { rows: rows - 1, span };
    if (name === "th") t.row!.headerCells++;
    t.row!.cells.push(cell);
    t.column += span;
    sinks.push(cell.blocks);
  };

  const open = (name: string, attrs: Record<string, string>) => {
    const t = tables.at(-1);
    switch (name) {
      case "br":
        return append("\n");
      case "ol":
      case "ul": {
        const type = LIST_TYPES[attrs.type ?? ""] ?? LIST_TYPES[listStyleType(attrs.style) ?? ""];
        return void lists.push({ format: name === "ol" ? (type ?? "decimal") : null, next: spanOf(attrs.start, 1) });
      }
      case "li":
        return openItem(attrs);
      case "table": {
        if (tables.length >= ctx.maxTableDepth) refuse("plan-too-complex", "nested tables");
        const border = spanOf(attrs.border, 0) > 0 || (attrs.style ?? "").toLowerCase().includes("border");
        const borders = border ? { top: true, left: true, bottom: true, right: true } : {};
        return void tables.push({
          style: null,
          borders,
          gridColumns: 0,
          rows: [],
          row: null,
          column: 0,
          down: [],
          inHead: false,
        });
      }
      case "thead":
        if (t) t.inHead = true;
        return;
      case "tr":
        if (t) openRow(t);
        return;
      case "td":
      case "th":
        if (t) openCell(t, name, attrs);
    }
  };

  const close = (name: string) => {
    const t = tables.at(-1);
    switch (name) {
      case "ol":
      case "ul":
        lists.pop();
        label = null;
        return;
      case "li":
        // An item with no text still shows its number (a numbered cell whose only paragraph is empty).
        if (label !== null && label.trim()) pushLine(label.trim());
        label = null;
        return;
      case "thead":
        if (t) t.inHead = false;
        return;
      case "td":
      case "th":
        if (t?.row && sinks.length > 1) sinks.pop();
        return;
      case "tr":
        if (t) closeRow(t);
        return;
      case "table":
        if (!t) return;
        closeRow(t);
        tables.pop();
        sinks.at(-1)!.push(...tableBlocks(t, ctx.styles, ctx.budget));
    }
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (++depth > ctx.maxDepth) refuse("plan-too-complex", "nesting");
        const font = elementFont(attrs);
        fonts.push(font === undefined ? fonts.at(-1)! : font);
        if (hidden > 0 || HIDDEN.has(name) || HIDING_STYLE.test(attrs.style ?? "")) {
          hidden++;
          return;
        }
        if (BLOCKS.has(name)) flush();
        open(name, attrs);
      },
      onclosetag(name) {
        depth--;
        if (fonts.length > 1) fonts.pop();
        if (hidden > 0) {
          hidden--;
          return;
        }
        if (BLOCKS.has(name)) flush();
        close(name);
      },
      ontext(chunk) {
        // White space in HTML source is a space on the page; line breaks come from <br>.
        if (hidden > 0) return;
        const font = fonts.at(-1);
        append((font ? decodeByFont(chunk, font) : chunk).replace(/[\t\n\r\f]/g, " "));
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  feedPage(parser, data, charset);
  flush();
  return body;
}

/** A page's bytes through `parser`, decoded in chunks, then its end. */
export function feedPage(parser: Parser, data: Buffer, charset?: string): void {
  // The charset its MIME header gives (an MHT's part) goes before the page's own, as a browser takes it.
  const decoder = iconv.getDecoder(charset && iconv.encodingExists(charset) ? charset : chunkEncoding(data));
  for (let at = 0; at < data.length; at += CHUNK) parser.write(decoder.write(data.subarray(at, at + CHUNK)));
  parser.write(decoder.end() ?? "");
  parser.end();
}
