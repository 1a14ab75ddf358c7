// The main text of a .doc into blocks. Word marks a paragraph's end with 0x0D (0x0C at a section's
// end), a table cell's with 0x07; what the paragraph is — in a table, how deep (sprmPItap), the end of a cell of a
// nested table (sprmPFInnerTableCell), the end of a row (sprmPFTtp, sprmPFInnerTtp), numbered
// (sprmPIlfo, sprmPIlvl) — is said by the properties of its mark (fkp.ts). Paragraphs become lines
// as the .docx reader's do (docx/lines.ts), with the label of Word's numbering before them; rows
// become tables read by docx/table.ts.
import type { Budget } from "../budget.ts";
import { refuse } from "../budget.ts";
import type { Block } from "../document.ts";
import { paragraphBlocks } from "../docx/lines.ts";
import type { Numbering } from "../docx/numbering.ts";
import type { TabbedParagraph } from "../docx/tab-stops.ts";
import { type CellDraft, tableBlocks } from "../docx/table.ts";
import type { characterReader } from "./characters.ts";
import { Emphasis } from "../emphasis.ts";
import { type PropertyRun, runAt } from "./fkp.ts";
import { sprms } from "./sprm.ts";
import { applyNumbering, applyTabs, type DocStyles } from "./styles.ts";
import { NO_STYLES, type RowLayout, rowLayout, tableDraft } from "./tables.ts";

const IN_TABLE = 0x2416;
const TTP = 0x2417;
const ITAP = 0x6649;
const DTAP = 0x664a;
const INNER_CELL = 0x244b;
const INNER_TTP = 0x244c;

interface Mark {
  depth: number;
  /** Ends a table cell, or a row. */
  cellEnd: boolean;
  rowEnd: boolean;
  ilfo?: number;
  ilvl?: number;
  run?: PropertyRun;
}

export interface BodyContext {
  text: string;
  fc: Int32Array;
  paragraphs: readonly PropertyRun[];
  styles: DocStyles;
  numbering: Numbering;
  characters: ReturnType<typeof characterReader>;
  budget: Budget;
  maxTableDepth: number;
  maxColumns: number;
  /** The CPs of section marks: paragraph marks, where other 0x0C characters are page breaks within a paragraph. */
  sectionMarks: ReadonlySet<number>;
  /** The story of each text box by the CP of the character anchoring it (text-boxes.ts). */
  textBoxes: ReadonlyMap<number, readonly [number, number]>;
  /** The blocks of an embedded object by its ObjectPool storage's number (embedded-workbook.ts). */
  objects?: (id: number) => Block[];
}

function markOf(ctx: BodyContext, cp: number): Mark {
  const run = runAt(ctx.paragraphs, ctx.fc[cp]!);
  const style = ctx.styles.look(run?.istd ?? 0);
  let [inTable, ttp, itap, innerCell, innerTtp] = [false, false, 0, false, false];
  for (const { code, operand } of sprms(run?.grpprl ?? Buffer.alloc(0))) {
    const value = operand[0] ?? 0;
    if (code === IN_TABLE) inTable = value !== 0;
    else if (code === TTP) ttp = value !== 0;
    else if (code === ITAP && operand.length >= 4) itap = operand.readInt32LE(0);
    else if (code === DTAP && operand.length >= 4) itap += operand.readInt32LE(0);
    else if (code === INNER_CELL) innerCell = value !== 0;
    else if (code === INNER_TTP) innerTtp = value !== 0;
  }
  const depth = Math.max(itap, inTable ? 1 : 0);
  const cell = ctx.text.charCodeAt(cp) === 0x07;
  const numbered = applyNumbering({ ilfo: style.ilfo, ilvl: style.ilvl }, run?.grpprl ?? Buffer.alloc(0));
  return {
    depth,
    cellEnd: depth === 1 ? cell : innerCell,
    rowEnd: depth === 1 ? cell && ttp : innerTtp,
    ...(numbered.ilfo !== undefined && { ilfo: numbered.ilfo }),
    ...(numbered.ilvl !== undefined && { ilvl: numbered.ilvl }),
    ...(run && { run }),
  };
}

interface OpenTable {
  rows: { cells: CellDraft[]; layout: RowLayout }[];
  cells: CellDraft[];
  cell: CellDraft | null;
}

const newCell = (): CellDraft => ({
  ...{ span: 1, vMerge: null, hMerge: null, bordered: false, blocks: [] },
  emphasis: new Emphasis(),
});

/** The blocks of the main text, CPs 0 to `end`, and each body line's text as typed. */
export function readBody(
  ctx: BodyContext,
  end: number,
): { blocks: Block[]; typed: WeakMap<Block, string>; tabbed: WeakMap<Block, TabbedParagraph> } {
  const body: Block[] = [];
  const typed = new WeakMap<Block, string>();
  const tabbed = new WeakMap<Block, TabbedParagraph>();
  walk(ctx, { from: 0, end, into: body, typed, tabbed, inBox: false });
  return { blocks: body, typed, tabbed };
}

