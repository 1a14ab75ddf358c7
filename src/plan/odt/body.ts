// An OpenDocument text's body (office:text in content.xml, or a page style's header) read as a stream: paragraphs
// and tables become blocks as they close, as the .docx reader's do (docx/body.ts). What the page shows is kept:
//   - kept: paragraphs and headings (text:p, text:h) with their list or outline label, spans, links, fields' shown
//     values, sections, frames and text boxes (draw:frame, draw:text-box: their paragraphs before the paragraph
//     holding them, as Word's text boxes), a spreadsheet embedded as an object (its cells, embedded-workbook.ts),
//     spaces (text:s, its count bounded), tabs and line breaks;
//   - dropped: the tracked changes' record (text:tracked-changes, where deleted text lives: a deletion is only a
//     mark in the text), text hidden or struck through by its style, comments (office:annotation), a note's
//     citation and the cached label LibreOffice writes (text:number: the label is counted here), index sources;
//   - a footnote's or endnote's body (text:note-body) is no paragraph of the document: its text goes with the
//     paragraph that points to it (`notes`), to date it.
import { decodeByFont, legacyFont } from "../../formats/vietnamese-fonts.ts";
import type { XmlElement, XmlHandlers } from "../../formats/xml-stream.ts";
import { clean } from "../../domain/text.ts";
import { refuse, type Budget } from "../budget.ts";
import type { Block } from "../document.ts";
import { paragraphBlocks, TAB } from "../docx/lines.ts";
import type { TabbedParagraph } from "../docx/tab-stops.ts";
import { typedBullet } from "../docx/numbering.ts";
import { readStyles } from "../docx/styles.ts";
import { tableBlocks } from "../docx/table.ts";
import { LIST_LEVELS, nextLabel, type Counters, type ListStyles } from "./lists.ts";
import { framesInOrder, openFrame, type Frame } from "./frames.ts";
import type { OdtStyles } from "./styles.ts";
import {
  addColumns,
  closeCell,
  closeRow,
  count,
  finishTable,
  newTable,
  openCell,
  openRow,
  type OdtTable,
} from "./table.ts";

export interface OdtContext {
  styles: OdtStyles;
  lists: ListStyles;
  budget: Budget;
  maxTableDepth: number;
  /** The outline's counters, shared by the header and the body. */
  outline: Counters;
  /** The blocks of an embedded object (draw:object, draw:object-ole) by its link (embedded-workbook.ts). */
  embedded?: (href: string) => Block[];
}

interface Paragraph {
  style: string | null;
  label: string;
  text: string;
  visible: boolean;
  notes: { line: number; text: string }[];
  /** The frames anchored to it, read before it (odt/frames.ts). */
  frames: Frame[];
}

/** A text:list open: its counters (shared with the lists it continues or nests) and list style. */
interface List {
  counters: Counters;
  style: string | undefined;
}

interface Sink {
  blocks: Block[];
}

const SKIPPED = new Set([
  "text:tracked-changes",
  "office:annotation",
  "text:note-citation",
  "text:number",
  "text:hidden-paragraph",
  "text:hidden-text",
  "text:sequence-decls",
  "text:variable-decls",
  "text:user-field-decls",
  "office:forms",
  "svg:title",
  "svg:desc",
]);

const skips = (el: XmlElement) => SKIPPED.has(el.name) || (el.name.startsWith("text:") && el.name.endsWith("-source"));

// A table in a shape's text (a text box drawn as a shape) is written in LibreOffice's own namespace, as these.
const SHAPE_TABLE = new Set([
  "table",
  "table-column",
  "table-row",
  "table-cell",
  "covered-table-cell",
  "table-header-rows",
]);

/** An element, a shape's table's read as the body's table's. */
const asBody = (el: XmlElement): XmlElement =>
  el.name.startsWith("loext:") && SHAPE_TABLE.has(el.name.slice(6)) ? { ...el, name: `table:${el.name.slice(6)}` } : el;

