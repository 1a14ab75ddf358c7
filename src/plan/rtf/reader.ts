// An RTF file's tokens (tokens.ts) read into its stories (flow.ts): the body, the first page's own header (\headerf
// under \titlepg), each footnote (a note of the paragraph it stands in) and text box (\shptxt, before the paragraph
// it is anchored in). Each group has its state, copied from the group around it and given back when it closes: where
// its text goes (a story, the label of a list item \listtext, a table read later, nowhere), the character properties
// that drop text (hidden \v, deleted \deleted, struck \strike) or decode it (the font), the paragraph's (table depth,
// tab stops, list) and the row being defined (rows.ts). Group depth is bounded: a deeper file is `unreadable-rtf`.
import type { Budget } from "../budget.ts";
import { refuse } from "../budget.ts";
import type { Numbering } from "../docx/numbering.ts";
import type { TabAlign, TabStop } from "../docx/tab-stops.ts";
import { type CodePage, decodeBytes } from "./code-page.ts";
import { SKIPPED, STARRED_READ } from "./destinations.ts";
import { readColours } from "./colours.ts";
import { type Font, readFonts } from "./fonts.ts";
import { Flow } from "./flow.ts";
import { readLists } from "./lists.ts";
import { defineRow, EMPTY_ROW, type RowDefinition, rowLayoutOf } from "./rows.ts";
import { RtfTokens } from "./tokens.ts";
import { TreeBuilder } from "./tree.ts";

/** How deep groups may nest: Word's own files stay under 20. */
export const MAX_GROUP_DEPTH = 200;
/** The most characters a \ucN fallback may skip after a \u (writers give 1, or 2 for double-byte pages). */
const MAX_FALLBACK = 8;
/** Bytes decoded at once. */
const CHUNK = 4096;

interface Paragraph {
  intbl: boolean;
  itap: number;
  stops: readonly TabStop[];
  align: TabAlign;
  ls: number;
  ilvl: number;
}
const NEW_PARAGRAPH: Paragraph = { intbl: false, itap: 0, stops: [], align: "left", ls: 0, ilvl: 0 };

type Destination = "text" | "label" | "skip" | "tree";

interface State {
  destination: Destination;
  flow: Flow;
  /** In a skipped group, where a Unicode text (\ud), an object's result or a shape's text goes on. */
  resume: Flow | null;
  /** In a shape (\shp): its text (\shptxt) is a text box. */
  shape: boolean;
  font: number;
  hidden: boolean;
  deleted: boolean;
  struck: boolean;
  uc: number;
  paragraph: Paragraph;
  row: RowDefinition;
  /** Run when this group closes (a footnote's, a table's, a shape's). */
  closes: (() => void) | null;
  /** The next control word follows \*. */
  starred: boolean;
}

export interface RtfStories {
  body: Flow;
  header: Flow | null;
}

const SPECIALS: Record<string, string> = {
  tab: "\t",
  line: "\n",
  page: "\n",
  column: "\n",
  emdash: "—",
  endash: "–",
  bullet: "•",
  lquote: "‘",
  rquote: "’",
  ldblquote: "“",
  rdblquote: "”",
  emspace: " ",
  enspace: " ",
  qmspace: " ",
};
const SYMBOLS: Record<string, string> = {
  "~": "\u00a0",
  _: "-",
  "-": "\u00ad",
  "\\": "\\",
  "{": "{",
  "}": "}",
  "\t": "\t",
};
const OLD_PAGES: Record<string, number> = { mac: 10000, pc: 437, pca: 850 };
const ALIGNS: Record<string, TabAlign> = { tqr: "right", tqc: "center", tqdec: "decimal" };

