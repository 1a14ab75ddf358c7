// The one written form of a corpus document, from which plan.txt, both Word files, the
// PDF and the optional workbook are generated (scripts/plan-corpus/build.ts).
//
// A source is the plan as plain text, the way the seeds in fixtures/plans/ are written
// (paragraphs on their own lines, numbers and bullets typed, Markdown-ish ** * ## decoration,
// TAB-separated table rows), plus a few directives for what plain text cannot show:
//
//   %% key: value             document settings: date (YYYY-MM-DD, for Word's metadata), author
//   @header / @signature      a borderless layout table (Decree 30/2020 header block, Nơi nhận + signature):
//   @layout                   lines are paragraphs of a cell, "---" ends a cell, "===" ends a row, "@end" the block
//   @textbox … @end           paragraphs in a Word text box
//   @table [repeat] [autonumber] [widths=6,40,14,20,20] [xlsx=Sheet_name]
//                             header rows, then "@body", body rows, then "@end"; in a cell "<<" is merged with the
//                             cell on its left (gridSpan), "^^" with the cell above (vMerge). TAB rows outside
//                             @table (the seeds) get their header merges inferred from empty cells.
//   @pagebreak, @landscape, @portrait
//   @c / @r at a line's start  centred / right-aligned paragraph
//   @typed at a line's start   keep the typed number in plan-auto.docx too (Word cannot show "đ)")
//   [^1] … and a line "[^1]: text"   a footnote
//   {+text+} {-text-}          a tracked insertion (kept) and deletion (dropped)
//   <br>                       a line break inside the paragraph
import { detectMarker, type Marker } from "./markers.ts";

export type Inline =
  | { kind: "text"; text: string; bold: boolean; italic: boolean }
  | { kind: "footnote"; id: string }
  | { kind: "ins"; text: string }
  | { kind: "del"; text: string }
  | { kind: "br" };

export type Align = "left" | "center" | "right" | "justify";

export interface Para {
  type: "para";
  /** The line as written in the source, directives removed (plan.txt prints it). */
  raw: string;
  inlines: Inline[];
  align: Align;
  /** Markdown heading depth (## = 2), 0 for body text. */
  heading: number;
  marker: Marker | null;
  keepTyped: boolean;
}

export interface Cell {
  raw: string;
  inlines: Inline[];
  merge: "left" | "up" | null;
}

export interface TableBlock {
  type: "table";
  header: Cell[][];
  body: Cell[][];
  repeat: boolean;
  autonumber: boolean;
  widths: number[] | null;
  xlsxSheet: string | null;
}

export interface LayoutBlock {
  type: "layout";
  kind: "header" | "signature" | "layout";
  rows: Para[][][];
}

export type Block =
  | Para
  | TableBlock
  | LayoutBlock
  | { type: "textbox"; paras: Para[] }
  | { type: "pagebreak" }
  | { type: "section"; landscape: boolean };

export interface Source {
  settings: Record<string, string>;
  blocks: Block[];
  footnotes: Map<string, Para>;
}

const INLINE =
  /(\*\*\*[^*]+?\*\*\*|\*\*[^*]+?\*\*|\*[^*\s][^*]*?\*|<b>.*?<\/b>|<i>.*?<\/i>|\[\^[^\]]+\]|\{\+.*?\+\}|\{-.*?-\}|<br>)/g;