/** The one style table readers take for a table's borders: an .odt's are on its cells (`bordered`). */
const NO_TABLE_STYLES = readStyles(null);

export function odtBodyReader(ctx: OdtContext): XmlHandlers & {
  blocks: Block[];
  typed: (block: Block) => string | undefined;
  tabbed: (block: Block) => TabbedParagraph | undefined;
} {
  const body: Sink = { blocks: [] };
  const typed = new WeakMap<Block, string>();
  /** A body paragraph of one line holding tabs, by its first block: a tab-stop list's line (docx/tab-stops.ts). */
  const tabbed = new WeakMap<Block, TabbedParagraph>();
  const sinks: Sink[] = [body];
  const path: string[] = [];
  const paragraphs: Paragraph[] = [];
  const spans: (string | null)[] = [];
  const lists: List[] = [];
  const items: { numbered: boolean; set?: number }[] = [];
  const notes: Sink[] = [];
  const frames: Frame[] = [];
  const tables: OdtTable[] = [];
  /** Lists by their xml:id, and the last list of each style: what text:continue-list and continue-numbering name. */
  const byId = new Map<string, Counters>();
  const lastOfStyle = new Map<string, Counters>();
  /** The last outer list numbering its first level in each way ("I." roman): see `openList`. */
  const lastOfFormat = new Map<string, Counters>();
  const formatOf = (style: string | undefined) => {
    const first = style === undefined ? undefined : ctx.lists.byName.get(style)?.get(1);
    return first && first.format !== "bullet"
      ? `${first.format} ${first.pattern ?? first.prefix + first.suffix}`
      : null;
  };
  let skipping = 0;

  const paragraph = () => paragraphs.at(-1);

  const shown = (p: Paragraph) =>
    !ctx.styles.dropped(p.style, "paragraph") && !spans.some((s) => s !== null && ctx.styles.dropped(s, "text"));

  // The nearest span setting a weight, else the paragraph's style: a cell's bold passages (`emphasis.ts`).
  const bold = (p: Paragraph) =>
    ctx.styles.bold(spans.findLast((s) => s !== null && ctx.styles.bold(s, null)) ?? null, p.style);

  const decoded = (text: string, p: Paragraph) => {
    const span = spans.findLast((s) => s !== null && ctx.styles.font(s, null) !== undefined) ?? null;
    const legacy = legacyFont(ctx.styles.font(span, p.style));
    return legacy ? decodeByFont(text, legacy) : text;
  };

  const append = (text: string) => {
    const p = paragraph();
    if (!p || !shown(p)) return;
    p.text += text;
    p.visible = true;
    ctx.budget.text(text.length, p.text.length);
    tables.at(-1)?.cell?.emphasis?.add(text, bold(p));
  };

  /** The list a text:list opening starts or continues: nested, it is its parent's. */
  const openList = (el: XmlElement) => {
    const outer = lists.at(-1);
    const style = el.attrs["style-name"] ?? outer?.style;
    let counters = outer?.counters;
    const format = outer ? null : formatOf(style);
    const continued = el.attrs["continue-list"];
    if (!counters && continued) counters = byId.get(continued);
    // A list that says it continues one the file never wrote (LibreOffice, saving a Word file whose numberings share
    // one list, names the shared list, written under no id; Word's "II." then shows as a second "I."): it continues
    // the last list before it numbered the same way, as the page it was saved from showed it.
    if (!counters && continued && format) counters = lastOfFormat.get(format);
    if (!counters && el.attrs["continue-numbering"] === "true" && style) counters = lastOfStyle.get(style);
    counters ??= [];
    if (el.attrs.id) byId.set(el.attrs.id, counters);
    if (style && !outer) lastOfStyle.set(style, counters);
    if (format) lastOfFormat.set(format, counters);
    lists.push({ counters, style });
  };

  /** The label of a paragraph opening: its list item's, for the item's first paragraph, or a heading's outline's. */
  const labelOf = (el: XmlElement, style: string | null): string => {
    const item = items.at(-1);
    if (path.at(-1) === "text:list-item" && item && !item.numbered) {
      item.numbered = true;
      const list = lists.at(-1)!;
      const name = list.style ?? ctx.styles.listStyle(style);
      const listStyle = name === undefined ? undefined : ctx.lists.byName.get(name);
      return (listStyle && nextLabel(listStyle, list.counters, lists.length, item.set)) ?? "";
    }
    // A list's other paragraphs and headings go on under its item's label; only a heading outside lists is the
    // outline's.
    const inList = path.at(-1) === "text:list-item" || path.at(-1) === "text:list-header";
    if (el.name !== "text:h" || inList || el.attrs["is-list-header"] === "true") return "";
    // A heading whose style names no list (style:list-style-name="", Word's numId 0) is left unnumbered.
    if (ctx.styles.listStyle(style) === "") return "";
    const level = count(el.attrs["outline-level"], LIST_LEVELS);
    return nextLabel(ctx.lists.outline, ctx.outline, level) ?? "";
  };

  const closeParagraph = (p: Paragraph) => {
    const sink = sinks.at(-1)!;
    tables.at(-1)?.cell?.emphasis?.cut();
    for (const block of framesInOrder(p.frames)) sink.blocks.push(block);
    // A hidden numbered paragraph still takes its number (counted at its opening), as LibreOffice counts.
    if (!p.visible && ctx.styles.dropped(p.style, "paragraph")) return;
    const notesOn = (i: number) => p.notes.flatMap((n) => (n.line === i ? [n.text] : []));
    const before = sink.blocks.length;
    for (const { block, typed: line } of paragraphBlocks(`${p.label}${p.text}`, notesOn)) {
      ctx.budget.block();
      if (line !== undefined && sink === body) typed.set(block, line);
      sink.blocks.push(block);
    }
    const first = sink.blocks[before];
    if (sink === body && first && !p.text.includes("\n") && p.text.includes(TAB)) {
      const stops = ctx.styles.tabs(p.style);
      tabbed.set(first, { label: p.label, text: p.text, stops, blocks: sink.blocks.length - before });
    }
  };

  /** A note's paragraphs, on one line, go with the paragraph pointing to it, on the line its mark stands on. */
  const closeNote = (note: Sink) => {
    sinks.pop();
    const text = clean(note.blocks.map((b) => (b.type === "text" ? b.text : b.cells.join(" "))).join(" "));
    const p = paragraph();
    if (p && text) p.notes.push({ line: p.text.split("\n").length - 1, text });
  };

  const openTable = (el: XmlElement) => {
    const t = tables.at(-1);
    switch (el.name) {
      case "table:table":
        if (tables.length >= ctx.maxTableDepth) refuse("plan-too-complex", "nested tables");
        tables.push(newTable());
        return;
      case "table:table-column":
        if (t) addColumns(t, el, ctx.budget);
        return;
      case "table:table-header-rows":
        if (t) t.header++;
        return;
      case "table:table-row":
        if (!t) refuse("unreadable-odt", "row outside a table");
        openRow(t, el, ctx.budget);
        return;
      case "table:table-cell": {
        if (!t?.row) refuse("unreadable-odt", "cell outside a row");
        const style = el.attrs["style-name"] ?? null;
        const look = { bordered: ctx.styles.bordered(style), fill: ctx.styles.background(style) };
        const cell = openCell(t, el, look, ctx.budget);
        sinks.push({ blocks: cell?.blocks ?? [] });
      }
    }
  };

  const open = (el: XmlElement) => {
    switch (el.name) {
      case "text:p":
      case "text:h": {
        const style = el.attrs["style-name"] ?? null;
        paragraphs.push({ style, label: labelOf(el, style), text: "", visible: false, notes: [], frames: [] });
        return;
      }
      case "text:span":
        spans.push(el.attrs["style-name"] ?? null);
        return;
      case "text:s":
        return append(" ".repeat(count(el.attrs.c, ctx.budget.limits.maxBlockChars + 1)));
      case "text:tab":
        return append(TAB);
      case "text:line-break":
        return append("\n");
      case "text:list":
        return openList(el);
      case "text:list-item":
      case "text:list-header": {
        const value = el.attrs["start-value"];
        const set = value === undefined ? undefined : count(value, 1e6);
        items.push({ numbered: el.name === "text:list-header", ...(set !== undefined && { set }) });
        return;
      }
      case "draw:frame": {
        const frame = openFrame(el);
        frames.push(frame);
        sinks.push(frame);
        return;
      }
      case "draw:object":
      case "draw:object-ole":
        // An object embedded in the file (a worksheet pasted as an object): its cells where it stands.
        for (const block of ctx.embedded?.(el.attrs.href ?? "") ?? []) sinks.at(-1)!.blocks.push(block);
        return;
      case "text:note": {
        const note: Sink = { blocks: [] };
        notes.push(note);
        sinks.push(note);
        return;
      }
    }
    openTable(el);
  };

  const close = (el: XmlElement) => {
    const t = tables.at(-1);
    switch (el.name) {
      case "text:p":
      case "text:h":
        return closeParagraph(paragraphs.pop()!);
      case "text:span":
        spans.pop();
        return;
      case "text:list":
        lists.pop();
        return;
      case "text:list-item":
      case "text:list-header":
        items.pop();
        return;
      case "text:note":
        return closeNote(notes.pop()!);
      case "draw:frame": {
        sinks.pop();
        const frame = frames.pop()!;
        const p = paragraph();
        if (p) p.frames.push(frame);
        else for (const block of frame.blocks) sinks.at(-1)!.blocks.push(block);
        return;
      }
      case "table:table-header-rows":
        if (t) t.header--;
        return;
      case "table:table-cell":
        sinks.pop();
        if (t) closeCell(t, ctx.budget);
        return;
      case "table:table-row":
        if (t) closeRow(t, ctx.budget);
        return;
      case "table:table": {
        const into = sinks.at(-1)!.blocks;
        for (const block of tableBlocks(finishTable(tables.pop()!), NO_TABLE_STYLES, ctx.budget)) into.push(block);
      }
    }
  };

  return {
    blocks: body.blocks,
    typed: (block) => typed.get(block),
    tabbed: (block) => tabbed.get(block),
    open(written) {
      const el = asBody(written);
      // A covered cell takes its place in the grid; what it holds is not shown.
      if (skipping === 0 && el.name === "table:covered-table-cell" && tables.at(-1)?.row)
        openCell(tables.at(-1)!, el, { bordered: false }, ctx.budget);
      if (skipping > 0 || skips(el) || el.name === "table:covered-table-cell") {
        skipping++;
        return;
      }
      open(el);
      path.push(el.name);
    },
    close(el) {
      if (skipping > 0) {
        skipping--;
        return;
      }
      path.pop();
      close(asBody(el));
    },
    text(text) {
      const p = paragraph();
      // Line ends and runs of white space in an ODF paragraph's text are one space; spaces kept are text:s. A
      // non-breaking hyphen (U+2011, Word's w:noBreakHyphen as LibreOffice saves it) is typed "-".
      // A symbol font's character (U+F0xx: Word's w:sym as LibreOffice saves it) is typed as the Word reader types it.
      const typedText = text
        .replace(/[ \t\r\n]+/g, " ")
        .replaceAll("\u2011", "-")
        .replace(/[\uf000-\uf0ff]/g, (c) => typedBullet(c));
      if (skipping === 0 && p) append(decoded(typedText, p));
    },
  };
}
