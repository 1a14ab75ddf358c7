// A Word task list with no table, its columns made by tab stops (w:tabs in the paragraph and its style): one
// paragraph a line, "STT ⇥ Nội dung ⇥ Chủ trì ⇥ Phối hợp ⇥ Thời gian" over rows set at the same stops, each long
// cell wrapped by hand onto lines that begin with a tab. Word shows the pieces in columns; read piece by piece
// (docx/lines.ts splits a paragraph at its tabs) the units and dates stood alone, cut in the middle of their names.
// The header paragraph, three labels of task-table columns at least, sets where the columns start; every
// paragraph under it holding a tab is a line of the list, each piece in the column it starts in, and the lines
// going on from a row are joined to it (`src/plan/tab-stop-rows.ts`): the list is read as the table it shows.
// Where a piece starts is worked out as Word lays the line: a tab goes to the next stop past the text before it
// (custom stops, then the default ones every half inch past the last), a right (decimal, centred) stop ends
// (aligns, centres) the piece at it. A numbered paragraph's label is its first piece, as Word's tab after it shows.
import type { Block } from "../document.ts";
import { captionLabels, labelledItems } from "../labelled-columns.ts";
import { isColumnHeader, joinWrappedRows, numberedWithPeriods } from "../tab-stop-rows.ts";
import { TAB } from "./lines.ts";

export type TabAlign = "left" | "right" | "center" | "decimal" | "clear";
export interface TabStop {
  pos: number;
  align: TabAlign;
}

/** A body paragraph of one line holding a tab: its label, its text with TABs, its stops, and the blocks it gave. */
export interface TabbedParagraph {
  label: string;
  text: string;
  stops: readonly TabStop[];
  blocks: number;
}

const ALIGN: Record<string, TabAlign> = {
  left: "left",
  start: "left",
  num: "left",
  right: "right",
  end: "right",
  center: "center",
  decimal: "decimal",
  clear: "clear",
};

/** A w:tab of w:tabs (twips); a bar tab (a drawn line) or a position that is no number is no stop. */
export function readTabStop(attrs: Readonly<Record<string, string>>): TabStop | null {
  const align = ALIGN[attrs.val ?? ""];
  const pos = Number(attrs.pos);
  return align && Number.isFinite(pos) ? { pos, align } : null;
}

/** The stops a paragraph has: its style's (base first), then its own; a "clear" takes the stop at its place away. */
export function effectiveStops(...layers: readonly (readonly TabStop[])[]): TabStop[] {
  const at = new Map<number, TabStop>();
  for (const layer of layers)
    for (const stop of layer) {
      if (stop.align === "clear") at.delete(stop.pos);
      else at.set(stop.pos, stop);
    }
  return [...at.values()].sort((a, b) => a.pos - b.pos);
}

/** Word's default stops, every half inch (w:defaultTabStop is 720 twips unless settings say otherwise). */
const DEFAULT_STOP = 720;
/** A character's width on average, in twips, in a 12-13 pt serif face. */
const CHAR = 100;
/** How far left of a header label's start a piece may start and stand in its column (a quarter inch). */
const SLACK = 360;

const width = (text: string) => text.length * CHAR;

/** Where a piece stands: where it starts, and the stop its tab took it to (none for the line's first piece). */
interface Placed {
  start: number;
  stop: number | null;
}

/** Where each piece of the line stands (twips from the paragraph's start), as Word lays it at `stops`. */
export function placePieces(pieces: readonly string[], stops: readonly TabStop[]): Placed[] {
  const placed: Placed[] = [{ start: 0, stop: null }];
  let x = width(pieces[0] ?? "");
  const last = stops.at(-1)?.pos ?? 0;
  for (const piece of pieces.slice(1)) {
    const stop = stops.find((s) => s.pos > x) ?? {
      pos: (Math.floor(Math.max(x, last) / DEFAULT_STOP) + 1) * DEFAULT_STOP,
      align: "left",
    };
    const w = width(piece);
    const before = width(piece.split(/[.,]/)[0] ?? piece);
    const shift = stop.align === "right" ? w : stop.align === "center" ? w / 2 : stop.align === "decimal" ? before : 0;
    const start = Math.max(x, stop.pos - shift);
    placed.push({ start, stop: stop.pos });
    x = start + w;
  }
  return placed;
}

