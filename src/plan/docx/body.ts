// document.xml read as a stream: paragraphs and tables become blocks as they close, so
// memory holds one paragraph and the open tables, never the document's XML tree.
// What a reader of the printed page sees is kept, nothing else:
//   - kept: runs, hyperlinks, smart tags, content controls (w:sdt), fields' results,
//     tracked insertions and moves to (w:ins, w:moveTo), text boxes (one branch of
//     mc:AlternateContent), the label of Word's automatic numbering;
//   - dropped: tracked deletions and moves from, field instructions, hidden text
//     (w:vanish), text struck through (w:strike, w:dstrike: an office's deletion left on the page, an amended
//     date beside its new one; read as the PDF's drawn strike is, pdf/struck.ts), footnote and endnote marks
//     (their text is in other parts, never read),
//     old formatting kept by tracked changes (w:pPrChange …), section properties.
// A paragraph whose mark was deleted (tracked) runs on into the next one, as Word shows it.
import { decodeByFont, legacyFont, type LegacyFont } from "../../formats/vietnamese-fonts.ts";
import type { XmlElement, XmlHandlers } from "../../formats/xml-stream.ts";
import type { Budget } from "../budget.ts";
import { refuse } from "../budget.ts";
import type { Block } from "../document.ts";
import { paragraphBlocks, TAB } from "./lines.ts";
import { typedBullet, type Numbering } from "./numbering.ts";
import { type DocxStyles, flag, runFont, SIDES, type Side } from "./styles.ts";
import { tableBlocks, type CellDraft, type RowDraft, type TableDraft } from "./table.ts";
import { Emphasis } from "../emphasis.ts";
import { effectiveStops, readTabStop, type TabbedParagraph, type TabStop } from "./tab-stops.ts";

interface Paragraph {
  style: string | null;
  numId?: string;
  ilvl?: number;
  markHidden: boolean;
  markDeleted: boolean;
  /** Its text so far; line breaks kept as "\n", tabs as TAB. */
  text: string;
  /** Its own tab stops (w:tabs in its w:pPr). */
  tabs: TabStop[];
  /** The notes its footnote and endnote marks point to ("w:footnote:2"), by the line they stand on. */
  notes: { line: number; key: string }[];
  visible: boolean;
  /** The blocks of the embedded objects it holds (a worksheet pasted as an object), read after its text. */
  objects: Block[];
}

interface Run {
  /** Hidden by its own properties (w:vanish), when they say. */
  hidden?: boolean;
  /** Struck through by its own properties (w:strike, w:dstrike): deleted, though shown. */
  struck?: boolean;
  /** In bold by its own properties (w:b): a cell's bold passages (`emphasis.ts`). */
  bold?: boolean;
  /** Hidden by them or by its styles: worked out at its first text. */
  shown?: boolean;
  /** The font its own properties set (w:rFonts), when they say. */
  font?: string;
  /** The legacy Vietnamese encoding its font says its text is in (TCVN3, VNI): worked out at its first text. */
  legacy?: LegacyFont | null;
  style: string | null;
  /** The next text is a footnote's custom mark. */
  dropNextText: boolean;
}

interface Sink {
  blocks: Block[];
  /** Text of a paragraph whose mark was deleted, waiting for the next paragraph. */
  carry: string;
}

// Subtrees nothing of which is shown, or which hold superseded properties.
const SKIPPED = new Set(
  [
    "del",
    "moveFrom",
    "instrText",
    "delText",
    "delInstrText",
    "sdtPr",
    "sdtEndPr",
    "pPrChange",
    "rPrChange",
    "tblPrChange",
    "trPrChange",
    "tcPrChange",
    "sectPrChange",
    "tblGridChange",
    "numberingChange",
    "sectPr",
    "fldData",
    "ffData",
  ].map((n) => `w:${n}`),
);

/** Word keeps 64 tab stops a paragraph at most: a crafted file's thousands are not kept. */
const MAX_STOPS = 64;

export interface BodyContext {
  styles: DocxStyles;
  numbering: Numbering;
  budget: Budget;
  maxTableDepth: number;
  /** Footnotes' and endnotes' texts by key (docx/footnotes.ts). */
  notes?: ReadonlyMap<string, string>;
  /** The blocks of an imported chunk (w:altChunk) by its relationship's id (docx/alt-chunk.ts). */
  altChunk?: (id: string) => Block[];
  /** The blocks of an embedded object (o:OLEObject, w:objectEmbed) by its relationship's id (embedded-workbook.ts). */
  embedded?: (id: string) => Block[];
  /** The blocks of a SmartArt diagram by its data part's relationship id (docx/diagram.ts). */
  diagram?: (id: string) => Block[];
}

