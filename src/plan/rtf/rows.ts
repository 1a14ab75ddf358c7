// A table row's definition in RTF: \trowd opens it, then the row's properties (\trleft, \trhdr, the row's borders)
// and, cell by cell, the cell's properties (merged down \clvmgf/\clvmrg, across \clmgf/\clmrg, its borders \clbrdrX
// with a border type, its background \clcbpatN) ended by the cell's right edge, \cellxN. Read into the layout .doc
// rows have (doc/tables.ts), so the table is rebuilt on the grid of every row's edges and read by docx/table.ts as
// the same table saved as .docx.
// A definition is a value: a word makes a new one, so a group (the nested table's \nesttableprops) keeps its own.
import type { Merge } from "../docx/table.ts";
import type { RowLayout } from "../doc/tables.ts";

interface CellDefinition {
  right: number;
  vMerge: Merge;
  hMerge: Merge;
  bordered: boolean;
  /** The background's colour (\clcbpatN), by its index in the colour table (colours.ts): a Gantt chart's bar. */
  fill?: number;
}

export interface RowDefinition {
  left: number;
  cells: readonly CellDefinition[];
  /** The cell being defined, until its \cellx. */
  pending: Omit<CellDefinition, "right">;
  header: boolean;
  borders: RowLayout["borders"];
  /** The side a border type that follows applies to: a cell's, the row's, or another's (a paragraph's). */
  side: string | null;
}

const NEW_CELL = { vMerge: null, hMerge: null, bordered: false } as const;

export const EMPTY_ROW: RowDefinition = {
  left: 0,
  cells: [],
  pending: NEW_CELL,
  header: false,
  borders: {},
  side: null,
};

const ROW_SIDES: Record<string, keyof RowLayout["borders"]> = {
  trbrdrt: "top",
  trbrdrl: "left",
  trbrdrb: "bottom",
  trbrdrr: "right",
  trbrdrh: "insideH",
  trbrdrv: "insideV",
};
const CELL_SIDES = new Set(["clbrdrt", "clbrdrl", "clbrdrb", "clbrdrr"]);
/** Border types that draw nothing. */
const NO_BORDER = new Set(["brdrnone", "brdrnil"]);

/**
 * The definition after a control word, or null when the word is no row or cell property. `maxCells` bounds the cells
 * a row defines (a \cellx past it is dropped: the row's columns are checked against the limits when read).
 */
export function defineRow(
  row: RowDefinition,
  name: string,
  param: number | null,
  maxCells: number,
): RowDefinition | null {
  const value = param ?? 0;
  if (name === "trowd") return EMPTY_ROW;
  if (name === "trleft") return { ...row, left: value };
  if (name === "trhdr") return { ...row, header: param !== 0 };
  if (name === "clvmgf") return { ...row, pending: { ...row.pending, vMerge: "restart" } };
  if (name === "clvmrg") return { ...row, pending: { ...row.pending, vMerge: "continue" } };
  if (name === "clmgf") return { ...row, pending: { ...row.pending, hMerge: "restart" } };
  if (name === "clcbpat") return { ...row, pending: { ...row.pending, fill: value } };
  if (name === "clmrg") return { ...row, pending: { ...row.pending, hMerge: "continue" } };
  if (name === "cellx") {
    if (row.cells.length >= maxCells) return { ...row, pending: NEW_CELL, side: null };
    return { ...row, cells: [...row.cells, { ...row.pending, right: value }], pending: NEW_CELL, side: null };
  }
  if (ROW_SIDES[name] || CELL_SIDES.has(name)) return { ...row, side: name };
  if (/^brdr/.test(name) && NO_BORDER.has(name)) return row.side ? { ...row, side: null } : row;
  if (/^brdr(?!w|cf|sp)[a-z]+$/.test(name) && row.side) {
    const side = ROW_SIDES[row.side];
    if (side) return { ...row, borders: { ...row.borders, [side]: true }, side: null };
    if (CELL_SIDES.has(row.side)) return { ...row, pending: { ...row.pending, bordered: true }, side: null };
  }
  // A paragraph's own borders (\brdrt …) name sides no row has.
  if (/^brdr[tlbrh]$|^box$/.test(name)) return { ...row, side: null };
  return null;
}

/** The padding Word and LibreOffice leave between a cell's left edge and its text, where \trleft may stand. */
const GAP = 108;

/**
 * A row's left edge: a cell's width (the padding) left of \trleft, the same in every row of a table, so that a row
 * whose first cells stand left of \trleft (LibreOffice writes a row's skipped grid columns, .docx's gridBefore, as
 * narrow cells there) keeps the table's grid, as the .doc of the same table has it.
 */
function leftEdge(row: RowDefinition): number {
  const first = row.cells[0]!.right;
  return first > row.left - GAP ? row.left - GAP : first - 1;
}

/** The layout of a row as defined when the row ends, its backgrounds looked up in the colour table. */
export function rowLayoutOf(row: RowDefinition, colours: readonly string[]): RowLayout {
  const colour = (index: number | undefined) => (index ? colours[index] : undefined);
  return {
    edges: row.cells.length ? [leftEdge(row), ...row.cells.map((c) => c.right)] : [],
    cells: row.cells.map(({ vMerge, hMerge, bordered, fill }) => {
      const shown = colour(fill);
      return { vMerge, hMerge, bordered, ...(shown && { fill: shown }) };
    }),
    header: row.header,
    borders: row.borders,
  };
}