const piecesOf = (p: TabbedParagraph): string[] => {
  const pieces = p.text.split(TAB).map((s) => s.trim());
  return p.label.trim() ? [p.label.trim(), ...pieces] : pieces;
};

/** The header's columns: each label and where it stands, empty pieces (two tabs between labels) left out. */
function headerColumns(p: TabbedParagraph): { labels: string[]; at: Placed[] } {
  const pieces = piecesOf(p);
  const at = placePieces(pieces, p.stops);
  const kept = pieces.map((label, k) => ({ label, at: at[k]! })).filter((c) => c.label);
  return { labels: kept.map((c) => c.label), at: kept.map((c) => c.at) };
}

/**
 * The column a piece stands in: the one whose label stands at the same stop (a right or decimal stop aligns pieces
 * of any width), else the last starting at or before it.
 */
function columnOf(piece: Placed, columns: readonly Placed[]): number {
  const same = piece.stop === null ? -1 : columns.findIndex((c) => c.stop === piece.stop);
  if (same >= 0) return same;
  let column = 0;
  while (column + 1 < columns.length && columns[column + 1]!.start <= piece.start + SLACK) column++;
  return column;
}

/** The line's cells under the header's columns. */
function cellsUnder(p: TabbedParagraph, columns: readonly Placed[]): string[] {
  const pieces = piecesOf(p);
  const at = placePieces(pieces, p.stops);
  const cells = columns.map(() => "");
  pieces.forEach((piece, k) => {
    if (!piece) return;
    const column = columnOf(at[k]!, columns);
    cells[column] = cells[column] ? `${cells[column]} ${piece}` : piece;
  });
  return cells;
}

const asText = (text: string): Block => ({ type: "text", text });

/**
 * The blocks with each tab-stop list under a header of column labels made rows of a table; a list of items on one
 * line each under a caption naming its columns (a header of tabs, or a sentence over the list) read item by item
 * (`src/plan/labelled-columns.ts`).
 */
export function tabStopRows(blocks: readonly Block[], tabbed: (block: Block) => TabbedParagraph | undefined): Block[] {
  const out: Block[] = [];
  const tabbedAt = (k: number) => (k < blocks.length ? tabbed(blocks[k]!) : undefined);
  /** The tabbed paragraphs from `from` on, each as `cells` reads it, and the index of the block after them. */
  const run = (from: number, cells: (p: TabbedParagraph) => string[]) => {
    const lines: string[][] = [];
    let j = from;
    for (let line = tabbedAt(j); line; line = tabbedAt(j)) {
      lines.push(cells(line));
      j += line.blocks;
    }
    return { lines, end: j };
  };
  for (let i = 0; i < blocks.length;) {
    const head = tabbedAt(i);
    const header = head && headerColumns(head);
    if (!head || !header || !isColumnHeader(header.labels)) {
      const block = blocks[i]!;
      const caption = !head && block.type === "text" ? captionLabels(block.text) : null;
      const listed = caption && run(i + 1, piecesOf);
      const items = listed && labelledItems(caption, listed.lines);
      out.push(block, ...(items ?? []).map(asText));
      i = items ? listed.end : i + 1;
      continue;
    }
    const { lines, end } = run(i + head.blocks, (line) => cellsUnder(line, header.at));
    const items = labelledItems(header.labels, lines);
    if (items) out.push(...items.map(asText));
    // Items numbered "1.", "2." are a list's, read paragraph by paragraph as before (`numberedWithPeriods`).
    else if (numberedWithPeriods(lines)) out.push(...blocks.slice(i, end));
    else for (const cells of joinWrappedRows([header.labels, ...lines])) out.push({ type: "row", cells });
    i = end;
  }
  return out;
}
