// A .doc table's rows into the drafts docx/table.ts reads, so a table reads as the same table
// saved as .docx does. Word stores a row's layout in its row-end paragraph (TTP) as
// sprmTDefTable ([MS-DOC] TDefTableOperand): the cells' edges (rgdxaCenter, in twips) and each
// cell's TC80 (merged down or across, borders). The .docx grid is rebuilt from the edges of all
// rows: a cell spans the grid columns between its edges, a row starting right of the table's left
// edge skips columns before it, as Word does when it saves the table as .docx.
import type { Budget } from "../budget.ts";
import type { CellDraft, Merge, RowDraft, TableDraft } from "../docx/table.ts";
import type { Borders, DocxStyles } from "../docx/styles.ts";
import { sprms, TDEF_TABLE } from "./sprm.ts";

const VERT_MERGE = 0xd62b;
const TABLE_HEADER = 0x3404;
const TABLE_BORDERS80 = 0xd605;
const TABLE_BORDERS = 0xd613;
const TC80 = 20;
/**
 * sprmTDefTableShd, sprmTDefTableShd2nd, sprmTDefTableShd3rd: the shading of cells 0-21, 22-43 and 44-62, an SHD of
 * 10 bytes each (cvFore, cvBack, ipat); the cell each list starts at. A weekly Gantt's later bars are in the latter.
 */
const TABLE_SHADINGS = new Map([
  [0xd612, 0],
  [0xd616, 22],
  [0xd60c, 44],
]);
const SHD = 10;

export interface RowLayout {
  edges: number[];
  /** Each cell's merges, borders and shading's colour (docx/table.ts's `fill`). */
  cells: { vMerge: Merge; hMerge: Merge; bordered: boolean; fill?: string }[];
  header: boolean;
  borders: Borders;
}

const MERGED_DOWN: Merge[] = [null, "continue", null, "restart"];
const MERGED_ACROSS: Merge[] = [null, "restart", "continue", "continue"];

/** A Brc80 draws a line: not nil (all ones) and of a type other than none. */
const draws = (brc: Buffer, at: number, size: number) =>
  at + size <= brc.length && brc.readUInt32LE(at) !== 0xffffffff && brc[at + (size === 4 ? 1 : 5)] !== 0;

const SIDES = ["top", "left", "bottom", "right", "insideH", "insideV"] as const;

/** A row's layout from its row-end paragraph's properties; edges bounded by the plan's columns. */
export function rowLayout(grpprl: Buffer, maxColumns: number): RowLayout {
  const layout: RowLayout = { edges: [], cells: [], header: false, borders: {} };
  const shadings: { first: number; shd: Buffer }[] = [];
  for (const { code, operand } of sprms(grpprl)) {
    if (code === TDEF_TABLE && operand.length >= 1) {
      const count = Math.min(operand[0]!, maxColumns + 1, Math.floor((operand.length - 3) / 2));
      layout.edges = Array.from({ length: count + 1 }, (_, i) => operand.readInt16LE(1 + i * 2));
      const tcs = 1 + (count + 1) * 2;
      layout.cells = Array.from({ length: count }, (_, i) => {
        const at = tcs + i * TC80;
        if (at + TC80 > operand.length) return { vMerge: null, hMerge: null, bordered: false };
        const flags = operand.readUInt16LE(at);
        const bordered = [4, 8, 12, 16].some((side) => draws(operand, at + side, 4));
        return { vMerge: MERGED_DOWN[(flags >> 5) & 3]!, hMerge: MERGED_ACROSS[flags & 3]!, bordered };
      });
    } else if (TABLE_SHADINGS.has(code)) {
      shadings.push({ first: TABLE_SHADINGS.get(code)!, shd: operand });
    } else if (code === VERT_MERGE && operand.length >= 2) {
      const cell = layout.cells[operand[0]!];
      if (cell) cell.vMerge = MERGED_DOWN[operand[1]! & 3]!;
    } else if (code === TABLE_HEADER) layout.header = operand[0] === 1;
    else if (code === TABLE_BORDERS80 || code === TABLE_BORDERS) {
      const size = code === TABLE_BORDERS ? 8 : 4;
      SIDES.forEach((side, i) => (layout.borders[side] = draws(operand, i * size, size)));
    }
  }
  // The shading may stand before the cells are defined: read once all are.
  for (const { first, shd } of shadings)
    layout.cells.forEach((cell, i) => {
      const fill = i >= first ? shadingColour(shd, (i - first) * SHD) : null;
      if (fill) cell.fill = fill;
    });
  return layout;
}

/**
 * The colour an SHD at `at` paints ("f4b083"): its background, or its foreground when its pattern is solid (1); null
 * when that colour is automatic (its fourth byte 0xff) or the SHD is cut short.
 */
function shadingColour(shd: Buffer, at: number): string | null {
  if (at + SHD > shd.length) return null;
  const colour = shd.readUInt16LE(at + 8) === 1 ? at : at + 4;
  return shd[colour + 3] === 0xff ? null : shd.subarray(colour, colour + 3).toString("hex");
}

/** The grid of a table's edges: every row's edges (as .docx's w:tblGrid is, edges a few twips apart kept apart). */
const grid = (layouts: RowLayout[]): number[] => [...new Set(layouts.flatMap((l) => l.edges))].sort((a, b) => a - b);

const columnAt = (edges: number[], edge: number) => Math.max(0, edges.indexOf(edge));

/**
 * Whether a row's last cell is the space after the row (.docx's gridAfter), which LibreOffice writes into a .doc as
 * one more cell: empty and borderless where the row's other cells draw borders.
 */
function isSpaceAfter(cells: CellDraft[], layout: RowLayout): boolean {
  const last = layout.cells[cells.length - 1];
  const empty = cells.at(-1)?.blocks.length === 0;
  return cells.length > 1 && empty && last !== undefined && !last.bordered && layout.cells.some((c) => c.bordered);
}

/** A table's draft from its rows' cells and layouts, in order. */
export function tableDraft(rows: { cells: CellDraft[]; layout: RowLayout }[], budget: Budget): TableDraft {
  const edges = grid(rows.map((r) => r.layout));
  budget.columns(Math.max(0, edges.length - 1));
  const borders: Borders = {};
  const drafts: RowDraft[] = rows.map((row) => {
    const { layout } = row;
    const cells = isSpaceAfter(row.cells, layout) ? row.cells.slice(0, -1) : row.cells;
    Object.assign(borders, layout.borders);
    const fits = layout.edges.length >= cells.length + 1;
    cells.forEach((cell, i) => {
      const look = layout.cells[i];
      if (look) Object.assign(cell, look);
      if (fits) cell.span = Math.max(1, columnAt(edges, layout.edges[i + 1]!) - columnAt(edges, layout.edges[i]!));
    });
    const before = fits ? columnAt(edges, layout.edges[0]!) : 0;
    const after = fits ? Math.max(0, edges.length - 1 - columnAt(edges, layout.edges[cells.length]!)) : 0;
    return { cells, header: layout.header, before, after, deleted: false };
  });
  return { style: null, borders, gridColumns: Math.max(0, edges.length - 1), rows: drafts };
}

/** A .doc has no table styles: its tables' borders are their own (docx/table.ts asks a style for its). */
export const NO_STYLES: DocxStyles = {
  numbering: () => ({}),
  hidden: () => false,
  borders: () => ({ borders: {}, conditional: false }),
  font: () => undefined,
  tabs: () => [],
};