export function parseInlines(text: string, bold = false, italic = false): Inline[] {
  const out: Inline[] = [];
  for (const piece of text.split(INLINE)) {
    if (!piece) continue;
    if (piece === "<br>") out.push({ kind: "br" });
    else if (piece.startsWith("***") && piece.endsWith("***") && piece.length > 6)
      out.push(...parseInlines(piece.slice(3, -3), true, true));
    else if (piece.startsWith("**") && piece.endsWith("**") && piece.length > 4)
      out.push(...parseInlines(piece.slice(2, -2), true, italic));
    else if (/^<b>.*<\/b>$/.test(piece)) out.push(...parseInlines(piece.slice(3, -4), true, italic));
    else if (/^<i>.*<\/i>$/.test(piece)) out.push(...parseInlines(piece.slice(3, -4), bold, true));
    else if (piece.startsWith("*") && piece.endsWith("*") && piece.length > 2)
      out.push(...parseInlines(piece.slice(1, -1), bold, true));
    else if (piece.startsWith("[^")) out.push({ kind: "footnote", id: piece.slice(2, -1) });
    else if (piece.startsWith("{+")) out.push({ kind: "ins", text: piece.slice(2, -2) });
    else if (piece.startsWith("{-")) out.push({ kind: "del", text: piece.slice(2, -2) });
    else out.push({ kind: "text", text: piece.replace(/\\([*_#.\\-])/g, "$1"), bold, italic });
  }
  return out;
}

/** The paragraph's text as a reader sees it: insertions kept, deletions and footnote marks dropped. */
export function plainText(inlines: Inline[]): string {
  return inlines
    .map((i) => (i.kind === "text" || i.kind === "ins" ? i.text : i.kind === "br" ? " " : ""))
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}

export function makePara(line: string): Para {
  let raw = line.trim();
  let align: Align = "justify";
  let keepTyped = false;
  for (;;) {
    const directive = raw.match(/^@(c|r|typed)\s+/);
    if (!directive) break;
    if (directive[1] === "c") align = "center";
    else if (directive[1] === "r") align = "right";
    else keepTyped = true;
    raw = raw.slice(directive[0].length);
  }
  const heading = raw.match(/^(#{1,6})\s+/);
  const body = heading ? raw.slice(heading[0].length) : raw;
  const inlines = parseInlines(body);
  if (heading && align === "justify") align = "center";
  return {
    type: "para",
    raw,
    inlines,
    align,
    heading: heading ? heading[1]!.length : 0,
    marker: detectMarker(plainText(inlines)),
    keepTyped,
  };
}

function makeCell(text: string): Cell {
  const raw = text.trim();
  if (raw === "<<") return { raw: "", inlines: [], merge: "left" };
  if (raw === "^^") return { raw: "", inlines: [], merge: "up" };
  return { raw, inlines: parseInlines(raw), merge: null };
}

function tableOptions(line: string): Omit<TableBlock, "type" | "header" | "body"> {
  const words = line.split(/\s+/).slice(1);
  const value = (key: string) => words.find((w) => w.startsWith(`${key}=`))?.slice(key.length + 1) ?? null;
  const widths = value("widths");
  return {
    repeat: words.includes("repeat"),
    autonumber: words.includes("autonumber"),
    widths: widths ? widths.split(",").map(Number) : null,
    xlsxSheet: value("xlsx")?.replace(/_/g, " ") ?? null,
  };
}

function parseLayout(kind: LayoutBlock["kind"], lines: string[]): LayoutBlock {
  const rows: Para[][][] = [[[]]];
  for (const line of lines) {
    const row = rows.at(-1)!;
    if (line.trim() === "===") rows.push([[]]);
    else if (line.trim() === "---") row.push([]);
    else row.at(-1)!.push(makePara(line));
  }
  // Blank lines inside a cell are kept (the space above a signer's name), not at its ends.
  for (const row of rows) for (let c = 0; c < row.length; c++) row[c] = trimBlank(row[c]!);
  return { type: "layout", kind, rows };
}

function trimBlank(paras: Para[]): Para[] {
  let start = 0;
  let end = paras.length;
  while (start < end && !paras[start]!.raw) start++;
  while (end > start && !paras[end - 1]!.raw) end--;
  return paras.slice(start, end);
}

/** Reads a source (or a seed plan, whose bare TAB rows are read as `inferTable` says). */
export function parseSource(text: string): Source {
  const lines = text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .split("\n");
  const source: Source = { settings: {}, blocks: [], footnotes: new Map() };
  let bare: string[][] = [];
  const flushBare = () => {
    if (bare.length) source.blocks.push(inferTable(bare));
    bare = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const until = (end: string) => {
      const start = i + 1;
      while (i + 1 < lines.length && lines[i + 1]!.trim() !== end) i++;
      const inner = lines.slice(start, i + 1);
      i++;
      return inner;
    };
    if (line.includes("\t") && !line.startsWith("@")) {
      bare.push(line.split("\t"));
      continue;
    }
    if (!line.trim()) continue;
    flushBare();
    const setting = line.match(/^%%\s*([a-z]+):\s*(.*)$/);
    const footnote = line.match(/^\[\^([^\]]+)\]:\s*(.*)$/);
    const directive = line.trim().split(/\s+/)[0];
    if (setting) source.settings[setting[1]!] = setting[2]!.trim();
    else if (footnote) source.footnotes.set(footnote[1]!, makePara(footnote[2]!));
    else if (directive === "@header" || directive === "@signature" || directive === "@layout") {
      source.blocks.push(parseLayout(directive.slice(1) as LayoutBlock["kind"], until("@end")));
    } else if (directive === "@textbox") {
      source.blocks.push({
        type: "textbox",
        paras: until("@end")
          .filter((l) => l.trim())
          .map(makePara),
      });
    } else if (directive === "@table") {
      const inner = until("@end");
      const split = inner.findIndex((l) => l.trim() === "@body");
      const rows = (ls: string[]) => ls.filter((l) => l.trim()).map((l) => l.split("\t").map(makeCell));
      source.blocks.push({
        type: "table",
        ...tableOptions(line),
        header: split < 0 ? [] : rows(inner.slice(0, split)),
        body: rows(split < 0 ? inner : inner.slice(split + 1)),
      });
    } else if (directive === "@pagebreak") source.blocks.push({ type: "pagebreak" });
    else if (directive === "@landscape" || directive === "@portrait")
      source.blocks.push({ type: "section", landscape: directive === "@landscape" });
    else source.blocks.push(makePara(line));
  }
  flushBare();
  return source;
}

const REF = /^([IVXLC]+|\d+(\.\d+)*)\.?$/;

/**
 * Bare TAB rows as the seeds have them: a header of two rows shows its merges as empty cells
 * ("Trách nhiệm thực hiện" + "" over "Cơ quan chủ trì" + "Cơ quan phối hợp"), and a table cut by a
 * page repeats its header, which Word writes once, marked to repeat.
 */
function inferTable(rows: string[][]): TableBlock {
  const width = Math.max(...rows.map((r) => r.length));
  const padded = rows.map((r) => Array.from({ length: width }, (_, i) => (r[i] ?? "").trim()));
  const table: TableBlock = {
    type: "table",
    header: [],
    body: [],
    repeat: false,
    autonumber: false,
    widths: null,
    xlsxSheet: null,
  };
  const [top, second] = padded;
  if (top && top[0] !== "" && !REF.test(top[0]!.replace(/<\/?b>|\*\*/g, ""))) {
    const twoRows = second !== undefined && second[0] === "" && top.some((c, k) => c === "" && second[k] !== "");
    table.header = twoRows ? mergeHeader(top, second) : [top.map(makeCell)];
  }
  const key = (row: string[]) => row.join("\t").replace(/<\/?b>|\*\*/g, "");
  for (let i = table.header.length; i < padded.length; i++) {
    const row = padded[i]!;
    if (table.header.length && key(row) === key(top!)) {
      table.repeat = true;
      i += table.header.length - 1;
    } else table.body.push(sectionRow(row));
  }
  return table;
}

function mergeHeader(top: string[], bottom: string[]): Cell[][] {
  const first = top.map((c, k) => (c === "" && bottom[k] !== "" && k > 0 ? makeCell("<<") : makeCell(c)));
  const second = bottom.map((c, k) => (c === "" && top[k] !== "" ? makeCell("^^") : makeCell(c)));
  return [first, second];
}

/** A section row ("I | Đo lường … | | |") has its title merged over the empty cells after it. */
function sectionRow(row: string[]): Cell[] {
  const roman = /^[IVX]+$/.test(row[0]!) && row[1] !== "" && row.slice(2).every((c) => c === "");
  return row.map((c, k) => (roman && k > 1 ? makeCell("<<") : makeCell(c)));
}
