// One story of an RTF file (the body, the first page's header, a footnote, a text box) into blocks, as the .docx
// reader gives them: text comes in runs, a paragraph ends at \par (or at a cell's end), its depth in tables (\intbl,
// \itapN) says where it goes, and rows (\row, \nestrow) close with their definition. Paragraphs become blocks by the
// .docx reader's rules (docx/lines.ts), with their list label before them; rows are drafted as a .doc's are
// (doc/tables.ts) and read by docx/table.ts.
import { decodeByFont, type LegacyFont } from "../../formats/vietnamese-fonts.ts";
import { clean } from "../../domain/text.ts";
import { type Budget, refuse } from "../budget.ts";
import type { Block } from "../document.ts";
import { NO_STYLES, type RowLayout, tableDraft } from "../doc/tables.ts";
import { paragraphBlocks } from "../docx/lines.ts";
import { typedBullet } from "../docx/numbering.ts";
import type { TabbedParagraph, TabStop } from "../docx/tab-stops.ts";
import { type CellDraft, tableBlocks } from "../docx/table.ts";

/** What a paragraph's properties say of where it goes and how it is laid out. */
export interface ParagraphLook {
  depth: number;
  stops: readonly TabStop[];
  /** The label Word's numbering gives it, counted from the list table (lists.ts), for a paragraph numbered there
   * whose label is not written (\listtext). */
  label: string | null;
}

interface OpenTable {
  rows: { cells: CellDraft[]; layout: RowLayout }[];
  cells: CellDraft[];
  cell: CellDraft | null;
}

const newCell = (): CellDraft => ({ span: 1, vMerge: null, hMerge: null, bordered: false, blocks: [] });

/** The label a typist types for a \listtext's text ("1.", "a)", a bullet as docx/numbering.ts types it). */
export function typedLabel(text: string): string {
  const label = clean(text.replaceAll("\t", " "));
  if (!label) return "";
  return `${[...label].length === 1 && !/[\p{L}\p{N}]/u.test(label) ? typedBullet(label) : label} `;
}

export class Flow {
  readonly blocks: Block[] = [];
  readonly typed = new WeakMap<Block, string>();
  readonly tabbed = new WeakMap<Block, TabbedParagraph>();
  private tables: OpenTable[] = [];
  private text = "";
  private run = "";
  private runFont: LegacyFont | null = null;
  private listText = "";
  private notes: { line: number; note: string }[] = [];
  /** Text boxes anchored in the paragraph: their blocks, read before it in the order they are anchored. */
  private boxes: Block[][] = [];

  constructor(
    private readonly budget: Budget,
    private readonly maxTableDepth: number,
    /** The body's own paragraphs keep their typed line and tab stops (text-spaced-columns.ts, docx/tab-stops.ts). */
    private readonly isBody: boolean,
  ) {}

  /** Text shown in a run of a font (decoded by it when it is a legacy Vietnamese one). */
  add(text: string, font: LegacyFont | null): void {
    if (font !== this.runFont) this.endRun();
    this.runFont = font;
    this.run += text;
    if (this.run.length + this.text.length > this.budget.limits.maxBlockChars)
      refuse("plan-too-complex", "paragraph length");
  }

  /** Text of the paragraph's \listtext (or \pntext): its label as Word shows it. */
  addLabel(text: string): void {
    if (this.listText.length < 64) this.listText += text;
  }

  note(text: string): void {
    this.endRun();
    const note = clean(text);
    if (note) this.notes.push({ line: this.text.split("\n").length - 1, note });
  }

  box(box: Block[]): void {
    this.boxes.push(box);
  }

  private endRun(): void {
    if (this.run) this.text += this.runFont ? decodeByFont(this.run, this.runFont) : this.run;
    this.run = "";
  }

  private sink(): Block[] {
    const table = this.tables.at(-1);
    if (!table) return this.blocks;
    table.cell ??= newCell();
    return table.cell.blocks;
  }

  private closeTable(): void {
    const table = this.tables.pop()!;
    if (table.cells.length)
      table.rows.push({ cells: table.cells, layout: { edges: [], cells: [], header: false, borders: {} } });
    const draft = tableDraft(table.rows, this.budget);
    this.sink().push(...tableBlocks(draft, NO_STYLES, this.budget));
  }

  private reach(depth: number): void {
    if (depth > this.maxTableDepth) refuse("plan-too-complex", "nested tables");
    while (this.tables.length > depth) this.closeTable();
    while (this.tables.length < depth) this.tables.push({ rows: [], cells: [], cell: null });
  }

  /** The paragraph ends (`cell`: and with it a table cell). */
  endParagraph(look: ParagraphLook, cell: boolean): void {
    this.endRun();
    const depth = cell ? Math.max(1, look.depth) : look.depth;
    this.reach(depth);
    // Text boxes anchored in the paragraph come before it, and before the table it stands in.
    for (const box of this.boxes) this.blocks.push(...box);
    this.boxes = [];
    // The label Word or LibreOffice wrote (\listtext) is the one it shows; the list table's count stands in for it.
    const label = this.listText.trim() ? typedLabel(this.listText) : (look.label ?? "");
    const text = `${label}${this.text}`;
    const notes = this.notes;
    [this.text, this.listText, this.notes] = ["", "", []];
    this.budget.text(text.length, text.length);
    const into = this.sink();
    const before = into.length;
    const body = this.isBody && depth === 0;
    for (const { block, typed } of paragraphBlocks(text, (i) => notes.filter((n) => n.line === i).map((n) => n.note))) {
      this.budget.block();
      if (typed !== undefined && body) this.typed.set(block, typed);
      into.push(block);
    }
    const first = into[before];
    if (body && first && !text.includes("\n") && text.includes("\t"))
      this.tabbed.set(first, {
        label,
        text: text.slice(label.length),
        stops: look.stops,
        blocks: into.length - before,
      });
    if (cell) {
      const table = this.tables.at(-1)!;
      table.cells.push(table.cell ?? newCell());
      table.cell = null;
      this.budget.columns(table.cells.length);
    }
  }

  /** A row ends at `depth` (1 for \row, the nested table's for \nestrow), laid out as its definition says. */
  endRow(depth: number, layout: RowLayout): void {
    if (this.tables.length < depth) return;
    this.reach(depth);
    const table = this.tables.at(-1)!;
    this.budget.block();
    if (table.cell) table.cells.push(table.cell);
    table.rows.push({ cells: table.cells, layout });
    [table.cells, table.cell] = [[], null];
  }

  /** Whatever is still open, closed: the story's blocks. */
  finish(): Block[] {
    if (this.text || this.run || this.listText)
      this.endParagraph({ depth: this.tables.length, stops: [], label: null }, false);
    this.reach(0);
    for (const box of this.boxes) this.blocks.push(...box);
    return this.blocks;
  }

  /** The story's text on one line (a footnote's). */
  plainText(): string {
    return this.finish()
      .map((b) => (b.type === "text" ? b.text : b.cells.filter(Boolean).join(" ")))
      .join(" ");
  }
}