/** A story other than the main text (a header) as blocks, its text boxes not followed. */
export function readStory(ctx: BodyContext, from: number, end: number): Block[] {
  const blocks: Block[] = [];
  walk(ctx, { from, end, into: blocks, typed: new WeakMap(), tabbed: new WeakMap(), inBox: true });
  return blocks;
}

interface Walk {
  from: number;
  end: number;
  into: Block[];
  typed: WeakMap<Block, string>;
  /** A body paragraph of one line holding tabs, by its first block: a tab-stop list's line (docx/tab-stops.ts). */
  tabbed: WeakMap<Block, TabbedParagraph>;
  /** Reading a text box's story: the boxes it anchors are not followed (Word nests none). */
  inBox: boolean;
}

/** Paragraphs and tables of CPs `from` to `end` into `into`: the main text, or a text box's story. */
function walk(ctx: BodyContext, { from: start, end, into: body, typed, tabbed, inBox }: Walk): void {
  const tables: OpenTable[] = [];
  let carry = "";

  const sink = (): Block[] => {
    const table = tables.at(-1);
    if (!table) return body;
    table.cell ??= newCell();
    return table.cell.blocks;
  };

  const closeTable = () => {
    const table = tables.pop()!;
    if (table.cells.length) table.rows.push({ cells: table.cells, layout: rowLayout(Buffer.alloc(0), 0) });
    const draft = tableDraft(table.rows, ctx.budget);
    sink().push(...tableBlocks(draft, NO_STYLES, ctx.budget));
  };

  const paragraph = (from: number, at: number, mark: Mark) => {
    const style = ctx.styles.look(mark.run?.istd ?? 0);
    const table = tables.at(-1);
    const cell = table ? (table.cell ??= newCell()) : null;
    const stretch = ctx.characters.read(from, at, style, cell?.emphasis);
    cell?.emphasis?.cut();
    // A text box's paragraphs come before the paragraph anchoring it, as the .docx reader reads a w:txbxContent. A box
    // floats on the page: anchored in a table (LibreOffice anchors a frame standing before a table to its first cell)
    // it is no cell's text, and is read before the table.
    for (const anchor of inBox ? [] : stretch.anchors) {
      const story = ctx.textBoxes.get(anchor);
      if (story) walk(ctx, { from: story[0], end: story[1], into: body, typed, tabbed, inBox: true });
    }
    const markLook = ctx.characters.look(at, style);
    // An embedded object's cells (a worksheet pasted as an object) follow the text before it in its paragraph.
    const objects = () => stretch.objects.flatMap((id) => ctx.objects?.(id) ?? []);
    // A deleted paragraph mark runs the paragraph on into the next one, as Word shows it.
    if (markLook.deleted) {
      carry += stretch.text;
      sink().push(...objects());
      return;
    }
    const numbered = mark.ilfo !== undefined && mark.ilfo > 0;
    const label = numbered ? ctx.numbering.label(String(mark.ilfo), mark.ilvl ?? 0, null) : null;
    if (markLook.hidden && !stretch.text) return void sink().push(...objects());
    const text = `${label ?? ""}${carry}${stretch.text}`;
    carry = "";
    ctx.budget.text(text.length, text.length);
    const into = sink();
    const notesOn = (i: number) => stretch.notes.filter((n) => n.line === i).map((n) => n.note);
    const before = into.length;
    for (const { block, typed: line } of paragraphBlocks(text, notesOn)) {
      ctx.budget.block();
      if (line !== undefined && into === body && !inBox) typed.set(block, line);
      into.push(block);
    }
    const first = into[before];
    if (into === body && !inBox && first && !text.includes("\n") && text.includes("\t")) {
      const stops = applyTabs(style.tabs ?? [], mark.run?.grpprl ?? Buffer.alloc(0));
      const line = text.slice(label?.length ?? 0);
      tabbed.set(first, { label: label ?? "", text: line, stops, blocks: into.length - before });
    }
    into.push(...objects());
  };

  let from = start;
  for (let cp = start; cp < end; cp++) {
    const code = ctx.text.charCodeAt(cp);
    if (code !== 0x0d && code !== 0x07 && !(code === 0x0c && ctx.sectionMarks.has(cp))) continue;
    const mark = markOf(ctx, cp);
    if (mark.depth > ctx.maxTableDepth) refuse("plan-too-complex", "nested tables");
    while (tables.length > mark.depth) closeTable();
    while (tables.length < mark.depth) tables.push({ rows: [], cells: [], cell: null });
    const table = tables.at(-1);
    if (mark.rowEnd && table) {
      ctx.budget.block();
      if (table.cell) table.cells.push(table.cell);
      table.rows.push({ cells: table.cells, layout: rowLayout(mark.run?.grpprl ?? Buffer.alloc(0), ctx.maxColumns) });
      [table.cells, table.cell] = [[], null];
    } else {
      paragraph(from, cp, mark);
      if (mark.cellEnd && table) {
        table.cells.push(table.cell ?? newCell());
        table.cell = null;
        ctx.budget.columns(table.cells.length);
      }
    }
    from = cp + 1;
  }
  while (tables.length) closeTable();
}