export function readRtf(bytes: Buffer, budget: Budget): RtfStories {
  const { limits } = budget;
  const tokens = new RtfTokens(bytes, limits.maxBlocks * 200);
  const body = new Flow(budget, limits.maxTableDepth, true);
  let header: Flow | null = null;
  let titlePage = false;
  let documentPage: CodePage = 1252;
  let defaultFont = 0;
  let fonts = new Map<number, Font>();
  let colours: string[] = [];
  let numbering: Numbering | null = null;
  const tables: { list: TreeBuilder | null; overrides: TreeBuilder | null } = { list: null, overrides: null };
  let tree: TreeBuilder | null = null;

  const base: State = {
    destination: "text",
    flow: body,
    resume: null,
    shape: false,
    font: 0,
    hidden: false,
    deleted: false,
    struck: false,
    uc: 1,
    paragraph: NEW_PARAGRAPH,
    row: EMPTY_ROW,
    closes: null,
    starred: false,
  };
  const stack: State[] = [];
  let state = base;
  let fallback = 0;
  let pending: number[] = [];

  const fontOf = (id: number) => fonts.get(id);
  const pageOf = (s: State): CodePage => fontOf(s.font)?.page ?? documentPage;

  const emit = (text: string) => {
    if (state.hidden || state.deleted || state.struck) return;
    if (state.destination === "text") state.flow.add(text, fontOf(state.font)?.legacy ?? null);
    else if (state.destination === "label") state.flow.addLabel(text);
  };

  const flush = () => {
    if (!pending.length) return;
    const text = decodeBytes(pending, pageOf(state));
    pending = [];
    emit(text);
  };

  const look = (cell: "cell" | "nested" | null) => {
    const p = state.paragraph;
    let depth = p.itap > 0 ? p.itap : p.intbl ? 1 : 0;
    if (cell === "nested") depth = Math.max(depth, 2);
    const label = p.ls > 0 && numbering ? numbering.label(String(p.ls), Math.min(p.ilvl, 8), null) : null;
    return { depth, stops: [...p.stops].sort((a, b) => a.pos - b.pos), label };
  };

  const setParagraph = (change: Partial<Paragraph>) => (state.paragraph = { ...state.paragraph, ...change });

  /** A destination word: true when it was one. */
  const destination = (name: string): boolean => {
    if (name === "fonttbl" || name === "colortbl" || name === "listtable" || name === "listoverridetable") {
      const builder = new TreeBuilder();
      tree = builder;
      state.destination = "tree";
      state.closes = () => {
        tree = null;
        if (name === "fonttbl") fonts = readFonts(builder.root);
        else if (name === "colortbl") colours = readColours(builder.root);
        else tables[name === "listtable" ? "list" : "overrides"] = builder;
        if (tables.list) numbering = readLists(tables.list.root, tables.overrides?.root ?? null);
      };
      return true;
    }
    if (SKIPPED.has(name)) {
      state.destination = "skip";
      return true;
    }
    switch (name) {
      case "listtext":
      case "pntext":
        if (state.destination === "text") state.destination = "label";
        return true;
      case "footnote": {
        if (state.destination !== "text") return true;
        const host = state.flow;
        const note = new Flow(budget, limits.maxTableDepth, false);
        [state.flow, state.paragraph] = [note, NEW_PARAGRAPH];
        state.closes = () => host.note(note.plainText());
        return true;
      }
      case "headerf": {
        if (header || state.destination !== "text") {
          state.destination = "skip";
          return true;
        }
        const first = new Flow(budget, limits.maxTableDepth, false);
        [header, state.flow, state.paragraph] = [first, first, NEW_PARAGRAPH];
        return true;
      }
      case "upr":
      case "object":
      case "shp":
        if (state.destination === "text") state.resume = state.flow;
        state.destination = "skip";
        if (name === "shp") state.shape = true;
        return true;
      case "ud":
      case "result":
        if (state.resume) [state.destination, state.flow] = ["text", state.resume];
        return true;
      case "shptxt": {
        const host = state.resume;
        if (!host || !state.shape) return true;
        const box = new Flow(budget, limits.maxTableDepth, false);
        [state.destination, state.flow, state.paragraph, state.resume] = ["text", box, NEW_PARAGRAPH, null];
        state.closes = () => host.box(box.finish());
        return true;
      }
    }
    return false;
  };

  const word = (name: string, param: number | null) => {
    const starred = state.starred;
    state.starred = false;
    if (starred && !STARRED_READ.has(name) && !SKIPPED.has(name)) {
      state.destination = "skip";
      return;
    }
    if (destination(name)) return;
    if (state.destination === "skip") return;
    const special = SPECIALS[name];
    if (special !== undefined) return emit(special);
    const value = param ?? 0;
    switch (name) {
      case "u":
        emit(String.fromCharCode(value < 0 ? value + 0x10000 : value & 0xffff));
        fallback = state.uc;
        return;
      case "uc":
        state.uc = Math.max(0, Math.min(value, MAX_FALLBACK));
        return;
      case "par":
        // A deleted paragraph mark runs the paragraph on into the next, as Word shows it.
        if (state.destination === "text" && !state.deleted) state.flow.endParagraph(look(null), false);
        return;
      case "cell":
      case "nestcell":
        if (state.destination === "text") state.flow.endParagraph(look(name === "cell" ? "cell" : "nested"), true);
        return;
      case "row":
      case "nestrow":
        if (state.destination === "text")
          state.flow.endRow(name === "row" ? 1 : Math.max(2, look(null).depth), rowLayoutOf(state.row, colours));
        return;
      case "pard":
        state.paragraph = NEW_PARAGRAPH;
        return;
      case "plain":
        Object.assign(state, { font: defaultFont, hidden: false, deleted: false, struck: false });
        return;
      case "intbl":
        setParagraph({ intbl: true });
        return;
      case "itap":
        setParagraph({ itap: Math.max(0, Math.min(value, limits.maxTableDepth + 1)) });
        return;
      case "ls":
        setParagraph({ ls: value });
        return;
      case "ilvl":
        setParagraph({ ilvl: Math.max(0, value) });
        return;
      case "tx":
        if (state.paragraph.stops.length < 64)
          setParagraph({
            stops: [...state.paragraph.stops, { pos: value, align: state.paragraph.align }],
            align: "left",
          });
        return;
      case "tb":
        setParagraph({ align: "left" });
        return;
      case "tqr":
      case "tqc":
      case "tqdec":
        setParagraph({ align: ALIGNS[name]! });
        return;
      case "f":
        state.font = value;
        return;
      case "v":
        state.hidden = param !== 0;
        return;
      case "deleted":
        state.deleted = param !== 0;
        return;
      case "strike":
      case "striked":
        state.struck = param !== 0;
        return;
      case "titlepg":
        titlePage = true;
        return;
      case "ansicpg":
        if (value > 0) documentPage = value;
        return;
      case "mac":
      case "pc":
      case "pca":
        documentPage = OLD_PAGES[name]!;
        return;
      case "deff":
        defaultFont = value;
        state.font = value;
        return;
    }
    const row = defineRow(state.row, name, param, limits.maxColumns + 1);
    if (row) state.row = row;
  };

  for (let token = tokens.next(); token; token = tokens.next()) {
    if (token.kind === "byte" || token.kind === "text") {
      if (state.destination === "skip") continue;
      let data: Iterable<number> = token.kind === "byte" ? [token.byte] : token.bytes;
      if (fallback > 0) {
        if (token.kind === "byte") {
          fallback--;
          continue;
        }
        const skipped = Math.min(fallback, token.bytes.length);
        fallback -= skipped;
        data = token.bytes.subarray(skipped);
      }
      if (state.destination === "tree") {
        tree!.bytes(data);
        continue;
      }
      for (const byte of data) {
        // A tab typed into the file is a tab; other control bytes are nothing.
        if (byte < 0x20 && byte !== 0x09) continue;
        pending.push(byte);
        if (pending.length >= CHUNK) flush();
      }
      continue;
    }
    flush();
    if (token.kind === "open") {
      if (stack.length >= MAX_GROUP_DEPTH) refuse("unreadable-rtf", "groups nested too deep");
      stack.push(state);
      state = { ...state, closes: null, starred: false };
      fallback = 0;
      if (state.destination === "tree") tree!.enter();
      continue;
    }
    if (token.kind === "close") {
      const closed = state;
      state = stack.pop() ?? refuse("unreadable-rtf", "a group closed that was never opened");
      fallback = 0;
      if (closed.destination === "tree") (tree as TreeBuilder | null)?.leave();
      closed.closes?.();
      if (!stack.length) break;
      continue;
    }
    if (fallback > 0) {
      fallback--;
      continue;
    }
    if (state.destination === "tree") {
      tree!.word(token.kind === "word" ? token.name : token.char, token.kind === "word" ? token.param : null);
      continue;
    }
    if (token.kind === "symbol") {
      if (token.char === "*") state.starred = true;
      else if (state.destination !== "skip" && SYMBOLS[token.char] !== undefined) emit(SYMBOLS[token.char]!);
      continue;
    }
    word(token.name, token.param);
  }
  if (stack.length) refuse("unreadable-rtf", "the file ends inside a group");
  return { body, header: titlePage ? header : null };
}