export function bodyReader(ctx: BodyContext): XmlHandlers & {
  blocks: Block[];
  typed: (block: Block) => string | undefined;
  tabbed: (block: Block) => TabbedParagraph | undefined;
} {
  const body: Sink = { blocks: [], carry: "" };
  /** A body paragraph's one line as typed, its spaces kept (a table typed with spaces, text-spaced-columns.ts). */
  const typed = new WeakMap<Block, string>();
  /** A body paragraph of one line holding tabs, by its first block: a tab-stop list's line (docx/tab-stops.ts). */
  const tabbed = new WeakMap<Block, TabbedParagraph>();
  const sinks: Sink[] = [body];
  const path: string[] = [];
  const paragraphs: Paragraph[] = [];
  const runs: Run[] = [];
  const tables: (TableDraft & { row: RowDraft | null; cell: CellDraft | null })[] = [];
  const alternatives: boolean[] = [];
  // Open fields, and how many of them are still in their instructions (begin … separate).
  const fields: ("instr" | "result")[] = [];
  let instructions = 0;
  let skipping = 0;
  let inText = false;

  const parent = (up = 1) => path[path.length - up] ?? "";
  const paragraph = () => paragraphs.at(-1);
  const run = () => runs.at(-1);
  const table = () => tables.at(-1);

  const runShown = (r: Run, p: Paragraph) =>
    (r.shown ??=
      !r.struck && !(r.hidden ?? (ctx.styles.hidden(r.style, "character") || ctx.styles.hidden(p.style, "paragraph"))));

  // "KÕ ho¹ch" in a .VnTime run is "Kế hoạch": decoded here, before any cleaning could take its "ư" (U+00AD)
  // for a soft hyphen.
  const decoded = (text: string) => {
    const r = run();
    const p = paragraph();
    if (!r || !p) return text;
    r.legacy ??= legacyFont(r.font ?? ctx.styles.font(r.style, p.style));
    return r.legacy ? decodeByFont(text, r.legacy) : text;
  };

  const append = (text: string) => {
    const p = paragraph();
    const r = run();
    if (!p || !r || instructions > 0 || !runShown(r, p)) return;
    p.text += text;
    p.visible = true;
    table()?.cell?.emphasis?.add(text, r.bold === true);
    ctx.budget.text(text.length, p.text.length);
  };

  const skips = (el: XmlElement): boolean => {
    if (el.name === "w:del" && (parent() === "w:rPr" || parent() === "w:trPr")) return false;
    if (SKIPPED.has(el.name)) return true;
    if (el.name !== "mc:Choice" && el.name !== "mc:Fallback") return false;
    // One branch of mc:AlternateContent: the first, the others say the same again.
    if (alternatives.length === 0) return false;
    if (alternatives.at(-1)) return true;
    alternatives[alternatives.length - 1] = true;
    return false;
  };

  const closeParagraph = (p: Paragraph) => {
    const sink = sinks.at(-1)!;
    table()?.cell?.emphasis?.cut();
    if (p.markDeleted) {
      sink.carry += p.text;
      sink.blocks.push(...p.objects);
      return;
    }
    // A hidden numbered paragraph still takes its number, as Word and LibreOffice count;
    // an empty one shows it (a task table's TT cell numbered by Word holds nothing else).
    const fromStyle = ctx.styles.numbering(p.style);
    const numId = p.numId ?? fromStyle.numId;
    const label = numId && numId !== "0" ? ctx.numbering.label(numId, p.ilvl ?? fromStyle.ilvl, p.style) : null;
    if (p.markHidden && !p.visible) return;
    const text = `${label ?? ""}${sink.carry}${p.text}`;
    if (!text && p.objects.length) return void sink.blocks.push(...p.objects);
    sink.carry = "";
    const notesOn = (i: number) => p.notes.flatMap((n) => (n.line === i ? (ctx.notes?.get(n.key) ?? []) : []));
    const before = sink.blocks.length;
    for (const { block, typed: line } of paragraphBlocks(text, notesOn)) {
      ctx.budget.block();
      if (line !== undefined && sink === body) typed.set(block, line);
      sink.blocks.push(block);
    }
    const first = sink.blocks[before];
    if (sink === body && first && !text.includes("\n") && text.includes(TAB)) {
      const stops = effectiveStops(ctx.styles.tabs(p.style), p.tabs);
      const line = text.slice(label?.length ?? 0);
      tabbed.set(first, { label: label ?? "", text: line, stops, blocks: sink.blocks.length - before });
    }
    sink.blocks.push(...p.objects);
  };

  const openTableElement = (el: XmlElement) => {
    const t = table();
    if (!t) return;
    const val = el.attrs.val;
    const count = (v: string | undefined) => Math.max(0, Math.min(Number(v) || 0, ctx.budget.limits.maxColumns + 1));
    if (el.name === "w:tblStyle" && parent() === "w:tblPr") t.style = val ?? null;
    else if (parent() === "w:tblBorders" && parent(2) === "w:tblPr" && SIDES.includes(el.name.slice(2) as Side))
      t.borders[el.name.slice(2) as Side] = !["nil", "none"].includes(val ?? "");
    else if (el.name === "w:gridCol" && parent() === "w:tblGrid") ctx.budget.columns(++t.gridColumns);
    else if (t.row && parent() === "w:trPr") {
      if (el.name === "w:tblHeader") t.row.header = flag(val ?? "1");
      else if (el.name === "w:gridBefore") t.row.before = count(val);
      else if (el.name === "w:gridAfter") t.row.after = count(val);
      else if (el.name === "w:del") t.row.deleted = true;
    } else if (t.cell && parent() === "w:tcPr") {
      if (el.name === "w:gridSpan") t.cell.span = Math.max(1, count(val));
      else if (el.name === "w:vMerge") t.cell.vMerge = val === "restart" ? "restart" : "continue";
      else if (el.name === "w:hMerge") t.cell.hMerge = val === "restart" ? "restart" : "continue";
      // Shading: the fill, or the pattern's colour when the pattern is solid.
      else if (el.name === "w:shd") t.cell.fill = val === "solid" ? el.attrs.color : el.attrs.fill;
    } else if (t.cell && parent() === "w:tcBorders" && !["nil", "none"].includes(val ?? "")) t.cell.bordered = true;
  };

  const openRunElement = (el: XmlElement) => {
    const r = run()!;
    switch (el.name) {
      case "w:t":
        inText = true;
        return;
      case "w:tab":
      case "w:ptab":
        return append(TAB);
      case "w:br":
      case "w:cr":
        return append("\n");
      case "w:noBreakHyphen":
        return append("-");
      case "w:softHyphen": {
        // An optional hyphen shows nothing, but in a legacy font its byte is a letter: TCVN3's "ư" is 0xAD, the soft
        // hyphen's code, which Word and LibreOffice save as this element ("tr<w:softHyphen/>íc" is "trước").
        const letter = decoded("\u00AD");
        return letter === "\u00AD" ? undefined : append(letter);
      }
      case "w:sym":
        return append(typedBullet(String.fromCharCode(parseInt(el.attrs.char ?? "", 16) || 0x2022)));
      case "w:footnoteReference":
      case "w:endnoteReference": {
        r.dropNextText = flag(el.attrs.customMarkFollows);
        const p = paragraph();
        const kind = el.name === "w:footnoteReference" ? "w:footnote" : "w:endnote";
        if (p && el.attrs.id) p.notes.push({ line: p.text.split("\n").length - 1, key: `${kind}:${el.attrs.id}` });
        return;
      }
      case "w:fldChar": {
        const type = el.attrs.fldCharType;
        if (type === "begin") {
          fields.push("instr");
          instructions++;
        } else if (type === "separate" && fields.at(-1) === "instr") {
          fields[fields.length - 1] = "result";
          instructions--;
        } else if (type === "end" && fields.length > 0) {
          if (fields.pop() === "instr") instructions--;
        }
      }
    }
  };

  const open = (el: XmlElement) => {
    const p = paragraph();
    switch (el.name) {
      case "w:p":
        paragraphs.push({
          style: null,
          markHidden: false,
          markDeleted: false,
          text: "",
          visible: false,
          notes: [],
          tabs: [],
          objects: [],
        });
        return;
      case "w:r":
        runs.push({ style: null, dropNextText: false });
        return;
      case "mc:AlternateContent":
        alternatives.push(false);
        return;
      case "w:tbl":
        if (tables.length >= ctx.maxTableDepth) refuse("plan-too-complex", "nested tables");
        tables.push({ style: null, borders: {}, gridColumns: 0, rows: [], row: null, cell: null });
        return;
      case "w:tr":
        ctx.budget.block();
        if (!table()) refuse("unreadable-docx", "row outside a table");
        table()!.row = { cells: [], header: false, before: 0, after: 0, deleted: false };
        return;
      case "w:altChunk":
        // What Word imports in its place: a web application's HTML, read where it stands.
        for (const block of ctx.altChunk?.(el.attrs["r:id"] ?? "") ?? []) sinks.at(-1)!.blocks.push(block);
        return;
      case "o:OLEObject":
      case "w:objectEmbed":
        // An object embedded in the file (not linked to one outside it), whose picture the page shows in its place.
        if (p && path.includes("w:object") && el.attrs.Type !== "Link")
          p.objects.push(...(ctx.embedded?.(el.attrs["r:id"] ?? "") ?? []));
        return;
      case "dgm:relIds":
        // A SmartArt diagram: its boxes' words, read where it stands.
        if (p) p.objects.push(...(ctx.diagram?.(el.attrs["r:dm"] ?? "") ?? []));
        return;
      case "w:tc": {
        const t = table();
        if (!t?.row) refuse("unreadable-docx", "cell outside a row");
        const cell: CellDraft = {
          span: 1,
          vMerge: null,
          hMerge: null,
          bordered: false,
          blocks: [],
          emphasis: new Emphasis(),
        };
        t.row.cells.push(cell);
        t.cell = cell;
        sinks.push({ blocks: cell.blocks, carry: "" });
        return;
      }
    }
    if (p && parent() === "w:pPr" && el.name === "w:pStyle") p.style = el.attrs.val ?? null;
    else if (p && el.name === "w:tab" && parent() === "w:tabs" && parent(2) === "w:pPr") {
      const stop = readTabStop(el.attrs);
      if (stop && p.tabs.length < MAX_STOPS) p.tabs.push(stop);
    } else if (p && parent() === "w:numPr" && parent(2) === "w:pPr") {
      if (el.name === "w:numId") p.numId = el.attrs.val ?? "0";
      else if (el.name === "w:ilvl") p.ilvl = Number(el.attrs.val) || 0;
    } else if (p && parent() === "w:rPr" && parent(2) === "w:pPr") {
      if (el.name === "w:vanish") p.markHidden = flag(el.attrs.val ?? "1");
      else if (el.name === "w:del") p.markDeleted = true;
    } else if (run() && parent() === "w:rPr" && parent(2) === "w:r") {
      if (el.name === "w:vanish") run()!.hidden = flag(el.attrs.val ?? "1");
      else if (el.name === "w:strike" || el.name === "w:dstrike") run()!.struck ||= flag(el.attrs.val ?? "1");
      else if (el.name === "w:rStyle") run()!.style = el.attrs.val ?? null;
      else if (el.name === "w:b") run()!.bold = flag(el.attrs.val ?? "1");
      else if (el.name === "w:rFonts") run()!.font = runFont(el);
    } else if (run() && parent() === "w:r") openRunElement(el);
    else openTableElement(el);
  };

  const close = (el: XmlElement) => {
    switch (el.name) {
      case "w:t":
        inText = false;
        if (run()) run()!.dropNextText = false;
        return;
      case "w:r":
        runs.pop();
        return;
      case "w:p":
        closeParagraph(paragraphs.pop()!);
        return;
      case "mc:AlternateContent":
        alternatives.pop();
        return;
      case "w:tc":
        sinks.pop();
        table()!.cell = null;
        return;
      case "w:tr": {
        const t = table()!;
        if (t.row && !t.row.deleted) t.rows.push(t.row);
        t.row = null;
        return;
      }
      case "w:tbl": {
        const into = sinks.at(-1)!.blocks;
        for (const block of tableBlocks(tables.pop()!, ctx.styles, ctx.budget)) into.push(block);
      }
    }
  };

  return {
    blocks: body.blocks,
    typed: (block) => typed.get(block),
    tabbed: (block) => tabbed.get(block),
    open(el) {
      if (skipping > 0 || skips(el)) {
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
      close(el);
    },
    text(text) {
      // Line ends and tabs typed into a w:t by other writers are spaces on Word's page.
      if (inText && skipping === 0 && !run()?.dropNextText) append(decoded(text.replace(/[\t\n\r]/g, " ")));
    },
  };
}
